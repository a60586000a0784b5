"""LaTeX for the live preview, written from the parse tree so it shows what was typed (KaTeX-safe)."""

from __future__ import annotations

from graders.math.nodes import Abs, Binary, Call, Factorial, Group, Name, Node, Num, Relation, SetLit, Unary, Union

_GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "theta", "lambda", "mu", "nu", "xi", "rho", "sigma",
          "tau", "phi", "omega", "pi", "psi", "chi", "eta", "zeta", "kappa", "iota", "Gamma", "Delta", "Theta",
          "Lambda", "Sigma", "Phi", "Omega", "Psi"}
_RELATIONS = {"=": "=", "<": "<", ">": ">", "<=": r"\le", ">=": r"\ge", "!=": r"\ne"}
_FUNCTIONS = {"sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh", "coth", "exp", "ln", "log"}


def to_latex(node: Node) -> str:
    """LaTeX for a parsed answer."""
    if isinstance(node, Num):
        mantissa, _, exponent = node.text.lower().partition("e")
        return f"{mantissa} \\times 10^{{{int(exponent)}}}" if exponent else node.text
    if isinstance(node, Name):
        return _name(node)
    if isinstance(node, Unary):
        inner = to_latex(node.operand)
        if node.op == "√":
            return rf"\sqrt{{{inner}}}"
        return node.op + (_paren(inner) if _is_sum(node.operand) else inner)
    if isinstance(node, Binary):
        return _binary(node)
    if isinstance(node, Call):
        return _call(node)
    if isinstance(node, Factorial):
        inner = to_latex(node.operand)
        return (inner if isinstance(node.operand, Num | Name) else _paren(inner)) + "!"
    if isinstance(node, Abs):
        return rf"\left|{to_latex(node.operand)}\right|"
    if isinstance(node, Group):
        rows = _matrix_rows(node)
        if rows:
            lines = (" & ".join(to_latex(entry) for entry in row) for row in rows)
            return r"\begin{bmatrix}" + r" \\ ".join(lines) + r"\end{bmatrix}"
        inner = ", ".join(to_latex(item) for item in node.items)
        if not node.open:
            return r",\quad ".join(to_latex(item) for item in node.items)
        return rf"\left{node.open}{inner}\right{node.close}"
    if isinstance(node, SetLit):
        return r"\left\{" + ", ".join(to_latex(item) for item in node.items) + r"\right\}"
    if isinstance(node, Union):
        return r" \cup ".join(to_latex(part) for part in node.parts)
    assert isinstance(node, Relation)
    out = to_latex(node.operands[0])
    for op, operand in zip(node.ops, node.operands[1:], strict=True):
        out += f" {_RELATIONS[op]} {to_latex(operand)}"
    return out


def _matrix_rows(node: Group) -> list[tuple[Node, ...]]:
    """The rows of ``[[1,2],[3,4]]`` (square brackets, rows of equal length), shown as a matrix so its shape can
    be checked at a glance; empty for any other group."""
    rows = [r.items for r in node.items if isinstance(r, Group) and r.open == "[" and r.close == "]"]
    square = node.open == "[" and node.close == "]"
    if square and rows and len(rows) == len(node.items) and len({len(r) for r in rows}) == 1:
        return rows
    return []


def _name(node: Name) -> str:
    if node.role == "const":
        return {"pi": r"\pi", "e": "e", "i": "i", "inf": r"\infty"}[node.name]
    base, _, subscript = node.name.partition("_")
    text = f"\\{base}" if base in _GREEK else (base if len(base) == 1 else rf"\mathrm{{{base}}}")
    return f"{text}_{{{subscript}}}" if subscript else text


def _binary(node: Binary) -> str:
    left, right = to_latex(node.left), to_latex(node.right)
    if node.op == "+":
        return f"{left} + {right}"
    if node.op == "-":
        return f"{left} - {_paren(right) if _is_sum(node.right) else right}"
    if node.op == "/":
        return rf"\frac{{{_strip(node.left)}}}{{{_strip(node.right)}}}"
    if node.op == "^":
        base = left if isinstance(node.left, Name | Call | Group) or _plain_number(node.left) else _paren(left)
        return f"{base}^{{{_strip(node.right)}}}"
    left = _paren(left) if _is_sum(node.left) else left
    right = _paren(right) if _is_sum(node.right) or isinstance(node.right, Unary) else right
    if node.implicit and not (isinstance(node.right, Num)):
        return f"{left} {right}" if right[:1].isalpha() and left[-1:].isalpha() else f"{left}{right}"
    return rf"{left} \cdot {right}"


def _call(node: Call) -> str:
    args = [to_latex(arg) for arg in node.args]
    if node.func == "sqrt":
        return rf"\sqrt{{{args[0]}}}"
    if node.func == "cbrt":
        return rf"\sqrt[3]{{{args[0]}}}"
    if node.func == "root":
        return rf"\sqrt[{args[1]}]{{{args[0]}}}"
    if node.func == "abs":
        return rf"\left|{args[0]}\right|"
    if node.func == "binomial":
        return rf"\binom{{{args[0]}}}{{{args[1]}}}"
    if node.func == "log" and len(args) == 2:
        return rf"\log_{{{args[1]}}}\left({args[0]}\right)"
    if node.func in ("log10", "log2"):
        return rf"\log_{{{node.func[3:]}}}\left({args[0]}\right)"
    if node.func == "factorial":
        return _paren(args[0]) + "!"
    name = f"\\{node.func}" if node.func in _FUNCTIONS else rf"\operatorname{{{node.func}}}"
    return rf"{name}\left({', '.join(args)}\right)"


def _is_sum(node: Node) -> bool:
    return (isinstance(node, Binary) and node.op in "+-") or (isinstance(node, Unary) and node.op in "+-")


def _plain_number(node: Node) -> bool:
    return isinstance(node, Num) and "." not in node.text and "e" not in node.text.lower()


def _strip(node: Node) -> str:
    if isinstance(node, Group) and node.open == "(" and len(node.items) == 1:
        return to_latex(node.items[0])
    return to_latex(node)


def _paren(text: str) -> str:
    return rf"\left({text}\right)"
