"""Read a parsed answer as the kind of answer the question asks for (expression, set, ...)."""

from __future__ import annotations

import re
from typing import Any

import sympy

from graders.math.build import ExprBuilder
from graders.math.errors import MathInputError
from graders.math.kinds import KINDS
from graders.math.nodes import Group, Name, Node, Relation, SetLit, Unary, Union, unwrap
from graders.math.parser import parse
from graders.math.values import (
    FiniteSetValue,
    IntervalValue,
    ListValue,
    MatrixValue,
    RelationValue,
    SystemValue,
    UnionValue,
)
from graders.math.wording import N_

_EXAMPLES = {
    "expression": N_("an expression such as 2x+1"),
    "numeric": N_("a number such as 3.14"),
    "equation": N_("an equation or inequality such as y = 2x + 1"),
    "matrix": N_("a matrix such as [[1,2],[3,4]]"),
    "set": N_("a set such as {1,2} or an interval such as [0,1)"),
}
_DECIMAL_COMMA = re.compile(r"^\s*[-+−]?\s*\d+,\d+(?:[eE][-+−]?\d+)?\s*$")


class Reading:
    """A parsed answer: its node tree, its value for the kind, and whether decimals were typed."""

    def __init__(self, node: Node, value: Any, has_decimal: bool) -> None:
        self.node = node
        self.value = value
        self.has_decimal = has_decimal


