"""Demo data for a fresh install: applicants who took an assessment and submitted their readiness report.

Without it, staff logging in after ``make run`` would face an empty review dashboard. Each demo applicant answers
as a simulated examinee of known ability per topic would (2PL, the item's own parameters, a fixed random seed), so
the reports differ the way real ones do. Only math and multiple-choice topics are used: they need no sandbox.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import numpy as np
from flask import current_app
from sqlalchemy import select

from quizapp.adaptive.irt import D_SCALE, probability
from quizapp.assess.services import (
    current_response,
    qtype_of,
    spec_of,
    start_attempt,
    submit_answer,
    variant_of,
)
from quizapp.extensions import db
from quizapp.models import Checklist, Report, Response, User
from quizapp.reports.rounds import load_rounds
from quizapp.reports.services import create_report, submit_report


@dataclass(frozen=True)
class DemoApplicant:
    """A demo account's simulated abilities per topic and its checklist."""

    email: str
    abilities: dict[str, float]
    degree: str
    english: tuple[str, str]
    seed: int
    mooc_done: bool = True


DEMO_SERVER = "http://127.0.0.1:5000"  # where `make run` serves
DEMO_APPLICANTS = (
    DemoApplicant("applicant@example.org", {"analysis": 1.2, "linear_algebra": 0.6, "probability": -0.3},
                  "MSc Applied Mathematics, Demo University, 2025", ("ielts", "7.5"), seed=11),
    DemoApplicant("applicant2@example.org", {"analysis": -0.6, "linear_algebra": 0.2, "statistics": 1.0},
                  "MSc Economics, Demo School, 2024", ("toefl_ibt", "96"), seed=23, mooc_done=False),
)


def seed_demo_report(user: User, applicant: DemoApplicant) -> Report | None:
    """Take an assessment as ``applicant`` would, then issue and submit its report; None if one exists already."""
    if db.session.scalars(select(Report.id).where(Report.user_id == user.id)).first() is not None:
        return None
    rng = random.Random(applicant.seed)
    attempt = start_attempt(user, list(applicant.abilities), "assessment")
    while (response := current_response(attempt)) is not None:
        submit_answer(response, _answer(response, applicant, rng))
        response.shown_at = response.answered_at - timedelta(seconds=rng.randint(25, 150))
        db.session.commit()
    if not attempt.responses:  # a bank without items in these topics: no assessment, so no report
        db.session.delete(attempt)
        db.session.commit()
        return None
    _fill_checklist(user, applicant)
    # The report links to its public verification page: on the address `make run` serves, unless configured.
    with current_app.test_request_context(base_url=current_app.config.get("PUBLIC_BASE_URL") or DEMO_SERVER):
        report = create_report(attempt, user)
        submit_report(report)
    return report


def _answer(response: Response, applicant: DemoApplicant, rng: random.Random) -> dict[str, Any]:
    """A right answer with the 2PL probability of this applicant's ability, else one of the item's wrong answers."""
    version = response.item_version
    theta = applicant.abilities.get(version.topic, 0.0)
    a, b, c = (np.array([value]) for value in (version.irt_a, version.irt_b, version.irt_c))
    p_right = float(probability(theta, a, b, c, D=D_SCALE)[0, 0])
    spec, qtype, variant = spec_of(version), qtype_of(version), variant_of(response)
    wrong = [case for case in qtype.self_test(spec, variant) if case.expect == "wrong"]
    if rng.random() < p_right or not wrong:
        return dict(qtype.reference_raw(spec, variant))
    # the item's named mistakes first: their feedback and tags are what staff would see in real reports
    named = [case for case in wrong if case.feedback] or wrong
    return dict(rng.choice(named).raw)


def _fill_checklist(user: User, applicant: DemoApplicant) -> None:
    """The applicant's declared degree and English test, in the first round still open."""
    open_rounds = [r for r in load_rounds() if not r.is_closed()]
    checklist = db.session.get(Checklist, user.id) or Checklist(user_id=user.id)
    checklist.degree = applicant.degree
    checklist.english_test, checklist.english_score = applicant.english
    checklist.mooc_done = applicant.mooc_done
    checklist.round_id = open_rounds[0].id if open_rounds else None
    db.session.add(checklist)
    db.session.commit()
