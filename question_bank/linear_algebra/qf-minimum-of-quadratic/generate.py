"""f(x, y) = vᵀ A v − 2 (A v*)ᵀ v + k with A symmetric positive definite: minimiser v*, minimum k − v*ᵀ A v*."""

from __future__ import annotations

from typing import Any

import numpy as np


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """Integer A (positive definite, non-diagonal), integer minimiser v* ≠ 0 and constant k."""
    while True:
        a, c = (int(v) for v in rng.integers(1, 7, size=2))
        h = int(rng.integers(-4, 5))
        if h == 0 or a * c - h * h <= 0:
            continue
        x0, y0 = (int(v) for v in rng.integers(-3, 4, size=2))
        if x0 == 0 and y0 == 0:
            continue
        # Gradient of vᵀAv + (d, e)·v is 2Av + (d, e); it vanishes at v* exactly when (d, e) = −2Av*.
        d, e = -2 * (a * x0 + h * y0), -2 * (h * x0 + c * y0)
        k = int(rng.integers(-9, 10))
        quad = a * x0 * x0 + 2 * h * x0 * y0 + c * y0 * y0
        if d != 0 and e != 0:
            break
    return {
        "a": a, "h": h, "c": c, "d": d, "e": e, "k": k, "x0": x0, "y0": y0,
        "minimum": k - quad, "quad": quad, "det": a * c - h * h, "h2": 2 * h,
    }
