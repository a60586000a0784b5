"""Draw a small integer sample whose unbiased sample variance is not 0 or 1 (so the mistakes stay distinct)."""

from __future__ import annotations

from fractions import Fraction
from typing import Any


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return the sample, its mean, the sum of squared deviations and both variance estimates (exact)."""
    while True:
        n = int(rng.integers(5, 9))
        sample = [int(v) for v in rng.integers(0, 16, size=n)]
        mean = Fraction(sum(sample), n)
        ss = sum((Fraction(v) - mean) ** 2 for v in sample)
        unbiased = ss / (n - 1)
        if unbiased not in (0, 1):
            break
    return {
        "n": n,
        "sample": ", ".join(str(v) for v in sample),
        "mean": str(mean),
        "ss": str(ss),
        "s2": str(unbiased),
        "s2_float": float(unbiased),
        "biased": str(ss / n),
        "sd": float(unbiased) ** 0.5,
    }
