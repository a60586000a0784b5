"""Draw a linear predictor and five data points; compute its empirical squared and absolute risks exactly."""

from __future__ import annotations

from fractions import Fraction
from typing import Any


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return the predictor, the data table and the exact empirical risks (answer and mistakes)."""
    while True:
        a = int(rng.integers(-5, 6))
        b = int(rng.choice([-3, -2, -1, 1, 2, 3]))
        xs = [int(v) for v in rng.choice(range(-4, 7), size=5, replace=False)]
        ys = [a + b * x + int(rng.integers(-4, 5)) for x in xs]
        residuals = [y - (a + b * x) for x, y in zip(xs, ys, strict=True)]
        squared = [r * r for r in residuals]
        risk = Fraction(sum(squared), 5)
        absolute = Fraction(sum(abs(r) for r in residuals), 5)
        # The mistakes (no 1/n, absolute loss, mean residual squared) must differ from the answer.
        if len({risk, Fraction(sum(squared)), absolute, Fraction(sum(residuals), 5) ** 2}) == 4:
            break
    return {
        "a": a,
        "b": b,
        "xs": " & ".join(str(x) for x in xs),
        "ys": " & ".join(str(y) for y in ys),
        "preds": " & ".join(str(a + b * x) for x in xs),
        "res": " & ".join(str(r) for r in residuals),
        "sq": " + ".join(str(s) for s in squared),
        "sum_sq": sum(squared),
        "risk": str(risk),
        "absolute": str(absolute),
        "mean_res_sq": str(Fraction(sum(residuals), 5) ** 2),
    }
