"""Draw waiting times (whole minutes) whose sum differs from their count, for the exponential-rate MLE."""

from __future__ import annotations

from fractions import Fraction
from typing import Any


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return the sample, its size and sum, and the MLE n/sum (exact)."""
    while True:
        n = int(rng.integers(5, 10))
        sample = [int(v) for v in rng.integers(1, 16, size=n)]
        total = sum(sample)
        if total != n:
            break
    return {
        "n": n,
        "sample": ", ".join(str(v) for v in sample),
        "total": total,
        "mle": str(Fraction(n, total)),
        "mean": str(Fraction(total, n)),
        "mle_float": n / total,
    }
