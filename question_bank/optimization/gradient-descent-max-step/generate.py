"""Draw a symmetric positive definite 2x2 integer matrix with distinct integer eigenvalues."""

from __future__ import annotations

import math
from typing import Any


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return the entries p, s, r of A = [[p, s], [s, r]] and its eigenvalues 0 < lo < hi."""
    while True:
        p = int(rng.integers(1, 16))
        r = int(rng.integers(1, 16))
        s = int(rng.integers(-8, 9))
        discriminant = (p - r) ** 2 + 4 * s * s
        root = math.isqrt(discriminant)
        lo, hi = (p + r - root) // 2, (p + r + root) // 2
        if s != 0 and root * root == discriminant and lo > 0:
            return {"p": p, "r": r, "s": s, "lo": lo, "hi": hi}
