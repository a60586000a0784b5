"""A Pratt parser for typed answers: tokens to a node tree. Never evaluates anything."""

from __future__ import annotations

from graders.math.errors import MathInputError
from graders.math.lexer import Token, tokenize
from graders.math.limits import MAX_NESTING
from graders.math.nodes import Abs, Binary, Call, Factorial, Group, Name, Node, Num, Relation, SetLit, Unary, Union
from graders.math.vocabulary import resolve_word
from graders.math.wording import N_

RELATION_OPS = frozenset({"=", "<", ">", "<=", ">=", "!="})
_INFIX_BP = {"∪": 20, "+": 30, "-": 30, "*": 40, "/": 40, "^": 50}
_IMPLICIT_BP = 40
_PREFIX_BP = 45
_OPENERS = {"(": ")", "[": "]"}


def parse(source: str, declared: frozenset[str] = frozenset()) -> Node:
    """Parse an answer into a node tree, or raise MathInputError naming the offending token."""
    if not source.strip():
        raise MathInputError(N_("the answer is empty"))
    return _Parser(tokenize(source), declared).parse_top()


class _Parser:
    """Recursive-descent / Pratt parser state over one token list."""

    def __init__(self, tokens: list[Token], declared: frozenset[str]) -> None:
        self.tokens = tokens
        self.index = 0
        self.declared = declared
        self.depth = 0
        self.abs_depth = 0
        self.pending: list[tuple[str, str, int]] = []  # names still to emit from a split word like "xy"

    # -- token helpers ---------------------------------------------------------------------------
    def peek(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def is_op(self, text: str) -> bool:
        token = self.peek()
        return token.kind == "OP" and token.text == text

    def expect(self, text: str, context: str) -> Token:
        token = self.peek()
        if token.kind == "OP" and token.text == text:
            return self.advance()
        raise MathInputError(N_("expected '%(text)s' %(context)s, found %(found)s"), token.pos, token.text,
                             text=text, context=context, found=_describe(token))

    def nest(self, pos: int) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise MathInputError(N_("the answer is nested too deeply (more than %(n)s levels)"), pos, n=MAX_NESTING)

    def _read_decimal_commas(self) -> None:
        """Where ';' separates the items of this level ([0,5 ; 1,5] as French writers type it), a comma of this
        level between digits with no space around it is a decimal comma: "0", ",", "5" become the number 0.5."""
        index, depth, semicolon, commas = self.index, 0, False, []
        while self.tokens[index].kind != "END":
            text = self.tokens[index].text if self.tokens[index].kind == "OP" else ""
            if text in ("(", "{"):
                depth += 1
            elif text in (")", "}") and depth:
                depth -= 1
            elif text in (")", "}", "[", "]"):
                break  # this level ends ("[" and "]" may open or close, so nested brackets end the scan too)
            elif depth == 0 and text in (";", ","):
                semicolon |= text == ";"
                commas += [index] if text == "," else []
            index += 1
        for comma in reversed(commas if semicolon else []):
            if comma == self.index:
                continue  # nothing before it at this level: not a decimal comma
            whole, point, fraction = self.tokens[comma - 1 : comma + 2]
            if (whole.kind == fraction.kind == "NUM" and whole.text.isdigit() and fraction.text.isdigit()
                    and point.pos == whole.pos + len(whole.text) and fraction.pos == point.pos + 1):
                self.tokens[comma - 1 : comma + 2] = [Token("NUM", f"{whole.text}.{fraction.text}", whole.pos)]

    # -- grammar -----------------------------------------------------------------------------------
    def parse_top(self) -> Node:
        self._read_decimal_commas()
        items = [self.parse_relation()]
        while self.is_op(",") or self.is_op(";") or self._is_word("and"):
            self.advance()
            items.append(self.parse_relation())
        token = self.peek()
        if token.kind != "END":
            raise MathInputError(N_("unexpected %(found)s"), token.pos, token.text, found=_describe(token))
        return items[0] if len(items) == 1 else Group("", "", tuple(items), _pos(items[0]))

    def parse_relation(self) -> Node:
        first = self.parse_expression(0)
        ops: list[str] = []
        operands = [first]
        while self.peek().kind == "OP" and self.peek().text in RELATION_OPS:
            ops.append(self.advance().text)
            operands.append(self.parse_expression(0))
        if not ops:
            return first
        return Relation(tuple(ops), tuple(operands), _pos(first))

    def parse_expression(self, min_bp: int) -> Node:
        left = self.parse_prefix()
        while True:
            token = self.peek()
            if token.kind == "OP" and token.text == "!":
                self.advance()
                left = Factorial(left, token.pos)
                continue
            op, implicit = self._infix_operator(left)
            if op is None:
                return left
            bp = _IMPLICIT_BP if implicit else _INFIX_BP[op]
            if bp <= min_bp:
                return left
            if not implicit:
                self.advance()
            if op == "^":
                self.nest(token.pos)
                right = self.parse_expression(bp - 1)
                self.depth -= 1
            else:
                right = self.parse_expression(bp)
            if op == "∪":
                parts = (*left.parts, right) if isinstance(left, Union) else (left, right)
                left = Union(parts, token.pos)
            else:
                left = Binary(op, left, right, token.pos, implicit)

    def _infix_operator(self, left: Node) -> tuple[str | None, bool]:
        """The infix operator at the cursor, and whether it is an implicit multiplication."""
        token = self.peek()
        if self.pending:  # the rest of a split word such as "xy"
            return "*", True
        if token.kind == "OP":
            if token.text in _INFIX_BP:
                return token.text, False
            if token.text == "(" or token.text == "√" or (token.text == "|" and self.abs_depth == 0):
                return "*", True
            return None, False
        if token.kind == "NAME":
            if token.text == "U" and "U" not in self.declared and _is_set_like(left):
                self.advance()
                self.tokens.insert(self.index, Token("OP", "∪", token.pos))
                return "∪", False
            if token.text == "and" and "and" not in self.declared:
                return None, False
            return "*", True
        if token.kind == "NUM":
            if isinstance(left, Num):
                raise MathInputError(N_("two numbers in a row: '%(number)s'"), token.pos, token.text, number=token.text)
            return "*", True
        return None, False

    def parse_prefix(self) -> Node:
        if self.pending:
            role, name, pos = self.pending.pop(0)
            return Name(name, role, pos)
        token = self.advance()
        if token.kind == "NUM":
            return Num(token.text, token.pos)
        if token.kind == "NAME":
            return self._word(token)
        if token.kind == "END":
            raise MathInputError(N_("the answer ends too early"), token.pos)
        if token.text in ("-", "+"):
            return Unary(token.text, self.parse_expression(_PREFIX_BP), token.pos)
        if token.text == "√":
            self.nest(token.pos)
            operand = self.parse_expression(_INFIX_BP["^"] - 1 if self.is_op("(") else _INFIX_BP["^"])
            self.depth -= 1
            return Call("sqrt", (operand,), token.pos)
        if token.text in _OPENERS or token.text == "]":  # "]" opens a French interval such as ]0, 1[
            return self._group(token)
        if token.text == "{":
            self.nest(token.pos)
            items = self._items("}")
            self.expect("}", N_("to close the set"))
            self.depth -= 1
            return SetLit(items, token.pos)
        if token.text == "|":
            self.nest(token.pos)
            self.abs_depth += 1
            inner = self.parse_expression(0)
            self.abs_depth -= 1
            self.expect("|", N_("to close the absolute value"))
            self.depth -= 1
            return Abs(inner, token.pos)
        raise MathInputError(N_("unexpected %(found)s"), token.pos, token.text, found=_describe(token))

    def _group(self, token: Token) -> Node:
        self.nest(token.pos)
        saved_abs, self.abs_depth = self.abs_depth, 0
        items = self._items(")]")
        self.abs_depth = saved_abs
        close = self.peek()
        # "[" never continues an expression, so after the items it can only close a French interval: [0, 1[.
        closers = ")]" if token.text == "(" else "][" if token.text == "]" else ")]["
        if not (close.kind == "OP" and close.text in closers):
            expected = " ".join(f"'{c}'" for c in closers)
            raise MathInputError(N_("expected one of %(closers)s to close '%(opener)s', found %(found)s"), close.pos,
                                 close.text, closers=expected, opener=token.text, found=_describe(close))
        self.advance()
        self.depth -= 1
        if token.text == "]" or close.text == "[":
            return _french_interval(token, close, items)
        if not items and not (token.text == "[" and close.text == "]"):
            raise MathInputError(N_("empty brackets '%(brackets)s'"), token.pos, token.text,
                                 brackets=token.text + close.text)
        if len(items) == 1 and close.text != _OPENERS[token.text]:
            raise MathInputError(N_("'%(opener)s' is closed by '%(closer)s'"), close.pos, close.text,
                                 opener=token.text, closer=close.text)
        return Group(token.text, close.text, items, token.pos)

    def _items(self, closers: str) -> tuple[Node, ...]:
        if self.peek().kind == "OP" and self.peek().text in closers:
            return ()
        self._read_decimal_commas()
        items = [self.parse_relation()]
        semicolon = None
        while self.is_op(",") or self.is_op(";"):  # [0; 1], {1; 2; 3}: French writers keep "," for decimals
            separator = self.advance()
            semicolon = semicolon or (separator if separator.text == ";" else None)
            items.append(self.parse_relation())
        if semicolon is not None and len(items) != 2 and closers != "}":
            # "[1; 2; 3]" is a column in MATLAB's notation: refuse it rather than read it as a row.
            raise MathInputError(N_("';' only separates the two ends of an interval, such as [0; 1]; "
                                    "separate the entries of a list with commas"), semicolon.pos, ";")
        return tuple(items)

    def _word(self, token: Token) -> Node:
        word = token.text
        if word.startswith("log_") and len(word) > 4:
            base = word[4:]
            base_node: Node = Num(base, token.pos) if base.isdigit() else Name(base, "var", token.pos)
            return self._call("log", token, extra=(base_node,))
        readings = resolve_word(word, self.declared, token.pos)
        role, name = readings[0]
        if role == "func":
            return self._call(name, token)
        self.pending.extend((r, n, token.pos) for r, n in readings[1:])
        return Name(name, role, token.pos)

    def _call(self, func: str, token: Token, extra: tuple[Node, ...] = ()) -> Node:
        power: Node | None = None
        if self.is_op("^") and func not in ("sqrt",):
            caret = self.advance()
            exponent = self.peek()
            if exponent.kind != "NUM" or not exponent.text.isdigit():
                raise MathInputError(N_("write %(f)s(x)^n, or a%(f)s(x) for the inverse"), caret.pos, "^", f=func)
            power = Num(self.advance().text, exponent.pos)
        if not self.is_op("("):
            raise MathInputError(N_("'%(f)s': %(f)s is a function, write %(f)s(x)"), token.pos, token.text,
                                 f=token.text)
        opener = self.advance()
        self.nest(opener.pos)
        saved_abs, self.abs_depth = self.abs_depth, 0
        args = self._items(")")
        self.abs_depth = saved_abs
        self.expect(")", N_("to close the function's argument"))
        self.depth -= 1
        if not args:
            raise MathInputError(N_("%(f)s() needs an argument"), opener.pos, token.text, f=token.text)
        call = Call(func, args + extra, token.pos)
        return Binary("^", call, power, token.pos) if power is not None else call

    def _is_word(self, word: str) -> bool:
        token = self.peek()
        return token.kind == "NAME" and token.text == word and word not in self.declared


def _french_interval(opener: Token, closer: Token, items: tuple[Node, ...]) -> Group:
    """``]a, b[``, ``]a, b]``, ``[a, b[``: an end bracket turned outwards is open. Read as ``(a, b)`` and so on,
    which is also how the preview shows it back."""
    if len(items) != 2:
        raise MathInputError(N_("an interval written with '%(opener)s…%(closer)s' needs two ends, such as ]0, 1["),
                             opener.pos, opener.text, opener=opener.text, closer=closer.text)
    return Group("(" if opener.text == "]" else "[", ")" if closer.text == "[" else "]", items, opener.pos)


def _is_set_like(node: Node) -> bool:
    return isinstance(node, Group | SetLit | Union) and not (isinstance(node, Group) and not node.open)


def _pos(node: Node) -> int:
    return getattr(node, "pos", 0)


def _describe(token: Token) -> str:
    return N_("the end of the answer") if token.kind == "END" else f"'{token.text}'"
