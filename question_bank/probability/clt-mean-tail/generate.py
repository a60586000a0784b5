"""A sample-mean tail probability whose standardised value is on the printed table."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

import numpy as np

Z_VALUES = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5)


def phi(z: float) -> float:
    """Standard normal CDF."""
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """Mean, sd and n = r² with threshold μ ± z·σ/√n; the table lists Φ at every z the applicant may need."""
    root = int(rng.choice([5, 6, 8, 10, 12, 15, 20]))
    mu = int(rng.integers(20, 200))
    sigma = int(rng.choice([4, 6, 8, 10, 12, 15, 20, 24, 30]))
    z = float(rng.choice(Z_VALUES))
    upper = bool(rng.integers(2))
    step = Fraction(sigma, root)
    threshold = mu + (z if upper else -z) * step
    tail = 1 - phi(z)
    table = " | ".join(f"{phi(v):.4f}" for v in Z_VALUES)
    return {
        "n": root * root, "root": root, "mu": mu, "sigma": sigma, "z": f"{z:g}",
        "threshold": f"{float(threshold):g}", "op": ">" if upper else "<",
        "side": "above" if upper else "below", "answer": f"{tail:.4f}",
        "wrong_tail": f"{1 - tail:.4f}", "no_sqrt": f"{1 - phi(z / root):.4f}",
        "se": f"{float(step):g}", "header": " | ".join(f"{v:g}" for v in Z_VALUES),
        "dashes": "|".join("---" for _ in Z_VALUES), "table": table,
    }
