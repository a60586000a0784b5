"""Which item comes next: the interface the quiz loop uses, and the simple level-ordered selector.

The adaptive engine (:mod:`quizapp.adaptive`) provides another implementation of :class:`ItemSelector`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

from quizapp.models import Attempt, ItemVersion, Response


@dataclass(frozen=True)
class Selection:
    """The next item, or ``None`` with the reason the attempt stops."""

    version: ItemVersion | None
    stop_reason: str | None = None


@dataclass(frozen=True)
class TopicProgress:
    """How far a topic is: items answered, items planned (an estimate for adaptive tests) and whether it is done."""

    topic: str
    answered: int
    planned: int
    done: bool


class ItemSelector(Protocol):
    """Chooses the next item of an attempt from the pool of live items of its topics."""

    def next_item(self, attempt: Attempt, pool: list[ItemVersion], history: list[Response]) -> Selection:
        """The next item to show, given every response so far (answered or not) in order."""
        ...

    def progress(self, attempt: Attempt, pool: list[ItemVersion], history: list[Response]) -> list[TopicProgress]:
        """Per-topic progress for the progress bar."""
        ...


class LevelOrderSelector:
    """A fixed number of items per topic, easiest first, topics interleaved; ties broken by the attempt's seed."""

    def __init__(self, items_per_topic: int) -> None:
        self.items_per_topic = items_per_topic

    def _planned(self, topic: str, pool: list[ItemVersion]) -> int:
        return min(self.items_per_topic, sum(v.topic == topic for v in pool))

    def progress(self, attempt: Attempt, pool: list[ItemVersion], history: list[Response]) -> list[TopicProgress]:
        """Answered versus planned items per topic."""
        out = []
        for topic in attempt.topics:
            answered = sum(r.item_version.topic == topic and r.is_answered for r in history)
            planned = self._planned(topic, pool)
            out.append(TopicProgress(topic, answered, planned, answered >= planned))
        return out

    def next_item(self, attempt: Attempt, pool: list[ItemVersion], history: list[Response]) -> Selection:
        """The easiest unseen item of the topic with the fewest items so far."""
        seen = {r.item_version.item_id for r in history}
        shown = {t: sum(r.item_version.topic == t for r in history) for t in attempt.topics}
        open_topics = [t for t in attempt.topics if shown[t] < self._planned(t, pool)]
        if not open_topics:
            return Selection(None, "max_items" if pool else "pool_exhausted")
        topic = min(open_topics, key=lambda t: (shown[t], attempt.topics.index(t)))
        candidates = [v for v in pool if v.topic == topic and v.item_id not in seen]
        if not candidates:
            return Selection(None, "pool_exhausted")
        rng = np.random.default_rng([attempt.seed, len(history)])
        jitter = rng.random(len(candidates))
        best = min(range(len(candidates)), key=lambda i: (candidates[i].level, jitter[i]))
        return Selection(candidates[best])
