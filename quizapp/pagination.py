"""One page of a long list (staff dashboard, accounts), with what the page links need."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from flask import current_app, request, url_for

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


def requested_page(rows: list[T]) -> Page[T]:
    """The page of ``rows`` that ``?page=`` asks for, ``REVIEW_PAGE_SIZE`` rows long."""
    return Page.of(rows, request.args.get("page", 1, type=int), current_app.config["REVIEW_PAGE_SIZE"])


def query_without_page() -> dict[str, str]:
    """This request's query (a list's filter) without its page number."""
    return {k: v for k, v in request.args.items() if k != "page"}


def page_url(number: int) -> str:
    """This page's URL at page ``number``, keeping the filter (a template global, for ``_pager.html``)."""
    return url_for(str(request.endpoint), **(request.view_args or {}), **query_without_page(), page=number)
