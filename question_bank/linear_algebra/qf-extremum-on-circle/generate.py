"""A symmetric 2×2 matrix [[a, b], [b, c]] with integer eigenvalues, from a Pythagorean triple.

The eigenvalues are ((a + c) ± sqrt((a − c)² + 4b²)) / 2, so (a − c, 2b, λ1 − λ2) is a Pythagorean triple.
"""

from __future__ import annotations

from typing import Any

import numpy as np

# (a − c, 2b, λ1 − λ2): 2b must be even and a + c = λ1 + λ2 must have the parity of a − c.
TRIPLES = ((3, 4, 5), (5, 12, 13), (6, 8, 10), (8, 6, 10), (0, 2, 2), (0, 4, 4))


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """Draw λ2 and a triple (p, q, h) with q even, set λ1 = λ2 + h, a − c = ±p, b = ±q/2; keep entries small."""
    while True:
        p, q, h = TRIPLES[int(rng.integers(len(TRIPLES)))]
        low = int(rng.integers(-6, 5))
        high = low + h
        diff = p * int(rng.choice([-1, 1]))
        b = (q // 2) * int(rng.choice([-1, 1]))
        a, c = (low + high + diff) // 2, (low + high - diff) // 2
        if max(abs(a), abs(c)) <= 12 and a != 0 and c != 0:
            break
    return {"a": a, "b": b, "c": c, "l1": high, "l2": low, "tr": a + c, "det": a * c - b * b}
