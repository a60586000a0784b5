"""The one error type the math parser and graders raise for bad input."""

from __future__ import annotations


class MathInputError(ValueError):
    """An answer (or expected answer) that cannot be read; the message names the token and position."""

    def __init__(self, message: str, position: int | None = None, token: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.position = position
        self.token = token

    def __str__(self) -> str:
        if self.position is None:
            return self.message
        return f"{self.message} (at position {self.position + 1})"
