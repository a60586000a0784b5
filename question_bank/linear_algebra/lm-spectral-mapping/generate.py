"""Eigenvalues of a 3×3 matrix (given through its characteristic polynomial) and a quadratic p; det p(A) = Π p(λ)."""

from __future__ import annotations

from typing import Any

import numpy as np
import sympy


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """Distinct integer eigenvalues; det p(A), p(det A) and tr p(A) must be three different numbers."""
    lam = sympy.Symbol("lambda")
    while True:
        eigen = sorted(int(v) for v in rng.choice(np.arange(-3, 5), size=3, replace=False))
        beta, gamma = int(rng.integers(-4, 5)), int(rng.integers(-5, 6))
        values = [x * x + beta * x + gamma for x in eigen]
        answer = values[0] * values[1] * values[2]
        det = eigen[0] * eigen[1] * eigen[2]
        slips = {det * det + beta * det + gamma, sum(values)}
        if answer != 0 and beta != 0 and answer not in slips and len(slips) == 2 and abs(answer) <= 5000:
            break
    charpoly = sympy.expand((lam - eigen[0]) * (lam - eigen[1]) * (lam - eigen[2]))
    x = sympy.Symbol("x")
    linear = "" if beta == 0 else f" {'+' if beta > 0 else '-'} {'' if abs(beta) == 1 else abs(beta)}A"
    constant = "" if gamma == 0 else f" {'+' if gamma > 0 else '-'} {'' if abs(gamma) == 1 else abs(gamma)}I"
    return {
        "pA": "A^2" + linear + constant,
        "charpoly": sympy.latex(charpoly), "p": sympy.latex(x**2 + beta * x + gamma),
        "factored": " ".join(f"(\\lambda {'-' if v > 0 else '+'} {abs(v)})" if v else "\\lambda" for v in eigen),
        "eigen": eigen, "values": values, "answer": answer, "det": det,
        "p_of_det": det * det + beta * det + gamma, "trace_p": sum(values),
    }
