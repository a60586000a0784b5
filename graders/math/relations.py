"""Equivalence of equations, inequalities and systems of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import mpmath
import sympy

from graders.math.numeval import close, is_real
from graders.math.values import RelationValue, SystemValue

if TYPE_CHECKING:
    from graders.math.equivalence import Comparer

_FLIP = {">": "<", ">=": "<="}
_INEQUALITY_POINTS = 40
_MAX_GROEBNER_DEGREE = 12


def normal_form(relation: RelationValue) -> tuple[str, sympy.Expr, sympy.Expr]:
    """(op, lhs, rhs) with > and >= turned round, so a > b and b < a read the same."""
    (op,), (lhs, rhs) = relation.ops, relation.sides
    if op in _FLIP:
        return _FLIP[op], rhs, lhs
    return op, lhs, rhs


def relations_equivalent(a: RelationValue, b: RelationValue, comparer: Comparer) -> bool:
    """Same solution set, judged the way a teacher would: scaled or rearranged forms are equivalent."""
    if len(a.ops) != 1 or len(b.ops) != 1:
        return systems_equivalent(SystemValue((a,)), SystemValue((b,)), comparer)
    op_a, left_a, right_a = normal_form(a)
    op_b, left_b, right_b = normal_form(b)
    if op_a != op_b:
        return False
    if any(side.has(sympy.oo, -sympy.oo) for side in (left_a, right_a, left_b, right_b)):
        return (left_a, right_a) == (left_b, right_b)
    f, g = _difference(left_a, right_a, op_a), _difference(left_b, right_b, op_b)
    if op_a in ("=", "!="):
        return equations_equivalent(f, g, comparer)
    f, g = _same_variable(f, g)
    return _same_sign(f, g, comparer)


def _difference(left: sympy.Expr, right: sympy.Expr, op: str) -> sympy.Expr:
    if op in ("=", "!=") and isinstance(left, sympy.Abs) and isinstance(right, sympy.Abs):
        return left.args[0] ** 2 - right.args[0] ** 2  # |a| = |b| exactly when a^2 = b^2 (real a, b)
    return left - right


def equations_equivalent(f: sympy.Expr, g: sympy.Expr, comparer: Comparer) -> bool:
    """f = 0 and g = 0 are equivalent when f/g is a non-zero constant (also after clearing denominators)."""
    zero = sympy.Integer(0)
    f_zero, g_zero = comparer.expressions(f, zero), comparer.expressions(g, zero)
    if f_zero or g_zero:
        return f_zero and g_zero
    if not f.free_symbols and not g.free_symbols:
        return True  # two false statements such as 2 = 3: both have no solutions
    if _constant_ratio(f, g, comparer):
        return True
    f_top, g_top = sympy.fraction(sympy.together(f))[0], sympy.fraction(sympy.together(g))[0]
    return (f_top, g_top) != (f, g) and _constant_ratio(f_top, g_top, comparer)


def _constant_ratio(f: sympy.Expr, g: sympy.Expr, comparer: Comparer) -> bool:
    symbols = sorted(f.free_symbols | g.free_symbols, key=str)
    pairs = comparer.pairs(f, g, symbols)
    if not pairs:
        return False
    ratios = [(vf / vg, scale / abs(vg)) for vf, vg, scale in pairs if vg != 0 and vf != 0]
    if len(ratios) < 3 or len(ratios) < len(pairs) - 2:
        return False
    first = ratios[0][0]
    return all(close(r, first, mpmath.mpf(s) if s > 1 else mpmath.mpf(1), comparer.rtol) for r, s in ratios)


def _same_variable(f: sympy.Expr, g: sympy.Expr) -> tuple[sympy.Expr, sympy.Expr]:
    """x > 1 and a > 1 describe the same set of numbers: rename the one variable of g to f's."""
    if len(f.free_symbols) == 1 and len(g.free_symbols) == 1 and f.free_symbols != g.free_symbols:
        (old,), (new,) = g.free_symbols, f.free_symbols
        return f, g.subs(old, new)
    return f, g


def _same_sign(f: sympy.Expr, g: sympy.Expr, comparer: Comparer) -> bool:
    """f < 0 and g < 0 are equivalent when f and g have the same sign at every point."""
    symbols = sorted(f.free_symbols | g.free_symbols, key=str)
    if not symbols:
        return comparer.expressions(f, g) or _constant_sign(f) == _constant_sign(g)
    pairs = comparer.pairs(f, g, symbols, count=_INEQUALITY_POINTS) or []
    real_pairs = [(sympy.sign(float(mpmath.re(vf))), sympy.sign(float(mpmath.re(vg))))
                  for vf, vg, scale in pairs if is_real(vf, scale) and is_real(vg, scale)]
    if len(real_pairs) < 3:
        return comparer.expressions(f, g)
    return all(sf == sg for sf, sg in real_pairs)


def _constant_sign(value: sympy.Expr) -> int:
    return int(sympy.sign(value.evalf(30)))


def systems_equivalent(a: SystemValue, b: SystemValue, comparer: Comparer) -> bool:
    """Systems: the same polynomial ideal when every equation is polynomial, else matching relations."""
    first, second = _single_relations(a), _single_relations(b)
    if len(first) == 1 and len(second) == 1:
        return relations_equivalent(first[0], second[0], comparer)
    ideal_verdict = _same_ideal(first, second)
    if ideal_verdict is not None:
        return ideal_verdict
    return all(any(relations_equivalent(r, s, comparer) for s in second) for r in first) and all(
        any(relations_equivalent(s, r, comparer) for r in first) for s in second)


def _single_relations(system: SystemValue) -> list[RelationValue]:
    out = []
    for relation in system.relations:
        out.extend(RelationValue((op,), relation.sides[k : k + 2]) for k, op in enumerate(relation.ops))
    return out


def _same_ideal(first: list[RelationValue], second: list[RelationValue]) -> bool | None:
    """Compare reduced Groebner bases; None when the systems are not small polynomial equations."""
    if any(r.ops[0] != "=" for r in first + second):
        return None
    polys = [[sympy.fraction(sympy.together(r.sides[0] - r.sides[1]))[0] for r in rel] for rel in (first, second)]
    symbols = sorted(set().union(*(p.free_symbols for p in polys[0] + polys[1])), key=str)
    if not symbols:
        return None
    try:
        checked = [[sympy.Poly(p, *symbols) for p in group] for group in polys]
        if any(p.total_degree() > _MAX_GROEBNER_DEGREE for group in checked for p in group):
            return None
        if any(not p.domain.is_QQ and not p.domain.is_ZZ for group in checked for p in group):
            return None
        bases = [sympy.groebner([p for p in group if not p.is_zero] or [0], *symbols, order="grevlex")
                 for group in checked]
    except (sympy.PolynomialError, sympy.polys.polyerrors.GeneratorsNeeded, ValueError):
        return None
    return set(bases[0].exprs) == set(bases[1].exprs)
