"""One page of a long list (staff dashboard, accounts), with what the page links need."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of rows: its rows, its number (from 1), how many pages and rows in all."""

    rows: list[T]
    number: int
    pages: int
    total: int
    first: int  # position of the page's first row, from 1 (0 when there is none)

    @classmethod
    def of(cls, rows: list[T], number: int, size: int) -> Page[T]:
        """Page ``number`` of ``rows`` (clamped: a page past the end shows the last one)."""
        pages = max(1, -(-len(rows) // size))
        number = min(max(number, 1), pages)
        start = (number - 1) * size
        return cls(rows[start:start + size], number, pages, len(rows), start + 1 if rows else 0)

    @property
    def last(self) -> int:
        """Position of the page's last row."""
        return self.first + len(self.rows) - 1 if self.rows else 0
