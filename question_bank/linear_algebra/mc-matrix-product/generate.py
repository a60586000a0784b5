"""A 2×3 matrix A and a 3×2 matrix B with small integer entries, for the product AB."""

from __future__ import annotations

from typing import Any

import numpy as np
import sympy


def tex(matrix: sympy.Matrix) -> str:
    """A matrix as LaTeX (pmatrix)."""
    return sympy.latex(matrix, mat_str="pmatrix", mat_delim="")


def typed(matrix: sympy.Matrix) -> str:
    """A matrix as the applicant types it: ``[[1, 2], [3, 4]]``."""
    return "[" + ", ".join("[" + ", ".join(str(x) for x in matrix.row(i)) + "]" for i in range(matrix.rows)) + "]"


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """Entries in [-4, 4]; A of rank 2 and AB not symmetric, so that its transpose is a wrong answer."""
    while True:
        left = sympy.Matrix(rng.integers(-4, 5, size=(2, 3)).tolist())
        right = sympy.Matrix(rng.integers(-4, 5, size=(3, 2)).tolist())
        product = left * right
        if left.rank() == 2 and product != product.T:
            break
    entry = [[" + ".join(f"({left[i, k]})({right[k, j]})" for k in range(3)) for j in range(2)] for i in range(2)]
    return {
        "A": tex(left), "B": tex(right), "AB": tex(product), "answer": typed(product),
        "BA": typed(right * left), "transposed": typed(product.T),
        "e11": entry[0][0], "e12": entry[0][1], "e21": entry[1][0], "e22": entry[1][1],
        "p11": int(product[0, 0]),
    }
