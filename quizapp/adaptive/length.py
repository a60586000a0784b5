"""How many items a topic typically takes: what the applicant is told before starting.

A quick forecast, not a simulation: for abilities spread over the topic's population (Gauss–Hermite points),
count the items a test would need if it gave the topic's most informative items at that ability, one after
the other, until the precision reaches the SE target or, with cut scores, the 95 % band around the (shrunk)
estimate lies between two cuts (the topic's minimum and cap apply, and a target out of reach takes the cap, or
the minimum when the scenario stops such topics early). Averaged with the points'
weights. A real test does not know the ability and spends some items finding it: ``ESTIMATION_COST`` more.
"""

from __future__ import annotations

import numpy as np

from quizapp.adaptive.bankdata import BankArrays
from quizapp.adaptive.irt import fisher_information
from quizapp.adaptive.scenario import Scenario
from quizapp.adaptive.state import BAND_Z, in_scope

# Probabilists' Gauss–Hermite points: abilities at which the forecast is made, and their weights.
_POINTS, _WEIGHTS = np.polynomial.hermite_e.hermegauss(9)
_WEIGHTS = _WEIGHTS / _WEIGHTS.sum()
# Items a real test needs beyond the forecast at the true ability: 1.33 on average over the nine topics of
# ``make_world(n_items=300, n_topics=9, seed=5)`` with 200 examinees (0.5 to 2.0 per topic); tests/adaptive checks it.
ESTIMATION_COST = 1.3
# With cut scores, a topic also stops once its 95 % band clears the cuts. A real test stops the first time its
# fluctuating estimate's band does, earlier than the band of the expected estimate (the ability pulled towards the
# mean by the prior's share of the precision) would: the forecast pulls by half that share, and such a stop costs
# DECIDED_COST items beyond it. Fitted on the two worlds of ``tests/adaptive/test_length.py`` and
# ``make_world(n_items=300, n_topics=9, seed=5)`` (150 examinees), cuts −1 and 0: mean error −0.1 and +0.2 items
# per topic, at most 0.55.
DECIDED_PULL = 0.5
DECIDED_COST = 0.5


def typical_lengths(arrays: BankArrays, scenario: Scenario) -> dict[str, float]:
    """Forecast number of items per topic of ``scenario`` (``topics`` mode), in the bank's topic order."""
    population = arrays.topic_population()
    scope = in_scope(arrays, scenario)
    needed = 1.0 / scenario.topic_se_target**2
    out = {}
    for k, topic in enumerate(arrays.topics):
        items = np.flatnonzero(scope & (arrays.topic_index == k))
        if len(items) == 0:
            continue
        sd = float(np.sqrt(population.cov[k, k]))
        cap = min(scenario.per_topic_cap, len(items))
        floor = min(scenario.min_items_per_topic, cap)
        thetas = population.mean[k] + sd * _POINTS
        info = fisher_information(thetas, arrays.a[items], arrays.b[items], arrays.c[items], arrays.D)
        precision = 1.0 / sd**2 + np.cumsum(-np.sort(-info, axis=0), axis=0)  # best items first, per ability
        decided = _level_decided(precision, thetas, population.mean[k], sd, scenario.cuts_for(topic))
        decided[: max(scenario.min_items_to_decide - 1, 0)] = False  # row n - 1 is the state after n items
        reached = (precision >= needed) | decided
        first = np.where(reached.any(axis=0), reached.argmax(axis=0) + 1, 0)
        at_stop = np.maximum(first - 1, 0), np.arange(len(thetas))
        cost = np.where(decided[at_stop] & (precision[at_stop] < needed), DECIDED_COST, ESTIMATION_COST)
        out_of_reach = floor if scenario.stop_unreachable else cap
        lengths = np.where(first > 0, np.clip(first + cost, floor, cap), out_of_reach)
        out[topic] = float(np.dot(_WEIGHTS, lengths))
    return out


def _level_decided(
    precision: np.ndarray, thetas: np.ndarray, mean: float, sd: float, cuts: tuple[float, ...]
) -> np.ndarray:
    """Whether the 95 % band after each number of items (rows) at each ability (columns) lies between two cuts
    (see ``DECIDED_PULL``)."""
    if not cuts:
        return np.zeros(precision.shape, dtype=bool)
    estimate = mean + (thetas - mean) * (1.0 - DECIDED_PULL / (sd**2 * precision))
    half = BAND_Z / np.sqrt(precision)
    return ~np.any([(cut > estimate - half) & (cut <= estimate + half) for cut in cuts], axis=0)
