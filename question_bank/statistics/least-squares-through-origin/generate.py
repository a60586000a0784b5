"""Draw four points for a line through the origin; the slope sum(xy)/sum(x^2) must differ from the mistakes."""

from __future__ import annotations

from fractions import Fraction
from typing import Any


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return the data table, the sums and the exact slope with the two classic wrong slopes."""
    while True:
        xs = [int(v) for v in rng.choice([-3, -2, -1, 1, 2, 3, 4, 5], size=4, replace=False)]
        beta = int(rng.integers(-3, 4))
        ys = [beta * x + int(rng.integers(-3, 4)) for x in xs]
        sxy = sum(x * y for x, y in zip(xs, ys, strict=True))
        sxx = sum(x * x for x in xs)
        if sxy == 0 or sum(xs) == 0:
            continue
        slope = Fraction(sxy, sxx)
        ratio = Fraction(sum(ys), sum(xs))
        if len({slope, ratio, Fraction(sxx, sxy)}) == 3:
            break
    return {
        "xs": " & ".join(map(str, xs)),
        "ys": " & ".join(map(str, ys)),
        "products": " + ".join(f"({x})({y})" for x, y in zip(xs, ys, strict=True)),
        "squares": " + ".join(f"{x * x}" for x in xs),
        "sxy": sxy,
        "sxx": sxx,
        "slope": str(slope),
        "ratio": str(ratio),
        "inverted": str(Fraction(sxx, sxy)),
    }
