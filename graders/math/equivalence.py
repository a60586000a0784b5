"""Are two answers the same mathematics? Random high-precision points first, symbols as a fallback."""

from __future__ import annotations

from typing import Any

import mpmath
import sympy

from graders.math.limits import MAX_VARIABLES
from graders.math.numeval import (
    Undefined,
    Unsupported,
    close,
    evaluate,
    evaluate_tracking,
    is_real,
    sample_points,
    special_points,
)
from graders.math.values import (
    FiniteSetValue,
    IntervalValue,
    ListValue,
    MatrixValue,
    RelationValue,
    SystemValue,
    UnionValue,
)

EXACT_RTOL = mpmath.mpf(10) ** -28
DECIMAL_RTOL = mpmath.mpf(4) * mpmath.mpf(10) ** -16  # typed decimals agree at machine precision
_INFINITE = (sympy.oo, -sympy.oo, sympy.zoo, sympy.nan)


class Comparer:
    """Compares values; rtol is looser when the applicant or the question typed decimals."""

    def __init__(self, decimals: bool = False, points: int = 12) -> None:
        self.rtol = DECIMAL_RTOL if decimals else EXACT_RTOL
        self.points = points

    def values(self, a: Any, b: Any) -> bool:
        """Whether two values of any form are equivalent (forms must match)."""
        from graders.math.relations import relations_equivalent, systems_equivalent

        if isinstance(a, sympy.Expr) and isinstance(b, sympy.Expr):
            return self.expressions(a, b)
        if _is_real_set(a) and _is_real_set(b) and (_has_interval(a) or _has_interval(b)):
            return _real_sets_equal(a, b)
        if type(a) is not type(b):
            return False
        if isinstance(a, RelationValue):
            return relations_equivalent(a, b, self)
        if isinstance(a, SystemValue):
            return systems_equivalent(a, b, self)
        if isinstance(a, ListValue):
            return len(a.items) == len(b.items) and all(map(self.values, a.items, b.items))
        if isinstance(a, FiniteSetValue):
            return self._covers(a.items, b.items) and self._covers(b.items, a.items)
        if isinstance(a, MatrixValue):
            return a.shape == b.shape and all(map(self.values, _cells(a), _cells(b)))
        return False

    def _covers(self, items: tuple, others: tuple) -> bool:
        return all(any(self.values(item, other) for other in others) for item in items)

    def expressions(self, a: sympy.Expr, b: sympy.Expr) -> bool:
        """Whether a and b are equal as functions of their variables."""
        if a == b:
            return True
        if a.has(*_INFINITE) or b.has(*_INFINITE):
            return False
        verdict = self.numeric_verdict(a, b)
        if verdict is not None:
            return verdict
        return symbolic_zero(a - b)

    def numeric_verdict(self, a: sympy.Expr, b: sympy.Expr) -> bool | None:
        """Compare answer a with expected b at random points; None when too few points could be used."""
        symbols = sorted(a.free_symbols | b.free_symbols, key=str)
        if len(symbols) > MAX_VARIABLES:
            return None
        real_only = not (a.has(sympy.I) or b.has(sympy.I))
        pairs = self.pairs(a, b, symbols)
        if pairs is None:
            return None
        if real_only and any(is_real(vb, s) and not is_real(va, s) for va, vb, s in pairs):
            return False  # the answer must be defined (real) wherever the expected answer is: ln(x) is not ln|x|
        usable = [p for p in pairs if not real_only or (is_real(p[0], p[2]) and is_real(p[1], p[2]))]
        if real_only and len(usable) < 3:  # real values are rare here: look harder
            more = self.pairs(a, b, symbols, count=4 * self.points) or []
            usable = [p for p in more if is_real(p[0], p[2]) and is_real(p[1], p[2])]
        real_paths = self.real_path_pairs(a, b, symbols) if real_only else []
        if len(usable) < 3:
            usable = real_paths if len(real_paths) >= 3 else pairs
        if len(usable) < 3:
            return None
        return all(close(va, vb, scale, self.rtol) for va, vb, scale in usable + real_paths)

    def real_path_pairs(self, a: sympy.Expr, b: sympy.Expr, symbols: list) -> list:
        """Values at special points where every intermediate step stays real (catches (a^b)^c = a^(bc))."""
        found = []
        for point in special_points(symbols, 40, ",".join(map(str, symbols))):
            try:
                va, sa, complex_a = evaluate_tracking(a, point)
                vb, sb, complex_b = evaluate_tracking(b, point)
            except (Undefined, Unsupported):
                continue
            if not (complex_a or complex_b):
                found.append((va, vb, max(sa, sb)))
        return found

    def pairs(self, a: sympy.Expr, b: sympy.Expr, symbols: list, count: int | None = None) -> list | None:
        """(value of a, value of b, scale) at the points where both are defined; None if unsupported."""
        found = []
        seed = ",".join(map(str, symbols))
        for point in sample_points(symbols, count or self.points, seed):
            try:
                va, sa = evaluate(a, point)
                vb, sb = evaluate(b, point)
            except Undefined:
                continue
            except Unsupported:
                return None
            found.append((va, vb, max(sa, sb)))
        return found


def symbolic_zero(difference: sympy.Expr) -> bool:
    """Last resort (runs inside the time-limited worker): does sympy simplify the difference to 0?"""
    try:
        return bool(sympy.simplify(difference) == 0)
    except (TypeError, ValueError, NotImplementedError, RecursionError):
        return False


def _cells(matrix: MatrixValue) -> list:
    return [cell for row in matrix.rows for cell in row]


def _is_real_set(value: Any) -> bool:
    if isinstance(value, IntervalValue | UnionValue):
        return True
    return isinstance(value, FiniteSetValue) and all(
        isinstance(v, sympy.Expr) and v.is_number and v.is_real for v in value.items)


def _has_interval(value: Any) -> bool:
    return isinstance(value, IntervalValue | UnionValue)


def to_sympy_set(value: Any) -> sympy.Set:
    """The sympy set for an interval, a union or a finite set of real numbers."""
    if isinstance(value, IntervalValue):
        return sympy.Interval(value.low, value.high, value.left_open, value.right_open)
    if isinstance(value, UnionValue):
        return sympy.Union(*(to_sympy_set(part) for part in value.parts))
    return sympy.FiniteSet(*value.items)


def _real_sets_equal(a: Any, b: Any) -> bool:
    if not (_is_real_set(a) and _is_real_set(b)):
        return False
    first, second = to_sympy_set(a), to_sympy_set(b)
    if first == second:
        return True
    return bool(sympy.Complement(first, second).is_empty and sympy.Complement(second, first).is_empty)
