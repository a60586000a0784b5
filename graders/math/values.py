"""Answer values above plain expressions: relations, lists, sets, matrices, systems."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sympy

from graders.math.wording import N_


@dataclass(frozen=True)
class RelationValue:
    """A chain ``a op b op c``; ops are canonical (=, <, >, <=, >=, !=)."""

    ops: tuple[str, ...]
    sides: tuple[sympy.Expr, ...]


@dataclass(frozen=True)
class ListValue:
    """An ordered list or tuple ``[a, b]``, ``(a, b)``."""

    items: tuple[Any, ...]


@dataclass(frozen=True)
class FiniteSetValue:
    """``{a, b}``: elements may be expressions, relations or other values."""

    items: tuple[Any, ...]


@dataclass(frozen=True)
class IntervalValue:
    """An interval with ends that may be ±oo; open flags per end."""

    low: sympy.Expr
    high: sympy.Expr
    left_open: bool
    right_open: bool


@dataclass(frozen=True)
class UnionValue:
    """A union of intervals and finite sets."""

    parts: tuple[Any, ...]


@dataclass(frozen=True)
class MatrixValue:
    """A rectangular matrix; rows of values."""

    rows: tuple[tuple[Any, ...], ...]

    @property
    def shape(self) -> tuple[int, int]:
        """(rows, columns)."""
        return len(self.rows), len(self.rows[0]) if self.rows else 0


@dataclass(frozen=True)
class SystemValue:
    """One or more relations that hold together."""

    relations: tuple[RelationValue, ...]


def describe(value: Any) -> str:
    """A short name of the value's form, for messages."""
    names = {RelationValue: N_("an equation or inequality"), ListValue: N_("a list"), FiniteSetValue: N_("a set"),
             IntervalValue: N_("an interval"), UnionValue: N_("a union of sets"), MatrixValue: N_("a matrix"),
             SystemValue: N_("a system of equations")}
    return names.get(type(value), N_("an expression"))
