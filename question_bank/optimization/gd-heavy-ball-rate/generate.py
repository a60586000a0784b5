"""Heavy-ball momentum on f(x, y) = (mu x^2 + L y^2)/2: step 1/N, momentum beta = s^2, exact convergence factor.

For a coordinate with curvature lam the iteration is u_{k+1} = t u_k - beta u_{k-1} with t = 1 + beta - eta lam.
Its characteristic roots have product beta: complex (modulus s = sqrt(beta)) when t^2 < 4 beta, real otherwise.
Variants are drawn so that every number is rational: about half have both coordinates in the complex regime
(factor s); in the others the slow or the fast coordinate has real roots (factor = its larger root modulus > s).
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

ROOTS = [Fraction(1, 2), Fraction(1, 3), Fraction(2, 3), Fraction(1, 4), Fraction(3, 4), Fraction(1, 5),
         Fraction(2, 5), Fraction(3, 5), Fraction(4, 5)]


def tex(value: Fraction) -> str:
    """A rational as LaTeX: ``\\frac{3}{4}``, ``-\\frac{1}{6}`` or ``2``."""
    if value.denominator == 1:
        return str(value.numerator)
    sign = "-" if value < 0 else ""
    return f"{sign}\\frac{{{abs(value.numerator)}}}{{{value.denominator}}}"


def rational_sqrt(value: Fraction) -> Fraction | None:
    """The exact square root of a non-negative rational, or None when it is irrational."""
    num, den = math.isqrt(value.numerator), math.isqrt(value.denominator)
    return Fraction(num, den) if num * num == value.numerator and den * den == value.denominator else None


def mode(beta: Fraction, s: Fraction, eta_lam: Fraction) -> dict[str, Any] | None:
    """One coordinate: t, discriminant, regime and spectral radius; None when the roots are irrational or D = 0."""
    t = 1 + beta - eta_lam
    disc = t * t - 4 * beta
    if disc == 0:
        return None
    if disc < 0:
        return {"t": t, "disc": disc, "real": False, "radius": s}
    root = rational_sqrt(disc)
    if root is None:
        return None
    return {"t": t, "disc": disc, "real": True, "root": root, "radius": (abs(t) + root) / 2,
            "z1": (t + root) / 2, "z2": (t - root) / 2}


def describe(name: str, lam: int, eta_lam: Fraction, m: dict[str, Any]) -> dict[str, str]:
    """The solution's lines for one coordinate, as LaTeX strings."""
    out = {f"{name}_lam": str(lam), f"{name}_el": tex(eta_lam), f"{name}_t": tex(m["t"]),
           f"{name}_d": tex(m["disc"]), f"{name}_r": tex(m["radius"])}
    if m["real"]:
        out[f"{name}_how"] = (f"D > 0\\text{{: real roots }} z = \\frac{{{tex(m['t'])} \\pm {tex(m['root'])}}}{{2}}"
                              f" \\in \\left\\{{{tex(m['z1'])},\\ {tex(m['z2'])}\\right\\}}"
                              f"\\text{{, largest modulus }} {tex(m['radius'])}")
    else:
        out[f"{name}_how"] = ("D < 0\\text{: complex conjugate roots with } |z|^2 = z\\bar z = \\beta"
                              f"\\text{{, so }} |z| = \\sqrt\\beta = {tex(m['radius'])}")
    return out


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Draw s, N, mu < L until both coordinates are rational and stable, in the regime picked for the variant."""
    # Half the variants in the complex regime; the others with real roots for the slow or for the fast coordinate.
    regime = ["complex", "complex", "slow", "fast"][int(rng.integers(4))]
    want_real = regime != "complex"
    while True:
        s = ROOTS[int(rng.integers(len(ROOTS)))]
        beta = s * s
        n = int(rng.integers(2, 21))
        mu = int(rng.integers(1, 21))
        big = int(rng.integers(2 * mu, 41))  # condition number at least 2
        eta = Fraction(1, n)
        slow, fast = mode(beta, s, eta * mu), mode(beta, s, eta * big)
        if slow is None or fast is None or (slow["real"], fast["real"]) != (regime == "slow", regime == "fast"):
            continue
        rho = max(slow["radius"], fast["radius"])
        if rho >= 1:
            continue
        gd = max(abs(1 - eta * mu), abs(1 - eta * big))
        kappa_root = math.sqrt(big / mu)
        tuned = (kappa_root - 1) / (kappa_root + 1)
        # Likely slip: sqrt(beta) for a real-root coordinate, or the real part t/2 of complex roots.
        alt = s if want_real else max(abs(slow["t"]), abs(fast["t"])) / 2
        values = [float(rho), float(beta), float(gd), tuned, float(alt)]
        if min(abs(a - b) for i, a in enumerate(values) for b in values[i + 1:]) < 1e-6:
            continue
        out: dict[str, Any] = {
            "mu": mu, "L": big, "n": n, "real_case": want_real, "regime": regime,
            "s_low": tex((1 - s) ** 2), "s_high": tex((1 + s) ** 2),
            "s": str(s), "s_tex": tex(s), "beta": str(beta), "beta_tex": tex(beta),
            "rho": str(rho), "rho_tex": tex(rho), "gd": str(gd), "gd_tex": tex(gd),
            "alt": str(alt), "alt_tex": tex(alt),
            "gd_diverges": gd >= 1, "rho_scaled": f"{3 * rho.numerator}/{3 * rho.denominator}",
            "rho_decimal": repr(float(rho)),
        }
        out.update(describe("a", mu, eta * mu, slow))
        out.update(describe("b", big, eta * big, fast))
        return out
