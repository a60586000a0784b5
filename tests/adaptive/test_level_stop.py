"""A topic whose level is decided (its 95 % band clears the cut scores) stops before its SE target."""

from __future__ import annotations

import numpy as np
import pytest

from quizapp.adaptive import make_engine
from quizapp.adaptive.engine import AdaptiveEngine
from quizapp.adaptive.simdata import make_world

BASE = {"mode": "topics", "topic_se_target": 0.3, "min_items_per_topic": 3, "max_items_per_topic": 20,
        "stop_unreachable": False}  # as in the app: without cut scores each topic goes to its target or cap
CUTS = {"level_cuts": {"t": [-1.0, 0.0]}}
# One topic of twenty items spread from b = -2 to 2.
BANK = {"D": 1.702, "items": [{"id": f"q{i}", "a": 1.5, "b": -2 + 4 * i / 19, "topic": "t"} for i in range(20)]}


def answer_all(engine: AdaptiveEngine, correct: bool) -> list[dict]:
    """Take the test answering every item right (or wrong) until the engine stops."""
    responses: list[dict] = []
    while (item := engine.select_next(BANK, responses)) is not None:
        responses.append({"item_id": item, "correct": correct})
    return responses


@pytest.mark.parametrize("correct", [True, False])
def test_a_clear_level_stops_the_topic_above_its_target(correct: bool) -> None:
    engine = make_engine({**BASE, **CUTS})
    responses = answer_all(engine, correct)
    estimate = engine.estimate(BANK, responses)["topics"]["t"]
    low, high = estimate["theta"] - 1.96 * estimate["se"], estimate["theta"] + 1.96 * estimate["se"]
    assert engine.stop_reason(BANK, responses) == "level_decided"
    assert estimate["se"] > 0.3
    assert (low > 0.0) if correct else (high < -1.0)
    assert engine.progress(BANK, responses)["t"]["done"]
    # Without cut scores the same answers go on to the SE target or the cap.
    assert len(answer_all(make_engine(BASE), correct)) > len(responses)


@pytest.mark.parametrize("floor", [{"min_items_per_topic": 6}, {"min_items_to_decide": 6}])
def test_the_minimum_comes_first_even_when_the_level_is_clear(floor: dict) -> None:
    engine = make_engine({**BASE, **CUTS, **floor})
    responses = answer_all(engine, True)
    assert len(responses) == 6 and engine.stop_reason(BANK, responses) == "level_decided"
    assert make_engine({**BASE, **CUTS}).typical_lengths(BANK)["t"] < make_engine(
        {**BASE, **CUTS, **floor}).typical_lengths(BANK)["t"]


def test_an_applicant_near_a_cut_is_measured_to_the_target() -> None:
    # Alternate answers keep the estimate near the middle of the bank, where the cut at 0 lies.
    engine, responses = make_engine({**BASE, **CUTS}), []
    while (item := engine.select_next(BANK, responses)) is not None:
        responses.append({"item_id": item, "correct": len(responses) % 2 == 0})
    assert engine.stop_reason(BANK, responses) in {"se_target", "max_items"}
    assert engine.stop_reason(BANK, responses[:3]) is None


def test_decided_levels_shorten_tests_without_more_wrong_levels() -> None:
    world = make_world(n_items=120, n_topics=3, n_examinees=60, correlation=0.5, n_calibration=400, seed=3)
    scenario = {"mode": "topics", "topic_se_target": 0.4, "min_items_per_topic": 3, "max_items_per_topic": 12}
    cuts = {"level_cuts": {f"topic{k}": [-1.0, 0.0] for k in range(3)}}

    def run(chosen: dict) -> tuple[float, float]:
        engine, lengths, wrong = make_engine(chosen), [], 0
        for person in range(60):
            responses: list[dict] = []
            while (item := engine.select_next(world.bank, responses)) is not None:
                responses.append({"item_id": item, "correct": world.answer(person, int(item[1:]))})
            lengths.append(len(responses))
            estimate = engine.estimate(world.bank, responses)["topics"]
            for k in range(3):
                level = np.searchsorted([-1.0, 0.0], [estimate[f"topic{k}"]["theta"], world.theta[person, k]], "right")
                wrong += int(level[0] != level[1])
        return float(np.mean(lengths)), wrong / 180

    (short, wrong_short), (full, wrong_full) = run({**scenario, **cuts}), run(scenario)
    assert short < 0.92 * full
    assert wrong_short <= wrong_full + 0.03


@pytest.mark.parametrize("cuts", ["-1,0", {"t": ["low"]}, {"t": 0.5}])
def test_malformed_cut_scores_are_refused_with_a_message(cuts) -> None:
    with pytest.raises(ValueError, match="level_cuts"):
        make_engine({**BASE, "level_cuts": cuts})
