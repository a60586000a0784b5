"""A Bayes lookahead reference for the one-ability test: how far is our myopic rule from the optimum?

The expected-loss rule (``references.single_reference`` with ``loss_weight``) looks one item ahead. The
Bayes-optimal test for the loss "items + squared error/λ" looks ahead to the end: it continues while some item
sequence lowers the expected loss, even if the next item alone does not. This module solves that problem to a
finite horizon (backward induction over the answer tree, ``breadth`` best candidates per node), so the benchmark
shows how much the optimum could gain over the myopic rule on the same bank and answers.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from quizapp.adaptive.irt import THETA_GRID, FloatArray, grid_moments, normalise, probability
from quizapp.adaptive.simdata import D_SCALE, SimulatedWorld, one_ability_figures

MAX_ITEMS = 30


class _Tree:
    """Backward induction for one examinee's test on a grid posterior (shared item probabilities)."""

    def __init__(self, p_grid: FloatArray, loss_weight: float, depth: int, breadth: int) -> None:
        self.p_grid, self.loss_weight, self.depth, self.breadth = p_grid, loss_weight, depth, breadth

    def _posterior_variances(self, weights: FloatArray, index: NDArray[np.int_]) -> tuple[FloatArray, FloatArray]:
        """Expected posterior variance after each candidate, and each one's probability of a right answer."""
        p = self.p_grid[index]
        w1, wt1, wtt1 = p @ weights, p @ (weights * THETA_GRID), p @ (weights * THETA_GRID**2)
        w0, wt0, wtt0 = 1.0 - w1, weights @ THETA_GRID - wt1, weights @ THETA_GRID**2 - wtt1
        return (wtt1 - wt1**2 / w1) + (wtt0 - wt0**2 / w0), w1

    def value(self, weights: FloatArray, unseen: NDArray[np.bool_], given: int, depth: int) -> tuple[float, int]:
        """Least expected loss from here and the item that reaches it (-1: stopping is best)."""
        stop = float(grid_moments(weights)[1]) / self.loss_weight
        index = np.flatnonzero(unseen)
        if depth == 0 or given >= MAX_ITEMS or len(index) == 0:
            return stop, -1
        after, right = self._posterior_variances(weights, index)
        if depth == 1:  # the last level needs no tree: the expected variance is the expected loss
            best = int(np.argmin(after))
            go = 1.0 + float(after[best]) / self.loss_weight
            return (go, int(index[best])) if go < stop else (stop, -1)
        best_value, best_item = np.inf, -1
        for j in np.argsort(after)[: self.breadth]:
            item = int(index[j])
            unseen[item] = False
            outcomes = (weights * self.p_grid[item], weights * (1.0 - self.p_grid[item]))
            go = 1.0 + sum(
                share * self.value(w / w.sum(), unseen, given + 1, depth - 1)[0]
                for share, w in zip((right[j], 1.0 - right[j]), outcomes, strict=True)
            )
            unseen[item] = True
            if go < best_value:
                best_value, best_item = go, item
        return (best_value, best_item) if best_value < stop else (stop, -1)


def lookahead_reference(
    world: SimulatedWorld, n: int, loss_weight: float, depth: int = 2, breadth: int = 8
) -> dict[str, float]:
    """One-ability test (prior N(0, 1), at most 30 items) that selects and stops by ``depth``-item lookahead."""
    a, b, c = world.parameters()
    p_grid = probability(THETA_GRID, a, b, c, D_SCALE)
    log_p, log_q = np.log(p_grid), np.log1p(-p_grid)
    tree = _Tree(p_grid, loss_weight, depth, breadth)
    lengths, errors, ses = [], [], []
    for person in range(n):
        log_post, unseen = -0.5 * THETA_GRID**2, np.ones(len(a), dtype=bool)
        while True:
            weights = normalise(log_post)
            _, item = tree.value(weights, unseen, int((~unseen).sum()), depth)
            if item < 0:
                break
            unseen[item] = False
            log_post = log_post + (log_p[item] if world.answers[person, item] else log_q[item])
        mean, var = grid_moments(weights)
        lengths.append(int((~unseen).sum()))
        errors.append(float(mean) - float(world.theta[person, 0]))
        ses.append(float(np.sqrt(var)))
    return one_ability_figures(lengths, errors, ses, world.theta[:, 0])
