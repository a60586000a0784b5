"""Draw a symmetric positive definite 2x2 integer matrix A, a vector b and a start x0 with a nonzero gradient."""

from __future__ import annotations

from typing import Any


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return A = [[p, s], [s, r]] (positive definite), b, x0, the gradient g = A x0 - b and the step g.g / g.Ag."""
    while True:
        p, r = int(rng.integers(1, 9)), int(rng.integers(1, 9))
        s = int(rng.integers(-4, 5))
        b1, b2 = int(rng.integers(-5, 6)), int(rng.integers(-5, 6))
        x1, x2 = int(rng.integers(-3, 4)), int(rng.integers(-3, 4))
        g1, g2 = p * x1 + s * x2 - b1, s * x1 + r * x2 - b2
        if p * r - s * s <= 0 or g1 == 0 or g2 == 0 or s == 0:
            continue
        gg = g1 * g1 + g2 * g2
        gag = p * g1 * g1 + 2 * s * g1 * g2 + r * g2 * g2
        # A gradient along an eigenvector gives alpha = 1/lambda (too easy); alpha = 1 would equal its inverse.
        if (p * g1 + s * g2) * g2 == (s * g1 + r * g2) * g1 or gg == gag:
            continue
        return {"p": p, "r": r, "s": s, "b1": b1, "b2": b2, "x1": x1, "x2": x2, "g1": g1, "g2": g2,
                "gg": gg, "gag": gag}
