"""The quiz loop's logic: attempts, presenting items, saving answers exactly once, results."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from flask import current_app
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from quizapp.assess.selection import (
    POPULATION_SETTING,
    AdaptiveSelector,
    AdaptiveSettings,
    TopicProgress,
    decision_floor,
)
from quizapp.bank.schema import TOPICS, ItemSpec
from quizapp.extensions import db
from quizapp.models import Attempt, Item, ItemVersion, Response, User, get_setting
from quizapp.models._time import utcnow
from quizapp.qtypes import REGISTRY, Grade, QuestionType, Variant
from quizapp.qtypes.base import wordings_from_json, wordings_to_json
from quizapp.reports.levels import cut_scores

MODES = ("practice", "assessment")


@dataclass(frozen=True)
class SubmitOutcome:
    """A saved answer: its grade, and whether this request recorded it (False for a repeated submit)."""

    response: Response
    grade: Grade
    recorded: bool


def selector() -> AdaptiveSelector:
    """The adaptive item selector, configured from the app config and the calibrated population."""
    config = current_app.config
    population = get_setting(POPULATION_SETTING)
    settings = AdaptiveSettings(
        topic_se_target=config["QUIZ_TOPIC_SE_TARGET"], min_items_per_topic=config["QUIZ_MIN_ITEMS_PER_TOPIC"],
        max_items_per_topic=config["QUIZ_MAX_ITEMS_PER_TOPIC"], max_items_total=config["QUIZ_MAX_ITEMS_TOTAL"],
        exposure_control=config["QUIZ_EXPOSURE_CONTROL"],
        level_cuts={topic: [cut["review"], cut["ready"]] for topic, cut in cut_scores().items()}
        if config["QUIZ_STOP_AT_DECIDED_LEVEL"] else None,
        min_items_to_decide=decision_floor(config["QUIZ_MAX_ITEMS_PER_TOPIC"], calibrated=population is not None),
    )
    return AdaptiveSelector(settings, population)


_SPECS: dict[tuple[int, str], ItemSpec] = {}


def spec_of(version: ItemVersion) -> ItemSpec:
    """The validated spec of a stored item version (cached: a version never changes).

    The stored JSON keeps the authored key order, which matters: parameters are drawn in that order, and a
    derived parameter may use the ones before it.
    """
    key = (version.id, version.content_hash)
    spec = _SPECS.get(key)
    if spec is None:
        if len(_SPECS) > 4096:
            _SPECS.clear()
        spec = _SPECS[key] = ItemSpec.model_validate(version.spec)
    return spec


def qtype_of(version: ItemVersion) -> QuestionType:
    """The question type of a stored item version."""
    return REGISTRY[version.qtype]


def variant_of(response: Response) -> Variant:
    """The exact variant this response showed (item version + seed)."""
    version = response.item_version
    return qtype_of(version).generate(spec_of(version), response.seed)


def start_attempt(user: User, topics: list[str], mode: str) -> Attempt:
    """Open a new attempt on ``topics`` (a fresh seed gives fresh variants).

    An identical attempt not answered yet is resumed instead: a second click on *Start*, or a return to the page
    before answering, must not leave a trail of empty attempts.
    """
    for earlier in attempts_of(user):
        same = earlier.is_active and earlier.topics == topics and earlier.mode == mode
        if same and not any(r.is_answered or r.answer for r in earlier.responses):
            return earlier
    attempt = Attempt(user_id=user.id, topics=list(topics), mode=mode, seed=secrets.randbelow(2**31))
    db.session.add(attempt)
    db.session.commit()
    return attempt


def attempts_of(user: User) -> list[Attempt]:
    """The user's own attempts, newest first."""
    return list(db.session.scalars(
        select(Attempt).where(Attempt.user_id == user.id).order_by(Attempt.started_at.desc(), Attempt.id.desc())
    ))


def pool_for(attempt: Attempt) -> list[ItemVersion]:
    """Live item versions in the attempt's topics; code items only while the sandbox can isolate runs."""
    return live_pool(attempt.topics)


def live_pool(topics: list[str]) -> list[ItemVersion]:
    """Live item versions in ``topics``; code items only while the sandbox can isolate runs."""
    query = (
        select(ItemVersion).join(Item, Item.current_version_id == ItemVersion.id)
        .where(Item.active.is_(True), Item.topic.in_(topics)).order_by(ItemVersion.item_id)
    )
    pool = list(db.session.scalars(query))
    if not sandbox_ready():
        pool = [v for v in pool if not REGISTRY[v.qtype].needs_sandbox]
    return pool


def typical_questions() -> dict[str, int]:
    """About how many questions each topic takes (the engine's forecast, rounded), for the start page."""
    pool = live_pool(list(TOPICS))
    return {topic: round(n) for topic, n in selector().typical_lengths(pool).items()}


def sandbox_ready() -> bool:
    """Whether code runs are possible here (cached probe); when not, code items are hidden from quizzes."""
    from graders.sandbox import sandbox_status

    return sandbox_status().ok


