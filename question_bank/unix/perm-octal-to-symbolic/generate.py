"""Draw an octal file mode whose digits are not all equal and not a palindrome (so misreadings differ)."""

from __future__ import annotations

from typing import Any


def symbolic(digit: int) -> str:
    """The rwx triplet of one octal digit, e.g. 5 -> 'r-x'."""
    return ("r" if digit & 4 else "-") + ("w" if digit & 2 else "-") + ("x" if digit & 1 else "-")


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return the mode digits, the answer string and the string a reader swapping owner and others writes."""
    while True:
        owner, group, other = (int(rng.integers(4, 8)), int(rng.integers(0, 8)), int(rng.integers(0, 8)))
        if owner != other:
            break
    answer = symbolic(owner) + symbolic(group) + symbolic(other)
    reversed_answer = symbolic(other) + symbolic(group) + symbolic(owner)
    return {"mode": f"{owner}{group}{other}", "answer": answer, "reversed": reversed_answer,
            "u": symbolic(owner), "g": symbolic(group), "o": symbolic(other),
            "uo": owner, "go": group, "oo": other}
