"""The engine contract as the app and outside benchmarks use it."""

from __future__ import annotations

import numpy as np
import pytest

from quizapp.adaptive import make_engine
from quizapp.adaptive.simdata import make_world


@pytest.fixture(scope="module")
def world():
    """A small simulated bank with a calibration sample from a population with correlated topics."""
    return make_world(n_items=90, n_topics=3, n_examinees=20, correlation=0.6, n_calibration=400, seed=5)


def _take_test(engine, world, person: int) -> list[dict]:
    """Administer items until the engine stops, answering with the pre-drawn answers."""
    responses: list[dict] = []
    while (item := engine.select_next(world.bank, responses)) is not None:
        responses.append({"item_id": item, "correct": world.answer(person, int(item[1:]))})
    return responses


def test_single_mode_stops_at_target_without_repeating_items(world):
    engine = make_engine({"mode": "single", "se_target": 0.35})
    responses = _take_test(engine, world, 0)
    ids = [r["item_id"] for r in responses]
    assert len(ids) == len(set(ids))
    estimate = engine.estimate(world.bank, responses)
    assert estimate["se"] <= 0.35
    assert engine.stop_reason(world.bank, responses) == "se_target"


def test_max_items_stops_the_test_and_is_reported(world):
    # A target the bank can reach, but not within four items.
    engine = make_engine({"mode": "single", "se_target": 0.2, "max_items": 4})
    responses = _take_test(engine, world, 1)
    assert len(responses) == 4
    assert engine.stop_reason(world.bank, responses) == "max_items"


def test_pool_exhausted_when_bank_runs_out():
    bank = {"D": 1.702, "items": [{"id": f"q{i}", "a": 1.0, "b": 0.0, "topic": "t"} for i in range(3)]}
    engine = make_engine({"mode": "single", "se_target": 0.1})
    responses: list[dict] = []
    while (item := engine.select_next(bank, responses)) is not None:
        responses.append({"item_id": item, "correct": len(responses) % 2 == 0})
    ids = [r["item_id"] for r in responses]
    assert 1 <= len(ids) <= 3 and len(set(ids)) == len(ids)
    assert engine.stop_reason(bank, responses) == "pool_exhausted"


def test_unreachable_target_stops_early_instead_of_emptying_the_pool():
    bank = {"D": 1.702, "items": [{"id": f"q{i}", "a": 1.0, "b": 0.0, "topic": "t"} for i in range(20)]}
    engine = make_engine({"mode": "single", "se_target": 0.1})
    responses: list[dict] = []
    while (item := engine.select_next(bank, responses)) is not None:
        responses.append({"item_id": item, "correct": len(responses) % 2 == 0})
    # Twenty items of information 0.72 cannot bring the SD to 0.1 (precision 100): stop, and say why.
    assert 1 <= len(responses) < 20
    assert engine.stop_reason(bank, responses) == "pool_exhausted"
    assert engine.estimate(bank, responses)["se"] > 0.1


def test_unreachable_target_can_be_measured_to_the_last_item():
    bank = {"D": 1.702, "items": [{"id": f"q{i}", "a": 1.0, "b": 0.0, "topic": "t"} for i in range(20)]}
    engine = make_engine({"mode": "single", "se_target": 0.1, "stop_unreachable": False})
    responses: list[dict] = []
    while (item := engine.select_next(bank, responses)) is not None:
        responses.append({"item_id": item, "correct": len(responses) % 2 == 0})
    assert len(responses) == 20
    assert engine.stop_reason(bank, responses) == "pool_exhausted"


def test_same_inputs_give_same_outputs(world):
    scenario = {"mode": "single", "se_target": 0.4, "exposure_control": True, "seed": 3}
    first = _take_test(make_engine(scenario), world, 2)
    second = _take_test(make_engine(scenario), world, 2)
    assert first == second


def test_topics_mode_meets_each_topic_target_and_reports_progress(world):
    engine = make_engine({"mode": "topics", "topic_se_target": 0.45})
    # An applicant of middling ability in every topic: the bank can measure them to the target.
    person = int(np.argmin(np.abs(world.theta).max(axis=1)))
    responses = _take_test(engine, world, person)
    assert engine.stop_reason(world.bank, responses) == "se_target"
    estimate = engine.estimate(world.bank, responses)
    assert set(estimate["topics"]) == {"topic0", "topic1", "topic2"}
    assert all(t["se"] <= 0.45 for t in estimate["topics"].values())
    progress = engine.progress(world.bank, responses)
    assert all(p["done"] for p in progress.values())
    assert sum(p["items"] for p in progress.values()) == len(responses)


def test_chosen_topics_restrict_items_and_estimates(world):
    engine = make_engine({"mode": "topics", "topics": ["topic1"], "topic_se_target": 0.5})
    responses = _take_test(engine, world, 4)
    topics = {it["id"]: it["topic"] for it in world.bank["items"]}
    assert {topics[r["item_id"]] for r in responses} == {"topic1"}
    assert set(engine.estimate(world.bank, responses)["topics"]) == {"topic1"}


