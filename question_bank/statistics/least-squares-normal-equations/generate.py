"""Draw a 4x2 design of full rank and a response; solve the normal equations exactly."""

from __future__ import annotations

from fractions import Fraction
from typing import Any


def _matrix_text(rows: list[list[Any]]) -> str:
    """Matrix in the answer syntax [[a,b],[c,d]]."""
    return "[" + ",".join("[" + ",".join(str(v) for v in row) + "]" for row in rows) + "]"


def _latex(value: Fraction) -> str:
    """A fraction as LaTeX."""
    if value.denominator == 1:
        return str(value.numerator)
    sign = "-" if value < 0 else ""
    return f"{sign}\\frac{{{abs(value.numerator)}}}{{{value.denominator}}}"


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return X, y, X^T X, X^T y and the least-squares coefficients (exact)."""
    while True:
        X = [[int(v) for v in rng.integers(-2, 4, size=2)] for _ in range(4)]
        y = [int(v) for v in rng.integers(-5, 6, size=4)]
        g = [[sum(X[k][i] * X[k][j] for k in range(4)) for j in range(2)] for i in range(2)]
        h = [sum(X[k][i] * y[k] for k in range(4)) for i in range(2)]
        det = g[0][0] * g[1][1] - g[0][1] * g[1][0]
        if det == 0 or h == [0, 0]:
            continue
        b1 = Fraction(g[1][1] * h[0] - g[0][1] * h[1], det)
        b2 = Fraction(g[0][0] * h[1] - g[1][0] * h[0], det)
        if b1 != b2 and [b1, b2] != h and b1 != 0 and b2 != 0:
            break
    return {
        "X_tex": r" \\ ".join(" & ".join(map(str, row)) for row in X),
        "y_tex": r" \\ ".join(map(str, y)),
        "g_tex": r" \\ ".join(" & ".join(map(str, row)) for row in g),
        "h_tex": r" \\ ".join(map(str, h)),
        "det": det,
        "beta": _matrix_text([[b1], [b2]]),
        "beta_row": _matrix_text([[b1, b2]]),
        "beta_tex": rf"{_latex(b1)} \\ {_latex(b2)}",
        "xty": _matrix_text([[h[0]], [h[1]]]),
        "adj_tex": rf"{g[1][1]} & {-g[0][1]} \\ {-g[1][0]} & {g[0][0]}",
    }
