"""Turn what an applicant types into tokens: unicode normalised, every token keeps its position."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graders.math.errors import MathInputError
from graders.math.limits import MAX_INPUT_CHARS, MAX_INTEGER_DIGITS, MAX_TOKENS
from graders.math.wording import N_

# One-character replacements; the position of the original character is kept.
_UNICODE = {"−": "-", "–": "-", "—": "-", "·": "*", "⋅": "*", "×": "*", "∗": "*", "÷": "/", "（": "(", "）": ")",
            "，": ","}
_GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "θ": "theta", "λ": "lambda",
    "μ": "mu", "ν": "nu", "ξ": "xi", "ρ": "rho", "σ": "sigma", "τ": "tau", "φ": "phi", "ω": "omega",
}
_DIGITS = "0123456789"
_SUPERSCRIPTS = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+", strict=True))

_NUMBER = re.compile(r"(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(_(\{[A-Za-z0-9]+\}|[A-Za-z0-9]+))?")
_OPERATORS = ("**", "<=", ">=", "=<", "=>", "!=", "<>", "==", "+", "-", "*", "/", "^", "(", ")", "[", "]",
              "{", "}", ",", "|", "!", "=", "<", ">", ";")
_CANONICAL = {"**": "^", "=<": "<=", "=>": ">=", "<>": "!=", "==": "=", "≤": "<=", "≥": ">=", "≠": "!="}


@dataclass(frozen=True)
class Token:
    """A token: kind is NUM, NAME, OP or END; text is canonical; pos indexes the original input."""

    kind: str
    text: str
    pos: int


def tokenize(source: str) -> list[Token]:
    """Split source into tokens, or raise MathInputError naming the first character we cannot read."""
    if len(source) > MAX_INPUT_CHARS:
        raise MathInputError(N_("the answer is too long (%(n)s characters, at most %(limit)s)"), n=len(source),
                             limit=MAX_INPUT_CHARS)
    source = "".join(_UNICODE.get(char, char) for char in source)  # one character for one: positions hold
    tokens: list[Token] = []
    index = 0
    while index < len(source):
        char = source[index]
        if char.isspace():
            index += 1
            continue
        index = _read_one(source, index, char, tokens)
        if len(tokens) > MAX_TOKENS:
            raise MathInputError(N_("the answer is too long (more than %(limit)s symbols)"), index, limit=MAX_TOKENS)
    tokens.append(Token("END", "", len(source)))
    return tokens


def _read_one(source: str, index: int, char: str, tokens: list[Token]) -> int:
    """Append the token starting at index and return the index after it."""
    if char in _SUPERSCRIPTS:
        end = index
        while end < len(source) and source[end] in _SUPERSCRIPTS:
            end += 1
        digits = "".join(_SUPERSCRIPTS[c] for c in source[index:end])
        tokens.extend([Token("OP", "^", index), Token("OP", "(", index)])
        if digits[0] in "+-":
            tokens.append(Token("OP", digits[0], index))
            digits = digits[1:]
        if not digits:
            raise MathInputError(N_("a superscript sign needs digits after it"), index, source[index])
        tokens.extend([Token("NUM", digits, index), Token("OP", ")", end - 1)])
        return end
    if char in _GREEK:
        tokens.append(Token("NAME", _GREEK[char], index))
        return index + 1
    if char in "π∞∪√":
        text = {"π": "pi", "∞": "inf", "∪": "∪", "√": "√"}[char]
        tokens.append(Token("NAME" if char in "π∞" else "OP", text, index))
        return index + 1
    if char in "≤≥≠":
        tokens.append(Token("OP", _CANONICAL[char], index))
        return index + 1
    # ASCII digits only: str.isdigit() also accepts "²", which the number pattern does not read.
    if char in _DIGITS or (char == "." and source[index + 1 : index + 2] in _DIGITS and index + 1 < len(source)):
        match = _NUMBER.match(source, index)
        assert match is not None  # the first character is a digit or ".digit"
        if len(match.group(0)) > MAX_INTEGER_DIGITS:
            raise MathInputError(N_("a number with more than %(limit)s digits"), index, limit=MAX_INTEGER_DIGITS)
        tokens.append(Token("NUM", match.group(0), index))
        return match.end()
    match = _NAME.match(source, index)
    if match:
        tokens.append(Token("NAME", match.group(0).replace("{", "").replace("}", ""), index))
        return match.end()
    for operator in _OPERATORS:
        if source.startswith(operator, index):
            tokens.append(Token("OP", _CANONICAL.get(operator, operator), index))
            return index + len(operator)
    raise MathInputError(N_("'%(symbol)s' is not a symbol we understand"), index, source[index], symbol=source[index])
