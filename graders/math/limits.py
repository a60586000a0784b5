"""Caps that keep hostile input from costing unbounded time or memory (checked before any CAS work)."""

from __future__ import annotations

MAX_INPUT_CHARS = 2000  # a typed answer longer than this is refused outright
MAX_TOKENS = 600
MAX_NESTING = 40  # brackets, function calls and exponents nested inside each other
MAX_NODES = 1500  # size of the parsed tree
MAX_INTEGER_DIGITS = 400  # a literal integer or decimal
MAX_EXPONENT = 100_000  # |n| in x^n with an integer n and a symbolic base
MAX_RESULT_DIGITS = 5000  # digits of a number computed from literals, e.g. 9^9^9
MAX_FACTORIAL = 1000  # n! and binomial(n, k) with a literal n
MAX_VARIABLES = 12
