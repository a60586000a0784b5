"""Which item comes next: the adaptive engine (:mod:`quizapp.adaptive`) behind the quiz loop's interface.

The engine is stateless: it receives the live items (with their IRT parameters) and the answers so far, and
returns the next item id or ``None`` with the reason to stop. The bank dict is memoised per set of item versions
so that the engine's own per-bank cache (arrays, population) is reused across requests.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import Any

from quizapp.adaptive import make_engine
from quizapp.adaptive.irt import D_SCALE
from quizapp.models import Attempt, ItemVersion, Response

POPULATION_SETTING = "adaptive.population"


@dataclass(frozen=True)
class Selection:
    """The next item, or ``None`` with the reason the attempt stops."""

    version: ItemVersion | None
    stop_reason: str | None = None


@dataclass(frozen=True)
class TopicProgress:
    """A topic's progress: items answered, current standard error, share of the precision target reached."""

    topic: str
    answered: int
    se: float
    fraction: float
    done: bool


@dataclass(frozen=True)
class AdaptiveSettings:
    """How precise each topic must be and how many items it may take."""

    topic_se_target: float = 0.4
    min_items_per_topic: int = 3
    max_items_per_topic: int = 12
    max_items_total: int | None = None
    exposure_control: bool = True
    # Cut scores per topic ({topic: [review, ready]}): a topic stops once its 95 % band lies inside one readiness
    # level, even above its SE target. None: every topic goes to its target or its cap.
    level_cuts: dict[str, list[float]] | None = None
    min_items_to_decide: int = 0  # a level is decided on at least this many of the topic's items


def decision_floor(max_items_per_topic: int, calibrated: bool) -> int:
    """Fewest items of a topic on which the level stop may decide its level.

    Until ``bank calibrate`` has run, item parameters are guesses from the authored difficulty levels: a level is
    then decided on no fewer than half a topic's questions, so that a few answers to mislabelled items cannot
    decide it. Calibrated parameters are trusted from the topic's minimum on.
    """
    return 0 if calibrated else max_items_per_topic // 2


def app_scenario(settings: AdaptiveSettings, topics: list[str], seed: int) -> dict[str, Any]:
    """The engine scenario of an attempt on ``topics`` (also what ``bench/shipped_bank.py`` measures)."""
    return {
        "mode": "topics", "topics": topics, "topic_se_target": settings.topic_se_target,
        "min_items_per_topic": settings.min_items_per_topic, "max_items_per_topic": settings.max_items_per_topic,
        "max_items_total": settings.max_items_total, "exposure_control": settings.exposure_control, "seed": seed,
        "exposure_method": "randomesque",  # no up-front tuning per topic combination (see docs/adaptive.md)
        "one_topic_at_a_time": True,  # a person works through one subject, then the next
        # Each topic to its target or its cap. The engine's default stops a topic once even all its items could
        # not reach the target; on a small uncalibrated topic (optimization had 11 items, a = 0.8) that left every
        # applicant after the minimum 3 items at SE ≈ 0.7, provisional on the report, when the rest of its items
        # bring it to ≈ 0.5. The cap already bounds what an out-of-reach topic costs (docs/adaptive.md).
        "stop_unreachable": False,
        "level_cuts": {t: settings.level_cuts[t] for t in topics if t in settings.level_cuts}
        if settings.level_cuts else None,
        "min_items_to_decide": settings.min_items_to_decide,
    }


@functools.lru_cache(maxsize=16)
def _bank(items_key: tuple[tuple[Any, ...], ...], population_json: str) -> dict[str, Any]:
    bank: dict[str, Any] = {"D": D_SCALE, "items": [
        {"id": item_id, "a": a, "b": b, "c": c, "topic": topic, "concept": concept}
        for item_id, a, b, c, topic, concept in items_key
    ]}
    if population_json != "null":
        bank["population"] = json.loads(population_json)
    return bank


def engine_bank(pool: list[ItemVersion], population: dict[str, Any] | None) -> dict[str, Any]:
    """The engine's bank dict for these item versions (the same dict object for the same inputs)."""
    key = tuple((v.item_id, v.irt_a, v.irt_b, v.irt_c, v.topic, (v.concepts or [""])[0]) for v in pool)
    return _bank(key, json.dumps(population, sort_keys=True))


def engine_responses(history: list[Response], pool: list[ItemVersion]) -> list[dict[str, Any]]:
    """Answered, decided responses on live items, in administration order.

    An undecided grade carries no information, and an item retired since it was answered is unknown to the bank.
    """
    live = {v.item_id for v in pool}
    return [{"item_id": r.item_version.item_id, "correct": bool(r.correct)}
            for r in history if r.is_answered and r.correct is not None and r.item_version.item_id in live]


class AdaptiveSelector:
    """Per-topic adaptive testing: most informative item in a topic still above its SE target."""

    def __init__(self, settings: AdaptiveSettings, population: dict[str, Any] | None = None) -> None:
        self.settings = settings
        self.population = population

    def _engine(self, attempt: Attempt, pool: list[ItemVersion]) -> Any:
        live = {v.topic for v in pool}  # a chosen topic may have no live items (e.g. code items while runs are off)
        return make_engine(app_scenario(self.settings, [t for t in attempt.topics if t in live], attempt.seed))

    def next_item(self, attempt: Attempt, pool: list[ItemVersion], history: list[Response]) -> Selection:
        """The next item, never one already shown in this attempt; or why the attempt stops."""
        if not pool:
            return Selection(None, "pool_exhausted")
        engine, bank = self._engine(attempt, pool), engine_bank(pool, self.population)
        shown = {r.item_version.item_id for r in history}
        item_id = engine.select_next(bank, engine_responses(history, pool))
        if item_id is None:
            return Selection(None, engine.stop_reason(bank, engine_responses(history, pool)) or "pool_exhausted")
        if item_id in shown:  # an undecided answer is invisible to the engine: never show an item twice
            return Selection(None, "pool_exhausted")
        return Selection(next(v for v in pool if v.item_id == item_id))

    def estimates(self, attempt: Attempt, pool: list[ItemVersion], history: list[Response]) -> dict[str, Any]:
        """Per-topic θ and SE after the answers so far (the engine's ``estimate``)."""
        if not pool:
            return {"topics": {}}
        return self._engine(attempt, pool).estimate(engine_bank(pool, self.population),
                                                   engine_responses(history, pool))

    def typical_lengths(self, pool: list[ItemVersion]) -> dict[str, float]:
        """Forecast items per topic of ``pool`` under these settings (see ``quizapp.adaptive.length``)."""
        if not pool:
            return {}
        topics = sorted({v.topic for v in pool})
        engine = make_engine(app_scenario(self.settings, topics, seed=0))
        return engine.typical_lengths(engine_bank(pool, self.population))

    def progress(self, attempt: Attempt, pool: list[ItemVersion], history: list[Response]) -> list[TopicProgress]:
        """Per topic: items answered, SE, and the share of the information needed to reach the SE target."""
        if not pool:
            return []
        state = self._engine(attempt, pool).progress(engine_bank(pool, self.population),
                                                     engine_responses(history, pool))
        target = self.settings.topic_se_target
        out = []
        for topic in attempt.topics:
            info = state.get(topic)
            if info is None:
                continue
            gained = max(0.0, 1 / info["se"] ** 2 - 1)
            needed = 1 / target**2 - 1
            fraction = 1.0 if info["done"] else min(0.95, gained / needed)
            out.append(TopicProgress(topic, info["items"], info["se"], fraction, info["done"]))
        return out
