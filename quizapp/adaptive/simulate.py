"""The adaptive benchmark: our engine against catsim on the same bank, examinees and pre-drawn answers.

Run with ``python -m quizapp.adaptive simulate`` or ``python bench/adaptive_sim.py``; ``--help`` lists the
flags for bigger runs. Every figure compared side by side is measured in the same run.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from quizapp.adaptive.calibrate import calibrate_2pl
from quizapp.adaptive.engine import make_engine
from quizapp.adaptive.goals import print_goals, print_variant_goals
from quizapp.adaptive.references import print_single_references, topic_ceiling
from quizapp.adaptive.simdata import SimulatedWorld, make_world, print_row


@dataclass
class RunResult:
    """Outcome of one engine over all examinees: lengths, estimates (examinees × topics), SEs, timings."""

    lengths: np.ndarray
    estimates: np.ndarray
    ses: np.ndarray
    capped: np.ndarray
    exposure: np.ndarray
    ms_per_step: float


def run_engine(world: SimulatedWorld, scenario: dict[str, Any], n: int) -> RunResult:
    """Give the first ``n`` examinees the test through the engine contract (select, answer, estimate)."""
    engine = make_engine(scenario)
    engine.select_next(world.bank, [])  # bank set-up (population estimate, exposure tuning) is not a step
    topics = sorted({it["topic"] for it in world.bank["items"]}, key=lambda t: int(t.removeprefix("topic")))
    lengths, estimates, ses, capped = [], [], [], []
    seen, steps, elapsed = np.zeros(len(world.bank["items"])), 0, 0.0
    for person in range(n):
        engine.configure({**scenario, "seed": person})
        responses: list[dict[str, Any]] = []
        while True:
            start = time.perf_counter()
            item = engine.select_next(world.bank, responses)
            result = engine.estimate(world.bank, responses)
            elapsed += time.perf_counter() - start
            steps += 1
            if item is None:
                break
            number = int(item[1:])
            seen[number] += 1
            responses.append({"item_id": item, "correct": world.answer(person, number)})
        capped.append(engine.stop_reason(world.bank, responses) == "max_items")
        lengths.append(len(responses))
        if scenario.get("mode") == "topics":
            estimates.append([result["topics"][t]["theta"] for t in topics])
            ses.append([result["topics"][t]["se"] for t in topics])
        else:
            estimates.append([result["theta"]])
            ses.append([result["se"]])
    return RunResult(
        np.array(lengths),
        np.array(estimates),
        np.array(ses),
        np.array(capped),
        seen / n,
        1000 * elapsed / steps,
    )


def summary(name: str, run: RunResult, theta: np.ndarray, se_target: float) -> dict[str, float]:
    """The benchmark figures of one run, printed as one line."""
    err = run.estimates - theta
    extreme = np.abs(theta) > 1.5
    figures = {
        "mean_len": run.lengths.mean(),
        "p95_len": float(np.percentile(run.lengths, 95)),
        "rmse": float(np.sqrt(np.mean(err**2))),
        "rmse_worst_topic": float(np.sqrt(np.mean(err**2, axis=0)).max()),
        "bias": float(err.mean()),
        "coverage95": float(np.mean(np.abs(err) <= 1.96 * run.ses)),
        "rmse_extreme": float(np.sqrt(np.mean(err[extreme] ** 2))),
        "targets_met": float(np.mean(run.ses <= se_target + 1e-9)),
        "capped": float(run.capped.mean()),
        "max_exposure": float(run.exposure.max()),
        "ms_per_step": run.ms_per_step,
    }
    print_row(name, figures)
    return figures


def calibration_check(seed: int) -> dict[str, float]:
    """Recovery of a and b by ``calibrate_2pl`` from a simulated 1,000 × 300 response matrix (RMSE of each)."""
    world = make_world(n_items=300, n_topics=1, n_examinees=1000, n_calibration=2, seed=seed + 7)
    start = time.perf_counter()
    result = calibrate_2pl(world.answers.astype(float))
    a, b, _ = world.parameters()
    rmse = {
        "rmse_a": float(np.sqrt(np.mean((result.a - a) ** 2))),
        "rmse_b": float(np.sqrt(np.mean((result.b - b) ** 2))),
    }
    print(
        f"calibration 1000x300: RMSE(a)={rmse['rmse_a']:.3f} RMSE(b)={rmse['rmse_b']:.3f} "
        f"converged={result.converged} ({time.perf_counter() - start:.1f} s)"
    )
    return rmse


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark scenarios and print the summary (with one BLAS thread when threadpoolctl is there)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # benchmark-only helper: without it, set OPENBLAS_NUM_THREADS=1 yourself
        _run(argv)
        return
    # On a shared 2-core machine threaded small matrix products are slower, and erratic: one thread.
    with threadpool_limits(limits=1):
        _run(argv)


def _run(argv: list[str] | None) -> None:
    """The benchmark proper (see ``main``)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examinees", type=int, default=1000)
    parser.add_argument("--topic-examinees", type=int, default=1000, help="examinees in the nine-topic runs")
    parser.add_argument("--catsim-examinees", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--no-catsim", action="store_true")
    parser.add_argument("--skip-topics", action="store_true")
    parser.add_argument("--no-references", action="store_true", help="skip the oracle and ceiling rows")
    args = parser.parse_args(argv)

    single = make_world(n_examinees=args.examinees, seed=args.seed)
    base = {"mode": "single", "se_target": 0.3, "max_items": 30}
    ours = summary("ours, one topic", run_engine(single, base, args.examinees), single.theta, 0.3)
    exposed = summary(
        "ours, one topic, exposure control",
        run_engine(single, {**base, "exposure_control": True}, args.examinees),
        single.theta,
        0.3,
    )
    print(f"exposure control costs {exposed['mean_len'] / ours['mean_len'] - 1:+.1%} items")
    measured = _prefixed("single", ours) | _prefixed("exposure", exposed)
    measured["exposure.extra_items"] = exposed["mean_len"] / ours["mean_len"] - 1
    if not args.no_references:
        print_single_references(single, args.examinees)
    if not args.no_catsim:
        from quizapp.adaptive.catsim_compare import compare_single, selection_speed

        compare_single(single, args.catsim_examinees, ours)
        measured["speed.ours_ms"] = selection_speed(args.seed)
    if not args.skip_topics:
        for label, correlation, key in (("correlation 0.5", 0.5, "topics"), ("independent", 0.0, "independent")):
            world = make_world(n_examinees=args.topic_examinees, correlation=correlation, seed=args.seed + 1)
            scenario = {"mode": "topics", "topic_se_target": 0.4}
            figures = summary(
                f"ours, nine topics, {label}",
                run_engine(world, scenario, args.topic_examinees),
                world.theta,
                0.4,
            )
            measured |= _prefixed(key, figures)
            if not args.no_references:
                to_cap = summary(
                    "  same, measuring unreachable targets",
                    run_engine(world, {**scenario, "stop_unreachable": False}, args.topic_examinees),
                    world.theta,
                    0.4,
                )
                measured |= _prefixed(f"{key}_to_cap", to_cap)
                summary(
                    "  same, one topic at a time (the app's order)",
                    run_engine(world, {**scenario, "one_topic_at_a_time": True}, args.topic_examinees),
                    world.theta,
                    0.4,
                )
                ceiling = topic_ceiling(world, 0.4)
                print_row("  ceiling (all items, others known)", {"targets_met": ceiling})
            if not args.no_catsim:
                from quizapp.adaptive.catsim_compare import compare_topics

                compare_topics(world, args.catsim_examinees // 3, figures)
    measured |= _prefixed("calibration", calibration_check(args.seed))
    print_goals(measured)
    print_variant_goals(
        measured,
        {"topics": "topics_to_cap", "independent": "independent_to_cap"},
        "The nine-topic goals with stop_unreachable: false (every topic measured to its target or its cap):",
    )


def _prefixed(scenario: str, figures: dict[str, float]) -> dict[str, float]:
    """``{"scenario.figure": value}``: the names the goals refer to."""
    return {f"{scenario}.{name}": value for name, value in figures.items()}
