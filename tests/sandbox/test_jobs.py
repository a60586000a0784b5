"""The run queue: jobs leave the caller at once, report their position, and finish with the §3.2 result."""

from __future__ import annotations

import time
from typing import Any

import pytest

from quizapp import jobs

pytestmark = pytest.mark.sandbox


def _wait(job_id: str, timeout_s: float = 30) -> dict[str, Any]:
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        status = jobs.job_status(job_id)
        if status["state"] in ("done", "failed"):
            return status
        time.sleep(0.02)
    raise AssertionError(f"job {job_id} did not finish")


def test_local_pool_queues_beyond_cores_minus_one_and_shows_positions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REDIS_URL", raising=False)
    slow = "import time\ntime.sleep(0.4)\nprint('done')\n"
    started = time.monotonic()
    ids = [jobs.submit_run("python", slow, None, "hidden") for _ in range(jobs.max_concurrent_runs() + 2)]
    assert time.monotonic() - started < 0.2  # the caller never waits for a run
    positions = [jobs.job_status(i)["position"] for i in ids]
    assert positions[-1] is not None and positions[-1] >= 2
    results = [_wait(i) for i in ids]
    assert all(r["state"] == "done" and r["result"]["stdout"] == "done\n" for r in results)


def test_unknown_job_is_failed_with_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REDIS_URL", raising=False)
    assert jobs.job_status("nope") == {"state": "failed", "position": None, "result": None, "error": "unknown job"}


def test_rq_queue_round_trip_with_positions(monkeypatch: pytest.MonkeyPatch) -> None:
    fakeredis = pytest.importorskip("fakeredis")
    from rq import Queue, SimpleWorker

    connection = fakeredis.FakeStrictRedis()
    monkeypatch.setenv("REDIS_URL", "redis://fake")
    monkeypatch.setattr(jobs, "_rq_queue", lambda: Queue(jobs.QUEUE_NAME, connection=connection))
    first = jobs.submit_run("python", "print(6 * 7)\n", None, "hidden")
    second = jobs.submit_run("python", "print(1)\n", None, "hidden")
    assert jobs.job_status(first)["state"] == "queued"
    assert jobs.job_status(second)["position"] == 2
    SimpleWorker([jobs.QUEUE_NAME], connection=connection).work(burst=True)
    done = jobs.job_status(first)
    assert done["state"] == "done" and done["result"]["stdout"] == "42\n"
