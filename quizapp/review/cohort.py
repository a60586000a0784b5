"""Cohort statistics counted by the database: per topic, θ histogram bins, mean and levels; levels per round.

Nothing per report is read into Python: the page costs the same whether the filter matches 30 or 30,000 reports,
apart from the database's own counting.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import case, func, select

from quizapp.extensions import db
from quizapp.models import Report, ReportTopic
from quizapp.review.charts import BIN_WIDTH, LOW, N_BINS
from quizapp.review.services import ReportFilter, report_query


@dataclass
class TopicStats:
    """One topic over the matching reports: θ per histogram bin, their sum, and how many at each level."""

    bins: list[int] = field(default_factory=lambda: [0] * N_BINS)
    theta_sum: float = 0.0
    levels: Counter[str] = field(default_factory=Counter)

    @property
    def n(self) -> int:
        """How many reports measured the topic."""
        return sum(self.bins)

    @property
    def mean(self) -> float:
        """Mean θ of the topic."""
        return self.theta_sum / self.n


@dataclass(frozen=True)
class CohortStats:
    """The matching reports: how many, per topic, and per round (``None``: no round) the levels of all topics."""

    count: int
    topics: dict[str, TopicStats]
    per_round: dict[str | None, Counter[str]]


# The histogram bin of a θ, as SQL: bin i holds LOW + i·width ≤ θ < LOW + (i+1)·width; the end bins are open.
_BIN = case(*[(ReportTopic.theta < LOW + (i + 1) * BIN_WIDTH, i) for i in range(N_BINS - 1)], else_=N_BINS - 1)


def cohort_stats(f: ReportFilter) -> CohortStats:
    """Counts and sums over the topic lines of the reports matching ``f``."""
    ids = report_query(f).with_only_columns(Report.id).order_by(None)
    matching = ReportTopic.report_id.in_(ids)
    topics: dict[str, TopicStats] = defaultdict(TopicStats)
    per_round: dict[str | None, Counter[str]] = defaultdict(Counter)
    # One pass over the lines: a few hundred groups at most (topics × bins × levels × rounds).
    groups = (ReportTopic.topic, _BIN, ReportTopic.level, Report.round_id)
    for topic, bin_index, level, round_id, n, theta_sum in db.session.execute(
            select(*groups, func.count(), func.sum(ReportTopic.theta))
            .join(Report, Report.id == ReportTopic.report_id).where(matching).group_by(*groups)):
        stats = topics[topic]
        stats.bins[bin_index] += n
        stats.theta_sum += theta_sum
        stats.levels[level] += n
        per_round[round_id][level] += n
    count = db.session.scalar(select(func.count(func.distinct(ReportTopic.report_id))).where(matching)) or 0
    return CohortStats(count, dict(topics), dict(per_round))
