"""Readiness levels from an ability estimate and the staff's cut scores.

θ is on the calibration population's scale (mean 0, SD 1). The default cuts read: *Ready* when θ ≥ 0, i.e. at
least as able as the median admitted student of the calibration cohort; *Review recommended* when θ ≥ −1 (within
one SD below: a few weeks of revision should close the gap); *Not yet ready* below that.
"""

from __future__ import annotations

from typing import Any

from quizapp.bank.schema import TOPICS
from quizapp.models import get_setting, set_setting

CUTS_SETTING = "report_cut_scores"
DEFAULT_CUTS = {"ready": 0.0, "review": -1.0}
LEVELS = ("ready", "review", "not_ready")
Z95 = 1.96


def cut_scores() -> dict[str, dict[str, float]]:
    """Cut scores per topic: the stored staff setting, defaults for topics it does not mention."""
    stored: dict[str, Any] = get_setting(CUTS_SETTING, {}) or {}
    return {topic: {**DEFAULT_CUTS, **{k: float(v) for k, v in (stored.get(topic) or {}).items()}}
            for topic in TOPICS}


def save_cut_scores(cuts: dict[str, dict[str, float]]) -> None:
    """Store the staff's cut scores (the caller commits). Raises ValueError when review > ready."""
    for topic, cut in cuts.items():
        if cut["review"] > cut["ready"]:
            raise ValueError(topic)
    set_setting(CUTS_SETTING, {t: {"ready": float(c["ready"]), "review": float(c["review"])} for t, c in cuts.items()})


def level_for(theta: float, cut: dict[str, float]) -> str:
    """``ready``, ``review`` or ``not_ready`` for ``theta`` under one topic's cut scores."""
    if theta >= cut["ready"]:
        return "ready"
    if theta >= cut["review"]:
        return "review"
    return "not_ready"


# A topic may be provisional above this multiple of the quiz's SE target (see is_provisional). Not at the target
# itself: with uncalibrated items a topic measured to its item cap ends a little above it (SE ≈ 0.42–0.48 for a
# 0.4 target after 12 items), and that is a full measurement; a topic left after a few items (SE ≥ 0.6) is not.
PROVISIONAL_FACTOR = 1.25


def provisional_threshold(se_target: float) -> float:
    """The SE above which a topic's level is provisional."""
    return round(PROVISIONAL_FACTOR * se_target, 3)


def is_provisional(theta: float, se: float, se_target: float, cut: dict[str, float]) -> bool:
    """True when a topic's level is not firm: it was measured clearly less precisely than the quiz aims for
    (usually stopped early) *and* its 95 % band reaches into another level.

    A band wholly inside one level makes the level firm however wide the band is: an applicant who answered
    three items far above the bank's hardest is *Ready* whatever θ exactly is.
    """
    if round(se, 3) <= provisional_threshold(se_target):
        return False
    low, high = band(theta, se)
    return level_for(low, cut) != level_for(high, cut)


def band(theta: float, se: float) -> tuple[float, float]:
    """The 95 % band θ ± 1.96·SE."""
    return theta - Z95 * se, theta + Z95 * se
