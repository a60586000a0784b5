"""The benchmark's reference rows: the oracle and the feasibility ceiling behave as their definitions say."""

from __future__ import annotations

import numpy as np

from quizapp.adaptive.references import single_reference, topic_ceiling
from quizapp.adaptive.simdata import make_world


def test_information_stop_is_shorter_but_less_accurate_than_posterior_sd_stop():
    world = make_world(n_items=200, n_topics=1, n_examinees=150, n_calibration=2, seed=11)
    information = single_reference(world, 150, oracle=True, stop_on_information=True)
    posterior = single_reference(world, 150, oracle=True, stop_on_information=False)
    assert information["mean_len"] < posterior["mean_len"]
    assert information["rmse"] > posterior["rmse"]


def test_topic_ceiling_falls_with_a_stricter_target_and_fewer_items():
    rich = make_world(n_items=270, n_topics=3, n_examinees=200, correlation=0.5, n_calibration=2, seed=3)
    poor = make_world(n_items=30, n_topics=3, n_examinees=200, correlation=0.5, n_calibration=2, seed=3)
    assert topic_ceiling(rich, 0.4) > topic_ceiling(poor, 0.4)
    assert topic_ceiling(rich, 0.25) < topic_ceiling(rich, 0.4) <= 1.0
    assert np.isclose(topic_ceiling(rich, 10.0), 1.0)


def test_expected_loss_stop_trades_length_for_accuracy_and_may_exceed_the_target():
    world = make_world(n_items=200, n_topics=1, n_examinees=150, n_calibration=2, seed=11)
    patient = single_reference(world, 150, oracle=False, loss_weight=0.005)
    hasty = single_reference(world, 150, oracle=False, loss_weight=0.02)
    assert hasty["mean_len"] < patient["mean_len"]
    assert hasty["rmse"] > patient["rmse"]
    # The rule looks at what the next item would bring, not at the SE: where items are scarce it stops above 0.3.
    assert hasty["se_max"] > 0.3
