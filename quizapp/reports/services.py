"""Issuing, re-issuing, submitting and verifying reports."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from flask_babel import get_locale
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from quizapp.extensions import db
from quizapp.models import Attempt, Checklist, Report, ReportTopic, User
from quizapp.models._time import utcnow
from quizapp.reports import signing
from quizapp.reports.content import build_payload, canonical_json, new_code, normalize_code
from quizapp.reports.remote import render_report_pdf
from quizapp.web import public_url


class ReportError(ValueError):
    """A report cannot be made or changed; the message is shown to the applicant."""


@dataclass(frozen=True)
class Verification:
    """The answer of ``/verify``: genuine or not, and the stored report when there is one."""

    genuine: bool
    report: Report | None = None
    payload: dict[str, Any] | None = None


def verify_url(code: str) -> str:
    """The public verification link (``PUBLIC_BASE_URL`` config key when the app sits behind a proxy)."""
    return public_url("verify.show", code=code)


def _pdf_message(code: str, digest: str) -> bytes:
    """What the PDF signature covers: the report's code bound to the PDF's exact hash."""
    return f"quizapp-report-pdf:{code}:{digest}".encode()


def _issue(report: Report, attempt: Attempt, user: User, locale: str) -> None:
    """(Re)build the payload, sign it, render and sign the PDF."""
    now = utcnow()
    checklist = db.session.get(Checklist, user.id)
    payload = build_payload(report.code, attempt, user, checklist, locale, now)
    text = canonical_json(payload)
    pdf = render_report_pdf(payload, verify_url(report.code))
    digest = hashlib.sha256(pdf).hexdigest()
    report.locale, report.payload, report.signature = locale, text, signing.sign(text.encode("utf-8"))
    report.pdf, report.pdf_sha256 = pdf, digest
    report.pdf_signature = signing.sign(_pdf_message(report.code, digest))
    report.round_id = (payload["checklist"]["round"] or {}).get("id")
    report.issued_at = now
    if report.topic_lines:  # a reissue: the old lines go first, since the new ones reuse their keys
        report.topic_lines.clear()
        db.session.flush()
    report.topic_lines = ReportTopic.lines_of(payload)


def create_report(attempt: Attempt, user: User) -> Report:
    """A new signed report for a finished attempt of ``user`` (its own code, in the current language)."""
    if attempt.user_id != user.id:
        raise ReportError("not your attempt")
    if attempt.is_active:
        raise ReportError("unfinished")
    if not any(r.is_answered for r in attempt.responses):
        raise ReportError("empty")
    for _ in range(5):  # a code collision is astronomically rare; retrying keeps the uniqueness a guarantee
        report = Report(user_id=user.id, attempt_id=attempt.id, code=new_code())
        _issue(report, attempt, user, str(get_locale() or "en"))
        db.session.add(report)
        try:
            db.session.commit()
            return report
        except IntegrityError:
            db.session.rollback()
    raise ReportError("could not allocate a verification code")


def reissue_drafts(user: User) -> int:
    """Re-sign the user's unsubmitted reports after a checklist change; returns how many were reissued."""
    drafts = list(db.session.scalars(select(Report).where(Report.user_id == user.id, Report.status == "draft")))
    for report in drafts:
        _issue(report, report.attempt, user, str(get_locale() or report.locale))
    db.session.commit()
    return len(drafts)


def submit_report(report: Report) -> bool:
    """Send the report to the programme: from now on staff see it and it no longer changes.

    False when it had already been submitted (nothing changes then).
    """
    if report.is_submitted:
        return False
    report.status = "submitted"
    report.submitted_at = utcnow()
    db.session.commit()
    return True


def report_of(attempt: Attempt) -> Report | None:
    """The report made from ``attempt``, if any: an attempt has one report (its code is what staff verify)."""
    return db.session.scalars(select(Report).where(Report.attempt_id == attempt.id).order_by(Report.id)).first()


def own_reports(user: User) -> list[Report]:
    """The user's reports, newest first."""
    return list(db.session.scalars(select(Report).where(Report.user_id == user.id)
                                   .order_by(Report.created_at.desc(), Report.id.desc())))


def check_report(report: Report) -> Verification:
    """Genuine when the stored payload, its code and the stored PDF all carry valid signatures."""
    text = report.payload.encode("utf-8")
    digest = hashlib.sha256(report.pdf).hexdigest()
    try:
        payload = json.loads(text)
    except ValueError:
        return Verification(False)
    genuine = (signing.verify(text, report.signature) and payload.get("code") == report.code
               and digest == report.pdf_sha256 and signing.verify(_pdf_message(report.code, digest),
                                                                   report.pdf_signature))
    return Verification(True, report, payload) if genuine else Verification(False)


def verify_code(text: str) -> Verification:
    """Verify a typed or linked code; an unknown code is *not genuine*."""
    code = normalize_code(text)
    report = db.session.scalar(select(Report).where(Report.code == code)) if code else None
    return check_report(report) if report is not None else Verification(False)


def verify_pdf(data: bytes) -> Verification:
    """Verify an uploaded PDF: genuine only if its exact bytes are a stored report's signed PDF."""
    digest = hashlib.sha256(data).hexdigest()
    report = db.session.scalar(select(Report).where(Report.pdf_sha256 == digest))
    return check_report(report) if report is not None else Verification(False)
