"""Data for the gradient of f(x) = ||Ax − b||² at a point: A is 3×2, b in Z³, x0 in Z²."""

from __future__ import annotations

from typing import Any

import numpy as np
import sympy


def tex(matrix: sympy.Matrix) -> str:
    """A matrix or vector as LaTeX (pmatrix)."""
    return sympy.latex(matrix, mat_str="pmatrix", mat_delim="")


def typed(vector: sympy.Matrix) -> str:
    """A vector as the applicant types it: ``[1, -2]``."""
    return "[" + ", ".join(str(x) for x in vector) + "]"


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """The gradient 2Aᵀ(Ax0 − b) must have two non-zero entries (so the factor-2 and sign slips stay wrong)."""
    while True:
        design = sympy.Matrix(rng.integers(-3, 4, size=(3, 2)).tolist())
        target = sympy.Matrix(rng.integers(-5, 6, size=3).tolist())
        point = sympy.Matrix(rng.integers(-2, 3, size=2).tolist())
        residual = design * point - target
        gradient = 2 * design.T * residual
        if design.rank() == 2 and all(gradient) and any(point):
            break
    return {
        "A": tex(design), "b": tex(target), "x0": tex(point), "Ax0": tex(design * point),
        "r": tex(residual), "Atr": tex(design.T * residual), "At": tex(design.T), "grad": tex(gradient),
        "answer": typed(gradient), "tuple_form": "(" + ", ".join(str(x) for x in gradient) + ")",
        "half": typed(design.T * residual), "negated": typed(-gradient),
        "g0": int(gradient[0]),
        "x1": int(point[0]), "x2": int(point[1]),
    }
