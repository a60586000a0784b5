"""Item statistics for instructors: facility, discrimination, exposure, calibrated parameters and flags."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from sqlalchemy import select

from quizapp.bank.calibration import CALIBRATION_SETTING
from quizapp.extensions import db
from quizapp.models import Attempt, Item, ItemVersion, Response, get_setting


@dataclass(frozen=True)
class ItemStats:
    """What the responses say about one item (all its versions together)."""

    item_id: str
    answers: int
    facility: float | None  # mean score
    discrimination: float | None  # item–rest correlation within the attempts that saw it
    exposure: float | None  # share of the topic's attempts that were shown the item
    flags: tuple[str, ...]


def live_versions() -> list[ItemVersion]:
    """The current version of every live item, by topic then id."""
    query = (select(ItemVersion).join(Item, Item.current_version_id == ItemVersion.id)
             .where(Item.active.is_(True)).order_by(ItemVersion.topic, ItemVersion.item_id))
    return list(db.session.scalars(query))


def item_statistics() -> dict[str, ItemStats]:
    """Statistics of every item that has answers (one pass over the answered responses)."""
    scores: dict[int, dict[str, float]] = defaultdict(dict)
    topic_attempts: dict[str, int] = defaultdict(int)
    rows = db.session.execute(
        select(Response.attempt_id, ItemVersion.item_id, Response.score)
        .join(ItemVersion, Response.item_version_id == ItemVersion.id)
        .where(Response.answered_at.is_not(None))
    )
    for attempt_id, item_id, score in rows:
        scores[attempt_id][item_id] = float(score or 0.0)
    for topics in db.session.scalars(select(Attempt.topics)):  # JSON columns cannot be grouped portably
        for topic in topics or []:
            topic_attempts[topic] += 1
    per_item: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for answers in scores.values():
        total = sum(answers.values())
        for item_id, score in answers.items():
            per_item[item_id].append((score, (total - score) / max(1, len(answers) - 1)))
    calibration = (get_setting(CALIBRATION_SETTING) or {}).get("items", {})
    topic_of = dict(db.session.execute(select(Item.id, Item.topic)).all())
    out = {}
    for item_id, pairs in per_item.items():
        item_scores, rest = np.array(pairs).T
        discrimination = None
        if len(pairs) >= 5 and item_scores.std() > 0 and rest.std() > 0:
            discrimination = float(np.corrcoef(item_scores, rest)[0, 1])
        seen_in = topic_attempts.get(topic_of.get(item_id, ""), 0)
        out[item_id] = ItemStats(item_id, len(pairs), float(item_scores.mean()), discrimination,
                                 len(pairs) / seen_in if seen_in else None,
                                 tuple(calibration.get(item_id, {}).get("flags", ())))
    return out
