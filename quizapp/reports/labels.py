"""Translatable labels shared by the web page and the PDF (the payload itself stores language-neutral keys)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

LEVEL_LABELS = {"ready": _l("Ready"), "review": _l("Review recommended"), "not_ready": _l("Not yet ready")}
STATUS_LABELS = {"strength": _l("Strength"), "partial": _l("Partial"), "gap": _l("Gap")}
MODE_LABELS = {"assessment": _l("Assessment mode"), "practice": _l("Practice mode")}
# Mistake tags set by the graders themselves; an instructor's own tags (``power_rule``) are shown humanised.
MISTAKE_LABELS = {
    "sign_error": _l("sign error"), "constant_factor": _l("off by a constant factor"),
    "dropped_abs": _l("dropped an absolute value"), "degrees_radians": _l("degrees for radians"),
    "power_of_ten": _l("wrong power of ten"), "reciprocal": _l("inverted ratio"),
    "not_simplified": _l("not simplified"), "missed_option": _l("missed a right option"),
    "wrong_choice": _l("chose a wrong option"), "compile_error": _l("code did not compile"),
    "runtime_error": _l("code stopped with an error"), "timeout": _l("code ran out of time"),
    "memory": _l("code used too much memory"), "output_limit": _l("code printed too much"),
    "failed": _l("hidden tests failed"), "not_run": _l("code could not be run"),
}
ENGLISH_LABELS = {"toeic": _l("TOEIC (≥ 700)"), "toefl_paper": _l("TOEFL paper (≥ 550)"),
                  "toefl_ibt": _l("TOEFL iBT (≥ 80)"), "ielts": _l("IELTS (≥ 6.0)"),
                  "other": _l("Other equivalent certificate")}


def duration(seconds: float) -> str:
    """``1 h 05 min``, ``12 min 30 s`` or ``45 s``: language-neutral units."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    return f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"


def mistake_labels(tags: list[str]) -> str:
    """The mistakes seen on a concept, for a reader: ``sign error, power rule``."""
    return ", ".join(str(MISTAKE_LABELS[t]) if t in MISTAKE_LABELS else t.replace("_", " ") for t in tags)


def template_labels() -> dict[str, object]:
    """What report templates need in their context: every label table and the duration formatter."""
    from quizapp.assess.forms import TOPIC_LABELS

    return {"level_labels": LEVEL_LABELS, "status_labels": STATUS_LABELS, "mode_labels": MODE_LABELS,
            "english_labels": ENGLISH_LABELS, "topic_labels": TOPIC_LABELS, "duration": duration,
            "mistake_labels": mistake_labels}
