"""Scenario settings of an adaptive test, with the documented defaults."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

_MODES = ("single", "topics")


@dataclass(frozen=True)
class Scenario:
    """What the engine is asked to do. See ``docs/adaptive.md`` for the meaning of each field.

    In ``single`` mode every item measures one ability; ``se_target`` and ``max_items`` apply to the test.
    In ``topics`` mode each topic has its own ability; ``topic_se_target`` applies to each topic, the cap per
    topic is ``max_items_per_topic`` (falling back to ``max_items``), and ``max_items_total`` caps the test.
    """

    mode: str = "single"
    se_target: float = 0.3
    max_items: int = 30
    topic_se_target: float = 0.4
    max_items_per_topic: int | None = None
    min_items_per_topic: int = 1
    max_items_total: int | None = None
    topics: tuple[str, ...] | None = None
    exposure_control: bool = False
    # "sympson_hetter" (tuned eligibility, the benchmark's default) or "randomesque" (a random pick among the
    # `randomesque_k` best items: no tuning, so an app serving any combination of topics pays nothing up front).
    exposure_method: str = "sympson_hetter"
    randomesque_k: int = 4
    max_exposure: float = 0.3
    seed: int = 0
    max_seconds: float | None = None
    # Stop a topic early (reason `pool_exhausted`) once even all its remaining items could not reach the target.
    stop_unreachable: bool = True
    # `topics` mode: finish one topic before starting the next (in `topics` order, else the bank's), instead of
    # taking the most valuable item of any open topic. A person then works on one subject at a time, and an
    # attempt stopped half-way leaves whole topics measured; the benchmark keeps the default (fewest items).
    one_topic_at_a_time: bool = False
    # `topics` mode: cut scores per topic ({topic: [cut, ...]}, stored as sorted pairs so the scenario stays
    # hashable). A topic whose 95 % band θ ± 1.96·SE lies between two cuts has a decided level and stops (after
    # its minimum items) even above its SE target: a readiness report needs the level, not more decimals.
    level_cuts: tuple[tuple[str, tuple[float, ...]], ...] | None = None
    # ... but not before this many items of the topic (nor before `min_items_per_topic`).
    min_items_to_decide: int = 0

    @classmethod
    def from_dict(cls, raw: dict[str, Any] | None) -> Scenario:
        """Build from the contract's dict: missing or null keys get defaults, unknown keys are refused."""
        raw = {k: v for k, v in (raw or {}).items() if v is not None}
        known = {f.name for f in fields(cls)}
        unknown = set(raw) - known
        if unknown:
            raise ValueError(f"unknown scenario keys: {sorted(unknown)}")
        if raw.get("mode", "single") not in _MODES:
            raise ValueError(f"mode must be one of {_MODES}, not {raw['mode']!r}")
        if "topics" in raw:
            raw["topics"] = tuple(str(t) for t in raw["topics"])
        if "level_cuts" in raw:
            raw["level_cuts"] = _parse_cuts(raw["level_cuts"])
        if raw.get("exposure_method", "sympson_hetter") not in ("sympson_hetter", "randomesque"):
            raise ValueError("exposure_method must be 'sympson_hetter' or 'randomesque'")
        scenario = cls(**raw)
        if scenario.se_target <= 0 or scenario.topic_se_target <= 0:
            raise ValueError("SE targets must be positive")
        if scenario.max_items < 1 or scenario.min_items_per_topic < 0 or scenario.min_items_to_decide < 0:
            raise ValueError("max_items must be at least 1, min_items_per_topic and min_items_to_decide at least 0")
        return scenario

    def cuts_for(self, topic: str) -> tuple[float, ...]:
        """The cut scores of ``topic`` (none: its level never stops it early)."""
        return dict(self.level_cuts or ()).get(topic, ())

    @property
    def per_topic_cap(self) -> int:
        """Most items one topic may receive in ``topics`` mode."""
        return self.max_items_per_topic if self.max_items_per_topic is not None else self.max_items


def _parse_cuts(raw: Any) -> tuple[tuple[str, tuple[float, ...]], ...]:
    """``{topic: [cut, ...]}`` as sorted ``(topic, cuts)`` pairs; a clear error for anything else."""
    if not isinstance(raw, dict):
        raise ValueError("level_cuts must map each topic to a list of cut scores")
    try:
        return tuple(sorted((str(topic), tuple(sorted(float(c) for c in cuts))) for topic, cuts in raw.items()))
    except (TypeError, ValueError):
        raise ValueError("level_cuts must map each topic to a list of numbers") from None
