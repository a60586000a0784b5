"""The self-declared application checklist: English thresholds and the snapshot that goes into a report."""

from __future__ import annotations

from typing import Any

from quizapp.models import Checklist
from quizapp.reports.rounds import find_round

# Minimum scores the programme accepts. "other" is an equivalent certificate that staff check by hand.
ENGLISH_THRESHOLDS: dict[str, float] = {"toeic": 700, "toefl_paper": 550, "toefl_ibt": 80, "ielts": 6.0}
ENGLISH_TESTS = ("toeic", "toefl_paper", "toefl_ibt", "ielts", "other")


def english_meets_threshold(test: str | None, score: str | None) -> bool | None:
    """True/False against the threshold; ``None`` when it cannot be decided (no test, or "other")."""
    if not test or test not in ENGLISH_THRESHOLDS or not score:
        return None
    try:
        return float(score.replace(",", ".")) >= ENGLISH_THRESHOLDS[test]
    except ValueError:
        return False


def checklist_snapshot(checklist: Checklist | None) -> dict[str, Any]:
    """What the report states about the checklist (signed with it); the attestation appears by its hash only."""
    if checklist is None:
        return {"degree": None, "english_test": None, "english_score": None, "english_ok": None,
                "mooc_done": False, "mooc_attestation": None, "round": None}
    chosen = find_round(checklist.round_id)
    return {
        "degree": checklist.degree or None,
        "english_test": checklist.english_test or None,
        "english_score": checklist.english_score or None,
        "english_ok": english_meets_threshold(checklist.english_test, checklist.english_score),
        "mooc_done": bool(checklist.mooc_done),
        "mooc_attestation": ({"type": checklist.attestation_type, "sha256": checklist.attestation_sha256}
                             if checklist.attestation_file else None),
        "round": ({"id": chosen.id, "name": chosen.name, "deadline": chosen.deadline.isoformat()}
                  if chosen else None),
    }
