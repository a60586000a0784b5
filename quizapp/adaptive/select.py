"""Choosing the next item: expected posterior variance, topic targets, concept balance, exposure control."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from quizapp.adaptive.bankdata import BankArrays
from quizapp.adaptive.irt import THETA_GRID, FloatArray
from quizapp.adaptive.scenario import Scenario
from quizapp.adaptive.state import SUPPORT_TAIL, AttemptState, expected_information, topic_of

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
    if scenario.mode == "topics" and scenario.one_topic_at_a_time:
        open_items &= topic == _current_topic(arrays, scenario, open_items)
    elif scenario.mode == "topics" and np.any(state.active & (state.counts < scenario.min_items_per_topic)):
        # Minimum items first: otherwise a topic could be "measured" entirely through its neighbours.
        open_items &= (state.counts < scenario.min_items_per_topic)[topic]
    allowed = open_items & eligible
    topics_without = np.bincount(topic[allowed], minlength=len(state.active)) == 0
    allowed |= open_items & topics_without[topic]
    index = np.flatnonzero(allowed)
    return _concept_balanced(arrays, state, index)


def _current_topic(arrays: BankArrays, scenario: Scenario, open_items: NDArray[np.bool_]) -> int:
    """The first topic, in the scenario's order (else the bank's), that still has an open item (-1: none)."""
    order = scenario.topics or arrays.topics
    open_topics = set(arrays.topic_index[open_items].tolist())
    return next((i for i in (arrays.topics.index(t) for t in order) if i in open_topics), -1)


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


# Above this many candidates (large banks, one ability) the exact criterion is computed only for the items
# most informative over the current posterior: the best item is always among them, and a step stays well
# under a millisecond on 10,000 items without large matrix products (whose BLAS threading is erratic).
PRESELECT_ABOVE = 512
PRESELECT_KEEP = 64


def variance_reduction(
    arrays: BankArrays, scenario: Scenario, state: AttemptState, index: NDArray[np.int_]
) -> FloatArray:
    """Expected drop of the posterior variance of each candidate's own topic ability after its answer.

    Minimum expected posterior variance (MEPV): like maximum information, but averaged over the current
    posterior instead of taken at a point estimate, so it stays sensible while the estimate is uncertain.
    """
    topic = topic_of(arrays, scenario)[index]
    k = len(state.marginals)
    lo, hi = _joint_support(state.marginals)
    grid, w = THETA_GRID[lo:hi], state.marginals[:, lo:hi]
    weighted = np.concatenate([w, w * grid, w * grid**2])  # 3K × G'
    moments = arrays.p_grid[index, lo:hi] @ weighted.T  # candidates × 3K
    w1, wt1, wtt1 = (moments[np.arange(len(index)), topic + shift] for shift in (0, k, 2 * k))
    wt, wtt = (w @ grid)[topic], (w @ grid**2)[topic]
    w0, wt0, wtt0 = 1.0 - w1, wt - wt1, wtt - wtt1
    expected = (wtt1 - wt1**2 / np.maximum(w1, 1e-300)) + (wtt0 - wt0**2 / np.maximum(w0, 1e-300))
    return np.maximum(wtt - wt**2 - expected, 0.0)


def _joint_support(marginals: FloatArray) -> tuple[int, int]:
    """Grid slice holding every topic's posterior mass (weights beyond it are below 1e-10 of the peak)."""
    inside = np.flatnonzero((marginals > SUPPORT_TAIL * marginals.max(axis=1, keepdims=True)).any(axis=0))
    return int(inside[0]), int(inside[-1]) + 1


def preselect(
    arrays: BankArrays, scenario: Scenario, state: AttemptState, index: NDArray[np.int_]
) -> NDArray[np.int_]:
    """The candidates worth scoring exactly: all of them, or on a large bank the most informative ones."""
    if len(index) <= PRESELECT_ABOVE:
        return index
    info = expected_information(arrays, topic_of(arrays, scenario), state.marginals)[index]
    return index[np.argpartition(info, -PRESELECT_KEEP)[-PRESELECT_KEEP:]]


def choose(
    arrays: BankArrays, scenario: Scenario, state: AttemptState, eligible: NDArray[np.bool_]
) -> int | None:
    """Index of the best next item, or None when no item may be given."""
    index = candidates(arrays, scenario, state, eligible)
    if len(index) == 0:
        return None
    index = preselect(arrays, scenario, state, index)
    gain = variance_reduction(arrays, scenario, state, index)
    value = gain if scenario.mode == "single" else _topic_value(arrays, scenario, state, index, gain)
    if scenario.exposure_control and scenario.exposure_method == "randomesque":
        return int(index[_randomesque(value, scenario, len(state.administered))])
    return int(index[np.argmax(value)])


def _randomesque(value: FloatArray, scenario: Scenario, step: int) -> int:
    """One of the ``randomesque_k`` most valuable candidates, drawn from the attempt's seed and step."""
    k = min(scenario.randomesque_k, len(value))
    best = np.argpartition(value, -k)[-k:]
    return int(best[np.random.default_rng([scenario.seed, step, 0xE5]).integers(k)])


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
