"""One page of a long list (staff dashboard, accounts), counted and sliced in the database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from flask import current_app, request, url_for
from sqlalchemy import Select, func, select

from quizapp.extensions import db

T = TypeVar("T")
U = TypeVar("U")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of rows: its rows, its number (from 1), how many pages and rows in all."""

    rows: list[T]
    number: int
    pages: int
    total: int
    first: int  # position of the page's first row, from 1 (0 when there is none)

    @property
    def last(self) -> int:
        """Position of the page's last row."""
        return self.first + len(self.rows) - 1 if self.rows else 0

    def map(self, convert: Callable[[T], U]) -> Page[U]:
        """The same page with each row converted."""
        return Page([convert(row) for row in self.rows], self.number, self.pages, self.total, self.first)


def page_of(query: Select[Any], number: int, size: int) -> Page[Any]:
    """Page ``number`` of an ordered query's results (clamped: a page past the end shows the last one).

    Two statements, a count and the page itself, so a list of 10,000 rows reads 50 of them.
    """
    total = db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    pages = max(1, -(-total // size))
    number = min(max(number, 1), pages)
    start = (number - 1) * size
    rows = list(db.session.scalars(query.limit(size).offset(start)))
    return Page(rows, number, pages, total, start + 1 if rows else 0)


def requested_page(query: Select[Any]) -> Page[Any]:
    """The page of the query's results that ``?page=`` asks for, ``REVIEW_PAGE_SIZE`` rows long."""
    return page_of(query, request.args.get("page", 1, type=int), current_app.config["REVIEW_PAGE_SIZE"])


def query_without_page() -> dict[str, str]:
    """This request's query (a list's filter) without its page number."""
    return {k: v for k, v in request.args.items() if k != "page"}


def page_url(number: int) -> str:
    """This page's URL at page ``number``, keeping the filter (a template global, for ``_pager.html``)."""
    return url_for(str(request.endpoint), **(request.view_args or {}), **query_without_page(), page=number)
