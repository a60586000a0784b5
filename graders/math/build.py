"""Node tree to sympy objects, constructed directly (never from strings) and within the caps."""

from __future__ import annotations

import math
from collections.abc import Callable
from fractions import Fraction

import sympy

from graders.math.errors import MathInputError
from graders.math.limits import MAX_EXPONENT, MAX_FACTORIAL, MAX_NODES, MAX_RESULT_DIGITS
from graders.math.nodes import Abs, Binary, Call, Factorial, Group, Name, Node, Num, Unary, unwrap
from graders.math.wording import N_

_CONSTANTS = {"pi": sympy.pi, "e": sympy.E, "i": sympy.I, "inf": sympy.oo}
_UNARY: dict[str, Callable[[sympy.Expr], sympy.Expr]] = {
    "sin": sympy.sin, "cos": sympy.cos, "tan": sympy.tan, "cot": sympy.cot, "sec": sympy.sec,
    "csc": sympy.csc, "asin": sympy.asin, "acos": sympy.acos, "atan": sympy.atan, "acot": sympy.acot,
    "asec": sympy.asec, "acsc": sympy.acsc, "sinh": sympy.sinh, "cosh": sympy.cosh, "tanh": sympy.tanh,
    "coth": sympy.coth, "sech": sympy.sech, "csch": sympy.csch, "asinh": sympy.asinh,
    "acosh": sympy.acosh, "atanh": sympy.atanh, "sqrt": sympy.sqrt, "exp": sympy.exp, "ln": sympy.log,
    "abs": sympy.Abs, "floor": sympy.floor, "ceil": sympy.ceiling, "sign": sympy.sign,
    "cbrt": lambda x: sympy.Pow(x, sympy.Rational(1, 3)),
    "log10": lambda x: sympy.log(x, 10), "log2": lambda x: sympy.log(x, 2),
}
_BAD = (sympy.zoo, sympy.nan)
_INFINITE = (sympy.oo, -sympy.oo, sympy.zoo)


class ExprBuilder:
    """Builds sympy expressions from nodes; remembers whether decimals were typed."""

    def __init__(self) -> None:
        self.has_decimal = False
        self.nodes = 0

    def build(self, node: Node) -> sympy.Expr:
        """The sympy expression for an arithmetic node; containers and relations are refused."""
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise MathInputError(N_("the answer is too large (more than %(limit)s parts)"), limit=MAX_NODES)
        node = unwrap(node)
        if isinstance(node, Num):
            return self._number(node)
        if isinstance(node, Name):
            return _CONSTANTS[node.name] if node.role == "const" else sympy.Symbol(node.name)
        if isinstance(node, Unary):
            operand = self.build(node.operand)
            return -operand if node.op == "-" else operand
        if isinstance(node, Binary):
            return self._binary(node)
        if isinstance(node, Abs):
            return self._apply(sympy.Abs, [self.build(node.operand)], node)
        if isinstance(node, Factorial):
            return self._factorial(self.build(node.operand), node.pos)
        if isinstance(node, Call):
            return self._call(node)
        raise MathInputError(_container_message(node), getattr(node, "pos", None))

    def _number(self, node: Num) -> sympy.Expr:
        text = node.text
        if "e" in text.lower():
            exponent = text.lower().partition("e")[2]
            if abs(int(exponent)) > 1000:
                raise MathInputError(N_("'%(number)s': the exponent is too large"), node.pos, text, number=text)
        if "." in text or "e" in text.lower():
            self.has_decimal = True
        value = Fraction(text)
        return sympy.Rational(value.numerator, value.denominator)

    def _binary(self, node: Binary) -> sympy.Expr:
        left, right = self.build(node.left), self.build(node.right)
        _require_finite((left, right), node)
        if node.op == "+":
            result = left + right
        elif node.op == "-":
            result = left - right
        elif node.op == "*":
            result = left * right
        elif node.op == "/":
            if right.is_zero:
                raise MathInputError(N_("division by zero"), node.pos, "/")
            result = left / right
        else:
            result = _power(left, right, node.pos)
        if result in _BAD:
            raise MathInputError(N_("this is undefined (division by zero)"), node.pos, node.op)
        return result

    def _call(self, node: Call) -> sympy.Expr:
        args = [self.build(arg) for arg in node.args]
        name = node.func
        if name == "log" and len(args) == 2:
            if args[1].is_number and (args[1].is_zero or args[1] == 1):
                raise MathInputError(N_("a logarithm base must not be 0 or 1"), node.pos, "log")
            return self._apply(lambda x, b: sympy.log(x, b), args, node)
        if name == "log" and len(args) == 1:
            return self._apply(sympy.log, args, node)
        if name == "root" and len(args) == 2:
            return self._apply(lambda x, n: _power(x, 1 / n, node.pos), args, node)
        if name == "binomial" and len(args) == 2:
            for arg in args:
                _cap_integer(arg, "binomial", node.pos)
            return self._apply(sympy.binomial, args, node)
        if name == "factorial" and len(args) == 1:
            return self._factorial(args[0], node.pos)
        if name in _UNARY and len(args) == 1:
            return self._apply(_UNARY[name], args, node)
        if name in ("root", "binomial"):
            raise MathInputError(N_("%(f)s takes 2 arguments, not %(n)s"), node.pos, name, f=name, n=len(args))
        raise MathInputError(N_("%(f)s takes 1 argument, not %(n)s"), node.pos, name, f=name, n=len(args))

    def _apply(self, func: Callable[..., sympy.Expr], args: list[sympy.Expr], node: Node) -> sympy.Expr:
        _require_finite(args, node)
        result = func(*args)
        if result in _BAD or result in _INFINITE:
            name = getattr(node, "func", "|x|")
            raise MathInputError(N_("%(f)s is undefined here"), getattr(node, "pos", None), name, f=name)
        return result

    def _factorial(self, operand: sympy.Expr, pos: int) -> sympy.Expr:
        _cap_integer(operand, "!", pos)
        if operand.is_number and operand.is_integer and operand.is_negative:
            raise MathInputError(N_("the factorial of a negative integer is undefined"), pos, "!")
        return self._apply(sympy.factorial, [operand], Factorial(Num("", pos), pos))


