"""Form checks on what was typed: is the answer expanded, is it factored?"""

from __future__ import annotations

import sympy

from graders.math.build import ExprBuilder
from graders.math.nodes import Binary, Call, Group, Node, Num, Unary, children, unwrap


def _is_sum(node: Node) -> bool:
    node = unwrap(node)
    return (isinstance(node, Binary) and node.op in "+-") or (isinstance(node, Unary) and _is_sum(node.operand))


def is_expanded(node: Node) -> bool:
    """No product, quotient or integer power of a sum is left (numbers like sqrt(12) are fine)."""
    node = unwrap(node)
    if isinstance(node, Binary):
        if node.op in "*/" and (_is_sum(node.left) or (node.op == "*" and _is_sum(node.right))):
            return False
        if node.op == "^" and _is_sum(node.left) and isinstance(unwrap(node.right), Num):
            return False
    if isinstance(node, Unary) and node.op == "-" and _is_sum(node.operand):
        return False
    return all(is_expanded(child) for child in children(node))


def factors(node: Node) -> list[Node]:
    """The multiplicative pieces of the typed answer: 2*(x-1)^2/3 gives 2, x-1, 3."""
    node = unwrap(node)
    if isinstance(node, Unary):
        return factors(node.operand)
    if isinstance(node, Binary) and node.op in "*/":
        return factors(node.left) + factors(node.right)
    if isinstance(node, Binary) and node.op == "^" and isinstance(unwrap(node.right), Num):
        return factors(node.left)
    return [node]


def is_factored(node: Node) -> bool:
    """Every typed factor is irreducible over the rationals and has no common numeric factor left."""
    builder = ExprBuilder()
    for piece in factors(node):
        if isinstance(piece, Num | Call) or (isinstance(piece, Group) and piece.open != "("):
            continue
        if not _irreducible(builder.build(piece)):
            return False
    return True


def _irreducible(expr: sympy.Expr) -> bool:
    if not expr.free_symbols or expr.is_Symbol or expr.is_Pow:
        return True
    if sympy.fraction(sympy.together(expr))[1].free_symbols:
        return False  # x - 4 + 4/x is not a polynomial factor
    try:
        coefficient, pieces = sympy.factor_list(expr)
    except (sympy.PolynomialError, NotImplementedError, ValueError):
        return True
    if not (coefficient.is_Rational and abs(coefficient.p) == 1):
        return False  # 2x - 6 still has the factor 2 (a coefficient 1/2, as in x + 1/2, is fine)
    return len(pieces) == 1 and pieces[0][1] == 1
