"""The audit log: every staff look at a report (and every export or settings change) leaves a row."""

from __future__ import annotations

from typing import Any

from flask_login import current_user
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import AuditEntry


def record(action: str, report_id: int | None = None, detail: dict[str, Any] | None = None) -> None:
    """Write who (the logged-in staff member), what and when; committed at once so a crash cannot lose it."""
    db.session.add(AuditEntry(actor_id=current_user.id, actor_email=current_user.email, action=action,
                              report_id=report_id, detail=detail))
    db.session.commit()


def recent(limit: int = 200, report_id: int | None = None) -> list[AuditEntry]:
    """The latest entries, newest first (only those about ``report_id`` when given)."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    if report_id is not None:
        query = query.where(AuditEntry.report_id == report_id)
    return list(db.session.scalars(query))
