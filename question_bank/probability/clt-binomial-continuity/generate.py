"""A binomial probability approximated with continuity correction, with Φ printed at the values needed."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

# (n, p, sd) with n p (1 - p) = sd² and sd dividing a power of 10, so standardised values are short decimals.
# Small sd keeps the correction visible: a shift of 0.5 moves Φ by about φ(z)/(2 sd) > the tolerance.
SETTINGS = ((100, 0.5, 5), (400, 0.5, 10), (100, 0.2, 4), (625, 0.2, 10), (256, 0.5, 8), (400, 0.2, 8),
            (64, 0.5, 4), (125, 0.2, 4))


def phi(z: float) -> float:
    """Standard normal CDF."""
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """k near the mean; the table lists Φ at |z| with and without the correction (so both are computable)."""
    n, p, sd = SETTINGS[int(rng.integers(len(SETTINGS)))]
    mean = round(n * p)
    while True:
        offset = int(rng.integers(-(3 * sd) // 2, (3 * sd) // 2 + 1))
        if offset not in (0, -1):
            break
    k = mean + offset
    z = (offset + 0.5) / sd
    z_plain = offset / sd
    wanted = sorted({abs(z), abs(z_plain)})
    return {
        "n": n, "p": f"{p:g}", "k": k, "mean": mean, "sd": sd, "var": sd * sd, "z": f"{z:g}",
        "answer": f"{phi(z):.4f}", "no_correction": f"{phi(z_plain):.4f}",
        "wrong_side": f"{phi((offset - 0.5) / sd):.4f}",
        "table_z": " | ".join(f"{v:g}" for v in wanted), "dashes": "|".join("---" for _ in wanted),
        "table_phi": " | ".join(f"{phi(v):.4f}" for v in wanted), "negative": z < 0, "abs_z": f"{abs(z):g}",
    }
