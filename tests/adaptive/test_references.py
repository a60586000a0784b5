"""The benchmark's reference rows: the oracle and the feasibility ceiling behave as their definitions say."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from quizapp.adaptive.irt import THETA_GRID, normalise, probability
from quizapp.adaptive.lookahead import _Tree, lookahead_reference
from quizapp.adaptive.references import single_reference, topic_ceiling
from quizapp.adaptive.simdata import D_SCALE, make_world


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


def test_one_item_lookahead_is_the_expected_loss_rule():
    world = make_world(n_items=200, n_topics=1, n_examinees=60, n_calibration=2, seed=11)
    myopic = single_reference(world, 60, oracle=False, loss_weight=0.01)
    assert lookahead_reference(world, 60, 0.01, depth=1) == myopic


def test_deeper_lookahead_never_expects_a_worse_loss():
    world = make_world(n_items=200, n_topics=1, n_examinees=2, n_calibration=2, seed=11)
    a, b, c = world.parameters()
    tree = _Tree(probability(THETA_GRID, a, b, c, D_SCALE), 0.01, depth=3, breadth=4)
    unseen = np.ones(len(a), dtype=bool)
    for prior_sd in (0.5, 0.33, 0.31):  # far from, near and at the point where stopping pays
        weights = normalise(-0.5 * (THETA_GRID / prior_sd) ** 2)
        values = [tree.value(weights, unseen, 0, depth)[0] for depth in (0, 1, 2, 3)]
        assert all(deeper <= shallower + 1e-9 for shallower, deeper in itertools.pairwise(values))
        assert values[0] == pytest.approx(prior_sd**2 / 0.01, rel=1e-3)  # stopping now: the variance's price
    assert tree.value(normalise(-0.5 * (THETA_GRID / 0.5) ** 2), unseen, 0, 2)[1] >= 0  # wide: go on
