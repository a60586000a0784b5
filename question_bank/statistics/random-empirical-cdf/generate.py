"""Draw a small integer sample with ties and a threshold t taken from the sample (so <= and < differ)."""

from __future__ import annotations

from typing import Any


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return the sample, the threshold and the counts used by the answer, the mistakes and the solution."""
    while True:
        n = int(rng.integers(8, 13))
        sample = [int(v) for v in rng.integers(1, 21, size=n)]
        t = sample[int(rng.integers(n))]
        at_most = sum(v <= t for v in sample)
        below = sum(v < t for v in sample)
        # The three candidate answers (<=, <, and 1 - F) must be distinct for the feedback to be unambiguous.
        if len({at_most, below, n - at_most}) == 3 and 0 < at_most < n:
            break
    return {
        "n": n,
        "t": t,
        "sample": ", ".join(str(v) for v in sample),
        "sorted_sample": ", ".join(str(v) for v in sorted(sample)),
        "at_most": at_most,
        "below": below,
        "equal": at_most - below,
    }
