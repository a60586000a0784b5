"""Draw a sample of Uniform[theta, theta+1] in hundredths; the MLE set is [max - 1, min]."""

from __future__ import annotations

from typing import Any


def _text(hundredths: int) -> str:
    """Exact decimal text of a value held in hundredths."""
    sign = "-" if hundredths < 0 else ""
    whole, cents = divmod(abs(hundredths), 100)
    return f"{sign}{whole}.{cents:02d}"


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return the sample and the endpoints max - 1 and min, as exact decimal text."""
    n = int(rng.integers(4, 8))
    theta = int(rng.integers(-300, 900))
    values = [theta + int(v) for v in rng.choice(100, size=n, replace=False)]
    return {
        "n": n,
        "sample": ", ".join(_text(v) for v in values),
        "min": _text(min(values)),
        "max": _text(max(values)),
        "lo": _text(max(values) - 100),
        "min_plus_one": _text(min(values) + 100),
    }
