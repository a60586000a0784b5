"""Item calibration: 2PL by marginal maximum likelihood (Bock–Aitkin EM) from stored responses.

Used by ``flask --app quizapp bank calibrate``. Each topic is calibrated on its own scale (its abilities are
N(0, 1) in the population, which fixes the scale), then the between-topic mean and covariance are estimated
with the new item parameters (``population.estimate_population``), ready for the engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from quizapp.adaptive.irt import D_SCALE, FloatArray, normalise
from quizapp.adaptive.population import Population, estimate_population

LOW_DISCRIMINATION = 0.35
# Fine quadrature: with many items per examinee the posterior is narrow (SD ≈ 0.1), and a coarse grid
# would bias every difficulty by a common shift.
_QUADRATURE = np.linspace(-5.0, 5.0, 201)
# Weak normal priors on the slope-intercept parameters keep items with perfect or tiny data finite
# (Bayes modal estimation); with a few hundred answers per item their pull is negligible.
_SLOPE_PRIOR = (1.7, 1.5)
_INTERCEPT_PRIOR_SD = 4.0


@dataclass(frozen=True)
class CalibrationResult:
    """Per-item estimates (NaN where not calibrated), their standard errors, counts and fit flags.

    ``flags[i]`` lists ``too_few_responses``, ``low_discrimination`` or ``negative_discrimination``;
    ``population`` is the ability distribution over ``topics`` implied by the data.
    """

    a: FloatArray
    b: FloatArray
    se_a: FloatArray
    se_b: FloatArray
    n: NDArray[np.int_]
    flags: list[list[str]]
    population: Population
    iterations: int
    converged: bool
    provenance: dict[str, object] = field(default_factory=dict)

    @property
    def calibrated(self) -> NDArray[np.bool_]:
        """Items whose parameters were estimated (enough responses)."""
        return ~np.isnan(self.a)


def calibrate_2pl(
    responses: FloatArray,
    min_responses: int = 50,
    D: float = D_SCALE,
    topics: Sequence[str] | None = None,
    max_iterations: int = 500,
    tol: float = 1e-4,
) -> CalibrationResult:
    """Fit the 2PL to ``responses`` (examinees × items, 1/0, NaN = not seen) by MML-EM.

    ``topics`` (one per item) calibrates each topic on its own N(0, 1) scale and estimates their correlation;
    items with fewer than ``min_responses`` answers are left uncalibrated (NaN) and flagged.
    """
    x = np.asarray(responses, dtype=float)
    n_items = x.shape[1]
    names = list(topics) if topics is not None else ["all"] * n_items
    topic_names = tuple(dict.fromkeys(names))
    topic_index = np.array([topic_names.index(t) for t in names], dtype=int)
    counts = np.sum(~np.isnan(x), axis=0).astype(int)
    usable = counts >= min_responses
    a, b = np.full(n_items, np.nan), np.full(n_items, np.nan)
    se_a, se_b = np.full(n_items, np.nan), np.full(n_items, np.nan)
    iterations, converged = 0, True
    for k in range(len(topic_names)):
        cols = np.flatnonzero((topic_index == k) & usable)
        if len(cols) == 0:
            continue
        fit = _em_2pl(x[:, cols], D, max_iterations, tol)
        a[cols], b[cols], se_a[cols], se_b[cols] = fit.a, fit.b, fit.se_a, fit.se_b
        iterations, converged = max(iterations, fit.iterations), converged and fit.converged
    flags = [_flags(a[i], counts[i], min_responses) for i in range(n_items)]
    population = _population(x, a, b, topic_index, topic_names, D)
    provenance = {"method": "2PL MML-EM", "D": D, "min_responses": min_responses, "n_examinees": x.shape[0]}
    return CalibrationResult(a, b, se_a, se_b, counts, flags, population, iterations, converged, provenance)


def _flags(a: float, n: int, min_responses: int) -> list[str]:
    """Fit flags an instructor should look at."""
    if n < min_responses:
        return ["too_few_responses"]
    if a < 0:
        return ["negative_discrimination"]
    return ["low_discrimination"] if a < LOW_DISCRIMINATION else []


def _population(
    x: FloatArray,
    a: FloatArray,
    b: FloatArray,
    topic_index: NDArray[np.int_],
    topics: tuple[str, ...],
    D: float,
) -> Population:
    """Ability distribution estimated from the well-behaved calibrated items only."""
    good = ~np.isnan(a) & (a > 0)
    if not good.any():
        return Population.standard(topics)
    return estimate_population(
        x[:, good], a[good], b[good], np.zeros(int(good.sum())), topic_index[good], topics, D
    )


@dataclass(frozen=True)
class _Fit:
    """EM output for one group of items."""

    a: FloatArray
    b: FloatArray
    se_a: FloatArray
    se_b: FloatArray
    iterations: int
    converged: bool


def _em_2pl(x: FloatArray, D: float, max_iterations: int, tol: float) -> _Fit:
    """Bock–Aitkin EM with N(0, 1) quadrature; M-step by vectorised Newton on slope α = Da and intercept β."""
    seen = ~np.isnan(x)
    right = np.where(seen, np.nan_to_num(x), 0.0)
    wrong = (seen & (right == 0)).astype(float)
    log_prior = -0.5 * _QUADRATURE**2
    alpha, beta = np.full(x.shape[1], D), np.zeros(x.shape[1])
    converged, iteration = False, 0
    while iteration < max_iterations:
        iteration += 1
        weights = _posterior_weights(right, wrong, alpha, beta, log_prior)
        r = right.T @ weights  # expected correct answers at each quadrature point (items × Q)
        n = (right + wrong).T @ weights
        new_alpha, new_beta = _m_step(r, n, alpha, beta)
        change = max(np.max(np.abs(new_alpha - alpha)), np.max(np.abs(new_beta - beta)))
        alpha, beta = new_alpha, new_beta
        if change < tol:
            converged = True
            break
    weights = _posterior_weights(right, wrong, alpha, beta, log_prior)
    se_alpha, se_beta, cov_ab = _standard_errors(right, wrong, weights, alpha, beta)
    a, b = alpha / D, -beta / alpha
    # Delta method from (α, β) to a = α/D and b = -β/α.
    se_a = se_alpha / D
    var_b = (se_beta / alpha) ** 2 + (beta * se_alpha / alpha**2) ** 2 - 2 * beta * cov_ab / alpha**3
    return _Fit(a, b, se_a, np.sqrt(np.maximum(var_b, 0.0)), iteration, converged)


def _posterior_weights(
    right: FloatArray, wrong: FloatArray, alpha: FloatArray, beta: FloatArray, log_prior: FloatArray
) -> FloatArray:
    """Posterior weights of each examinee over the quadrature points (examinees × Q)."""
    z = alpha[:, None] * _QUADRATURE[None, :] + beta[:, None]
    log_p, log_q = -np.logaddexp(0.0, -z), -np.logaddexp(0.0, z)
    return normalise(right @ log_p + wrong @ log_q + log_prior[None, :])


def _m_step(
    r: FloatArray, n: FloatArray, alpha: FloatArray, beta: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """A few Newton steps per item on the expected complete-data log-posterior (logistic regression)."""
    q = _QUADRATURE[None, :]
    for _ in range(5):
        p = 1.0 / (1.0 + np.exp(-(alpha[:, None] * q + beta[:, None])))
        resid, w = r - n * p, n * p * (1 - p)
        g_a = (resid * q).sum(1) - (alpha - _SLOPE_PRIOR[0]) / _SLOPE_PRIOR[1] ** 2
        g_b = resid.sum(1) - beta / _INTERCEPT_PRIOR_SD**2
        h_aa = (w * q**2).sum(1) + 1 / _SLOPE_PRIOR[1] ** 2
        h_bb = w.sum(1) + 1 / _INTERCEPT_PRIOR_SD**2
        h_ab = (w * q).sum(1)
        det = h_aa * h_bb - h_ab**2
        step_a, step_b = (h_bb * g_a - h_ab * g_b) / det, (h_aa * g_b - h_ab * g_a) / det
        # Halving overly long steps keeps Newton stable for items with nearly perfect separation.
        scale = np.minimum(1.0, 1.0 / np.maximum(np.maximum(np.abs(step_a), np.abs(step_b)), 1e-12))
        alpha, beta = alpha + scale * step_a, beta + scale * step_b
    return alpha, beta


def _standard_errors(
    right: FloatArray, wrong: FloatArray, weights: FloatArray, alpha: FloatArray, beta: FloatArray
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Item-wise SEs of (α, β) from the cross-product of per-examinee scores (the XPD approximation)."""
    z = alpha[:, None] * _QUADRATURE[None, :] + beta[:, None]
    p = 1.0 / (1.0 + np.exp(-z))  # items × Q
    seen = right + wrong
    # Score of examinee e for item i: E[x - P(θ)] and E[(x - P(θ))θ] under the examinee's posterior.
    expected_p, expected_pq = weights @ p.T, weights @ (p * _QUADRATURE[None, :]).T
    expected_q = weights @ _QUADRATURE
    s_beta = seen * (right - expected_p)
    s_alpha = seen * (right * expected_q[:, None] - expected_pq)
    i_aa, i_bb, i_ab = (s_alpha**2).sum(0), (s_beta**2).sum(0), (s_alpha * s_beta).sum(0)
    det = np.maximum(i_aa * i_bb - i_ab**2, 1e-12)
    return np.sqrt(i_bb / det), np.sqrt(i_aa / det), -i_ab / det