def progress(attempt: Attempt) -> list[TopicProgress]:
    """Per-topic progress for the progress bar."""
    return selector().progress(attempt, pool_for(attempt), list(attempt.responses))


def current_response(attempt: Attempt) -> Response | None:
    """The item on screen: the unanswered one if any, else a newly selected one; ``None`` once finished."""
    if not attempt.is_active:
        return None
    for response in attempt.responses:
        if not response.is_answered:
            return response
    selection = selector().next_item(attempt, pool_for(attempt), list(attempt.responses))
    if selection.version is None:
        finish_attempt(attempt, selection.stop_reason or "max_items")
        return None
    position = len(attempt.responses) + 1
    response = Response(
        attempt_id=attempt.id, position=position, item_version_id=selection.version.id,
        seed=secrets.randbelow(2**31),
    )
    db.session.add(response)
    try:
        db.session.commit()
    except IntegrityError:  # another tab presented this position first: show that one
        db.session.rollback()
        db.session.refresh(attempt)
        return next((r for r in attempt.responses if not r.is_answered), None)
    db.session.refresh(attempt)
    return response


def submit_answer(response: Response, raw: dict[str, Any]) -> SubmitOutcome:
    """Parse, grade and save an answer once. Raises ``AnswerFormatError`` (nothing saved) for unreadable input."""
    if response.is_answered:  # a repeated submit: keep the first answer
        return SubmitOutcome(response, stored_grade(response), recorded=False)
    version = response.item_version
    spec, qtype = spec_of(version), qtype_of(version)
    variant = qtype.generate(spec, response.seed)
    parsed = qtype.parse(spec, variant, raw)
    grade = qtype.grade(spec, variant, parsed)
    return record_grade(response, dict(parsed.raw), parsed.latex, grade)


def record_grade(response: Response, answer: dict[str, Any], latex: str | None, grade: Grade) -> SubmitOutcome:
    """Save the answer and its grade unless the response is already answered (atomic: the first one wins)."""
    result = db.session.execute(
        update(Response).where(Response.id == response.id, Response.answered_at.is_(None)).values(
            answer=answer, answer_latex=latex, score=grade.score,
            correct=None if grade.undecided else grade.correct, feedback=grade.feedback[:4000],
            feedback_parts=wordings_to_json(grade.parts) or None, tags=list(grade.tags), answered_at=utcnow(),
        )
    )
    db.session.commit()
    db.session.refresh(response)
    recorded = result.rowcount == 1
    if recorded:
        _record_estimate(response)
    return SubmitOutcome(response, stored_grade(response), recorded=recorded)


def _record_estimate(response: Response) -> None:
    """Save the per-topic ability estimates after this answer with the response (the report's evidence)."""
    attempt = response.attempt
    history = [r for r in attempt.responses if r.position <= response.position]
    estimate = selector().estimates(attempt, pool_for(attempt), history)
    response.estimate = {"topics": estimate.get("topics", {})}
    db.session.commit()


def stored_grade(response: Response) -> Grade:
    """The grade saved with an answered response."""
    return Grade(response.score or 0.0, response.feedback or "", tuple(response.tags or ()),
                 undecided=response.correct is None and response.is_answered,
                 parts=wordings_from_json(response.feedback_parts))


def finish_attempt(attempt: Attempt, reason: str) -> None:
    """Close the attempt with the reason it stopped; an item shown but never answered is dropped.

    A submitted code answer still waiting for its run is kept: it is graded when its run completes.
    """
    if not attempt.is_active:
        return
    for response in list(attempt.responses):
        if not response.is_answered and not response.answer:
            attempt.responses.remove(response)
    attempt.status = "finished"
    attempt.stop_reason = reason
    attempt.finished_at = utcnow()
    db.session.commit()


@dataclass(frozen=True)
class TopicEstimate:
    """A topic's measured ability after an attempt: θ and its standard error, with the evidence's size."""

    topic: str
    theta: float
    se: float
    items: int
    correct: int
    seconds: float


def topic_estimates(attempt: Attempt) -> list[TopicEstimate]:
    """θ, SE, items, correct answers and time spent per topic, from the estimates saved with the responses."""
    answered = [r for r in attempt.responses if r.is_answered]
    latest = next((r.estimate for r in reversed(answered) if r.estimate), None) or {}
    if not latest:  # no stored estimate yet (e.g. nothing answered): ask the engine
        latest = selector().estimates(attempt, pool_for(attempt), answered)
    out = []
    for topic in attempt.topics:
        mine = [r for r in answered if r.item_version.topic == topic]
        est = latest.get("topics", {}).get(topic, {"theta": 0.0, "se": 1.0})
        seconds = sum((r.answered_at - r.shown_at).total_seconds() for r in mine if r.answered_at)
        out.append(TopicEstimate(topic, float(est["theta"]), float(est["se"]), len(mine),
                                 sum(bool(r.correct) for r in mine), seconds))
    return out
