"""Where an attempt stands: its answers, ability estimates, per-topic progress and whether it must stop."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from quizapp.adaptive.bankdata import BankArrays
from quizapp.adaptive.irt import (
    THETA_GRID,
    FloatArray,
    grid_moments,
    log_likelihood,
    normal_log_density,
    normalise,
)
from quizapp.adaptive.joint import joint_posterior
from quizapp.adaptive.scenario import Scenario

# Banks larger than this integrate expected information on a coarser grid (see ``expected_information``).
COARSE_ABOVE = 1000
STOP_REASONS = ("se_target", "level_decided", "max_items", "pool_exhausted", "max_time")
# The band whose position between the cut scores decides a level: θ ± 1.96·SE, as the report shows it.
BAND_Z = 1.96
# EP stops when no site moves by more than this: 1e-5 in precision and shift changes an SE in the sixth
# decimal, and saves about half of the sweeps that a tighter tolerance spends on every step.
EP_TOLERANCE = 1e-5
# Posterior weights below this share of the peak are treated as zero when integrating over the posterior.
SUPPORT_TAIL = 1e-10


@dataclass(frozen=True)
class AttemptState:
    """Estimates after the answers so far. In ``single`` mode there is one "topic", index 0, for everything.

    ``marginals`` (K×G) are the posterior weights of each topic's ability on the grid; ``cov`` (K×K) their
    approximate joint covariance; ``active`` marks topics that still need items; ``stop`` is the reason to
    stop now, if any.
    """

    administered: NDArray[np.int_]
    correct: NDArray[np.bool_]
    mean: FloatArray
    cov: FloatArray
    marginals: FloatArray
    counts: NDArray[np.int_]
    available: NDArray[np.bool_]
    active: NDArray[np.bool_]
    above_target: NDArray[np.bool_]
    stop: str | None

    @property
    def se(self) -> FloatArray:
        """Posterior standard deviation of each topic's ability."""
        return np.sqrt(np.diag(self.cov))


def parse_responses(
    arrays: BankArrays, responses: list[dict[str, Any]]
) -> tuple[NDArray[np.int_], NDArray[np.bool_]]:
    """Item indices and correctness, in administration order; unknown item ids are an error."""
    try:
        index = np.array([arrays.index_of[str(r["item_id"])] for r in responses], dtype=int)
    except KeyError as missing:
        raise ValueError(f"response to an item that is not in the bank: {missing}") from None
    correct = np.array([bool(r["correct"]) for r in responses], dtype=bool)
    return index, correct


def topic_of(arrays: BankArrays, scenario: Scenario) -> NDArray[np.int_]:
    """The topic index used for estimation: all zeros in ``single`` mode."""
    if scenario.mode == "single":
        return np.zeros(arrays.size, dtype=int)
    return arrays.topic_index


def in_scope(arrays: BankArrays, scenario: Scenario) -> NDArray[np.bool_]:
    """Items the scenario may administer: all, or those of the chosen topics."""
    if scenario.topics is None:
        return np.ones(arrays.size, dtype=bool)
    unknown = set(scenario.topics) - set(arrays.topics)
    if unknown:
        raise ValueError(f"topics not in the bank: {sorted(unknown)}")
    chosen = np.array([t in scenario.topics for t in arrays.topics])
    return chosen[arrays.topic_index]


def attempt_state(arrays: BankArrays, scenario: Scenario, responses: list[dict[str, Any]]) -> AttemptState:
    """Estimate abilities from ``responses`` and decide which topics are still open and whether to stop."""
    administered, correct = parse_responses(arrays, responses)
    topic = topic_of(arrays, scenario)
    if scenario.mode == "single":
        mean, cov, marginals = _single_posterior(arrays, administered, correct)
        target, cap = scenario.se_target, scenario.max_items
    else:
        mean, cov, marginals = _joint_posterior(arrays, administered, correct)
        target, cap = scenario.topic_se_target, scenario.per_topic_cap
    n_topics = len(mean)
    scope = in_scope(arrays, scenario)
    available = scope.copy()
    available[administered] = False
    counts = np.bincount(topic[administered], minlength=n_topics)
    has_items = np.bincount(topic[available], minlength=n_topics) > 0
    wanted = np.bincount(topic[scope], minlength=n_topics) > 0
    se = np.sqrt(np.diag(cov))
    min_items = scenario.min_items_per_topic if scenario.mode == "topics" else 1
    decided = (counts >= max(min_items, scenario.min_items_to_decide)) & level_decided(arrays, scenario, mean, se)
    above_target = wanted & ((se > target) | (counts < min_items)) & ~decided
    reachable = counts < min_items
    if not scenario.stop_unreachable:
        reachable = np.ones(n_topics, dtype=bool)
    elif not reachable.all():
        reachable |= target_reachable(arrays, topic, marginals, se, available, target)
    active = above_target & has_items & (counts < cap) & reachable
    if scenario.mode == "topics" and scenario.one_topic_at_a_time and len(administered):
        # A topic the test has moved on from stays closed. Later answers can shift its estimate through the
        # correlation (and its SE a little above the target, or its band onto a cut), but sending the applicant
        # back to a topic they were told is done is worse; the report shows the final SE and band as they are.
        active &= ~(_passed(arrays, scenario, topic[administered[-1]]) & (counts >= min_items))
    stop = _stop_reason(
        scenario, responses, len(administered), above_target, active, has_items & reachable, counts, cap
    )
    if stop == "se_target" and np.any(wanted & decided & (se > target)):
        stop = "level_decided"
    return AttemptState(
        administered=administered,
        correct=correct,
        mean=mean,
        cov=cov,
        marginals=marginals,
        counts=counts,
        available=available,
        active=active,
        above_target=above_target,
        stop=stop,
    )


