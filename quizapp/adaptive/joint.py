"""Joint posterior of several correlated topic abilities by expectation propagation (EP).

Each topic's items depend on that topic's ability only, and the abilities share a multivariate normal
population prior N(μ, Σ). EP replaces each topic's likelihood by a Gaussian "site" chosen so that the
approximate marginal matches the exact one (computed on the θ grid) in mean and variance. The result keeps
the exactness of the grid where it matters (skewed, all-correct patterns) and carries information between
topics through Σ: a correct answer in probability sharpens statistics when the two are correlated.
Everything is vectorised over a batch of examinees so that population estimation can reuse it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from quizapp.adaptive.irt import THETA_GRID, FloatArray, grid_moments, normalise

_MIN_SITE_PRECISION = 1e-8
# Undamped parallel updates converge in about seven sweeps for one applicant; the population EM, which
# warm-starts many applicants with only a few sweeps, damps them to be safe.
_DAMPING = 1.0


@dataclass(frozen=True)
class JointPosterior:
    """Approximate posterior per examinee: means (B×K), covariances (B×K×K), grid marginals (B×K×G).

    ``site_tau``/``site_nu`` (B×K) are the Gaussian sites, to warm-start a later call.
    """

    mean: FloatArray
    cov: FloatArray
    marginals: FloatArray
    site_tau: FloatArray
    site_nu: FloatArray


def joint_posterior(
    log_lik: FloatArray,
    prior_mean: FloatArray,
    prior_cov: FloatArray,
    grid: FloatArray = THETA_GRID,
    sweeps: int = 30,
    tol: float = 1e-7,
    start: tuple[FloatArray, FloatArray] | None = None,
    damping: float = _DAMPING,
) -> JointPosterior:
    """EP posterior for log-likelihoods ``log_lik`` (B×K×G) under the prior N(prior_mean, prior_cov).

    ``start`` holds sites (tau, nu) from an earlier call with a similar prior, which saves most sweeps.
    """
    batch, n_topics, _ = log_lik.shape
    prior_precision = np.linalg.inv(prior_cov)
    prior_shift = prior_precision @ prior_mean
    # Topics with no answers have a flat likelihood: their site stays at zero and is never updated.
    informative = np.ptp(log_lik, axis=-1) > 0
    site_tau = np.zeros((batch, n_topics)) if start is None else start[0]
    site_nu = np.zeros((batch, n_topics)) if start is None else start[1]
    mean, cov = _gaussian_from_sites(prior_precision, prior_shift, site_tau, site_nu)
    for _ in range(sweeps):
        marg_var = np.diagonal(cov, axis1=1, axis2=2)
        cav_tau = np.maximum(1.0 / marg_var - site_tau, _MIN_SITE_PRECISION)
        cav_nu = mean / marg_var - site_nu
        tilted = normalise(log_lik - 0.5 * cav_tau[..., None] * grid**2 + cav_nu[..., None] * grid)
        t_mean, t_var = grid_moments(tilted, grid)
        new_tau = np.maximum(1.0 / t_var - cav_tau, _MIN_SITE_PRECISION)
        new_nu = t_mean / t_var - cav_nu
        new_tau = np.where(informative, new_tau, 0.0)
        new_nu = np.where(informative, new_nu, 0.0)
        change = np.max(np.abs(new_tau - site_tau)) + np.max(np.abs(new_nu - site_nu))
        # Parallel updates of all topics at once can oscillate; damping (< 1) makes them converge reliably.
        site_tau = damping * new_tau + (1 - damping) * site_tau
        site_nu = damping * new_nu + (1 - damping) * site_nu
        mean, cov = _gaussian_from_sites(prior_precision, prior_shift, site_tau, site_nu)
        if change < tol:
            break
    marg_var = np.diagonal(cov, axis1=1, axis2=2)
    cav_tau = np.maximum(1.0 / marg_var - site_tau, _MIN_SITE_PRECISION)
    cav_nu = mean / marg_var - site_nu
    marginals = normalise(log_lik - 0.5 * cav_tau[..., None] * grid**2 + cav_nu[..., None] * grid)
    return JointPosterior(mean=mean, cov=cov, marginals=marginals, site_tau=site_tau, site_nu=site_nu)


def _gaussian_from_sites(
    prior_precision: FloatArray, prior_shift: FloatArray, site_tau: FloatArray, site_nu: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """Mean and covariance of prior × Gaussian sites, for every examinee of the batch."""
    precision = prior_precision[None] + site_tau[:, :, None] * np.eye(site_tau.shape[1])[None]
    cov = np.linalg.inv(precision)
    mean = np.einsum("bij,bj->bi", cov, prior_shift[None] + site_nu)
    return mean, cov