def read_answer(text: str, kind: str, variables: frozenset[str] = frozenset()) -> Reading:
    """Parse text and interpret it as kind; raise MathInputError naming what is wrong."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {KINDS}")
    if kind == "numeric" and _DECIMAL_COMMA.match(text):
        text = text.replace(",", ".")
    node = parse(text, variables)
    builder = ExprBuilder()
    value = _Interpreter(builder).as_kind(node, kind)
    return Reading(node, value, builder.has_decimal)


class _Interpreter:
    """Turns node trees into values, one kind at a time."""

    def __init__(self, builder: ExprBuilder) -> None:
        self.builder = builder
        self.root: Node | None = None

    def as_kind(self, node: Node, kind: str) -> Any:
        node = unwrap(node)
        # A wrong form is located only inside a larger answer: "at position 2" for a whole "1/2" points at
        # the slash, as if it were the mistake.
        self.root = node
        if kind == "expression":
            if (isinstance(node, Group) and node.open == "[") or _is_tuple(node):
                return ListValue(tuple(self.generic(item) for item in node.items))
            return self._expression(node, kind)
        if kind == "numeric":
            return self._numeric(node)
        if kind == "equation":
            return self._system(node)
        if kind == "matrix":
            return self._matrix(node)
        return self._set(node)

    def generic(self, node: Node) -> Any:
        """Any value: used for the elements of lists, sets and matrices."""
        node = unwrap(node)
        if isinstance(node, Relation):
            return self._relation(node)
        if isinstance(node, SetLit):
            return FiniteSetValue(tuple(self.generic(item) for item in node.items))
        if (isinstance(node, Group) and node.open == "[" and node.close == "]") or _is_tuple(node):
            return ListValue(tuple(self.generic(item) for item in node.items))
        if isinstance(node, Group | Union):
            return self._set(node)
        return self.builder.build(node)

    def _expression(self, node: Node, kind: str) -> sympy.Expr:
        if isinstance(node, Relation | SetLit | Group | Union):
            raise _wrong_form(node, kind, node is not self.root)
        return self.builder.build(node)

    def _numeric(self, node: Node) -> Any:
        if isinstance(node, SetLit):
            return FiniteSetValue(tuple(self._number(item) for item in node.items))
        if (isinstance(node, Group) and node.open == "[") or _is_tuple(node):
            return ListValue(tuple(self._number(item) for item in node.items))
        return self._number(node)

    def _number(self, node: Node) -> sympy.Expr:
        value = self._expression(unwrap(node), "numeric")
        if value.free_symbols or value.has(sympy.oo, -sympy.oo):
            raise MathInputError(N_("expected %(form)s, not an expression with variables"), form=_EXAMPLES["numeric"])
        if value.is_real is False or (value.is_real is None and sympy.im(value.evalf(30)) != 0):
            raise MathInputError(N_("expected %(form)s (a real number)"), form=_EXAMPLES["numeric"])
        return value

    def _relation(self, node: Relation) -> RelationValue:
        sides = []
        for operand in node.operands:
            operand = unwrap(operand)
            if isinstance(operand, Name) and operand.name == "inf":
                sides.append(sympy.oo)
            elif isinstance(operand, Unary) and operand.op == "-" and _is_inf(operand.operand):
                sides.append(-sympy.oo)
            else:
                sides.append(self._expression(operand, "equation"))
        return RelationValue(node.ops, tuple(sides))

    def _system(self, node: Node) -> SystemValue:
        items = node.items if isinstance(node, Group) and node.open in ("", "[") else (node,)
        relations = []
        for item in items:
            item = unwrap(item)
            if not isinstance(item, Relation):
                raise _wrong_form(item, "equation", item is not self.root)
            relation = self._relation(item)
            for k, op in enumerate(relation.ops):  # a < x < b holds as a < x and x < b
                relations.append(RelationValue((op,), relation.sides[k : k + 2]))
        if not relations:
            raise MathInputError(N_("expected %(form)s"), form=_EXAMPLES["equation"])
        return SystemValue(tuple(relations))

    def _matrix(self, node: Node) -> MatrixValue:
        if not (isinstance(node, Group) and node.open == "[" and node.items):
            raise _wrong_form(node, "matrix", node is not self.root)
        rows = []
        for row in node.items:
            row = unwrap(row)
            if not (isinstance(row, Group) and row.open == "[" and row.close == "]" and row.items):
                raise MathInputError(N_("expected %(form)s: each row in [ ]"), getattr(row, "pos", 0),
                                     form=_EXAMPLES["matrix"])
            rows.append(tuple(self.generic(item) for item in row.items))
        if len({len(r) for r in rows}) != 1:
            raise MathInputError(N_("the rows of the matrix have different lengths"), node.pos)
        return MatrixValue(tuple(rows))

    def _set(self, node: Node) -> Any:
        if isinstance(node, SetLit):
            return FiniteSetValue(tuple(self.generic(item) for item in node.items))
        if isinstance(node, Union):
            return UnionValue(tuple(self._set(unwrap(part)) for part in node.parts))
        if isinstance(node, Group) and node.open in "([" and node.close in ")]" and len(node.items) == 2:
            low, high = (self._endpoint(item) for item in node.items)
            if (low.is_comparable and high.is_comparable) and bool(low > high):
                raise MathInputError(N_("the interval's left end is larger than its right end"), node.pos)
            return IntervalValue(low, high, node.open == "(", node.close == ")")
        raise _wrong_form(node, "set", node is not self.root)

    def _endpoint(self, node: Node) -> sympy.Expr:
        node = unwrap(node)
        if _is_inf(node):
            return sympy.oo
        if isinstance(node, Unary) and _is_inf(unwrap(node.operand)):
            return -sympy.oo if node.op == "-" else sympy.oo
        value = self._expression(node, "set")
        if value.free_symbols:
            raise MathInputError(N_("the ends of an interval must be numbers"), getattr(node, "pos", None))
        return value


def _is_inf(node: Node) -> bool:
    return isinstance(node, Name) and node.name == "inf" and node.role == "const"


def _is_tuple(node: Node) -> bool:
    return isinstance(node, Group) and node.open == "(" and node.close == ")" and len(node.items) > 1


def _wrong_form(node: Node, kind: str, located: bool) -> MathInputError:
    """The answer (or, if ``located``, a part of it at its position) is not the kind asked for."""
    forms = {Relation: N_("an equation or inequality"), SetLit: N_("a set"), Union: N_("a union of sets")}
    found = forms.get(type(node))
    if isinstance(node, Group):
        found = N_("a list") if node.open in ("[", "") else N_("an interval or a pair")
    found = found or N_("an expression")
    position = getattr(node, "pos", None) if located else None
    return MathInputError(N_("expected %(form)s, but this is %(found)s"), position, form=_EXAMPLES[kind], found=found)