def test_one_topic_at_a_time_finishes_each_topic_in_the_chosen_order(world):
    order = ["topic2", "topic0", "topic1"]
    topics = {it["id"]: it["topic"] for it in world.bank["items"]}
    person = int(np.argmin(np.abs(world.theta).max(axis=1)))
    grouped = make_engine({"mode": "topics", "topics": order, "topic_se_target": 0.45, "one_topic_at_a_time": True})
    sequence = [topics[r["item_id"]] for r in _take_test(grouped, world, person)]
    runs = [t for i, t in enumerate(sequence) if i == 0 or t != sequence[i - 1]]
    assert runs == order  # one block per topic, in the order given
    interleaved = make_engine({"mode": "topics", "topics": order, "topic_se_target": 0.45})
    sequence = [topics[r["item_id"]] for r in _take_test(interleaved, world, person)]
    assert len([t for i, t in enumerate(sequence) if i == 0 or t != sequence[i - 1]]) > 3  # the default mixes


def test_one_topic_at_a_time_never_sends_anyone_back_to_a_topic_they_left() -> None:
    # Correlated topics: answers in a later topic move an earlier one's estimate, and can lift its SE back
    # above the target; the earlier topic stays closed all the same.
    world = make_world(n_items=90, n_topics=3, n_examinees=40, correlation=0.7, n_calibration=400, seed=2)
    topics = {it["id"]: it["topic"] for it in world.bank["items"]}
    engine = make_engine({"mode": "topics", "topic_se_target": 0.4, "min_items_per_topic": 3,
                          "max_items_per_topic": 12, "one_topic_at_a_time": True, "stop_unreachable": False})
    for person in range(40):
        sequence = [topics[r["item_id"]] for r in _take_test(engine, world, person)]
        runs = [t for i, t in enumerate(sequence) if i == 0 or t != sequence[i - 1]]
        assert runs == ["topic0", "topic1", "topic2"], person


def test_answer_in_one_topic_moves_a_correlated_topic(world):
    engine = make_engine({"mode": "topics"})
    item = next(it["id"] for it in world.bank["items"] if it["topic"] == "topic0")
    before = engine.estimate(world.bank, [])["topics"]["topic1"]
    after = engine.estimate(world.bank, [{"item_id": item, "correct": True}])["topics"]["topic1"]
    assert after["theta"] > before["theta"] + 0.05
    assert after["se"] < before["se"]


def test_concepts_are_balanced_within_a_topic():
    items = [
        {"id": f"{concept}{i}", "a": a, "b": 0.0, "topic": "t", "concept": concept}
        for concept, a in (("loops", 2.0), ("types", 0.6))
        for i in range(5)
    ]
    engine = make_engine({"mode": "single", "se_target": 0.4, "max_items": 4})
    responses: list[dict] = []
    while (item := engine.select_next({"items": items, "D": 1.702}, responses)) is not None:
        responses.append({"item_id": item, "correct": len(responses) % 2 == 0})
    concepts = [r["item_id"].rstrip("0123456789") for r in responses]
    assert concepts.count("types") >= 1


def test_unknown_scenario_key_and_unknown_item_are_refused(world):
    with pytest.raises(ValueError, match="unknown scenario keys"):
        make_engine({"mode": "single", "se_targt": 0.3})
    with pytest.raises(ValueError, match="not in the bank"):
        make_engine().estimate(world.bank, [{"item_id": "nope", "correct": True}])


def test_time_limit_stops_with_its_reason(world):
    engine = make_engine({"mode": "single", "max_seconds": 60})
    first = engine.select_next(world.bank, [])
    responses = [{"item_id": first, "correct": True, "elapsed_seconds": 61}]
    assert engine.select_next(world.bank, responses) is None
    assert engine.stop_reason(world.bank, responses) == "max_time"


def test_randomesque_spreads_first_items_without_tuning() -> None:
    import numpy as np

    from quizapp.adaptive import make_engine

    rng = np.random.default_rng(3)
    bank = {"D": 1.702, "items": [{"id": f"i{k}", "a": float(rng.lognormal(0, 0.25)), "b": float(rng.normal()),
                                   "c": 0.0, "topic": "t"} for k in range(60)]}
    first = set()
    for seed in range(40):
        engine = make_engine({"exposure_control": True, "exposure_method": "randomesque", "seed": seed})
        first.add(engine.select_next(bank, []))
        assert engine.select_next(bank, []) == make_engine(
            {"exposure_control": True, "exposure_method": "randomesque", "seed": seed}).select_next(bank, [])
    plain = {make_engine({"seed": seed}).select_next(bank, []) for seed in range(40)}
    assert len(plain) == 1 and len(first) >= 3


def test_sympson_hetter_keeps_every_item_under_the_exposure_limit(world):
    """No item is seen by more than the limit (plus sampling noise); without control one is seen by all."""

    def max_exposure(scenario: dict) -> float:
        seen: dict[str, int] = {}
        for person in range(world.answers.shape[0]):
            engine = make_engine({**scenario, "seed": person})
            for response in _take_test(engine, world, person):
                seen[response["item_id"]] = seen.get(response["item_id"], 0) + 1
        return max(seen.values()) / world.answers.shape[0]

    base = {"mode": "single", "se_target": 0.4}
    assert max_exposure(base) == 1.0
    assert max_exposure({**base, "exposure_control": True, "max_exposure": 0.4}) <= 0.4 + 0.1
