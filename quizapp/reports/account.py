"""The applicant's own data: export it all as JSON, or delete it all."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Attempt, AuditEntry, Checklist, Report, User
from quizapp.reports.uploads import delete_upload


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() + "Z" if moment else None


def export_user_data(user: User) -> dict[str, Any]:
    """Everything stored about ``user``: account, checklist, attempts with every response, reports, audit trail."""
    attempts = db.session.scalars(select(Attempt).where(Attempt.user_id == user.id).order_by(Attempt.id))
    reports = list(db.session.scalars(select(Report).where(Report.user_id == user.id).order_by(Report.id)))
    checklist = db.session.get(Checklist, user.id)
    audit = db.session.scalars(select(AuditEntry).where(AuditEntry.report_id.in_([r.id for r in reports]))
                               .order_by(AuditEntry.at)) if reports else []
    return {
        "account": {"name": user.name, "email": user.email, "role": user.role.value, "locale": user.locale,
                    "created_at": _iso(user.created_at), "email_confirmed_at": _iso(user.email_confirmed_at)},
        "checklist": None if checklist is None else {
            "degree": checklist.degree, "english_test": checklist.english_test,
            "english_score": checklist.english_score, "mooc_done": checklist.mooc_done,
            "attestation_type": checklist.attestation_type, "attestation_sha256": checklist.attestation_sha256,
            "round_id": checklist.round_id, "updated_at": _iso(checklist.updated_at)},
        "attempts": [{
            "id": a.id, "topics": a.topics, "mode": a.mode, "status": a.status, "stop_reason": a.stop_reason,
            "started_at": _iso(a.started_at), "finished_at": _iso(a.finished_at),
            "responses": [{
                "position": r.position, "item": r.item_version.item_id, "item_version": r.item_version.content_hash,
                "seed": r.seed, "answer": r.answer, "score": r.score, "correct": r.correct, "feedback": r.feedback,
                "tags": r.tags, "shown_at": _iso(r.shown_at), "answered_at": _iso(r.answered_at),
                "estimate": r.estimate} for r in a.responses],
        } for a in attempts],
        "reports": [{"code": r.code, "status": r.status, "created_at": _iso(r.created_at),
                     "submitted_at": _iso(r.submitted_at), "content": json.loads(r.payload)} for r in reports],
        "staff_views_of_my_reports": [{"report_code": next(r.code for r in reports if r.id == e.report_id),
                                       "action": e.action, "at": _iso(e.at)} for e in audit],
    }


def delete_user_data(user: User) -> None:
    """Remove the user's reports, uploads, checklist, attempts (with responses) and account.

    Audit entries stay: they record what staff did and name no applicant, only a report id that no longer exists.
    """
    for report in db.session.scalars(select(Report).where(Report.user_id == user.id)):
        db.session.delete(report)
    checklist = db.session.get(Checklist, user.id)
    if checklist is not None:
        delete_upload(checklist.attestation_file)
        db.session.delete(checklist)
    db.session.flush()
    for attempt in db.session.scalars(select(Attempt).where(Attempt.user_id == user.id)):
        db.session.delete(attempt)  # responses go with it (cascade)
    db.session.flush()
    db.session.delete(user)
    db.session.commit()
