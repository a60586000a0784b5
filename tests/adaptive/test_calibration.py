"""Calibration: recovery of item parameters, fit flags and the between-topic correlation."""

from __future__ import annotations

import numpy as np

from quizapp.adaptive.calibrate import calibrate_2pl
from quizapp.adaptive.params import level_to_params


def _responses(n: int, a: np.ndarray, b: np.ndarray, theta: np.ndarray, rng) -> np.ndarray:
    z = 1.702 * a[None, :] * (theta[:, None] - b[None, :])
    return (rng.random(z.shape) < 1 / (1 + np.exp(-z))).astype(float)


def test_recovers_discrimination_and_difficulty():
    rng = np.random.default_rng(11)
    a, b = rng.lognormal(0, 0.25, 40), rng.normal(0, 1, 40)
    result = calibrate_2pl(_responses(800, a, b, rng.normal(size=800), rng))
    assert np.sqrt(np.mean((result.a - a) ** 2)) < 0.2
    assert np.sqrt(np.mean((result.b - b) ** 2)) < 0.2
    assert np.all(result.se_a > 0) and np.all(result.se_b > 0)


def test_flags_reversed_and_rarely_answered_items():
    rng = np.random.default_rng(12)
    a, b = np.full(20, 1.0), np.linspace(-1, 1, 20)
    x = _responses(400, a, b, rng.normal(size=400), rng)
    x[:, 0] = 1 - x[:, 0]
    x[:370, 1] = np.nan
    result = calibrate_2pl(x, min_responses=50)
    assert result.flags[0] == ["negative_discrimination"]
    assert result.flags[1] == ["too_few_responses"] and np.isnan(result.a[1])
    assert result.n[1] == 30


def test_estimates_between_topic_correlation_from_answers():
    rng = np.random.default_rng(13)
    cov = np.array([[1.0, 0.7], [0.7, 1.0]])
    theta = rng.multivariate_normal([0, 0], cov, size=600)
    a, b = rng.lognormal(0, 0.25, 30), rng.normal(0, 1, 30)
    topics = ["x"] * 15 + ["y"] * 15
    x = np.hstack(
        [_responses(600, a[:15], b[:15], theta[:, 0], rng), _responses(600, a[15:], b[15:], theta[:, 1], rng)]
    )
    result = calibrate_2pl(x, topics=topics)
    assert result.population.topics == ("x", "y")
    assert abs(result.population.correlation[0, 1] - 0.7) < 0.12


def test_level_mapping_orders_difficulty_and_adds_guessing_to_choices():
    bs = [level_to_params(level, "numeric")[1] for level in range(1, 6)]
    assert bs == sorted(bs) and len(set(bs)) == 5
    assert level_to_params(3, "single_choice")[2] > 0
    assert level_to_params(3, "expression")[2] == 0
