"""The parsed form of an answer: a small tree that keeps what was typed (for LaTeX and form checks)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Num:
    """A literal number as typed, e.g. ``2``, ``0.5``, ``5.1e-2``."""

    text: str
    pos: int


@dataclass(frozen=True)
class Name:
    """A variable (``x``, ``theta``, ``x_1``) or constant (``pi``, ``e``, ``i``, ``inf``); role tells which."""

    name: str
    role: str  # "var" | "const"
    pos: int


@dataclass(frozen=True)
class Call:
    """A known function applied to arguments, e.g. ``sin(x)``, ``log(x, 2)``."""

    func: str
    args: tuple[Node, ...]
    pos: int


@dataclass(frozen=True)
class Unary:
    """Prefix ``-``/``+``, or ``√``."""

    op: str
    operand: Node
    pos: int


@dataclass(frozen=True)
class Binary:
    """``+ - * / ^``; implicit marks a multiplication written by juxtaposition (``2x``)."""

    op: str
    left: Node
    right: Node
    pos: int
    implicit: bool = False


@dataclass(frozen=True)
class Factorial:
    """Postfix ``n!``."""

    operand: Node
    pos: int


@dataclass(frozen=True)
class Abs:
    """``|x|``."""

    operand: Node
    pos: int


@dataclass(frozen=True)
class Group:
    """Bracketed items: ``(x+1)``, ``[1,2]``, ``[0,1)``; open/close are the brackets, '' for a bare list."""

    open: str
    close: str
    items: tuple[Node, ...]
    pos: int


@dataclass(frozen=True)
class SetLit:
    """``{a, b, ...}``."""

    items: tuple[Node, ...]
    pos: int


@dataclass(frozen=True)
class Union:
    """``A U B`` of sets or intervals."""

    parts: tuple[Node, ...]
    pos: int


@dataclass(frozen=True)
class Relation:
    """``a = b``, ``a < b <= c``: ops[k] sits between operands[k] and operands[k+1]."""

    ops: tuple[str, ...]
    operands: tuple[Node, ...]
    pos: int


Node = Num | Name | Call | Unary | Binary | Factorial | Abs | Group | SetLit | Union | Relation


def children(node: Node) -> tuple[Node, ...]:
    """The direct sub-trees of node."""
    if isinstance(node, Call):
        return node.args
    if isinstance(node, Unary | Factorial | Abs):
        return (node.operand,)
    if isinstance(node, Binary):
        return (node.left, node.right)
    if isinstance(node, Group | SetLit):
        return node.items
    if isinstance(node, Union):
        return node.parts
    if isinstance(node, Relation):
        return node.operands
    return ()


def unwrap(node: Node) -> Node:
    """Strip redundant round brackets: ``((x+1))`` becomes ``x+1``."""
    while isinstance(node, Group) and node.open == "(" and node.close == ")" and len(node.items) == 1:
        node = node.items[0]
    return node