def level_decided(arrays: BankArrays, scenario: Scenario, mean: FloatArray, se: FloatArray) -> NDArray[np.bool_]:
    """Per topic: whether the 95 % band θ ± 1.96·SE lies between two of the topic's cut scores (``topics`` mode).

    More items are unlikely to change such a topic's level; without cut scores, no topic is decided.
    """
    decided = np.zeros(len(mean), dtype=bool)
    if scenario.mode != "topics" or not scenario.level_cuts:
        return decided
    for k, topic in enumerate(arrays.topics):
        cuts = np.array(scenario.cuts_for(topic))
        if len(cuts):
            low, high = mean[k] - BAND_Z * se[k], mean[k] + BAND_Z * se[k]
            decided[k] = not np.any((cuts > low) & (cuts <= high))
    return decided


def _passed(arrays: BankArrays, scenario: Scenario, current: int) -> NDArray[np.bool_]:
    """Topics that come before ``current`` in the scenario's order (else the bank's)."""
    order = [arrays.topics.index(t) for t in (scenario.topics or arrays.topics)]
    passed = np.zeros(len(arrays.topics), dtype=bool)
    if current in order:  # always, unless an answer lies outside the chosen topics
        passed[order[: order.index(current)]] = True
    return passed


def posterior_support(weights: FloatArray, tail: float = SUPPORT_TAIL) -> tuple[int, int]:
    """Grid slice [lo, hi) outside of which the posterior weights are negligible (below ``tail`` × peak)."""
    inside = np.flatnonzero(weights > tail * weights.max())
    return int(inside[0]), int(inside[-1]) + 1


def expected_information(arrays: BankArrays, topic: NDArray[np.int_], marginals: FloatArray) -> FloatArray:
    """Fisher information of every item averaged over the posterior of its own topic's ability."""
    if len(marginals) == 1:
        # One ability, possibly a large bank: integrate over the posterior's support only, and on a large
        # bank every third grid point (information is smooth in θ), so that a step stays cheap.
        lo, hi = posterior_support(marginals[0])
        step = 1 if arrays.size <= COARSE_ABOVE else 3
        weights = marginals[0, lo:hi:step]
        return (weights / weights.sum()) @ arrays.info_by_theta[lo:hi:step]
    return (marginals @ arrays.info_by_theta)[topic, np.arange(arrays.size)]


def target_reachable(
    arrays: BankArrays,
    topic: NDArray[np.int_],
    marginals: FloatArray,
    se: FloatArray,
    available: NDArray[np.bool_],
    target: float,
) -> NDArray[np.bool_]:
    """Whether each topic could still reach its SE target with the items left in the pool.

    The current precision plus the Fisher information, averaged over the topic's posterior, of *every*
    remaining item of the topic (what a test giving all of them would add, roughly). A topic that falls short
    even so (an applicant far beyond the items of that topic) stops instead of spending its whole cap in vain:
    the pool is exhausted for that applicant, and the estimate keeps its honest, larger SE. A heuristic: a
    very wide posterior over very sharp items can undercount, so a test may stop a few items early there.
    """
    if np.all(se <= target):
        return np.ones(len(se), dtype=bool)
    expected_info = np.where(available, expected_information(arrays, topic, marginals), 0.0)
    remaining = np.bincount(topic, weights=expected_info, minlength=len(se))
    return 1.0 / se**2 + remaining >= 1.0 / target**2


def _stop_reason(
    scenario: Scenario,
    responses: list[dict[str, Any]],
    n_answered: int,
    above_target: NDArray[np.bool_],
    active: NDArray[np.bool_],
    has_items: NDArray[np.bool_],
    counts: NDArray[np.int_],
    cap: int,
) -> str | None:
    """Why the attempt must stop now, or None; time and the overall cap come first."""
    elapsed = responses[-1].get("elapsed_seconds") if responses else None
    if scenario.max_seconds is not None and elapsed is not None and float(elapsed) >= scenario.max_seconds:
        return "max_time"
    total_cap = scenario.max_items if scenario.mode == "single" else scenario.max_items_total
    if total_cap is not None and n_answered >= total_cap and active.any():
        return "max_items"
    if active.any():
        return None
    unmet = above_target & ~active
    if not unmet.any():
        return "se_target"
    if np.any(unmet & (counts >= cap)):
        return "max_items"
    return "pool_exhausted" if np.any(unmet & ~has_items) else "se_target"


def _single_posterior(
    arrays: BankArrays, administered: NDArray[np.int_], correct: NDArray[np.bool_]
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Exact grid posterior of one ability under the population prior estimated for the whole bank."""
    mean0, sd0 = arrays.single_population()
    log_post = normal_log_density(THETA_GRID, mean0, sd0)
    log_post = log_post + log_likelihood(arrays.log_p[administered], arrays.log_q[administered], correct)
    weights = normalise(log_post)
    mean, var = grid_moments(weights)
    return np.array([mean]), np.array([[var]]), weights[None, :]


def _joint_posterior(
    arrays: BankArrays, administered: NDArray[np.int_], correct: NDArray[np.bool_]
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """EP joint posterior of all topic abilities under the estimated population."""
    n_topics = len(arrays.topics)
    log_lik = np.zeros((1, n_topics, len(THETA_GRID)))
    rows = np.where(correct[:, None], arrays.log_p[administered], arrays.log_q[administered])
    np.add.at(log_lik[0], arrays.topic_index[administered], rows)
    post = joint_posterior(log_lik, arrays.topic_population().mean, arrays.topic_population().cov, tol=EP_TOLERANCE)
    return post.mean[0], post.cov[0], post.marginals[0]
