"""Four vectors of R^4 spanning a subspace of drawn dimension 1–3 (built as a product of two thin matrices)."""

from __future__ import annotations

from typing import Any

import numpy as np
import sympy


def tex(matrix: sympy.Matrix) -> str:
    """A matrix as LaTeX (pmatrix)."""
    return sympy.latex(matrix, mat_str="pmatrix", mat_delim="")


def generate(rng: np.random.Generator, params: dict[str, Any]) -> dict[str, Any]:
    """Draw M = B C with B 4×r and C r×4, so rank M = r; the columns of M are the vectors."""
    while True:
        rank = int(rng.integers(1, 4))
        left = sympy.Matrix(rng.integers(-2, 3, size=(4, rank)).tolist())
        right = sympy.Matrix(rng.integers(-2, 3, size=(rank, 4)).tolist())
        vectors = left * right
        # Small entries keep the row reduction doable by hand; no zero vector, no two equal vectors.
        columns = [tuple(vectors[:, j]) for j in range(4)]
        if (vectors.rank() == rank and max(abs(x) for x in vectors) <= 9
                and all(any(c) for c in columns) and len(set(columns)) == 4):
            break
    reduced, pivots = vectors.rref()
    free = [j for j in range(4) if j not in pivots]
    # Express the first non-pivot column through the pivot columns: its RREF column holds the coefficients.
    j = free[0]
    terms = []
    for i in range(len(pivots)):
        coefficient = reduced[i, j]
        if coefficient != 0:
            size = "" if abs(coefficient) == 1 else sympy.latex(abs(coefficient)) + "\\,"
            terms.append(f"{'+' if coefficient > 0 else '-'} {size}v_{{{pivots[i] + 1}}}")
    relation = " ".join(terms).removeprefix("+ ")
    return {
        **{f"v{k + 1}": tex(vectors[:, k]) for k in range(4)},
        "matrix": tex(vectors),
        "rref": tex(reduced),
        "rank": rank,
        "pivots": ", ".join(f"v_{p + 1}" for p in pivots),
        "free_vector": f"v_{j + 1}",
        "relation": relation or "0",
    }
