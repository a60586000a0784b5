"""Property tests: a polynomial is equivalent to its expansion and to its factorisation."""

from __future__ import annotations

import sympy
from hypothesis import given, settings
from hypothesis import strategies as st

from graders.math.grading import grade_answer

x = sympy.Symbol("x")
roots = st.lists(st.integers(-6, 6), min_size=1, max_size=4)


def typed(expr: sympy.Expr) -> str:
    """How an applicant would type expr (sympy's printer writes ** and *, which we accept)."""
    return sympy.sstr(expr)


@settings(max_examples=40, deadline=None)
@given(roots, st.integers(1, 5))
def test_factorised_polynomial_equals_its_expansion(zeros: list[int], scale: int) -> None:
    factored = scale * sympy.Mul(*[(x - z) for z in zeros], evaluate=False)
    expanded = sympy.expand(factored)
    assert grade_answer("expression", typed(expanded), typed(factored)).correct is True
    assert grade_answer("expression", typed(expanded), typed(factored), {"check": "expanded"}).correct is True


@settings(max_examples=40, deadline=None)
@given(roots, st.integers(-5, 5).filter(lambda c: c != 0))
def test_changed_constant_is_not_equivalent(zeros: list[int], shift: int) -> None:
    polynomial = sympy.expand(sympy.Mul(*[(x - z) for z in zeros]))
    assert grade_answer("expression", typed(polynomial + shift), typed(polynomial)).correct is False
