"""Draw a z-interval whose endpoints are exact decimals: sigma/sqrt(n) terminates when n is 4, 16, 25, 64 or 100."""

from __future__ import annotations

from decimal import Decimal
from typing import Any


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return the data summary and the exact endpoints (as decimal text) of the interval and of the mistakes."""
    n = int(rng.choice([4, 16, 25, 64, 100]))
    sigma = int(rng.integers(2, 31))
    mean = Decimal(int(rng.integers(-2000, 8000))) / 100
    se = Decimal(sigma) / Decimal(n).sqrt()
    half = Decimal("1.96") * se
    half_one_sided = Decimal("1.645") * se
    half_no_root = Decimal("1.96") * sigma
    return {
        "n": n, "root_n": int(Decimal(n).sqrt()), "sigma": sigma, "mean": f"{mean:f}",
        "se": f"{se.normalize():f}", "half": f"{half.normalize():f}",
        "lo": f"{(mean - half).normalize():f}", "hi": f"{(mean + half).normalize():f}",
        "lo_z1": f"{(mean - half_one_sided).normalize():f}", "hi_z1": f"{(mean + half_one_sided).normalize():f}",
        "lo_nr": f"{(mean - half_no_root).normalize():f}", "hi_nr": f"{(mean + half_no_root).normalize():f}",
    }
