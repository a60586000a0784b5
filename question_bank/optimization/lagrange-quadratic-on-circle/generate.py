"""Draw a symmetric 2x2 integer matrix with distinct integer eigenvalues and a nonzero off-diagonal entry."""

from __future__ import annotations

import math
from typing import Any


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return p, s, r (the form p x^2 + 2 s x y + r y^2) and its eigenvalues lo < hi, with a unit eigenvector."""
    while True:
        p = int(rng.integers(-6, 10))
        r = int(rng.integers(-6, 10))
        s = int(rng.integers(-6, 7))
        discriminant = (p - r) ** 2 + 4 * s * s
        root = math.isqrt(discriminant)
        if s != 0 and p != 0 and r != 0 and root * root == discriminant and (p + r + root) % 2 == 0:
            break
    lo, hi = (p + r - root) // 2, (p + r + root) // 2
    # An eigenvector for lo: (s, lo - p), reduced to integers without a common factor.
    vx, vy = s, lo - p
    g = math.gcd(vx, vy)
    vx, vy = vx // g, vy // g
    return {"p": p, "r": r, "s": s, "lo": lo, "hi": hi, "vx": vx, "vy": vy, "vnorm2": vx * vx + vy * vy}
