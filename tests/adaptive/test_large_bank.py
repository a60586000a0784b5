"""Large banks: the shortcut that keeps a step cheap must not change which item is chosen."""

from __future__ import annotations

import numpy as np

from quizapp.adaptive import make_engine
from quizapp.adaptive.bankdata import bank_arrays
from quizapp.adaptive.scenario import Scenario
from quizapp.adaptive.select import candidates, variance_reduction
from quizapp.adaptive.simdata import generate_items
from quizapp.adaptive.state import attempt_state


def test_large_bank_picks_the_item_the_exact_criterion_picks():
    items = generate_items(3000, 1, np.random.default_rng(8))
    bank = {"D": 1.702, "items": items}
    engine = make_engine({"mode": "single", "se_target": 0.15})
    arrays, scenario = bank_arrays(bank), Scenario.from_dict({"mode": "single", "se_target": 0.15})
    responses: list[dict] = []
    for step in range(6):
        chosen = engine.select_next(bank, responses)
        state = attempt_state(arrays, scenario, responses)
        everyone = candidates(arrays, scenario, state, np.ones(arrays.size, dtype=bool))
        best = everyone[np.argmax(variance_reduction(arrays, scenario, state, everyone))]
        assert chosen == arrays.ids[best]
        responses.append({"item_id": chosen, "correct": step % 3 != 0})
