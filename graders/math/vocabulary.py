"""Which words an applicant may type: functions, constants, and the variables a question declares."""

from __future__ import annotations

from graders.math.errors import MathInputError
from graders.math.wording import N_

# Function name as typed -> canonical name used by the builder.
FUNCTIONS: dict[str, str] = {
    **{name: name for name in (
        "sin", "cos", "tan", "cot", "sec", "csc", "asin", "acos", "atan", "acot", "asec", "acsc",
        "sinh", "cosh", "tanh", "coth", "sech", "csch", "asinh", "acosh", "atanh",
        "sqrt", "cbrt", "root", "exp", "ln", "log", "log10", "log2", "abs", "binomial", "factorial",
        "floor", "ceil", "sign")},
    "arcsin": "asin", "arccos": "acos", "arctan": "atan", "arccot": "acot", "cosec": "csc",
    "arsinh": "asinh", "cosech": "csch", "signum": "sign", "arcosh": "acosh", "artanh": "atanh",
    "ceiling": "ceil", "sgn": "sign",
    "tg": "tan",
}
CONSTANTS: dict[str, str] = {"pi": "pi", "e": "e", "i": "i", "inf": "inf", "infinity": "inf"}


def resolve_word(word: str, declared: frozenset[str], pos: int) -> list[tuple[str, str]]:
    """Read a word as [(role, name), ...]: one function/constant/variable, or declared names multiplied.

    Roles are "func", "const" and "var". Unknown multi-letter words are refused, never split silently.
    """
    if word in declared:
        return [("var", word)]
    if word in FUNCTIONS:
        return [("func", FUNCTIONS[word])]
    if word in CONSTANTS:
        return [("const", CONSTANTS[word])]
    if len(word) == 1:
        return [("var", word)]
    if "_" in word:
        return [("var", word)]
    pieces = _split_declared(word, declared)
    if pieces:
        return [("const" if p in CONSTANTS else "var", CONSTANTS.get(p, p)) for p in pieces]
    raise _unknown_word_error(word, declared, pos)


def _split_declared(word: str, declared: frozenset[str]) -> list[str] | None:
    """Split word into declared names (and pi), longest match first; None if impossible."""
    vocabulary = set(declared) | {"pi"}
    if not declared:
        return None
    best: list[str] | None = None

    def walk(rest: str, acc: list[str]) -> bool:
        nonlocal best
        if not rest:
            best = list(acc)
            return True
        for size in range(len(rest), 0, -1):
            head = rest[:size]
            if head in vocabulary and walk(rest[size:], [*acc, head]):
                return True
        return False

    walk(word, [])
    return best


def _unknown_word_error(word: str, declared: frozenset[str], pos: int) -> MathInputError:
    """Explain why word was refused, with the most likely fix."""
    for name in sorted(FUNCTIONS, key=len, reverse=True):
        if word.startswith(name) and len(word) > len(name):
            return MathInputError(N_("'%(word)s': %(f)s is a function, write %(f)s(%(arg)s)"), pos, word, word=word,
                                  f=name, arg=word[len(name):])
    if any(c.isdigit() for c in word):
        head = word.rstrip("0123456789")
        tail = word[len(head) :]
        return MathInputError(N_("'%(word)s' is not a variable of this question; write %(head)s*%(tail)s or "
                                 "%(head)s_%(tail)s"), pos, word, word=word, head=head, tail=tail)
    if not declared:
        return MathInputError(N_("'%(word)s' is not a known function or a variable of this question (variables: "
                                 "single letters); write %(product)s for a product"), pos, word, word=word,
                              product="*".join(word))
    return MathInputError(N_("'%(word)s' is not a known function or a variable of this question (variables: "
                             "%(known)s); write %(product)s for a product"), pos, word, word=word,
                          known=", ".join(sorted(declared)), product="*".join(word))
