"""Draw five points for simple linear regression; slope and intercept are exact fractions."""

from __future__ import annotations

from fractions import Fraction
from typing import Any


def _latex(value: Fraction) -> str:
    """A fraction as LaTeX."""
    if value.denominator == 1:
        return str(value.numerator)
    sign = "-" if value < 0 else ""
    return f"{sign}\\frac{{{abs(value.numerator)}}}{{{value.denominator}}}"


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return the data, the centred sums, the fitted line and the wrong lines used as mistakes."""
    while True:
        n = 5
        xs = [int(v) for v in rng.choice(range(-2, 9), size=n, replace=False)]
        a0, b0 = int(rng.integers(-5, 6)), int(rng.choice([-2, -1, 1, 2, 3]))
        ys = [a0 + b0 * x + int(rng.integers(-2, 3)) for x in xs]
        mx, my = Fraction(sum(xs), n), Fraction(sum(ys), n)
        sxx = sum((x - mx) ** 2 for x in xs)
        syy = sum((y - my) ** 2 for y in ys)
        sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
        if sxy == 0 or sxx == syy or mx == 0:
            continue
        slope = sxy / sxx
        intercept = my - slope * mx
        swapped = sxy / syy
        if slope != swapped and intercept != 0:
            break
    return {
        "xs": " & ".join(map(str, xs)),
        "ys": " & ".join(map(str, ys)),
        "mx": _latex(mx), "my": _latex(my),
        "sxx": _latex(sxx), "sxy": _latex(sxy),
        "slope": str(slope), "intercept": str(intercept),
        "slope_tex": _latex(slope), "intercept_tex": _latex(intercept),
        "swapped": str(swapped), "swapped_intercept": str(my - swapped * mx),
        "plus_intercept": str(my + slope * mx),
    }
