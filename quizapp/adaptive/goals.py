"""The issue's "done when" goals, checked against the figures one benchmark run measured.

Each goal names a figure recorded by :mod:`quizapp.adaptive.simulate` (``scenario.figure``), a bound and whether
the figure must stay at or under it (``max``) or reach it (``min``). A goal whose figure was not measured in the
run (a skipped part) is listed as such, never as met.
"""

from __future__ import annotations

from typing import NamedTuple


class Goal(NamedTuple):
    """One acceptance bound of the adaptive benchmark."""

    label: str
    figure: str
    bound: float
    kind: str  # "max": figure ≤ bound; "min": figure ≥ bound; "abs_max": |figure| ≤ bound


def _accuracy(label: str, scenario: str, rmse_key: str, rmse_bound: float) -> list[Goal]:
    rmse_label = "RMSE" if rmse_key == "rmse" else "worst-topic RMSE"
    return [
        Goal(f"{label}: {rmse_label}", f"{scenario}.{rmse_key}", rmse_bound, "max"),
        Goal(f"{label}: |bias|", f"{scenario}.bias", 0.02, "abs_max"),
        Goal(f"{label}: 95 % coverage", f"{scenario}.coverage95", 0.93, "min"),
        Goal(f"{label}: RMSE for |θ| > 1.5", f"{scenario}.rmse_extreme", 0.33, "max"),
    ]


GOALS: tuple[Goal, ...] = (
    Goal("one topic: mean length", "single.mean_len", 7.8, "max"),
    Goal("one topic: p95 length", "single.p95_len", 11, "max"),
    *_accuracy("one topic", "single", "rmse", 0.30),
    Goal("nine topics (r = 0.5): mean length", "topics.mean_len", 55, "max"),
    Goal("nine topics (r = 0.5): targets met", "topics.targets_met", 0.97, "min"),
    *_accuracy("nine topics (r = 0.5)", "topics", "rmse_worst_topic", 0.41),
    Goal("nine independent topics: mean length", "independent.mean_len", 66, "max"),
    *_accuracy("nine independent topics", "independent", "rmse_worst_topic", 0.41),
    Goal("exposure control: max exposure", "exposure.max_exposure", 0.30, "max"),
    Goal("exposure control: extra items", "exposure.extra_items", 0.10, "max"),
    Goal("select + estimate per step, 300 items (ms)", "single.ms_per_step", 1.0, "max"),
    Goal("selection on 10,000 items (ms)", "speed.ours_ms", 2.0, "max"),
    Goal("calibration RMSE(a)", "calibration.rmse_a", 0.14, "max"),
    Goal("calibration RMSE(b)", "calibration.rmse_b", 0.10, "max"),
)


def is_met(goal: Goal, value: float) -> bool:
    """Whether ``value`` satisfies ``goal``."""
    if goal.kind == "min":
        return value >= goal.bound
    return (abs(value) if goal.kind == "abs_max" else value) <= goal.bound


def print_goals(measured: dict[str, float], goals: tuple[Goal, ...] = GOALS) -> int:
    """Print one line per goal (bound, measured figure, met or not); returns how many goals were met."""
    signs = {"max": "≤", "abs_max": "≤", "min": "≥"}
    print(f"\n{'goal':<46}{'bound':>10}{'measured':>10}  met")
    met = 0
    for goal in goals:
        value = measured.get(goal.figure)
        if value is None:
            verdict, shown = "not measured in this run", "—"
        else:
            ok = is_met(goal, value)
            met += ok
            verdict, shown = ("yes" if ok else "NO"), f"{value:.3f}"
        print(f"{goal.label:<46}{signs[goal.kind]:>4} {goal.bound:<5g}{shown:>10}  {verdict}")
    print(f"{met} of {len(goals)} goals met")
    return met


def print_variant_goals(measured: dict[str, float], variants: dict[str, str], title: str) -> int:
    """The goals of some scenarios checked again on another configuration's figures (``{scenario: variant}``).

    A reference, not the verdict: it shows which goals a different trade-off would meet, and at what cost.
    """
    goals = tuple(
        goal._replace(figure=variants[scenario] + goal.figure[len(scenario):])
        for goal in GOALS
        for scenario in variants
        if goal.figure.startswith(scenario + ".")
    )
    if not any(goal.figure in measured for goal in goals):
        return 0
    print(f"\n{title}", end="")
    return print_goals(measured, goals)
