"""What ending a topic once its level is decided saves, on a calibrated bank, at what cost in wrong levels.

The app ends a topic at its SE target, its cap, or once the 95 % band θ ± 1.96·SE lies inside one level of the
staff's cut scores (``QUIZAPP_STOP_AT_DECIDED_LEVEL``). ``bench/shipped_bank.py`` measures it on the shipped,
uncalibrated bank; this measures it after ``bank calibrate``: the benchmark's simulated world (300 2PL items over
9 topics, a calibration sample from the same population), examinees θ ~ N(0, 1) per topic, topics correlated
0.5 and independent. Both rows use the app's scenario (``app_scenario``: one topic at a time, 3 to 12 items per
topic, randomesque exposure control) and the same pre-drawn answers; cut scores are the defaults (−1 and 0).

    .venv/bin/python bench/level_stop.py [--examinees 300] [--seed 2024]
"""

from __future__ import annotations

import argparse
import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # see bench/adaptive_sim.py

import numpy as np

from quizapp.adaptive.simdata import SimulatedWorld, make_world
from quizapp.adaptive.simulate import run_engine
from quizapp.assess.selection import AdaptiveSettings, app_scenario
from quizapp.reports.levels import DEFAULT_CUTS

CUTS = [DEFAULT_CUTS["review"], DEFAULT_CUTS["ready"]]


def figures(world: SimulatedWorld, settings: AdaptiveSettings, n: int) -> dict[str, float]:
    """Mean and p95 questions, mean SE and the share of topic levels that differ from the true ones."""
    topics = sorted({item["topic"] for item in world.bank["items"]}, key=lambda t: int(t.removeprefix("topic")))
    run = run_engine(world, app_scenario(settings, topics, seed=0), n)
    wrong = np.searchsorted(CUTS, run.estimates, "right") != np.searchsorted(CUTS, world.theta[:n], "right")
    return {"questions": float(run.lengths.mean()), "p95": float(np.percentile(run.lengths, 95)),
            "se": float(run.ses.mean()), "wrong_levels": float(wrong.mean())}


def main() -> None:
    """Both scenarios on both populations; prints one row each and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examinees", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    for correlation in (0.5, 0.0):
        world = make_world(n_examinees=args.examinees, correlation=correlation, seed=args.seed)
        topics = sorted({item["topic"] for item in world.bank["items"]})
        with_stop = figures(world, AdaptiveSettings(level_cuts={t: CUTS for t in topics}), args.examinees)
        without = figures(world, AdaptiveSettings(), args.examinees)
        print(f"topics correlated {correlation}, {args.examinees} examinees")
        for name, row in (("target, cap or level decided", with_stop), ("target or cap", without)):
            print(f"  {name:30}" + "  ".join(f"{k}={v:.3f}" for k, v in row.items()))
        print(f"  ratio: questions {with_stop['questions'] / without['questions']:.3f}, "
              f"wrong levels {with_stop['wrong_levels'] / without['wrong_levels']:.3f}\n")


if __name__ == "__main__":
    main()
