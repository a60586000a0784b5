"""Attempts and the responses inside them.

A :class:`Response` row is created when an item is *shown* (item version + seed fix the variant) and filled in
once when it is answered, so the attempt resumes exactly where it was and a double submit records nothing twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.extensions import db
from quizapp.models._time import utcnow
from quizapp.models.item import ItemVersion
from quizapp.models.user import User


class Attempt(db.Model):
    """One sitting: a set of topics, a mode (practice shows solutions; assessment does not) and a status."""

    __tablename__ = "attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    topics: Mapped[list[str]] = mapped_column(JSON)
    mode: Mapped[str] = mapped_column(String(20), default="practice")
    status: Mapped[str] = mapped_column(String(20), default="active")
    seed: Mapped[int]
    stop_reason: Mapped[str | None] = mapped_column(String(40))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]

    user: Mapped[User] = relationship()
    responses: Mapped[list[Response]] = relationship(
        back_populates="attempt", order_by="Response.position", cascade="all, delete-orphan"
    )

    @property
    def is_active(self) -> bool:
        """True until the attempt is finished."""
        return self.status == "active"


class Response(db.Model):
    """An item shown at ``position`` in an attempt, and (once answered) the answer and its grade."""

    __tablename__ = "responses"
    __table_args__ = (UniqueConstraint("attempt_id", "position", name="uq_response_position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"), index=True)
    position: Mapped[int]
    item_version_id: Mapped[int] = mapped_column(ForeignKey("item_versions.id"), index=True)
    seed: Mapped[int]
    shown_at: Mapped[datetime] = mapped_column(default=utcnow)
    answer: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    answer_latex: Mapped[str | None] = mapped_column(String(4000))
    score: Mapped[float | None]
    correct: Mapped[bool | None]
    feedback: Mapped[str | None] = mapped_column(String(4000))
    # the feedback's sentences as templates with their fields, so it can be shown in the reader's language
    feedback_parts: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    answered_at: Mapped[datetime | None]
    estimate: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    attempt: Mapped[Attempt] = relationship(back_populates="responses")
    item_version: Mapped[ItemVersion] = relationship()

    @property
    def is_answered(self) -> bool:
        """True once an answer has been graded and saved."""
        return self.answered_at is not None
