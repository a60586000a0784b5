"""catsim on the benchmark's bank and answers (benchmark-only dependency, imported on demand)."""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from quizapp.adaptive.engine import make_engine
from quizapp.adaptive.simdata import D_SCALE, ROW_LABEL_WIDTH, SimulatedWorld, generate_items


def _catsim_bank(items: list[dict[str, Any]]) -> Any:
    """catsim item bank; catsim's logistic has no D, so it is folded into the slopes."""
    from catsim.item_bank import ItemBank

    return ItemBank(np.array([[D_SCALE * it["a"], it["b"], 0.0, 1.0] for it in items]), validate=False)


def _catsim_test(bank: Any, answers: np.ndarray, se_target: float, max_items: int) -> tuple[list[int], float, float]:
    """One catsim test (max information, ML with Dodd's rule, SE stop); returns items, θ̂ and its SE."""
    from catsim import irt
    from catsim.estimation import NumericalSearchEstimator
    from catsim.selection import MaxInfoSelector
    from catsim.stopping import MinErrorStopper

    selector, estimator = MaxInfoSelector(), NumericalSearchEstimator(verbose=False)
    stopper = MinErrorStopper(se_target, max_items=max_items)
    administered: list[int] = []
    responses: list[bool] = []
    theta = 0.0
    while True:
        item = selector.select(item_bank=bank, administered_items=administered, est_theta=theta)
        if item is None:
            break
        administered.append(int(item))
        responses.append(bool(answers[int(item)]))
        theta = float(
            estimator.estimate(
                item_bank=bank, administered_items=administered, response_vector=responses, est_theta=theta
            )
        )
        if stopper.stop(administered_items=bank.get_items(administered), theta=theta):
            break
    se = float(irt.see(theta, bank.get_items(administered)))
    return administered, theta, se


def compare_single(world: SimulatedWorld, n: int, ours: dict[str, float]) -> None:
    """catsim on the one-topic scenario; prints its figures and the ratio of mean lengths."""
    bank = _catsim_bank(world.bank["items"])
    lengths, errors, start = [], [], time.perf_counter()
    for person in range(n):
        items, theta, _ = _catsim_test(bank, world.answers[person], 0.3, 30)
        lengths.append(len(items))
        errors.append(theta - world.theta[person, 0])
    ms = 1000 * (time.perf_counter() - start) / sum(lengths)
    err = np.array(errors)
    print(
        f"{'catsim, one topic':<{ROW_LABEL_WIDTH}}"
        f"mean_len={np.mean(lengths):.3f}  p95_len={np.percentile(lengths, 95):.3f}  "
        f"rmse={np.sqrt(np.mean(err**2)):.3f}  bias={err.mean():.3f}  ms_per_step={ms:.3f}"
    )
    print(
        f"ratio ours/catsim: length {ours['mean_len'] / np.mean(lengths):.3f}, "
        f"time per step {ours['ms_per_step'] / ms:.3f}"
    )


def compare_topics(world: SimulatedWorld, n: int, ours: dict[str, float]) -> None:
    """Nine separate catsim tests (SE ≤ 0.4 each); total length and share of topic targets met."""
    topics = sorted({it["topic"] for it in world.bank["items"]})
    totals, met = [], []
    for person in range(n):
        total = 0
        for topic in topics:
            columns = [i for i, it in enumerate(world.bank["items"]) if it["topic"] == topic]
            bank = _catsim_bank([world.bank["items"][i] for i in columns])
            items, _, se = _catsim_test(bank, world.answers[person, columns], 0.4, 30)
            total += len(items)
            met.append(se <= 0.4)
        totals.append(total)
    print(
        f"{'catsim, nine separate tests':<{ROW_LABEL_WIDTH}}"
        f"mean_len={np.mean(totals):.3f}  targets_met={np.mean(met):.3f}  "
        f"(ratio ours/catsim length {ours['mean_len'] / np.mean(totals):.3f})"
    )


def selection_speed(seed: int, n_items: int = 10_000, repeats: int = 20) -> float:
    """Time to pick one item from a 10,000-item bank: catsim's MaxInfoSelector against ours (returns ours, ms)."""
    from catsim.selection import MaxInfoSelector

    items = generate_items(n_items, 1, np.random.default_rng(seed))
    bank = {"D": D_SCALE, "items": items}
    engine = make_engine({"mode": "single"})
    responses = [{"item_id": items[i]["id"], "correct": i % 2 == 0} for i in range(3)]
    engine.select_next(bank, responses)
    start = time.perf_counter()
    for _ in range(repeats):
        engine.select_next(bank, responses)
    ours = 1000 * (time.perf_counter() - start) / repeats
    cat_bank, selector = _catsim_bank(items), MaxInfoSelector()
    start = time.perf_counter()
    for _ in range(repeats):
        selector.select(item_bank=cat_bank, administered_items=[0, 1, 2], est_theta=0.1)
    theirs = 1000 * (time.perf_counter() - start) / repeats
    print(f"selection on {n_items} items: ours {ours:.3f} ms, catsim {theirs:.3f} ms (ratio {ours / theirs:.3f})")
    return ours
