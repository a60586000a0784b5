"""Reference engines and ceilings for the benchmark, measured on the same bank and answers as ours.

They show what the issue's reference figures mean on this bank, so that our figures can be read against them:

- the *oracle* picks, for each examinee, the most informative item at the **true** θ; with the stopping rule of
  the references (1/√(1 + Σ information) ≤ target, the catR/catsim standard error) and with ours (posterior SD);
- the *information stop*: our selection, but stopping on 1/√(1 + Σ information at θ̂) as catR does;
- the *expected-loss stop*: our selection, stopping when the next item would remove less than λ of posterior
  variance — the rule that minimises E[length] + E[squared error]/λ, so it traces the shortest mean length
  for a given RMSE; it lets one examinee's SE exceed the target where items are scarce (the extremes);
- the *Bayes lookahead*: the optimal test for the same loss to a horizon of two items (``lookahead``), which shows
  how much the myopic rule leaves;
- the *topic ceiling*: the share of topic measurements whose posterior SD is within the target after every item of
  the topic, the other topics' abilities known exactly (an engine can only beat it by stopping on a lucky dip).

The EAP estimate and posterior SD are always reported: the question each row answers is "how many items, and
how close is the estimate really".
"""

from __future__ import annotations

from typing import Any

import numpy as np

from quizapp.adaptive.irt import (
    THETA_GRID,
    expected_posterior_variance,
    fisher_information,
    grid_moments,
    normalise,
    probability,
)
from quizapp.adaptive.lookahead import lookahead_reference
from quizapp.adaptive.simdata import D_SCALE, SimulatedWorld, one_ability_figures, print_row

# λ of the expected-loss stopping rule: they trace its frontier of length against RMSE around RMSE 0.30.
EXPECTED_LOSS_WEIGHTS = (0.009, 0.010, 0.011, 0.012)
LOOKAHEAD_WEIGHTS = (0.009, 0.010)


def single_reference(
    world: SimulatedWorld, n: int, oracle: bool, stop_on_information: bool = False, loss_weight: float | None = None
) -> dict[str, float]:
    """One-ability test on the whole bank (prior N(0, 1), SE target 0.3, at most 30 items).

    ``oracle`` picks by information at the true θ (else by minimum expected posterior variance, like ours).
    Stopping: the posterior SD ≤ 0.3 by default; ``stop_on_information`` stops on 1/√(1 + Σ information) — at
    the true θ for the oracle, at the EAP otherwise; ``loss_weight`` λ stops when the next item would remove
    less than λ of posterior variance (the expected-loss rule that minimises length + variance/λ, whatever
    the SD of this one examinee).
    """
    a, b, c = world.parameters()
    p_grid = probability(THETA_GRID, a, b, c, D_SCALE)
    log_p, log_q = np.log(p_grid), np.log1p(-p_grid)
    info_grid = fisher_information(THETA_GRID, a, b, c, D_SCALE)
    lengths, errors, ses = [], [], []
    for person in range(n):
        truth = float(world.theta[person, 0])
        info_true = fisher_information(truth, a, b, c, D_SCALE)[:, 0]
        log_post, unseen, used = -0.5 * THETA_GRID**2, np.ones(len(a), dtype=bool), 0.0
        while True:
            weights = normalise(log_post)
            mean, var = grid_moments(weights)
            candidates = np.flatnonzero(unseen)
            if oracle:
                item = candidates[np.argmax(info_true[candidates])]
            else:
                after = expected_posterior_variance(p_grid[candidates], weights)
                item = candidates[np.argmin(after)]
            if stop_on_information:
                at = info_true if oracle else info_grid[:, int(np.abs(THETA_GRID - mean).argmin())]
                used = float(at[~unseen].sum())
            se = 1.0 / np.sqrt(1.0 + used) if stop_on_information else float(np.sqrt(var))
            expected_loss = loss_weight is not None and not oracle
            done = float(var - after.min()) < loss_weight if expected_loss else se <= 0.3
            if done or (~unseen).sum() >= 30:
                break
            unseen[item] = False
            log_post = log_post + (log_p[item] if world.answers[person, item] else log_q[item])
        lengths.append((~unseen).sum())
        errors.append(float(mean) - truth)
        ses.append(se)
    return one_ability_figures(lengths, errors, ses, world.theta[:, 0])


def topic_ceiling(world: SimulatedWorld, se_target: float) -> float:
    """Share of (examinee, topic) measurements whose posterior SD can reach ``se_target`` at best.

    Best case: the examinee answers *every* item of the topic, and the other topics' abilities are known
    exactly, so the prior is the population's conditional normal given them (correlation estimated from the
    true abilities of the examinees, which no engine has).
    """
    a, b, c = world.parameters()
    theta = world.theta
    corr = np.corrcoef(theta, rowvar=False) if theta.shape[1] > 1 else np.ones((1, 1))
    reached = []
    for k in range(theta.shape[1]):
        others = [j for j in range(theta.shape[1]) if j != k]
        weights = np.linalg.solve(corr[np.ix_(others, others)], corr[others, k])
        prior_mean, prior_var = theta[:, others] @ weights, 1.0 - corr[others, k] @ weights
        columns = world.topic_index == k
        p = probability(THETA_GRID, a[columns], b[columns], c[columns], D_SCALE)
        answers = world.answers[:, columns].astype(float)
        log_post = answers @ np.log(p) + (1 - answers) @ np.log1p(-p)
        log_post -= 0.5 * (THETA_GRID[None, :] - prior_mean[:, None]) ** 2 / prior_var
        _, var = grid_moments(normalise(log_post))
        reached.append(np.sqrt(var) <= se_target + 1e-9)
    return float(np.mean(reached))


def print_single_references(world: SimulatedWorld, n: int) -> None:
    """The reference rows for the one-topic scenario."""
    rows: tuple[tuple[str, dict[str, Any]], ...] = (
        ("oracle, information stop (issue's)", {"oracle": True, "stop_on_information": True}),
        ("oracle, posterior-SD stop", {"oracle": True}),
        ("our selection, information stop", {"oracle": False, "stop_on_information": True}),
        *(
            (f"our selection, expected-loss λ={weight}", {"oracle": False, "loss_weight": weight})
            for weight in EXPECTED_LOSS_WEIGHTS
        ),
    )
    for name, options in rows:
        print_row(name, single_reference(world, n, **options))
    # The optimum for the same loss, to a horizon of two items: how much the myopic rule above leaves.
    for weight in LOOKAHEAD_WEIGHTS:
        print_row(f"2-item Bayes lookahead λ={weight}", lookahead_reference(world, n, weight))
