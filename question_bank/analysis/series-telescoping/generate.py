"""Draw the shift k and the numerator a of sum a/(n(n+k)); compute the exact sum a*H_k/k."""

from __future__ import annotations

from fractions import Fraction
from typing import Any


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return the exact sum and the partial-fraction pieces used by the prompt and the solution."""
    k = int(params["k"])
    a = int(params["a"])
    harmonic = sum(Fraction(1, j) for j in range(1, k + 1))
    total = Fraction(a, k) * harmonic
    return {
        "harmonic": str(harmonic),
        "harmonic_terms": " + ".join(f"\\frac{{1}}{{{j}}}" if j > 1 else "1" for j in range(1, k + 1)),
        "total": str(total),
        "total_float": float(total),
        "total_latex": f"\\frac{{{total.numerator}}}{{{total.denominator}}}" if total.denominator > 1
        else str(total.numerator),
        "first_term_only": str(Fraction(a, k)),
        "no_prefactor": str(a * harmonic),
    }
