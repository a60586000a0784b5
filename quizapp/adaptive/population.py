"""Population (ability distribution) estimated from earlier applicants' answers.

The adaptive engine needs the mean and covariance of the topic abilities: the covariance carries information
from one topic to another. They are estimated by marginal maximum likelihood with the item parameters held
fixed: an EM loop whose E-step is the EP joint posterior of each examinee (see ``joint``) and whose M-step
is the closed-form normal update. Nothing about the correlation is assumed: with no data, topics are
treated as independent standard normals, and that is what the estimate starts from.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from quizapp.adaptive.irt import D_SCALE, FloatArray, probability
from quizapp.adaptive.joint import joint_posterior


@dataclass(frozen=True)
class Population:
    """Normal ability distribution over named topics: ``mean`` (K) and ``cov`` (K×K)."""

    topics: tuple[str, ...]
    mean: FloatArray
    cov: FloatArray
    n_examinees: int = 0

    @property
    def correlation(self) -> FloatArray:
        """Between-topic correlation matrix derived from ``cov``."""
        sd = np.sqrt(np.diag(self.cov))
        return self.cov / np.outer(sd, sd)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form, as stored by ``bank calibrate`` and accepted in ``bank["population"]``."""
        return {
            "topics": list(self.topics),
            "mean": self.mean.tolist(),
            "cov": self.cov.tolist(),
            "n_examinees": self.n_examinees,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Population:
        """Inverse of ``to_dict``."""
        topics = tuple(str(t) for t in data["topics"])  # type: ignore[attr-defined]
        return cls(
            topics=topics,
            mean=np.asarray(data["mean"], dtype=float),
            cov=np.asarray(data["cov"], dtype=float),
            n_examinees=int(data.get("n_examinees", 0)),  # type: ignore[call-overload]
        )

    @classmethod
    def standard(cls, topics: tuple[str, ...]) -> Population:
        """Independent standard normal abilities: the starting point when no answers are known yet."""
        k = len(topics)
        return cls(topics=topics, mean=np.zeros(k), cov=np.eye(k))


def topic_log_likelihoods(
    responses: FloatArray, log_p: FloatArray, log_q: FloatArray, topic_index: NDArray[np.int_], n_topics: int
) -> FloatArray:
    """Per-examinee, per-topic log-likelihood on the grid (examinees × topics × grid); NaN = not seen."""
    seen = ~np.isnan(responses)
    right = np.where(seen, np.nan_to_num(responses), 0.0)
    wrong = seen & (right == 0)
    out = np.zeros((responses.shape[0], n_topics, log_p.shape[1]))
    for k in range(n_topics):
        cols = topic_index == k
        out[:, k, :] = right[:, cols] @ log_p[cols] + wrong[:, cols].astype(float) @ log_q[cols]
    return out


def estimate_population(
    responses: FloatArray,
    a: FloatArray,
    b: FloatArray,
    c: FloatArray,
    topic_index: NDArray[np.int_],
    topics: tuple[str, ...],
    D: float = D_SCALE,
    iterations: int = 50,
    tol: float = 1e-4,
) -> Population:
    """Marginal ML estimate of the ability mean and covariance from a response matrix (NaN = not seen)."""
    responses = np.asarray(responses, dtype=float)
    # Applicants who answered many items of a topic have narrow posteriors, which need a finer grid.
    most_per_topic = max(
        int(np.max(np.sum(~np.isnan(responses[:, topic_index == k]), axis=1))) for k in range(len(topics))
    )
    grid = np.linspace(-6.0, 6.0, 121 if most_per_topic <= 50 else 481)
    answered_any = ~np.all(np.isnan(responses), axis=1)
    responses = responses[answered_any]
    if responses.shape[0] < 2:
        return Population.standard(topics)
    p = probability(grid, a, b, c, D)
    log_lik = topic_log_likelihoods(responses, np.log(p), np.log1p(-p), topic_index, len(topics))
    population = Population.standard(topics)
    sites = None
    for _ in range(iterations):
        # The sites change little between EM iterations: a few warm-started sweeps keep them converged.
        post = joint_posterior(
            log_lik, population.mean, population.cov, grid, sweeps=3, tol=1e-6, start=sites, damping=0.8
        )
        sites = (post.site_tau, post.site_nu)
        mean = post.mean.mean(axis=0)
        centred = post.mean - mean
        cov = post.cov.mean(axis=0) + centred.T @ centred / len(centred)
        # A tiny ridge keeps Σ invertible when two topics are (nearly) perfectly correlated.
        cov = 0.5 * (cov + cov.T) + 1e-6 * np.eye(len(topics))
        shift = np.max(np.abs(cov - population.cov)) + np.max(np.abs(mean - population.mean))
        population = Population(topics=topics, mean=mean, cov=cov, n_examinees=len(responses))
        if shift < tol:
            break
    return population
