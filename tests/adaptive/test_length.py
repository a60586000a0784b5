"""The forecast of a topic's length that applicants read before starting."""

from __future__ import annotations

from collections import Counter

import pytest

from quizapp.adaptive import make_engine
from quizapp.adaptive.simdata import make_world

# The app's settings (see quizapp.assess.selection.app_scenario).
SCENARIO = {"mode": "topics", "topic_se_target": 0.4, "max_items_per_topic": 12, "min_items_per_topic": 3,
            "stop_unreachable": False}


CUTS = {"level_cuts": {f"topic{k}": [-1.0, 0.0] for k in range(4)}}


def simulated_lengths(scenario: dict) -> dict[str, float]:
    """Mean items per topic that 80 simulated examinees receive from the engine under ``scenario``."""
    world = make_world(n_items=180, n_topics=4, n_examinees=80, correlation=None, n_calibration=0, seed=11)
    engine = make_engine(scenario)
    given: Counter[str] = Counter()
    for person in range(80):
        responses: list[dict] = []
        while (item := engine.select_next(world.bank, responses)) is not None:
            responses.append({"item_id": item, "correct": world.answer(person, int(item[1:]))})
        given.update(world.bank["items"][int(r["item_id"][1:])]["topic"] for r in responses)
    return {topic: count / 80 for topic, count in given.items()}


@pytest.mark.parametrize("scenario", [SCENARIO, {**SCENARIO, **CUTS}], ids=["se_target", "level_cuts"])
def test_forecast_is_within_one_item_of_simulated_tests(scenario: dict) -> None:
    bank = make_world(n_items=180, n_topics=4, n_examinees=1, correlation=None, n_calibration=0, seed=11).bank
    forecast = make_engine(scenario).typical_lengths(bank)
    for topic, mean in simulated_lengths(scenario).items():
        assert forecast[topic] == pytest.approx(mean, abs=1.0), topic


def test_a_decided_level_shortens_tests_and_the_forecast() -> None:
    with_cuts, without = simulated_lengths({**SCENARIO, **CUTS}), simulated_lengths(SCENARIO)
    assert sum(with_cuts.values()) < 0.93 * sum(without.values())
    bank = make_world(n_items=180, n_topics=4, n_examinees=1, correlation=None, n_calibration=0, seed=11).bank
    forecast, forecast_without = (make_engine(s).typical_lengths(bank) for s in ({**SCENARIO, **CUTS}, SCENARIO))
    assert sum(forecast.values()) < sum(forecast_without.values()) - 1.0


def test_a_target_out_of_reach_takes_the_cap_or_the_minimum() -> None:
    # Ten weak items cannot bring the SE to 0.4: the test gives all ten, or stops at the minimum if told to.
    bank = {"D": 1.702, "items": [{"id": f"q{i}", "a": 0.6, "b": 0.0, "topic": "t"} for i in range(10)]}
    assert make_engine(SCENARIO).typical_lengths(bank)["t"] == pytest.approx(10)
    assert make_engine({**SCENARIO, "stop_unreachable": True}).typical_lengths(bank)["t"] == pytest.approx(3)


def test_sharp_items_need_few() -> None:
    bank = {"D": 1.702, "items": [{"id": f"q{i}", "a": 2.5, "b": (i - 8) / 4, "topic": "t"} for i in range(17)]}
    assert make_engine(SCENARIO).typical_lengths(bank)["t"] < 6

