"""What staff see: submitted reports only, filtered, sorted, exported; the evidence behind each score."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Select, func, or_, select

from quizapp.assess.services import stored_grade, variant_of
from quizapp.extensions import db
from quizapp.i18n import localised_feedback
from quizapp.models import Report, ReportTopic, User
from quizapp.qtypes import Choice


@dataclass(frozen=True)
class ReportFilter:
    """The dashboard's query: round, a topic at a level, submission dates, free text, sort order."""

    round_id: str = ""
    topic: str = ""
    level: str = ""
    since: date | None = None
    until: date | None = None
    search: str = ""
    sort: str = "newest"


@dataclass(frozen=True)
class Row:
    """A submitted report with its parsed (signed) content."""

    report: Report
    payload: dict[str, Any]

    @classmethod
    def of(cls, report: Report) -> Row:
        """The report with its payload parsed."""
        return cls(report, json.loads(report.payload))


SORTS = ("newest", "oldest", "name")


def submitted_report(report_id: int) -> Report | None:
    """A report staff may open: it exists and was submitted."""
    report = db.session.get(Report, report_id)
    return report if report is not None and report.is_submitted else None


def report_query(f: ReportFilter) -> Select[tuple[Report]]:
    """Submitted reports matching the filter, in its order: a query, so a page reads only its own rows."""
    query = select(Report).join(User, User.id == Report.user_id).where(Report.status == "submitted")
    if f.round_id:
        query = query.where(Report.round_id == f.round_id)
    if f.since:
        query = query.where(Report.submitted_at >= datetime.combine(f.since, time.min))
    if f.until:
        query = query.where(Report.submitted_at <= datetime.combine(f.until, time.max))
    if f.search.strip():
        needle = f"%{f.search.strip().lower()}%"
        query = query.where(or_(func.lower(User.name).like(needle), func.lower(User.email).like(needle)))
    if f.topic or f.level:  # one topic line must match both (the topic *at* the level)
        lines = select(ReportTopic.report_id)
        if f.topic:
            lines = lines.where(ReportTopic.topic == f.topic)
        if f.level:
            lines = lines.where(ReportTopic.level == f.level)
        query = query.where(Report.id.in_(lines))
    order = {"oldest": (Report.submitted_at.asc(),), "name": (func.lower(User.name).asc(),)}.get(
        f.sort, (Report.submitted_at.desc(),))
    return query.order_by(*order, Report.id)


def csv_export(f: ReportFilter) -> tuple[str, list[int]]:
    """The matching reports as CSV, one line each (per measured topic its θ, SE, level and whether the level is
    provisional), and their ids.

    Rows are streamed as plain tuples: holding thousands of ORM objects and parsed payloads at once made Python's
    garbage collector scan them again and again (30,000 reports took 8 s).
    """
    query = report_query(f)
    ids = query.with_only_columns(Report.id).order_by(None)
    topics = sorted(db.session.scalars(select(ReportTopic.topic).distinct().where(ReportTopic.report_id.in_(ids))))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["code", "name", "email", "email_confirmed", "round", "submitted_at", "mode", "items", "english_ok",
                     "mooc_done", *[f"{t}_{k}" for t in topics for k in ("theta", "se", "level", "provisional")]])
    exported = []
    columns = (Report.id, Report.code, Report.payload, Report.round_id, Report.submitted_at)
    for report_id, code, text, round_id, submitted_at in db.session.execute(
            query.with_only_columns(*columns)).yield_per(500):
        p = json.loads(text)
        lines = {t["topic"]: t for t in p["topics"]}
        cells: list[Any] = []
        for name in topics:
            line = lines.get(name)
            # reports issued before provisional levels existed have no such key: left empty, not guessed
            cells += [line["theta"], line["se"], line["level"], line.get("provisional", "")] if line else [""] * 4
        writer.writerow([code, _safe(p["applicant"]["name"]), _safe(p["applicant"]["email"]),
                         p["applicant"].get("email_confirmed", ""), round_id or "",
                         submitted_at.isoformat() if submitted_at else "", p["attempt"]["mode"],
                         p["attempt"]["items"], p["checklist"]["english_ok"], p["checklist"]["mooc_done"], *cells])
        exported.append(report_id)
    return out.getvalue(), exported


def _safe(text: str) -> str:
    """Neutralise spreadsheet formulas in applicant-typed text (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def evidence(report: Report) -> list[dict[str, Any]]:
    """Every answered item behind the report: the variant as shown, the answer, the grade, the time."""
    lines = []
    for response in report.attempt.responses:
        if not response.is_answered:
            continue
        version = response.item_version
        variant = variant_of(response)
        answered = response.answered_at or response.shown_at
        given = response.answer or {}
        lines.append({
            "position": response.position, "item_id": version.item_id, "title": version.spec.get("title", ""),
            "topic": version.topic, "level": version.level, "concepts": version.concepts, "prompt": variant.prompt,
            "choices": [{"text": c.text, "correct": c.correct,
                         "chosen": c.key in (given.get("choice") or [])} for c in variant.choices],
            "seed": response.seed,
            "version": version.content_hash[:12],
            "answer": _raw(given, variant.choices), "answer_latex": response.answer_latex,
            # A code answer: the code as submitted and its hidden tests by name, passed or not.
            "code": given.get("code"),
            "tests": (given.get("run") or {}).get("tests") or [],
            "score": response.score, "correct": response.correct,
            "feedback": localised_feedback(response.feedback, stored_grade(response).parts),
            "tags": response.tags or [], "seconds": (answered - response.shown_at).total_seconds(),
            "estimate": (response.estimate or {}).get("topics", {}).get(version.topic),
        })
    return lines


def _raw(answer: dict[str, Any] | None, choices: tuple[Choice, ...]) -> str:
    """The answer as the applicant gave it: chosen options by their text, else the typed text."""
    if not answer:
        return ""
    if answer.get("choice"):
        texts = {c.key: c.text for c in choices}
        return "; ".join(texts.get(str(k), str(k)) for k in answer["choice"])
    return str(answer.get("answer", ""))
