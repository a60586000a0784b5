"""Faults against the production stack: killed web process, killed runner, PostgreSQL restart, double submit.

Nothing answered is lost, nothing is recorded twice, and the applicant can continue.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import threading
from typing import Any

import psycopg
import pytest
import requests

from tests.production.stack import Applicant, Stack, wait_until

pytestmark = pytest.mark.slow


def on_screen(stack: Stack, attempt_id: int) -> tuple[int, str, dict[str, Any]]:
    """The item on screen: response id, type and a correct answer, read from the stack's database."""
    from quizapp import create_app
    from quizapp.assess.services import qtype_of, spec_of, variant_of
    from quizapp.extensions import db
    from quizapp.models import Attempt

    app = create_app({"SQLALCHEMY_DATABASE_URI": stack.database_url, "SECRET_KEY": "x"})
    with app.app_context():
        response = next(r for r in db.session.get(Attempt, attempt_id).responses if not r.is_answered)
        version = response.item_version
        raw = dict(qtype_of(version).reference_raw(spec_of(version), variant_of(response)))
        out = (response.id, version.qtype, raw)
        db.session.remove()
        db.engine.dispose()
    return out


def rows(stack: Stack, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Run a query on the stack's database."""
    dsn = stack.database_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as connection:
        return connection.execute(sql, params).fetchall()


def show_item(applicant: Applicant, attempt_id: int, stack: Stack, qtype: str | None = None
              ) -> tuple[int, str, dict[str, Any]]:
    """Open the attempt until an item of ``qtype`` is on screen (answering others correctly)."""
    while True:
        page = applicant.get(f"/assess/{attempt_id}")
        assert page.status_code == 200, page.text[:300]
        response_id, kind, raw = on_screen(stack, attempt_id)
        if qtype is None or kind == qtype:
            return response_id, kind, raw
        answer(applicant, attempt_id, response_id, raw)


def answer(applicant: Applicant, attempt_id: int, response_id: int, raw: dict[str, Any]) -> requests.Response:
    """Submit an answer and follow a code run to its end."""
    response = applicant.post(f"/assess/{attempt_id}/answer", {"response_id": response_id, **raw})
    location = response.headers.get("Location", "")
    if "/pending/" in location:
        wait_until(lambda: "/pending/" not in applicant.http.get(applicant.base + location, allow_redirects=False,
                                                                 timeout=30).headers.get("Location", location),
                   120, 0.5)
    return response


def test_double_submit_at_the_same_moment_records_once(stack, new_applicant) -> None:
    applicant = new_applicant("twice@example.org")
    attempt_id = applicant.start(["analysis"])
    response_id, _, raw = show_item(applicant, attempt_id, stack)
    barrier = threading.Barrier(2)
    statuses: list[int] = []

    def submit() -> None:
        barrier.wait()
        statuses.append(applicant.post(f"/assess/{attempt_id}/answer", {"response_id": response_id, **raw}).status_code)

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses == [302, 302]
    assert rows(stack, "SELECT count(*) FROM responses WHERE attempt_id = %s", attempt_id) == [(1,)]
    assert rows(stack, "SELECT correct FROM responses WHERE id = %s", response_id) == [(True,)]
    feedback = applicant.get(f"/assess/{attempt_id}/feedback/1")
    assert "Correct." in feedback.text


def test_web_process_killed_mid_request_loses_nothing(stack, new_applicant) -> None:
    applicant = new_applicant("killed-web@example.org")
    attempt_id = applicant.start(["analysis"])
    first_id, _, first_raw = show_item(applicant, attempt_id, stack)
    answer(applicant, attempt_id, first_id, first_raw)
    response_id, _, raw = show_item(applicant, attempt_id, stack)
    dsn = stack.database_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as blocker:  # hold the row: the answer request blocks inside its transaction
        blocker.execute("SELECT 1 FROM responses WHERE id = %s FOR UPDATE", (response_id,))
        outcome: dict[str, Any] = {}
        thread = threading.Thread(target=lambda: outcome.update(result=_post_or_error(applicant, attempt_id,
                                                                                       response_id, raw)))
        thread.start()
        wait_until(lambda: rows(stack, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                   [0][0] >= 1, 20)
        for pid in stack.web_worker_pids():
            os.kill(pid, signal.SIGKILL)
        thread.join(30)
        blocker.rollback()
    assert isinstance(outcome["result"], Exception) or outcome["result"].status_code >= 500
    wait_until(lambda: requests.get(stack.url + "/health", timeout=2).status_code == 200, 30)
    assert rows(stack, "SELECT answered_at IS NULL FROM responses WHERE id = %s", response_id) == [(True,)]
    retry = applicant.post(f"/assess/{attempt_id}/answer", {"response_id": response_id, **raw})  # the same page
    assert retry.status_code == 302
    assert rows(stack, "SELECT count(*), bool_and(correct) FROM responses WHERE attempt_id = %s "
                "AND answered_at IS NOT NULL", attempt_id) == [(2, True)]


def _post_or_error(applicant: Applicant, attempt_id: int, response_id: int, raw: dict[str, Any]) -> Any:
    try:
        return applicant.post(f"/assess/{attempt_id}/answer", {"response_id": response_id, **raw}, timeout=60)
    except requests.RequestException as exc:
        return exc


def test_runner_killed_mid_run_is_requeued(stack, new_applicant) -> None:
    applicant = new_applicant("killed-runner@example.org")
    attempt_id = applicant.start(["python"])
    response_id, _, raw = show_item(applicant, attempt_id, stack, "python_code")
    slow_but_right = "import time\ntime.sleep(1.5)\n" + raw["code"]
    posted = applicant.post(f"/assess/{attempt_id}/answer", {"response_id": response_id, "code": slow_but_right})
    pending = posted.headers["Location"]
    assert "/pending/" in pending
    wait_until(lambda: "being tested" in applicant.get(pending).text, 30)  # the run has started
    stack.kill_worker_tree()
    page = applicant.get(pending)
    assert page.status_code == 200 and "Your code is saved" in page.text
    stack.start_worker()
    wait_until(lambda: "/pending/" not in applicant.http.get(stack.url + pending, allow_redirects=False,
                                                              timeout=30).headers.get("Location", pending), 120, 0.5)
    assert rows(stack, "SELECT correct, answer->>'code' FROM responses WHERE id = %s", response_id) == [
        (True, slow_but_right)]


def test_postgres_restart_during_an_attempt(stack, new_applicant) -> None:
    cluster = _cluster_of(stack.database_url)
    if cluster is None:
        pytest.skip("the test database is not a local Debian cluster (pg_lsclusters)")
    applicant = new_applicant("restart@example.org")
    attempt_id = applicant.start(["analysis"])
    response_id, _, raw = show_item(applicant, attempt_id, stack)
    answer(applicant, attempt_id, response_id, raw)
    subprocess.run(["pg_ctlcluster", *cluster, "restart"], check=True)
    page = applicant.get(f"/assess/{attempt_id}")  # pool_pre_ping replaces the dead connections
    assert page.status_code == 200
    response_id, _, raw = on_screen(stack, attempt_id)
    assert answer(applicant, attempt_id, response_id, raw).status_code == 302
    assert rows(stack, "SELECT count(*) FROM responses WHERE attempt_id = %s AND answered_at IS NOT NULL",
                attempt_id) == [(2,)]


def _cluster_of(url: str) -> list[str] | None:
    """(version, name) of the local Debian cluster listening on the URL's port, if any."""
    port = re.search(r":(\d+)/", url)
    listing = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True)
    for line in listing.stdout.splitlines():
        version, name, cluster_port = line.split()[:3]
        if port and cluster_port == port.group(1):
            return [version, name]
    return None
