"""Numeric answers: tolerances (rtol, atol) and significant figures, computed exactly where possible."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

import sympy

from graders.math.nodes import Binary, Node, Num, Unary, unwrap

_SLACK = sympy.Rational(1, 10**30)


@dataclass(frozen=True)
class Tolerance:
    """How close a number must be: rtol/atol, or significant figures (digits typed and accuracy)."""

    rtol: Fraction | None = None
    atol: Fraction | None = None
    sigfigs: int | None = None
    sigfigs_accuracy: int | None = None  # None: same as sigfigs; 0: count digits only; -1: at least n


def within(answer: sympy.Expr, expected: sympy.Expr, tolerance: Tolerance) -> bool:
    """Whether answer is close enough to expected (exact rational arithmetic when both are rational)."""
    difference = abs(answer - expected)
    limit = sympy.Integer(0)
    if tolerance.atol is not None:
        limit = sympy.Max(limit, _rational(tolerance.atol))
    if tolerance.rtol is not None:
        limit = sympy.Max(limit, _rational(tolerance.rtol) * abs(expected))
    if difference.is_Rational and limit.is_Rational:
        return bool(difference <= limit)
    return bool(difference.evalf(40) <= (limit * (1 + _SLACK)).evalf(40) + sympy.Float(10) ** -35)


def _rational(value: Fraction) -> sympy.Rational:
    return sympy.Rational(value.numerator, value.denominator)


def typed_literal(node: Node) -> str | None:
    """The number as typed in a numeric answer (mantissa and exponent), for counting its figures."""
    node = unwrap(node)
    if isinstance(node, Unary):
        return typed_literal(node.operand)
    if isinstance(node, Num):
        return node.text
    if isinstance(node, Binary) and node.op == "*":
        return typed_literal(node.left)
    return None


def significant_figures(literal: str) -> tuple[int, int]:
    """(fewest, most) significant figures of a typed number; trailing zeros of 1200 are ambiguous."""
    mantissa = re.split("[eE]", literal)[0]
    if "." in mantissa:
        digits = mantissa.replace(".", "").lstrip("0")
        if not digits:
            return (max(1, len(mantissa.split(".")[1])),) * 2
        return len(digits), len(digits)
    digits = mantissa.lstrip("0")
    if not digits:
        return 1, 1
    return len(digits.rstrip("0")), len(digits)


def sigfigs_verdict(literal: str, answer: sympy.Expr, expected: sympy.Expr, tolerance: Tolerance) -> bool:
    """STACK-style significant figures: the digits typed, then the accuracy."""
    wanted = tolerance.sigfigs
    assert wanted is not None
    accuracy = wanted if tolerance.sigfigs_accuracy is None else tolerance.sigfigs_accuracy
    fewest, most = significant_figures(literal)
    if accuracy == -1:
        if most < wanted:
            return False
        return _round_sig(answer, wanted) == _round_sig(expected, wanted)
    if not fewest <= wanted <= most:
        return False
    if accuracy == 0:
        return True
    if expected == 0:
        return bool(answer == 0)
    exponent = int(sympy.floor(sympy.log(abs(expected), 10).evalf(40)))
    half_unit = sympy.Rational(1, 2) * sympy.Integer(10) ** (exponent - accuracy + 1)
    difference = abs(answer - expected)
    close_enough = difference < half_unit if difference.is_Rational else difference.evalf(40) < half_unit
    return bool(close_enough) or _round_sig(expected, accuracy) == answer


def _round_sig(value: sympy.Expr, figures: int) -> sympy.Rational:
    """value rounded half-up to the given number of significant figures."""
    if value == 0:
        return sympy.Integer(0)
    with localcontext() as context:
        context.prec = 60
        exact = Decimal(str(sympy.N(value, 50)))
        quantum = Decimal(1).scaleb(exact.adjusted() - figures + 1)
        rounded = exact.quantize(quantum, rounding=ROUND_HALF_UP)
    fraction = Fraction(rounded)
    return sympy.Rational(fraction.numerator, fraction.denominator)
