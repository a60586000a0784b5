"""Staff pages. Only submitted reports are reachable here, and every look at one is written to the audit log."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from urllib.parse import urlencode

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from wtforms import SelectChoice

from quizapp.assess.forms import TOPIC_LABELS
from quizapp.bank.schema import TOPICS
from quizapp.extensions import db
from quizapp.models import Report, Role
from quizapp.pagination import query_without_page, requested_page
from quizapp.reports.labels import LEVEL_LABELS, STATUS_LABELS, template_labels
from quizapp.reports.levels import cut_scores, save_cut_scores
from quizapp.reports.rounds import load_rounds
from quizapp.reports.services import check_report
from quizapp.reports.svg import topic_chart
from quizapp.review import audit, charts
from quizapp.review.cohort import cohort_stats
from quizapp.review.forms import FilterForm, cut_score_form
from quizapp.review.services import Row, csv_export, evidence, report_query, submitted_report
from quizapp.security import role_required

bp = Blueprint("review", __name__)
bp.context_processor(template_labels)


def _filter_form() -> FilterForm:
    form = FilterForm(request.args)
    form.round_id.choices = [SelectChoice("", _("Any round")), *(SelectChoice(r.id, r.name) for r in load_rounds())]
    form.validate()  # after the round choices: an unknown round is an error, ignored and shown like a bad date
    return form


def _submitted_or_404(report_id: int) -> Report:
    report = submitted_report(report_id)
    if report is None:
        abort(404)
    return report


@bp.get("/")
@role_required(Role.STAFF)
def dashboard() -> ResponseReturnValue:
    """Submitted reports, filtered, sorted and searched."""
    form = _filter_form()
    page = requested_page(report_query(form.to_filter())).map(Row.of)
    return render_template("review/dashboard.html", form=form, page=page,
                           topic_labels=TOPIC_LABELS, level_labels=LEVEL_LABELS,
                           rounds={r.id: r for r in load_rounds()}, query=urlencode(query_without_page()))


@bp.get("/export.csv")
@role_required(Role.STAFF)
def export_csv() -> ResponseReturnValue:
    """The filtered dashboard as CSV (logged: it copies applicants' data out)."""
    text, exported = csv_export(_filter_form().to_filter())
    audit.record("export_csv", detail={"reports": exported})
    return Response(text, mimetype="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="readiness-reports.csv"'})


@bp.get("/reports/<int:report_id>")
@role_required(Role.STAFF)
def report(report_id: int) -> ResponseReturnValue:
    """One report: its signed content, verification, and the evidence behind every score."""
    report = _submitted_or_404(report_id)
    audit.record("view_report", report.id)
    payload = json.loads(report.payload)
    return render_template(
        "review/report.html", report=report, payload=payload, verification=check_report(report),
        chart=topic_chart(payload["topics"], _("Topics")), evidence=evidence(report), topic_labels=TOPIC_LABELS,
        level_labels=LEVEL_LABELS, status_labels=STATUS_LABELS, trail=audit.recent(20, report.id),
    )


@bp.get("/reports/<int:report_id>/pdf")
@role_required(Role.STAFF)
def report_pdf(report_id: int) -> ResponseReturnValue:
    """The applicant's signed PDF."""
    report = _submitted_or_404(report_id)
    audit.record("download_pdf", report.id)
    return Response(report.pdf, mimetype="application/pdf", headers={
        "Content-Disposition": f'attachment; filename="readiness-report-{report.code}.pdf"'})


@bp.get("/stats")
@role_required(Role.STAFF)
def stats() -> ResponseReturnValue:
    """Cohort statistics over the (filtered) submitted reports: θ per topic, levels per round."""
    form = _filter_form()
    cohort = cohort_stats(form.to_filter())
    names = {r.id: r.name for r in load_rounds()}
    per_round: dict[str, Counter[str]] = defaultdict(Counter)
    for round_id, levels in cohort.per_round.items():  # rounds no longer configured share "No round"
        per_round[names.get(round_id or "", _("No round"))].update(levels)
    cuts = cut_scores()
    topics = sorted(cohort.topics, key=TOPICS.index)
    histograms = {topic: charts.histogram(cohort.topics[topic].bins, str(TOPIC_LABELS[topic]), cuts[topic])
                  for topic in topics}
    return render_template(
        "review/stats.html", form=form, count=cohort.count, histograms=histograms, topic_stats=cohort.topics,
        topic_labels=TOPIC_LABELS, level_labels=LEVEL_LABELS,
        round_chart=charts.level_bars(dict(per_round), LEVEL_LABELS, _("Levels per round")) if per_round else None,
    )


@bp.route("/settings", methods=["GET", "POST"])
@role_required(Role.STAFF)
def settings() -> ResponseReturnValue:
    """The cut scores per topic (new reports use them; issued reports keep the levels they were signed with)."""
    cuts = cut_scores()
    form = cut_score_form(cuts, request.form if request.method == "POST" else None)
    if request.method == "POST" and form.validate_on_submit():
        new = {t: {k: float(form[f"{t}-{k}"].data) for k in ("ready", "review")} for t in TOPICS}
        try:
            save_cut_scores(new)
        except ValueError as exc:
            db.session.rollback()
            flash(_("%(topic)s: the review cut score must not be above the ready cut score.",
                    topic=TOPIC_LABELS[str(exc)]), "error")
            return render_template("review/settings.html", form=form, topics=TOPICS, topic_labels=TOPIC_LABELS), 400
        db.session.commit()
        audit.record("change_cut_scores", detail=new)
        flash(_("Cut scores saved."), "success")
        return redirect(url_for("review.settings"))
    status = 400 if request.method == "POST" else 200
    return render_template("review/settings.html", form=form, topics=TOPICS, topic_labels=TOPIC_LABELS), status


@bp.get("/audit")
@role_required(Role.STAFF)
def audit_log() -> ResponseReturnValue:
    """The latest audit entries."""
    return render_template("review/audit.html", entries=audit.recent(300))
