"""Simulated banks, examinees and pre-drawn answers for the benchmark (every engine sees the same answers)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from quizapp.adaptive.irt import D_SCALE, FloatArray


@dataclass(frozen=True)
class SimulatedWorld:
    """A bank, its examinees' true abilities (examinees × topics) and their pre-drawn answers to every item.

    In a one-ability world the ability matrix has a single column shared by all topics.
    """

    bank: dict[str, Any]
    theta: FloatArray
    answers: NDArray[np.bool_]
    topic_index: NDArray[np.int_]

    def parameters(self) -> tuple[FloatArray, FloatArray, FloatArray]:
        """Slopes, difficulties and guessing (zero: 2PL) of the bank's items, in bank order."""
        a = np.array([it["a"] for it in self.bank["items"]])
        b = np.array([it["b"] for it in self.bank["items"]])
        return a, b, np.zeros_like(a)

    def answer(self, examinee: int, item: int) -> bool:
        """The pre-drawn answer of ``examinee`` to item number ``item``."""
        return bool(self.answers[examinee, item])


def generate_items(n_items: int, n_topics: int, rng: np.random.Generator) -> list[dict[str, Any]]:
    """2PL items: a ~ lognormal(0, 0.25), b ~ N(0, 1), spread evenly over ``n_topics`` topics."""
    a = rng.lognormal(0.0, 0.25, n_items)
    b = rng.normal(0.0, 1.0, n_items)
    return [
        {"id": f"i{i:05d}", "a": float(a[i]), "b": float(b[i]), "c": 0.0, "topic": f"topic{i % n_topics}"}
        for i in range(n_items)
    ]


def draw_abilities(n: int, n_topics: int, correlation: float | None, rng: np.random.Generator) -> FloatArray:
    """Abilities with unit variance: one shared column (``correlation`` None) or ``n_topics`` correlated."""
    if correlation is None:
        return rng.normal(size=(n, 1))
    cov = np.full((n_topics, n_topics), correlation) + (1.0 - correlation) * np.eye(n_topics)
    return rng.multivariate_normal(np.zeros(n_topics), cov, size=n)


def draw_answers(
    theta: FloatArray, items: list[dict[str, Any]], topic_index: NDArray[np.int_], rng: np.random.Generator
) -> NDArray[np.bool_]:
    """Bernoulli answers of every examinee to every item under the 2PL with D = 1.702 (3PL for items with a
    guessing ``c``)."""
    a = np.array([it["a"] for it in items])
    b = np.array([it["b"] for it in items])
    c = np.array([it.get("c", 0.0) for it in items])
    column = topic_index if theta.shape[1] > 1 else np.zeros(len(items), dtype=int)
    z = D_SCALE * a[None, :] * (theta[:, column] - b[None, :])
    return rng.random(z.shape) < c[None, :] + (1.0 - c[None, :]) / (1.0 + np.exp(-z))


def make_world(
    n_items: int = 300,
    n_topics: int = 9,
    n_examinees: int = 1000,
    correlation: float | None = None,
    n_calibration: int = 1000,
    seed: int = 2024,
) -> SimulatedWorld:
    """A bank with an independent calibration sample (same population) and the examinees to test."""
    rng = np.random.default_rng(seed)
    items = generate_items(n_items, n_topics, rng)
    topic_index = np.arange(n_items) % n_topics
    calibration_theta = draw_abilities(n_calibration, n_topics, correlation, rng)
    calibration = draw_answers(calibration_theta, items, topic_index, rng).astype(int).tolist()
    theta = draw_abilities(n_examinees, n_topics, correlation, rng)
    answers = draw_answers(theta, items, topic_index, rng)
    bank = {"D": D_SCALE, "items": items, "calibration": {"responses": calibration}}
    return SimulatedWorld(bank=bank, theta=theta, answers=answers, topic_index=topic_index)


def one_ability_figures(
    lengths: list[int], errors: list[float], ses: list[float], theta: FloatArray
) -> dict[str, float]:
    """Length, accuracy and honesty figures of a one-ability reference run (``theta``: the true abilities)."""
    err, se = np.array(errors), np.array(ses)
    extreme = np.abs(theta[: len(err)]) > 1.5
    return {
        "mean_len": float(np.mean(lengths)),
        "p95_len": float(np.percentile(lengths, 95)),
        "rmse": float(np.sqrt(np.mean(err**2))),
        "coverage95": float(np.mean(np.abs(err) <= 1.96 * se)),
        "rmse_extreme": float(np.sqrt(np.mean(err[extreme] ** 2))),
        "se_max": float(se.max()),
    }


ROW_LABEL_WIDTH = 46  # the benchmark's row names, padded so that every row's figures start in one column


def print_row(name: str, figures: dict[str, float]) -> None:
    """One benchmark row: its name, then every figure."""
    print(f"{name:<{ROW_LABEL_WIDTH}}" + "  ".join(f"{k}={v:.3f}" for k, v in figures.items()))
