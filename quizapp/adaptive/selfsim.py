"""Simulated applicants drawn from the engine's own population model (for exposure tuning)."""

from __future__ import annotations

import numpy as np

from quizapp.adaptive.bankdata import BankArrays
from quizapp.adaptive.irt import FloatArray
from quizapp.adaptive.scenario import Scenario
from quizapp.adaptive.select import choose
from quizapp.adaptive.state import attempt_state


def simulate_exposure(
    arrays: BankArrays, scenario: Scenario, probabilities: FloatArray, n_simulees: int, seed: int
) -> FloatArray:
    """Share of simulated applicants who see each item, with eligibility probabilities ``probabilities``.

    Abilities come from the estimated population (one ability in ``single`` mode), answers from the item
    parameters: only what the engine itself believes, never real applicants' data.
    """
    rng = np.random.default_rng([seed, 0xE1])
    if scenario.mode == "single":
        mean, sd = arrays.single_population()
        theta = rng.normal(mean, sd, size=(n_simulees, 1))
        column = np.zeros(arrays.size, dtype=int)
    else:
        theta = rng.multivariate_normal(
            arrays.topic_population().mean, arrays.topic_population().cov, size=n_simulees
        )
        column = arrays.topic_index
    seen = np.zeros(arrays.size)
    for person in range(n_simulees):
        eligible = rng.random(arrays.size) < probabilities
        p_correct = arrays.c + (1 - arrays.c) / (
            1 + np.exp(-arrays.D * arrays.a * (theta[person, column] - arrays.b))
        )
        answers = rng.random(arrays.size) < p_correct
        responses: list[dict[str, object]] = []
        while True:
            state = attempt_state(arrays, scenario, responses)
            index = None if state.stop else choose(arrays, scenario, state, eligible)
            if index is None:
                break
            seen[index] += 1
            responses.append({"item_id": arrays.ids[index], "correct": bool(answers[index])})
    return seen / n_simulees
