"""Item response models and grid-based ability posteriors (pure numpy).

The logistic models use the normal-ogive scaling constant ``D``:
``P(correct | θ) = c + (1 - c) / (1 + exp(-D·a·(θ - b)))``; ``c = 0`` is the 2PL.
Posteriors are held on a fixed θ grid, which makes EAP estimates and their standard errors exact up to
quadrature error, whatever the shape of the likelihood (all-correct answers, guessing, few items).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]

# The logistic scaling constant that makes the logistic curve match the normal ogive (the item scale's unit).
D_SCALE = 1.702
# A grid wide enough for any applicant the item scale can describe; 0.1 apart keeps EAP errors below 1e-4.
THETA_GRID: FloatArray = np.linspace(-6.0, 6.0, 121)
# Probabilities are kept away from 0 and 1 so that logs stay finite even for extreme items.
_EPS = 1e-9


def probability(
    theta: FloatArray | float, a: FloatArray, b: FloatArray, c: FloatArray, D: float
) -> FloatArray:
    """P(correct) of each item (rows) at each θ (columns); 1-D ``theta`` gives an items × grid array."""
    theta_row = np.atleast_1d(np.asarray(theta, dtype=float))[None, :]
    z = D * a[:, None] * (theta_row - b[:, None])
    p = c[:, None] + (1.0 - c[:, None]) / (1.0 + np.exp(-z))
    return np.clip(p, _EPS, 1.0 - _EPS)


def fisher_information(
    theta: FloatArray | float, a: FloatArray, b: FloatArray, c: FloatArray, D: float
) -> FloatArray:
    """Fisher information of each item at each θ (3PL formula; reduces to D²a²P(1-P) when c = 0)."""
    p = probability(theta, a, b, c, D)
    cc = c[:, None]
    return (D * a[:, None]) ** 2 * ((p - cc) / (1.0 - cc)) ** 2 * (1.0 - p) / p


def normal_log_density(grid: FloatArray, mean: float, sd: float) -> FloatArray:
    """Log of the normal density up to a constant: the prior of one ability on the grid."""
    return -0.5 * ((grid - mean) / sd) ** 2


def log_likelihood(log_p: FloatArray, log_q: FloatArray, correct: NDArray[np.bool_]) -> FloatArray:
    """Log-likelihood on the grid of a response pattern, given precomputed log P and log(1-P) rows."""
    if len(correct) == 0:
        return np.zeros(log_p.shape[1])
    return np.where(correct[:, None], log_p, log_q).sum(axis=0)


def normalise(log_weights: FloatArray) -> FloatArray:
    """Turn log-weights on the grid (last axis) into weights summing to one, without overflow."""
    w = np.exp(log_weights - log_weights.max(axis=-1, keepdims=True))
    return w / w.sum(axis=-1, keepdims=True)


def grid_moments(weights: FloatArray, grid: FloatArray = THETA_GRID) -> tuple[FloatArray, FloatArray]:
    """Mean and variance of normalised grid weights (last axis)."""
    mean = weights @ grid
    var = weights @ (grid**2) - mean**2
    return mean, np.maximum(var, 1e-12)


def expected_posterior_variance(
    p_grid: FloatArray, weights: FloatArray, grid: FloatArray = THETA_GRID
) -> FloatArray:
    """Expected posterior variance after answering each item (rows of ``p_grid``), averaged over both answers.

    Three matrix-vector products make this as cheap as maximum information but it accounts for the
    uncertainty of the current estimate (minimum expected posterior variance, MEPV).
    """
    w1, wt1, wtt1 = p_grid @ weights, p_grid @ (weights * grid), p_grid @ (weights * grid**2)
    total, total_t, total_tt = weights.sum(), weights @ grid, weights @ grid**2
    w0, wt0, wtt0 = total - w1, total_t - wt1, total_tt - wtt1
    var1 = wtt1 / w1 - (wt1 / w1) ** 2
    var0 = wtt0 / w0 - (wt0 / w0) ** 2
    return (w1 * var1 + w0 * var0) / total
