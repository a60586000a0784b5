"""Comparisons within a question's rtol/atol for answers made of several numbers: matrices and sets.

A confidence interval or a matrix of decimals is right when every number in it is close enough; the shape (or
which ends are open, how many pieces a union has) must still be exactly the expected one.
"""

from __future__ import annotations

from typing import Any

import sympy

from graders.math.numeric import Tolerance, within
from graders.math.values import FiniteSetValue, IntervalValue, MatrixValue, UnionValue


def has_tolerance(tolerance: Tolerance) -> bool:
    """Whether the question gave an rtol or atol (significant figures apply to numeric answers only)."""
    return tolerance.rtol is not None or tolerance.atol is not None


def matrices_within(answer: Any, expected: Any, tolerance: Tolerance) -> bool:
    """Entry by entry within the tolerance (the caller has checked that the shapes match)."""
    if not (isinstance(answer, MatrixValue) and isinstance(expected, MatrixValue)):
        return False
    cells = zip((x for row in answer.rows for x in row), (x for row in expected.rows for x in row), strict=True)
    return all(_numbers_within(a, b, tolerance) for a, b in cells)


def sets_within(answer: Any, expected: Any, tolerance: Tolerance) -> bool:
    """Intervals with the same open/closed ends and close ends; finite sets whose elements pair up closely;
    unions piece by piece, in increasing order."""
    if isinstance(answer, IntervalValue) and isinstance(expected, IntervalValue):
        return (
            (answer.left_open, answer.right_open) == (expected.left_open, expected.right_open)
            and _numbers_within(answer.low, expected.low, tolerance)
            and _numbers_within(answer.high, expected.high, tolerance)
        )
    if isinstance(answer, FiniteSetValue) and isinstance(expected, FiniteSetValue):
        return _covers(answer.items, expected.items, tolerance) and _covers(expected.items, answer.items, tolerance)
    if isinstance(answer, UnionValue) and isinstance(expected, UnionValue) and len(answer.parts) == len(expected.parts):
        pairs = zip(_ordered(answer.parts), _ordered(expected.parts), strict=True)
        return all(sets_within(a, e, tolerance) for a, e in pairs)
    return False


def only_openness_differs(answer: Any, expected: Any, tolerance: Tolerance) -> bool:
    """Two intervals with the right ends (within the tolerance) but an end open where it should be closed."""
    if not (isinstance(answer, IntervalValue) and isinstance(expected, IntervalValue)):
        return False
    same_flags = (answer.left_open, answer.right_open) == (expected.left_open, expected.right_open)
    return not same_flags and sets_within(
        IntervalValue(answer.low, answer.high, expected.left_open, expected.right_open), expected, tolerance
    )


def _covers(items: tuple[Any, ...], others: tuple[Any, ...], tolerance: Tolerance) -> bool:
    return all(any(_numbers_within(item, other, tolerance) for other in others) for item in items)


def _ordered(parts: tuple[Any, ...]) -> list[Any]:
    """Union pieces sorted by where they start, so that `[2,3] U [0,1]` pairs with `[0,1] U [2,3]`."""

    def start(part: Any) -> float:
        ends = [part.low] if isinstance(part, IntervalValue) else list(getattr(part, "items", ()))
        real = [float(e) for e in ends if isinstance(e, sympy.Expr) and e.is_number and e.is_real]
        return min(real, default=float("inf"))

    return sorted(parts, key=start)


def _numbers_within(answer: Any, expected: Any, tolerance: Tolerance) -> bool:
    """Two real numbers within the tolerance; infinite ends must be the same infinity."""
    if not (isinstance(answer, sympy.Expr) and isinstance(expected, sympy.Expr)):
        return False
    if not (answer.is_number and expected.is_number):
        return False
    if answer.is_infinite or expected.is_infinite:
        return bool(answer == expected)
    try:
        return within(sympy.nsimplify(answer), sympy.nsimplify(expected), tolerance)
    except (TypeError, ValueError):
        return False
