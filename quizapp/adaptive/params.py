"""Initial item parameters for items that have not been calibrated yet (documented in docs/adaptive.md)."""

from __future__ import annotations

# Difficulty level 1 (very easy) … 5 (very hard) placed on the ability scale, whose population is N(0, 1).
LEVEL_DIFFICULTY = {1: -1.5, 2: -0.75, 3: 0.0, 4: 0.75, 5: 1.5}
# A modest slope: an uncalibrated item should not dominate an estimate until data confirm it discriminates.
DEFAULT_DISCRIMINATION = 0.8
# Guessing: the chance of picking a right option blindly; other types are answered, not picked.
GUESSING = {"single_choice": 0.2, "multiple_choice": 0.1, "true_false": 0.5}


def level_to_params(level: int, qtype: str) -> tuple[float, float, float]:
    """(a, b, c) for an item of instructor difficulty ``level`` (1–5) and question type ``qtype``."""
    if level not in LEVEL_DIFFICULTY:
        raise ValueError(f"difficulty level must be 1..5, not {level!r}")
    return DEFAULT_DISCRIMINATION, LEVEL_DIFFICULTY[level], GUESSING.get(qtype, 0.0)
