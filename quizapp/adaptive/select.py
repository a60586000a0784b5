"""Choosing the next item: expected posterior variance, topic targets, concept balance, exposure control."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from quizapp.adaptive.bankdata import BankArrays
from quizapp.adaptive.irt import THETA_GRID, FloatArray
from quizapp.adaptive.scenario import Scenario
from quizapp.adaptive.state import AttemptState, topic_of

# A concept may be used at most this many more times than the least-used concept of its topic.
CONCEPT_SPREAD = 1


def candidates(
    arrays: BankArrays, scenario: Scenario, state: AttemptState, eligible: NDArray[np.bool_]
) -> NDArray[np.int_]:
    """Indices of items that may come next: unseen, in an open topic, concept-balanced, exposure-eligible.

    Exposure eligibility is dropped for a topic that has no eligible item left, so that exposure control can
    lengthen a test but never end it early.
    """
    topic = topic_of(arrays, scenario)
    open_items = state.available & state.active[topic]
    if scenario.mode == "topics" and np.any(state.active & (state.counts < scenario.min_items_per_topic)):
        # Minimum items first: otherwise a topic could be "measured" entirely through its neighbours.
        open_items &= (state.counts < scenario.min_items_per_topic)[topic]
    allowed = open_items & eligible
    topics_without = np.bincount(topic[allowed], minlength=len(state.active)) == 0
    allowed |= open_items & topics_without[topic]
    index = np.flatnonzero(allowed)
    return _concept_balanced(arrays, state, index)


def _concept_balanced(arrays: BankArrays, state: AttemptState, index: NDArray[np.int_]) -> NDArray[np.int_]:
    """Keep items whose concept is not over-used relative to the least-used open concept of its topic."""
    if len(index) == 0:
        return index
    n_concepts = int(arrays.concept_index.max()) + 1
    used = np.bincount(arrays.concept_index[state.administered], minlength=n_concepts)
    item_use = used[arrays.concept_index[index]]
    least = np.full(len(arrays.topics), np.iinfo(np.int64).max)
    np.minimum.at(least, arrays.topic_index[index], item_use)
    return index[item_use <= least[arrays.topic_index[index]] + CONCEPT_SPREAD]


def variance_reduction(
    arrays: BankArrays, scenario: Scenario, state: AttemptState, index: NDArray[np.int_]
) -> FloatArray:
    """Expected drop of the posterior variance of each candidate's own topic ability after its answer."""
    topic = topic_of(arrays, scenario)[index]
    p = arrays.p_grid[index]
    w = state.marginals[topic]
    w1, wt1, wtt1 = (p * w).sum(1), (p * w * THETA_GRID).sum(1), (p * w * THETA_GRID**2).sum(1)
    wt, wtt = w @ THETA_GRID, w @ THETA_GRID**2
    w0, wt0, wtt0 = 1.0 - w1, wt - wt1, wtt - wtt1
    expected = (wtt1 - wt1**2 / w1) + (wtt0 - wt0**2 / w0)
    return np.maximum(wtt - wt**2 - expected, 0.0)


def single_variance_reduction(arrays: BankArrays, state: AttemptState, index: NDArray[np.int_]) -> FloatArray:
    """Same as ``variance_reduction`` for one ability, as matrix-vector products (fast on large banks).

    The products run over the whole bank and are then indexed: copying the candidates' rows out of a
    10,000-item grid array would cost more than the arithmetic.
    """
    w = state.marginals[0]
    grid_moments = np.stack([w, w * THETA_GRID, w * THETA_GRID**2], axis=1)
    w1, wt1, wtt1 = (arrays.p_grid @ grid_moments)[index].T
    wt, wtt = w @ THETA_GRID, w @ THETA_GRID**2
    w0, wt0, wtt0 = 1.0 - w1, wt - wt1, wtt - wtt1
    expected = (wtt1 - wt1**2 / w1) + (wtt0 - wt0**2 / w0)
    return np.maximum(wtt - wt**2 - expected, 0.0)


def choose(
    arrays: BankArrays, scenario: Scenario, state: AttemptState, eligible: NDArray[np.bool_]
) -> int | None:
    """Index of the best next item, or None when no item may be given."""
    index = candidates(arrays, scenario, state, eligible)
    if len(index) == 0:
        return None
    if scenario.mode == "single":
        return int(index[np.argmax(single_variance_reduction(arrays, state, index))])
    gain = variance_reduction(arrays, scenario, state, index)
    return int(index[np.argmax(_topic_value(arrays, scenario, state, index, gain))])


def _topic_value(
    arrays: BankArrays, scenario: Scenario, state: AttemptState, index: NDArray[np.int_], gain: FloatArray
) -> FloatArray:
    """Worth of each candidate: the variance it removes from every topic still above target, through Σ.

    A drop Δ in the variance of topic j lowers that of topic k by Δ·(C_jk / C_jj)² (Gaussian conditioning).
    Each topic's share is capped at what it still needs to reach its target: precision beyond the target
    buys nothing.
    """
    cov = state.cov
    ratio = (cov / np.diag(cov)[:, None]) ** 2
    need = np.where(state.above_target, np.diag(cov) - scenario.topic_se_target**2, 0.0)
    need = np.maximum(need, 0.0)
    topic = arrays.topic_index[index]
    spill = gain[:, None] * ratio[topic]
    # The small own-topic term breaks ties when every topic is at target but still below its minimum count.
    return np.minimum(spill, need[None, :]).sum(axis=1) + 1e-3 * gain
