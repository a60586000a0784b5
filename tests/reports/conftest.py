"""Helpers for report tests: finish an assessment through HTTP, make a report, make a staff account."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from quizapp.extensions import db
from quizapp.models import Report, Response, Role, User


def reference_raw(app: Flask, response_id: int, correct: bool) -> dict[str, object]:
    """A correct answer for the item (or a wrong but readable one)."""
    from quizapp.assess.services import qtype_of, spec_of, variant_of

    with app.app_context():
        response = db.session.get(Response, response_id)
        version = response.item_version
        raw = dict(qtype_of(version).reference_raw(spec_of(version), variant_of(response)))
        if correct:
            return raw
        variant = variant_of(response)
        if variant.choices:
            return {"choice": [next(c.key for c in variant.choices if not c.correct)]}
        return {"answer": "12345" if version.qtype != "short_text" else "zzz", "choice": []}


def finish_assessment(client: FlaskClient, app: Flask, topics: list[str], correct: bool = True,
                      mode: str = "assessment") -> int:
    """Start an attempt and answer until it finishes; returns the attempt id."""
    posted = client.post("/assess/start", data={"topics": topics, "mode": mode})
    attempt_id = int(posted.headers["Location"].rstrip("/").split("/")[-1])
    for _ in range(30):
        shown = client.get(f"/assess/{attempt_id}")
        if shown.status_code == 302 and "/pending/" in shown.headers["Location"]:
            _wait_for_grading(client, shown.headers["Location"])
            continue
        if shown.status_code == 302:
            return attempt_id
        response_id = int(re.search(r'name="response_id" type="hidden" value="(\d+)"',
                                    shown.get_data(as_text=True)).group(1))
        client.post(f"/assess/{attempt_id}/answer",
                    data={"response_id": response_id, **reference_raw(app, response_id, correct)})
    raise AssertionError("the attempt did not finish")


def _wait_for_grading(client: FlaskClient, pending_url: str) -> None:
    """A code answer is graded in the background: poll its page until it moves on."""
    for _ in range(100):
        if client.get(pending_url).status_code == 302:
            return
        time.sleep(0.1)
    raise AssertionError("the code answer was never graded")


def create_report(client: FlaskClient, attempt_id: int) -> int:
    """Create a report through the results page's button; returns its id."""
    posted = client.post(f"/reports/create/{attempt_id}")
    assert posted.status_code == 302, posted.get_data(as_text=True)
    return int(posted.headers["Location"].rstrip("/").split("/")[-1])


@pytest.fixture(autouse=True)
def isolated_files(request: pytest.FixtureRequest, tmp_path, monkeypatch) -> None:
    """Each test signs with its own throwaway key and keeps uploads in its own folder."""
    monkeypatch.setenv("QUIZAPP_SIGNING_KEY_FILE", str(tmp_path / "signing_key.pem"))
    monkeypatch.setenv("QUIZAPP_UPLOAD_DIR", str(tmp_path / "uploads"))  # the live server inherits both
    if "app" in request.fixturenames:
        request.getfixturevalue("app").config["REPORTS_UPLOAD_DIR"] = str(tmp_path / "uploads")


@pytest.fixture
def make_staff(app: Flask) -> Callable[..., None]:
    """Create a staff account (the CLI's job in production)."""

    def make(email: str = "sam@example.org", role: Role = Role.STAFF) -> None:
        with app.app_context():
            user = User(email=email, name="Sam Staff", role=role)
            user.set_password("correct horse battery")
            db.session.add(user)
            db.session.commit()

    return make


def post_cut_scores(client: FlaskClient, ready: float, review: float) -> None:
    """As staff, set the same cut scores for every topic through the settings form."""
    from quizapp.bank.schema import TOPICS

    form = {f"{topic}-{key}": value for topic in TOPICS for key, value in (("ready", ready), ("review", review))}
    assert client.post("/review/settings", data=form).status_code == 302


def detached_report(app: Flask, report_id: int) -> Report:
    """A detached copy of a stored report, its PDF loaded."""
    with app.app_context():
        report = db.session.get(Report, report_id)
        assert report.pdf  # loaded now: a detached report cannot load it later
        db.session.expunge(report)
        return report


@pytest.fixture
def report_of(app: Flask) -> Callable[[int], Report]:
    """A detached copy of a stored report, its PDF loaded."""
    return lambda report_id: detached_report(app, report_id)
