"""A 2×2 matrix A = P D P⁻¹ with integer eigenvalues; P = [[1, k], [s, l]] with l − k s = ±1 and k ≠ 0."""

from __future__ import annotations

from typing import Any

import numpy as np


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """Eigenvector (1, s) for λ1 and (k, l) for λ2; s ≠ 0 so that the sign slip (1, −s) is a different answer."""
    while True:
        s, k = (int(v) for v in rng.integers(-4, 5, size=2))
        det = int(rng.choice([-1, 1]))
        corner = k * s + det  # the (2, 2) entry of P, so that det P = ±1
        first, second = (int(v) for v in rng.choice(np.arange(-5, 6), size=2, replace=False))
        # A = P D P⁻¹ with P⁻¹ = det·[[corner, −k], [−s, 1]] (det = ±1 is its own inverse).
        a11 = det * (first * corner - second * k * s)
        a12 = det * (-first * k + second * k)
        a21 = det * (first * s * corner - second * corner * s)
        a22 = det * (-first * s * k + second * corner)
        if k != 0 and s != 0 and a12 != 0 and a21 != 0 and max(abs(a11), abs(a12), abs(a21), abs(a22)) <= 12:
            break
    return {
        "a11": a11, "a12": a12, "a21": a21, "a22": a22, "l1": first, "l2": second, "s": s, "k": k, "l": corner,
        "r11": a11 - first, "r22": a22 - first,
    }
