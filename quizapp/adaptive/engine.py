"""The adaptive engine behind the contract used by the app and by outside benchmarks.

``make_engine()`` returns an ``AdaptiveEngine``; it keeps only its scenario and is otherwise stateless: every
call receives the bank and the answers so far, and the same inputs always give the same outputs.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from quizapp.adaptive.bankdata import bank_arrays
from quizapp.adaptive.exposure import eligible_items
from quizapp.adaptive.length import typical_lengths
from quizapp.adaptive.scenario import Scenario
from quizapp.adaptive.select import choose
from quizapp.adaptive.state import AttemptState, attempt_state, in_scope, topic_of

Bank = dict[str, Any]
Responses = list[dict[str, Any]]


class AdaptiveEngine:
    """Selects items, estimates abilities and decides when to stop, for one scenario at a time."""

    def __init__(self, scenario: dict[str, Any] | None = None) -> None:
        """Start with the default scenario (or ``scenario``)."""
        self.scenario = Scenario.from_dict(scenario)
        # The app and benchmarks ask for the next item and the estimate after the same answers: keep the
        # last state so the second call is free. Keyed by everything the state depends on.
        self._memo: tuple[tuple[Any, ...], AttemptState] | None = None

    def configure(self, scenario: dict[str, Any] | None) -> None:
        """Replace the scenario; missing keys take their defaults (see ``Scenario``)."""
        self.scenario = Scenario.from_dict(scenario)

    def _state(self, bank: Bank, responses: Responses) -> AttemptState:
        """Estimates and progress for these answers (memoised for the last answers seen)."""
        key = (
            id(bank),
            self.scenario,
            tuple((r["item_id"], bool(r["correct"]), r.get("elapsed_seconds")) for r in responses),
        )
        if self._memo is None or self._memo[0] != key:
            self._memo = (key, attempt_state(bank_arrays(bank), self.scenario, responses))
        return self._memo[1]

    def select_next(self, bank: Bank, responses: Responses) -> str | None:
        """Id of the next item to administer, or None when the test should stop (see ``stop_reason``)."""
        arrays = bank_arrays(bank)
        state = self._state(bank, responses)
        if state.stop is not None:
            return None
        index = choose(arrays, self.scenario, state, eligible_items(arrays, self.scenario))
        return None if index is None else arrays.ids[index]

    def stop_reason(self, bank: Bank, responses: Responses) -> str | None:
        """Why the test stops after these answers (``se_target``, ``max_items``, ``pool_exhausted``,
        ``max_time``), or None while it goes on."""
        arrays = bank_arrays(bank)
        state = self._state(bank, responses)
        if (
            state.stop is None
            and choose(arrays, self.scenario, state, eligible_items(arrays, self.scenario)) is None
        ):
            return "pool_exhausted"
        return state.stop

    def estimate(self, bank: Bank, responses: Responses) -> dict[str, Any]:
        """Ability estimates (posterior means) with standard errors (posterior SDs).

        ``single`` mode fills ``theta``/``se``; ``topics`` mode fills ``topics`` (every topic of the bank or
        the chosen ones, each informed by all answers through the estimated correlation) and leaves
        ``theta``/``se`` None.
        """
        arrays = bank_arrays(bank)
        state = self._state(bank, responses)
        se = state.se
        if self.scenario.mode == "single":
            return {"theta": float(state.mean[0]), "se": float(se[0]), "topics": {}}
        return {
            "theta": None,
            "se": None,
            "topics": {
                name: {"theta": float(state.mean[k]), "se": float(se[k])}
                for k, name in enumerate(arrays.topics)
                if self.scenario.topics is None or name in self.scenario.topics
            },
        }

    def progress(self, bank: Bank, responses: Responses) -> dict[str, dict[str, Any]]:
        """Per-topic progress for the applicant's screen: items answered, current SE, whether it is done."""
        arrays = bank_arrays(bank)
        state = self._state(bank, responses)
        if self.scenario.mode == "single":
            names: tuple[str, ...] = ("all",)
            target = self.scenario.se_target
        else:
            names, target = arrays.topics, self.scenario.topic_se_target
        scope = in_scope(arrays, self.scenario)
        wanted = np.bincount(topic_of(arrays, self.scenario)[scope], minlength=len(names)) > 0
        return {
            name: {
                "items": int(state.counts[k]),
                "se": float(state.se[k]),
                "target": target,
                "done": bool(not state.active[k]) or state.stop is not None,
            }
            for k, name in enumerate(names)
            if wanted[k]
        }

    def typical_lengths(self, bank: Bank) -> dict[str, float]:
        """Forecast items per topic (``topics`` mode), for telling applicants before they start (see ``length``)."""
        if self.scenario.mode != "topics":
            raise ValueError("typical_lengths is for the topics mode")
        return typical_lengths(bank_arrays(bank), self.scenario)


def make_engine(scenario: dict[str, Any] | None = None) -> AdaptiveEngine:
    """A new engine with the default scenario (or ``scenario``): the contract's entry point."""
    return AdaptiveEngine(scenario)
