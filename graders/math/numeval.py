"""Evaluate sympy expressions at points with mpmath by walking the tree (no lambdify, no eval)."""

from __future__ import annotations

import random
from collections.abc import Iterator

import mpmath
import sympy

DPS = 50
_FUNCTIONS = {
    sympy.sin: "sin", sympy.cos: "cos", sympy.tan: "tan", sympy.cot: "cot", sympy.sec: "sec",
    sympy.csc: "csc", sympy.asin: "asin", sympy.acos: "acos", sympy.atan: "atan", sympy.acot: "acot",
    sympy.asec: "asec", sympy.acsc: "acsc", sympy.sinh: "sinh", sympy.cosh: "cosh", sympy.tanh: "tanh",
    sympy.coth: "coth", sympy.sech: "sech", sympy.csch: "csch", sympy.asinh: "asinh",
    sympy.acosh: "acosh", sympy.atanh: "atanh", sympy.exp: "exp", sympy.log: "log",
    sympy.factorial: "factorial", sympy.floor: "floor", sympy.ceiling: "ceil", sympy.sign: "sign",
    sympy.re: "re", sympy.im: "im", sympy.gamma: "gamma",
}


class Undefined(ArithmeticError):
    """The expression has no value at this point (a pole, log(0), ...)."""


class Unsupported(ValueError):
    """The expression holds something the numeric evaluator does not know."""


def evaluate(expr: sympy.Expr, point: dict[sympy.Symbol, mpmath.mpf]) -> tuple[mpmath.mpc, mpmath.mpf]:
    """Value of expr at point, and the largest magnitude met in a sum (the scale of rounding errors)."""
    value, scale, _ = evaluate_tracking(expr, point)
    return value, scale


def evaluate_tracking(expr: sympy.Expr, point: dict) -> tuple[mpmath.mpc, mpmath.mpf, bool]:
    """Like evaluate, and also whether any intermediate value was non-real."""
    scale: list = [mpmath.mpf(0), False]
    with mpmath.workdps(DPS):
        try:
            value = _walk(expr, point, scale, {})
        except (ZeroDivisionError, ValueError, OverflowError) as error:
            if isinstance(error, Unsupported):
                raise
            raise Undefined(str(error)) from error
        if mpmath.isnan(value) or mpmath.isinf(value):
            raise Undefined("not finite")
        return mpmath.mpc(value), max(scale[0], abs(value)), scale[1]


def _walk(expr: sympy.Basic, point: dict, scale: list, memo: dict) -> mpmath.mpc:
    if expr in memo:
        return memo[expr]
    value = _node_value(expr, point, scale, memo)
    if isinstance(value, mpmath.mpc) and mpmath.im(value) != 0 and expr is not sympy.I:
        scale[1] = True
    memo[expr] = value
    return value


def _node_value(expr: sympy.Basic, point: dict, scale: list, memo: dict) -> mpmath.mpc:
    if expr.is_Symbol:
        return point[expr]
    if expr.is_Integer:
        return mpmath.mpf(int(expr))
    if expr.is_Rational:
        return mpmath.mpf(int(expr.p)) / int(expr.q)
    if expr.is_Float:
        return mpmath.mpf(expr)
    if expr is sympy.pi:
        return +mpmath.pi
    if expr is sympy.E:
        return +mpmath.e
    if expr is sympy.I:
        return mpmath.mpc(0, 1)
    if expr.is_Add:
        terms = [_walk(arg, point, scale, memo) for arg in expr.args]
        scale[0] = max(scale[0], *(abs(t) for t in terms))
        return mpmath.fsum(terms)
    if expr.is_Mul:
        return mpmath.fprod(_walk(arg, point, scale, memo) for arg in expr.args)
    if expr.is_Pow:
        return _power(expr, point, scale, memo)
    if isinstance(expr, sympy.Abs):
        return abs(_walk(expr.args[0], point, scale, memo))
    if isinstance(expr, sympy.binomial):
        n, k = (_walk(a, point, scale, memo) for a in expr.args)
        return mpmath.binomial(n, k)
    name = _FUNCTIONS.get(type(expr))
    if name is None or len(expr.args) != 1:
        raise Unsupported(f"cannot evaluate {type(expr).__name__}")
    arg = _walk(expr.args[0], point, scale, memo)
    if name == "log" and arg == 0:
        raise Undefined("log(0)")
    if name in ("floor", "ceil", "sign"):
        arg = _real(arg)
    if name == "factorial":
        return mpmath.gamma(arg + 1)
    return getattr(mpmath, name)(arg)


def _power(expr: sympy.Pow, point: dict, scale: list, memo: dict) -> mpmath.mpc:
    base = _walk(expr.base, point, scale, memo)
    exponent = expr.exp
    if exponent.is_Integer:
        if base == 0 and exponent < 0:
            raise Undefined("0 to a negative power")
        return mpmath.power(base, int(exponent))
    value = _walk(exponent, point, scale, memo)
    if base == 0:
        if mpmath.re(value) > 0:
            return mpmath.mpf(0)
        raise Undefined("0 to a non-positive power")
    if exponent == sympy.S.Half:
        return mpmath.sqrt(base)
    return mpmath.power(base, value)


def _real(value: mpmath.mpc) -> mpmath.mpf:
    if mpmath.im(value) != 0:
        raise Undefined("needs a real argument")
    return mpmath.re(value)


def sample_points(symbols: list[sympy.Symbol], count: int, seed: str) -> Iterator[dict]:
    """Deterministic random real points: half with every variable positive, half of mixed sign."""
    rng = random.Random(seed)
    for k in range(count):
        point = {}
        for symbol in symbols:
            magnitude = rng.uniform(0.15, 3.2)
            sign = 1 if k % 2 == 0 or rng.random() < 0.5 else -1
            point[symbol] = mpmath.mpf(sign * magnitude)
        yield point


_SPECIAL = tuple(mpmath.mpf(v) / 2 for v in (-4, -2, -3, -1, 1, 3, 4, 6))


def special_points(symbols: list[sympy.Symbol], count: int, seed: str) -> Iterator[dict]:
    """Points with small integer and half-integer values, where sign and power rules show their limits."""
    rng = random.Random("special:" + seed)
    if len(symbols) == 1:
        for value in _SPECIAL:
            yield {symbols[0]: value}
        return
    for _ in range(count):
        yield {symbol: rng.choice(_SPECIAL) for symbol in symbols}


def is_real(value: mpmath.mpc, scale: mpmath.mpf) -> bool:
    """Whether value is real up to rounding."""
    return abs(mpmath.im(value)) <= mpmath.mpf(10) ** (-30) * max(abs(value), scale)


def close(a: mpmath.mpc, b: mpmath.mpc, scale: mpmath.mpf, rtol: mpmath.mpf) -> bool:
    """|a - b| small relative to the size of the numbers involved."""
    size = max(abs(a), abs(b), scale)
    if size == 0:
        return True
    return abs(a - b) <= rtol * size
