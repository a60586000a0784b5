"""A map of R^2 given by its standard matrix A, and a basis with unimodular matrix P: answer P⁻¹ A P."""

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
    """P = [[p, q], [r, s]] with ps − qr = ±1; A random; the wrong conjugation and A itself must differ."""
    while True:
        p, q, r = (int(v) for v in rng.integers(-3, 4, size=3))
        sign = int(rng.choice([-1, 1]))
        if p == 0 or (sign + q * r) % p:
            continue
        s = (sign + q * r) // p
        basis = sympy.Matrix([[p, q], [r, s]])
        standard = sympy.Matrix(rng.integers(-4, 5, size=(2, 2)).tolist())
        inverse = basis.inv()
        answer = inverse * standard * basis
        reversed_conjugation = basis * standard * inverse
        if (basis != sympy.eye(2) and abs(s) <= 4 and len({tuple(answer), tuple(reversed_conjugation),
                                                            tuple(standard), tuple(answer.T)}) == 4
                and max(abs(x) for x in answer) <= 20):
            break
    images = standard * basis
    return {
        "A": tex(standard), "b1": tex(basis[:, 0]), "b2": tex(basis[:, 1]), "P": tex(basis),
        "Pinv": tex(inverse), "det": sign, "Tb1": tex(images[:, 0]), "Tb2": tex(images[:, 1]),
        "c1": tex(answer[:, 0]), "c2": tex(answer[:, 1]), "result": tex(answer),
        "answer": typed(answer), "reversed": typed(reversed_conjugation), "transposed": typed(answer.T),
        "spaced": typed(answer).replace(" ", ""), "A_typed": typed(standard),
    }
