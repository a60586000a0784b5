"""Exposure control: Sympson–Hetter item eligibility, tuned by simulating the estimated population.

Each attempt draws, from its own seed, which items it may see: item i is eligible with probability p_i, so
no item can be seen by more than a share p_i of applicants. The p_i are tuned once per bank and scenario
(then memoised) by the classical Sympson–Hetter iteration: simulated applicants drawn from the population
estimated from calibration data (never the real applicants' abilities) take the test with the current p,
and p_i ← min(p_i, p_i · r / exposure_i) for the target rate r. Items nobody over-uses keep p_i = 1, so
precision is lost only where exposure would exceed the limit. The classical update (which lets p_i rise again)
oscillates on this kind of bank — restricting one item sends its applicants to its neighbours and back — so
eligibilities only ever fall, round after round, until no simulated item exceeds r.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from quizapp.adaptive.bankdata import BankArrays
from quizapp.adaptive.irt import FloatArray
from quizapp.adaptive.scenario import Scenario

# Aim below the limit: an observed rate fluctuates by a few points over a thousand applicants.
_SAFETY = 0.9
_ROUNDS = 14


def eligible_items(arrays: BankArrays, scenario: Scenario) -> NDArray[np.bool_]:
    """Items this attempt may see: all without exposure control, else a draw from the attempt's seed."""
    if not scenario.exposure_control or scenario.exposure_method == "randomesque":
        return np.ones(arrays.size, dtype=bool)
    probabilities = eligibility_probabilities(arrays, scenario)
    return _draw(probabilities, scenario.seed)


def _draw(probabilities: FloatArray, seed: int) -> NDArray[np.bool_]:
    """The eligibility draw of one attempt (deterministic for a seed)."""
    return np.random.default_rng([seed, 0x5EED]).random(len(probabilities)) < probabilities


def eligibility_probabilities(
    arrays: BankArrays, scenario: Scenario, n_simulees: int | None = None
) -> FloatArray:
    """Sympson–Hetter eligibility probabilities for this bank and scenario (memoised)."""
    key = (
        "exposure",
        scenario.mode,
        scenario.se_target,
        scenario.topic_se_target,
        scenario.max_items,
        scenario.per_topic_cap,
        scenario.topics,
        scenario.max_exposure,
        scenario.min_items_per_topic,
    )
    if key not in arrays.lazy:
        arrays.lazy[key] = _tune(arrays, scenario, n_simulees)
    return arrays.lazy[key]


def _tune(arrays: BankArrays, scenario: Scenario, n_simulees: int | None) -> FloatArray:
    """Sympson–Hetter rounds over simulated applicants from the estimated population."""
    # Imported here: simulation code depends on the engine, which depends on this module.
    from quizapp.adaptive.selfsim import simulate_exposure

    if n_simulees is None:
        n_simulees = 800 if scenario.mode == "single" else 150
    target = scenario.max_exposure * _SAFETY
    probabilities = np.ones(arrays.size)
    for round_number in range(_ROUNDS):
        exposure = simulate_exposure(arrays, scenario, probabilities, n_simulees, seed=round_number)
        if exposure.max() <= target:
            break
        probabilities = np.minimum(probabilities, probabilities * target / np.maximum(exposure, 1e-9))
    return probabilities