def _power(base: sympy.Expr, exponent: sympy.Expr, pos: int) -> sympy.Expr:
    """base^exponent, refusing results that would need unbounded time or memory."""
    if exponent.is_number and exponent.is_real and abs(exponent) > MAX_EXPONENT:
        raise MathInputError(N_("the exponent is too large (at most %(limit)s)"), pos, "^", limit=MAX_EXPONENT)
    if base.is_number and exponent.is_Number:
        magnitude = _log10_size(base)
        if magnitude * abs(float(exponent)) > MAX_RESULT_DIGITS:
            raise MathInputError(N_("the number is too large (more than %(limit)s digits)"), pos, "^",
                                 limit=MAX_RESULT_DIGITS)
    if base.is_zero and exponent.is_number and exponent.is_negative:
        raise MathInputError(N_("division by zero (0 to a negative power)"), pos, "^")
    return sympy.Pow(base, exponent)


def _log10_size(value: sympy.Expr) -> float:
    """A cheap upper bound on the number of decimal digits in value's numerator and denominator."""
    if value.is_Rational:
        return max(len(str(abs(value.p))), len(str(value.q)))
    atoms = [a for a in value.atoms(sympy.Rational)] or [sympy.Integer(2)]
    return max(max(len(str(abs(a.p))), len(str(a.q))) for a in atoms) * max(1, math.ceil(value.count_ops() / 4))


def _cap_integer(value: sympy.Expr, what: str, pos: int) -> None:
    if value.is_number and value.is_real and abs(value) > MAX_FACTORIAL:
        raise MathInputError(N_("%(f)s: the argument is too large (at most %(limit)s)"), pos, what, f=what,
                             limit=MAX_FACTORIAL)


def _require_finite(args: tuple[sympy.Expr, ...] | list[sympy.Expr], node: Node) -> None:
    if any(arg in _INFINITE for arg in args):
        raise MathInputError(N_("∞ (inf) can only stand on its own, e.g. as the end of an interval"),
                             getattr(node, "pos", None), "inf")


def _container_message(node: Node) -> str:
    if isinstance(node, Group) and node.open == "[":
        return N_("a list cannot be used inside an expression")
    return N_("a set, list or equation cannot be used inside an expression")
