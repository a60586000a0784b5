"""What a full assessment costs an applicant on the shipped question bank, and how firm its levels are.

Simulated applicants (θ ~ N(0, 1) per topic, independent) take a full assessment over every topic of
``question_bank/`` with the app's scenario (``quizapp.assess.selection.app_scenario``: a topic ends at its SE
target, its cap, or once its 95 % band lies inside one level of the default cut scores) and, side by side, the
same without that level stop, and with the engine's default of stopping a topic once its target is out of
reach. Item parameters are those of a fresh install: derived from each item's level (docs/adaptive.md), until
``bank calibrate`` has data. Answers are drawn once per applicant and item, so every row sees the same answers.

Prints per topic: mean questions, mean SE, the share of levels the report marks *provisional* and the share of
levels that differ from the true one (default cut scores), then the totals and the app's ratios to the other
rows. The first table also has the forecast the start page shows applicants (``typical_lengths``), next to the
simulated mean.

    .venv/bin/python bench/shipped_bank.py [--applicants 150] [--seed 1]
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # see bench/adaptive_sim.py

import numpy as np

from quizapp.adaptive import make_engine
from quizapp.adaptive.irt import D_SCALE
from quizapp.adaptive.params import level_to_params
from quizapp.adaptive.simdata import draw_answers
from quizapp.assess.selection import AdaptiveSettings, app_scenario, decision_floor
from quizapp.bank.loader import load_bank
from quizapp.bank.schema import TOPICS
from quizapp.reports.levels import DEFAULT_CUTS, is_provisional, level_for

BANK_DIR = Path(__file__).resolve().parent.parent / "question_bank"


def shipped_bank() -> dict[str, Any]:
    """The engine's bank dict for the shipped items, with their uncalibrated parameters."""
    loaded, errors = load_bank(BANK_DIR)
    if errors:
        raise SystemExit(f"the bank has {len(errors)} errors: run `flask --app quizapp bank validate`")
    items = []
    for item in sorted(loaded, key=lambda i: i.spec.id):
        a, b, c = level_to_params(item.spec.level, item.spec.type)
        items.append({"id": item.spec.id, "a": a, "b": b, "c": c, "topic": item.spec.topic,
                      "concept": (list(item.spec.concepts) or [""])[0]})
    return {"D": D_SCALE, "items": items}


def take_assessment(bank: dict[str, Any], scenario: dict[str, Any], answers: dict[str, bool]) -> list[dict[str, Any]]:
    """Answer with the pre-drawn ``answers`` until the engine stops; the responses in order."""
    engine, responses = make_engine(scenario), []
    while (item_id := engine.select_next(bank, responses)) is not None:
        responses.append({"item_id": item_id, "correct": answers[item_id]})
    return responses


def run(bank: dict[str, Any], topics: list[str], abilities: np.ndarray, answers: list[dict[str, bool]],
        settings: AdaptiveSettings, stop_unreachable: bool = False) -> dict[str, np.ndarray]:
    """Per applicant and topic: questions, SE, provisional, misclassified (arrays applicants × topics)."""
    topic_of = {item["id"]: item["topic"] for item in bank["items"]}
    shape = (len(abilities), len(topics))
    out = {key: np.zeros(shape) for key in ("items", "se", "provisional", "misclassified")}
    for person, truth in enumerate(abilities):
        scenario = {**app_scenario(settings, topics, seed=person), "stop_unreachable": stop_unreachable}
        responses = take_assessment(bank, scenario, answers[person])
        estimates = make_engine(scenario).estimate(bank, responses)["topics"]
        for k, topic in enumerate(topics):
            theta, se = estimates[topic]["theta"], estimates[topic]["se"]
            out["items"][person, k] = sum(topic_of[r["item_id"]] == topic for r in responses)
            out["se"][person, k] = se
            out["provisional"][person, k] = is_provisional(theta, se, settings.topic_se_target, DEFAULT_CUTS)
            out["misclassified"][person, k] = level_for(theta, DEFAULT_CUTS) != level_for(truth[k], DEFAULT_CUTS)
    return out


def answers_by_item(bank: dict[str, Any], topics: list[str], abilities: np.ndarray,
                    rng: np.random.Generator) -> list[dict[str, bool]]:
    """One pre-drawn answer per applicant and item (``simdata.draw_answers``), keyed by item id."""
    items = bank["items"]
    column = np.array([topics.index(item["topic"]) for item in items])
    correct = draw_answers(abilities, items, column, rng)
    return [dict(zip((item["id"] for item in items), row, strict=True)) for row in correct.tolist()]


def main() -> None:
    """Run both scenarios on the same applicants and answers and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applicants", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    bank = shipped_bank()
    topics = [t for t in TOPICS if any(item["topic"] == t for item in bank["items"])]
    rng = np.random.default_rng(args.seed)
    abilities = rng.standard_normal((args.applicants, len(topics)))
    answers = answers_by_item(bank, topics, abilities, rng)
    app_settings = AdaptiveSettings(  # as the app sets them before `bank calibrate` has run
        level_cuts={t: [DEFAULT_CUTS["review"], DEFAULT_CUTS["ready"]] for t in topics},
        min_items_to_decide=decision_floor(AdaptiveSettings().max_items_per_topic, calibrated=False))
    rows_app = run(bank, topics, abilities, answers, app_settings)
    rows = {"app (target, cap, or level decided)": rows_app,
            "without the level stop (target or cap)": run(bank, topics, abilities, answers, AdaptiveSettings()),
            "engine default (stop when out of reach)": run(bank, topics, abilities, answers, AdaptiveSettings(),
                                                           stop_unreachable=True)}
    print(f"{len(bank['items'])} items, {args.applicants} simulated applicants, uncalibrated parameters\n")
    forecast = make_engine(app_scenario(app_settings, topics, seed=0)).typical_lengths(bank)
    for name, figures in rows.items():
        print(name)
        print(f"  {'topic':16} {'items':>6} {'SE':>6} {'provisional':>12} {'misclassified':>14}"
              + ("   forecast" if figures is rows_app else ""))
        for k, topic in enumerate(topics):
            print(f"  {topic:16} {figures['items'][:, k].mean():6.2f} {figures['se'][:, k].mean():6.3f} "
                  f"{figures['provisional'][:, k].mean():12.3f} {figures['misclassified'][:, k].mean():14.3f}"
                  + (f"   {forecast[topic]:8.2f}" if figures is rows_app else ""))
        total = figures["items"].sum(axis=1)
        print(f"  {'all topics':16} {total.mean():6.1f} {figures['se'].mean():6.3f} "
              f"{figures['provisional'].mean():12.3f} {figures['misclassified'].mean():14.3f}"
              f"   (p95 {np.percentile(total, 95):.0f} questions)\n")
    app = rows_app
    for name, other in list(rows.items())[1:]:
        print(f"app / {name}: questions {app['items'].sum(1).mean() / other['items'].sum(1).mean():.3f}, "
              f"provisional levels {app['provisional'].mean() / max(other['provisional'].mean(), 1e-9):.3f}, "
              f"misclassified {app['misclassified'].mean() / max(other['misclassified'].mean(), 1e-9):.3f}")


if __name__ == "__main__":
    main()
