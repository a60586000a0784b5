"""Draw a sample from Uniform[0, theta] with one decimal, for the set of parameters compatible with it."""

from __future__ import annotations

from typing import Any


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return the sample (as text) and its maximum, all in tenths so the answer is exact."""
    n = int(rng.integers(5, 9))
    theta_tenths = int(rng.integers(30, 200))
    tenths = [int(v) for v in rng.integers(1, theta_tenths + 1, size=n)]
    return {
        "n": n,
        "sample": ", ".join(f"{v / 10:.1f}" for v in tenths),
        "max": f"{max(tenths) / 10:.1f}",
        "min": f"{min(tenths) / 10:.1f}",
    }
