"""Readiness reports, the applicant's self-declared checklist, and the staff audit log.

A report stores the exact canonical JSON it signed (``payload``) and the exact PDF bytes it signed the hash of:
verification compares bytes, so nothing is re-serialised between signing and checking.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.extensions import db
from quizapp.models._time import utcnow
from quizapp.models.attempt import Attempt
from quizapp.models.user import User


class Report(db.Model):
    """A signed readiness report built from one finished attempt; staff see it only once submitted."""

    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"), index=True)
    code: Mapped[str] = mapped_column(String(20), unique=True, index=True)
    locale: Mapped[str] = mapped_column(String(8), default="en")
    payload: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(String(200))
    pdf_sha256: Mapped[str] = mapped_column(String(64), index=True)
    pdf_signature: Mapped[str] = mapped_column(String(200))
    round_id: Mapped[str | None] = mapped_column(String(40), index=True)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[datetime | None]

    user: Mapped[User] = relationship()
    attempt: Mapped[Attempt] = relationship()
    topic_lines: Mapped[list[ReportTopic]] = relationship(cascade="all, delete-orphan", order_by="ReportTopic.position")
    # The PDF lives in its own table: a row holding ~70 kB of PDF makes every scan of the reports (a staff list,
    # a count) read it too on SQLite, which stores a row's columns one after the other.
    pdf_file: Mapped[ReportPdf] = relationship(cascade="all, delete-orphan")

    @property
    def is_submitted(self) -> bool:
        """True once the applicant has sent it to the programme (it is then frozen)."""
        return self.status == "submitted"

    @property
    def pdf(self) -> bytes:
        """The signed PDF's exact bytes."""
        return self.pdf_file.data

    @pdf.setter
    def pdf(self, data: bytes) -> None:
        if self.pdf_file is None:
            self.pdf_file = ReportPdf(data=data)
        else:
            self.pdf_file.data = data


class ReportPdf(db.Model):
    """A report's signed PDF (one per report)."""

    __tablename__ = "report_pdfs"

    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ReportTopic(db.Model):
    """One topic line of a report as signed (a copy of the payload's, kept so staff can filter and count in SQL).

    The signed payload stays the authority: these rows are rewritten from it whenever the report is (re)issued.
    """

    __tablename__ = "report_topics"
    __table_args__ = (Index("ix_report_topics_topic_level", "topic", "level"),)

    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True)
    topic: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int]
    level: Mapped[str] = mapped_column(String(20))
    theta: Mapped[float] = mapped_column(Float)
    se: Mapped[float] = mapped_column(Float)
    provisional: Mapped[bool | None]

    @classmethod
    def lines_of(cls, payload: dict[str, Any]) -> list[ReportTopic]:
        """The rows for a payload's ``topics`` list, in its order."""
        return [cls(topic=t["topic"], position=i, level=t["level"], theta=t["theta"], se=t["se"],
                    provisional=t.get("provisional")) for i, t in enumerate(payload["topics"])]


class Checklist(db.Model):
    """The applicant's self-declared application checklist (one per account)."""

    __tablename__ = "checklists"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    degree: Mapped[str | None] = mapped_column(String(200))
    english_test: Mapped[str | None] = mapped_column(String(20))
    english_score: Mapped[str | None] = mapped_column(String(40))
    mooc_done: Mapped[bool] = mapped_column(default=False)
    attestation_file: Mapped[str | None] = mapped_column(String(80))
    attestation_type: Mapped[str | None] = mapped_column(String(40))
    attestation_sha256: Mapped[str | None] = mapped_column(String(64))
    round_id: Mapped[str | None] = mapped_column(String(40))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class AuditEntry(db.Model):
    """Who did what to which report, when. ``report_id`` is not a foreign key: the trail outlives deletions."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(index=True)
    actor_email: Mapped[str] = mapped_column(String(254))
    action: Mapped[str] = mapped_column(String(40))
    report_id: Mapped[int | None] = mapped_column(index=True)
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
