"""The applicant's report pages: create, read, download, share, submit, checklist, export and delete."""

from __future__ import annotations

import json
from datetime import date

from flask import Blueprint, Response, abort, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required, logout_user
from sqlalchemy import select

from quizapp.assess.forms import TOPIC_LABELS, ActionForm
from quizapp.auth.confirm import confirmation_required
from quizapp.extensions import db
from quizapp.models import Attempt, Checklist, Report
from quizapp.reports import services
from quizapp.reports.account import delete_user_data, export_user_data
from quizapp.reports.forms import DeleteForm, checklist_form
from quizapp.reports.labels import template_labels
from quizapp.reports.receipt import send_submission_receipt
from quizapp.reports.rounds import load_rounds
from quizapp.reports.svg import topic_chart

bp = Blueprint("reports", __name__)
bp.context_processor(template_labels)


def own_report(report_id: int) -> Report:
    """The report if it belongs to the current user; 404 otherwise (never reveal that it exists)."""
    report = db.session.get(Report, report_id)
    if report is None or report.user_id != current_user.id:
        abort(404)
    return report


@bp.get("/")
@login_required
def index() -> ResponseReturnValue:
    """My reports, and my finished attempts a report can be made from."""
    attempts = db.session.scalars(select(Attempt).where(Attempt.user_id == current_user.id,
                                                        Attempt.status == "finished").order_by(Attempt.id.desc()))
    reports = services.own_reports(current_user)
    reported = {r.attempt_id for r in reports}
    return render_template("reports/index.html", reports=reports,
                           attempts=[a for a in attempts if a.id not in reported], form=ActionForm(),
                           topic_labels=TOPIC_LABELS)


@bp.post("/create/<int:attempt_id>")
@login_required
def create(attempt_id: int) -> ResponseReturnValue:
    """Make a signed report from one of my finished attempts."""
    attempt = db.session.get(Attempt, attempt_id)
    if attempt is None or attempt.user_id != current_user.id:
        abort(404)
    if not ActionForm().validate_on_submit():
        abort(400)
    existing = services.report_of(attempt)
    if existing is not None:  # a second click (or a second visit) must not mint a second code for one attempt
        flash(_("This attempt already has its report: here it is."), "info")
        return redirect(url_for("reports.show", report_id=existing.id))
    try:
        report = services.create_report(attempt, current_user)
    except services.ReportError:
        flash(_("A report needs a finished attempt with at least one answer."), "error")
        return redirect(url_for("assess.results", attempt_id=attempt.id))
    return redirect(url_for("reports.show", report_id=report.id))


@bp.get("/<int:report_id>")
@login_required
def show(report_id: int) -> ResponseReturnValue:
    """The report as a web page, with the checklist form, the share link and the actions."""
    report = own_report(report_id)
    payload = json.loads(report.payload)
    checklist = db.session.get(Checklist, current_user.id)
    return render_template(
        "reports/show.html", report=report, payload=payload, chart=topic_chart(payload["topics"], _("Topics")),
        share_url=services.verify_url(report.code), form=ActionForm(), topic_labels=TOPIC_LABELS,
        checklist_form=checklist_form(checklist), rounds=load_rounds(), today=date.today(),
        must_confirm=confirmation_required(current_user),
    )


@bp.get("/<int:report_id>/pdf")
@login_required
def pdf(report_id: int) -> ResponseReturnValue:
    """The signed PDF, byte for byte as stored."""
    report = own_report(report_id)
    return Response(report.pdf, mimetype="application/pdf", headers={
        "Content-Disposition": f'attachment; filename="readiness-report-{report.code}.pdf"'})


@bp.post("/<int:report_id>/submit")
@login_required
def submit(report_id: int) -> ResponseReturnValue:
    """Send the report to the programme."""
    report = own_report(report_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    if confirmation_required(current_user):
        flash(_("To submit this report, first confirm your email address: open the link we sent to %(email)s.",
                email=current_user.email), "error")
        return redirect(url_for("reports.show", report_id=report.id))
    if services.submit_report(report) and send_submission_receipt(report):
        flash(_("Your report was submitted to the programme. A receipt with the signed PDF is on its way to "
                "%(email)s.", email=report.user.email), "success")
    else:
        flash(_("Your report was submitted to the programme."), "success")
    return redirect(url_for("reports.show", report_id=report.id))


@bp.get("/export")
@login_required
def export() -> ResponseReturnValue:
    """All my data as one JSON file."""
    body = json.dumps(export_user_data(current_user), indent=2, ensure_ascii=False)
    return Response(body, mimetype="application/json",
                    headers={"Content-Disposition": 'attachment; filename="my-quizapp-data.json"'})


@bp.route("/delete", methods=["GET", "POST"])
@login_required
def delete() -> ResponseReturnValue:
    """Delete all my data, after an explicit confirmation."""
    form = DeleteForm()
    if form.validate_on_submit():
        user = current_user._get_current_object()
        logout_user()
        delete_user_data(user)
        flash(_("Your data has been deleted."), "success")
        return redirect(url_for("main.index"))
    return render_template("reports/delete.html", form=form), (400 if form.errors else 200)


# The checklist route lives in its own module; importing it registers it on ``bp``.
from quizapp.reports import checklist_views as _checklist_views  # noqa: E402, F401
