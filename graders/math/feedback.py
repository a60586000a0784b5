"""Name common slips in a wrong expression answer (cheap checks only; tags go with the response)."""

from __future__ import annotations

import sympy

from graders.math.equivalence import Comparer
from graders.math.wording import N_

_TRIG = (sympy.sin, sympy.cos, sympy.tan, sympy.cot, sympy.sec, sympy.csc)
MESSAGES = {
    "sign_error": N_("Check the sign: your answer is the negative of a correct one."),
    "constant_factor": N_("Your answer is off by a constant factor."),
    "dropped_abs": N_("Your answer is right only where the expression inside |…| is positive."),
    "degrees_radians": N_("Check degrees versus radians."),
    "power_of_ten": N_("The digits are right but not the power of ten: check the decimal point or the units."),
    "reciprocal": N_("Your answer is the reciprocal of the expected value: check which quantity is divided by which."),
}


def mistake_tags(answer: sympy.Expr, expected: sympy.Expr, comparer: Comparer) -> tuple[str, ...]:
    """Tags for a wrong answer: sign_error, constant_factor, dropped_abs, degrees_radians."""
    if comparer.expressions(answer, -expected):
        return ("sign_error",)
    if expected.has(sympy.Abs):
        stripped = expected.replace(sympy.Abs, lambda arg: arg)
        if comparer.expressions(answer, stripped) or comparer.expressions(answer, -stripped):
            return ("dropped_abs",)
    if _degrees_radians(answer, expected, comparer):
        return ("degrees_radians",)
    if _constant_ratio(answer, expected, comparer):
        return ("constant_factor",)
    return ()


def _degrees_radians(answer: sympy.Expr, expected: sympy.Expr, comparer: Comparer) -> bool:
    if not expected.has(*_TRIG) and not expected.free_symbols:
        ratio = answer / expected if expected != 0 else None
        return ratio is not None and any(
            comparer.expressions(ratio, factor) for factor in (180 / sympy.pi, sympy.pi / 180))
    for factor in (sympy.pi / 180, 180 / sympy.pi):
        scaled = expected.replace(lambda e: isinstance(e, _TRIG), lambda e, f=factor: e.func(e.args[0] * f))
        if scaled != expected and comparer.expressions(answer, scaled):
            return True
    return False


def _constant_ratio(answer: sympy.Expr, expected: sympy.Expr, comparer: Comparer) -> bool:
    if expected == 0 or answer == 0:
        return False
    symbols = sorted(answer.free_symbols | expected.free_symbols, key=str)
    if not symbols:
        return False
    pairs = comparer.pairs(answer, expected, symbols) or []
    ratios = [va / vb for va, vb, _ in pairs if vb != 0]
    if len(ratios) < 3:
        return False
    first = ratios[0]
    return all(abs(r - first) <= abs(first) * 1e-20 for r in ratios) and abs(abs(first) - 1) > 1e-20
