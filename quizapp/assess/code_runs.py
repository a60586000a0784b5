"""Code answers: queue the sandbox run, keep the submitted code safe while it waits, record the grade once.

The code is saved in the response the moment it is submitted (``answer = {"code", "job"}``, not yet answered), so
closing the browser or restarting the server loses nothing: a job that vanished with its worker is queued again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import update

from quizapp import jobs
from quizapp.assess.services import SubmitOutcome, qtype_of, record_grade, spec_of, stored_grade, variant_of
from quizapp.extensions import db
from quizapp.models import Response
from quizapp.qtypes.code import CodeType, exercise_dir


@dataclass(frozen=True)
class RunState:
    """Where a code answer stands: still running (with its queue position) or graded."""

    state: str  # "queued" | "running" | "done"
    position: int | None = None
    outcome: SubmitOutcome | None = None
    note: str | None = None


def is_pending(response: Response) -> bool:
    """True while a submitted code answer waits for its run."""
    return not response.is_answered and bool(response.answer and response.answer.get("job"))


def _code_type(response: Response) -> CodeType:
    qtype = qtype_of(response.item_version)
    assert isinstance(qtype, CodeType)
    return qtype


def _queue(response: Response, code: str) -> str:
    qtype = _code_type(response)
    return jobs.submit_run(qtype.language, code, str(exercise_dir(spec_of(response.item_version))), "hidden")


def submit_code(response: Response, raw: dict[str, Any]) -> None:
    """Check the code can be read, save it with a queued run (once: a repeated submit keeps the first)."""
    if response.is_answered or is_pending(response):
        return
    version = response.item_version
    parsed = _code_type(response).parse(spec_of(version), variant_of(response), raw)
    job = _queue(response, parsed.value)
    db.session.execute(update(Response).where(Response.id == response.id, Response.answered_at.is_(None))
                       .values(answer={"code": parsed.value, "job": job}))
    db.session.commit()
    db.session.refresh(response)


def settle(response: Response) -> RunState:
    """Check the run of a pending code answer; record its grade when it is done, requeue it if it was lost."""
    if response.is_answered:
        return RunState("done", outcome=SubmitOutcome(response, stored_grade(response), recorded=False))
    answer = dict(response.answer or {})
    status = jobs.job_status(answer["job"])
    if status["state"] == "done" and status.get("result") is not None:
        grade = _code_type(response).grade_from_run(status["result"])
        outcome = record_grade(response, {"code": answer["code"], "run": _public_run(status["result"])}, None, grade)
        return RunState("done", outcome=outcome)
    if status["state"] in {"queued", "running"}:
        return RunState(status["state"], position=status.get("position"))
    # Failed or unknown (the worker or the server died): run it again rather than lose the answer.
    answer["job"] = _queue(response, answer["code"])
    response.answer = answer
    db.session.commit()
    return RunState("queued", position=None, note=status.get("error"))


def _public_run(result: dict[str, Any]) -> dict[str, Any]:
    """What is kept of a hidden-test run: the verdict per test, never the tests' inputs or expected values."""
    return {"status": result.get("status"), "tests": [{"name": t.get("name"), "passed": t.get("passed")}
                                                      for t in result.get("tests") or []],
            "stderr": (result.get("stderr") or "")[:2000], "wall_ms": result.get("wall_ms")}


def run_examples(response: Response, code: str) -> str:
    """Queue a run of the visible examples (nothing is recorded); returns the job id."""
    qtype = _code_type(response)
    parsed = qtype.parse(spec_of(response.item_version), variant_of(response), {"code": code})
    return jobs.submit_run(qtype.language, parsed.value, str(exercise_dir(spec_of(response.item_version))),
                           "visible")
