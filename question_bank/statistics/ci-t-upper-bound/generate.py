"""Draw a small integer sample; the t-interval's upper end uses a tabulated Student quantile."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

# Two-sided 95% quantiles t_{df, 0.975} of Student's law (standard tables).
T_975 = {4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306, 9: 2.262, 10: 2.228, 11: 2.201}


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return the sample, its summary statistics and the upper endpoint with the tempting wrong ones."""
    while True:
        n = int(rng.integers(5, 13))
        sample = [int(v) for v in rng.integers(10, 41, size=n)]
        mean = Fraction(sum(sample), n)
        ss = sum((Fraction(v) - mean) ** 2 for v in sample)
        s = math.sqrt(ss / (n - 1))
        t = T_975[n - 1]
        upper = float(mean) + t * s / math.sqrt(n)
        wrong = [float(mean) + 1.96 * s / math.sqrt(n),
                 float(mean) + t * math.sqrt(ss / n) / math.sqrt(n),
                 float(mean) + t * s]
        # Mistakes must be clearly apart from the answer (and each other) at the 0.01 tolerance.
        values = [upper, *wrong]
        if s > 1 and min(abs(a - b) for i, a in enumerate(values) for b in values[i + 1:]) > 0.05:
            break
    return {
        "n": n, "df": n - 1, "t": f"{t:.3f}", "sample": ", ".join(map(str, sample)),
        "mean": f"{float(mean):.4f}", "s2": f"{float(ss / (n - 1)):.4f}", "s": f"{s:.4f}",
        "se": f"{s / math.sqrt(n):.4f}", "half": f"{t * s / math.sqrt(n):.4f}",
        "upper": round(upper, 6), "upper2": f"{upper:.2f}",
        "z_upper": round(wrong[0], 6), "biased_upper": round(wrong[1], 6), "no_root_upper": round(wrong[2], 6),
    }
