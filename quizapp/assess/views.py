"""Quiz pages. Thin: the logic lives in :mod:`quizapp.assess.services`."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, jsonify, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required

from quizapp.assess import code_runs, services
from quizapp.assess.forms import TOPIC_LABELS, ActionForm, AnswerForm, StartForm
from quizapp.bank.schema import TOPICS
from quizapp.extensions import db
from quizapp.i18n import localise, localised_feedback
from quizapp.models import Attempt, Response, Role
from quizapp.qtypes import AnswerFormatError
from quizapp.reports.labels import LEVEL_LABELS
from quizapp.reports.levels import cut_scores, is_provisional, level_for
from quizapp.reports.services import report_of

bp = Blueprint("assess", __name__)


def _own_attempt(attempt_id: int) -> Attempt:
    """The attempt, if it belongs to the current user; 404 otherwise (never reveal others' attempts)."""
    attempt = db.session.get(Attempt, attempt_id)
    if attempt is None or attempt.user_id != current_user.id:
        abort(404)
    return attempt


def _raw_answer() -> dict[str, object]:
    """The answer fields of the form, whatever the question type."""
    return {"answer": request.form.get("answer", ""), "choice": request.form.getlist("choice"),
            "code": request.form.get("code", "")}


@bp.get("/")
@login_required
def dashboard() -> ResponseReturnValue:
    """Start an attempt, or resume one. Staff and instructors are told when code items are hidden."""
    return _dashboard(StartForm())


def _dashboard(form: StartForm) -> str:
    """The dashboard page with this start form (fresh, or with its errors)."""
    config = current_app.config
    return render_template("assess/dashboard.html", form=form, attempts=services.attempts_of(current_user),
                           topic_labels=TOPIC_LABELS, sandbox_notice=_sandbox_notice(),
                           typical_questions=services.typical_questions(), max_total=config["QUIZ_MAX_ITEMS_TOTAL"],
                           items_per_topic=(config["QUIZ_MIN_ITEMS_PER_TOPIC"], config["QUIZ_MAX_ITEMS_PER_TOPIC"]))


def _sandbox_notice() -> str | None:
    """Why code exercises are hidden from quizzes (for staff, instructors and admins), or None."""
    if not current_user.has_role(Role.STAFF, Role.INSTRUCTOR):
        return None
    from graders.sandbox import sandbox_status

    status = sandbox_status()
    return None if status.ok else status.reason


@bp.post("/start")
@login_required
def start() -> ResponseReturnValue:
    """Open a new attempt on the chosen topics."""
    form = StartForm()
    if not form.validate_on_submit():
        for errors in form.errors.values():
            for error in errors:
                flash(str(error), "error")
        return _dashboard(form), 400
    chosen = set(form.topics.data or [])
    # Topics are taken one at a time in the page's order, whatever order the browser sent them in.
    attempt = services.start_attempt(current_user, [t for t in TOPICS if t in chosen], form.mode.data or "practice")
    return redirect(url_for("assess.take", attempt_id=attempt.id))


@bp.get("/<int:attempt_id>")
@login_required
def take(attempt_id: int) -> ResponseReturnValue:
    """The current item of the attempt (resuming where it was), or the results once finished."""
    attempt = _own_attempt(attempt_id)
    response = services.current_response(attempt)
    if response is None:
        return redirect(url_for("assess.results", attempt_id=attempt.id))
    if code_runs.is_pending(response):
        return redirect(url_for("assess.pending", attempt_id=attempt.id, response_id=response.id))
    return _render_item(attempt, response)


def _render_item(attempt: Attempt, response: Response, error: str | None = None,
                 raw: dict[str, object] | None = None) -> ResponseReturnValue:
    version = response.item_version
    form = AnswerForm(response_id=str(response.id))
    # Topics come one after another: say so when this item opens a new one.
    previous = next((r for r in attempt.responses if r.position == response.position - 1), None)
    finished_topic = previous.item_version.topic if previous and previous.item_version.topic != version.topic else None
    return render_template(
        "assess/item.html", attempt=attempt, response=response, variant=services.variant_of(response),
        spec=services.spec_of(version), qtype=services.qtype_of(version), form=form, error=error, raw=raw or {},
        progress=services.progress(attempt), finish_form=ActionForm(), topic_labels=TOPIC_LABELS,
        finished_topic=finished_topic,
    ), (422 if error else 200)


@bp.post("/<int:attempt_id>/answer")
@login_required
def answer(attempt_id: int) -> ResponseReturnValue:
    """Save an answer once; an unreadable one is shown back with the reason and costs nothing."""
    attempt = _own_attempt(attempt_id)
    form = AnswerForm()
    if not form.validate_on_submit():
        abort(400)
    response = db.session.get(Response, int(form.response_id.data or 0))
    if response is None or response.attempt_id != attempt.id:
        abort(404)
    if not attempt.is_active and not response.is_answered:
        flash(_("This attempt is finished; the answer was not saved."), "error")
        return redirect(url_for("assess.results", attempt_id=attempt.id))
    raw = _raw_answer()
    try:
        if services.qtype_of(response.item_version).asynchronous:
            code_runs.submit_code(response, raw)
            return redirect(url_for("assess.pending", attempt_id=attempt.id, response_id=response.id))
        outcome = services.submit_answer(response, raw)
    except AnswerFormatError as exc:
        return _render_item(attempt, response, error=exc.localised(), raw=raw)
    return _after_answer(attempt, response, outcome.recorded)


def _after_answer(attempt: Attempt, response: Response, recorded: bool) -> ResponseReturnValue:
    if not recorded:
        flash(_("This answer was already saved; the first submission counts."), "info")
    if attempt.mode == "practice":
        return redirect(url_for("assess.feedback", attempt_id=attempt.id, position=response.position))
    flash(_("Answer saved."), "success")
    return redirect(url_for("assess.take", attempt_id=attempt.id))


@bp.get("/<int:attempt_id>/pending/<int:response_id>")
@login_required
def pending(attempt_id: int, response_id: int) -> ResponseReturnValue:
    """A submitted code answer waiting for its run: refreshes itself until graded, then moves on."""
    attempt = _own_attempt(attempt_id)
    response = db.session.get(Response, response_id)
    if response is None or response.attempt_id != attempt.id or not (response.answer or response.is_answered):
        abort(404)
    state = code_runs.settle(response)
    if state.state == "done":
        return _after_answer(attempt, response, recorded=bool(state.outcome and state.outcome.recorded))
    return render_template("assess/pending.html", attempt=attempt, response=response, state=state,
                           spec=services.spec_of(response.item_version), topic_labels=TOPIC_LABELS)


@bp.post("/<int:attempt_id>/run")
@login_required
def run_examples(attempt_id: int) -> ResponseReturnValue:
    """Run the visible examples on the code in the editor; nothing is recorded."""
    attempt = _own_attempt(attempt_id)
    response = db.session.get(Response, request.form.get("response_id", type=int) or 0)
    if response is None or response.attempt_id != attempt.id:
        abort(404)
    if not services.qtype_of(response.item_version).asynchronous:
        abort(400)
    try:
        job = code_runs.run_examples(response, request.form.get("code", ""))
    except AnswerFormatError as exc:
        return jsonify(state="error", message=exc.localised()), 422
    session.setdefault("jobs", [])
    session["jobs"] = [*session["jobs"][-19:], job]  # a user may only poll their own runs
    return jsonify(state="queued", job=job, url=url_for("assess.job", job_id=job))


@bp.get("/jobs/<job_id>")
@login_required
def job(job_id: str) -> ResponseReturnValue:
    """Status of an examples run: queue position while waiting, then output and per-example verdicts."""
    if job_id not in session.get("jobs", []):
        abort(404)
    from quizapp import jobs

    status = jobs.job_status(job_id)
    return jsonify(state=status["state"], position=status.get("position"), error=status.get("error"),
                   result=status.get("result"))


@bp.get("/<int:attempt_id>/feedback/<int:position>")
@login_required
def feedback(attempt_id: int, position: int) -> ResponseReturnValue:
    """Practice mode: the grade, the feedback and the worked solution of an answered item."""
    attempt = _own_attempt(attempt_id)
    response = next((r for r in attempt.responses if r.position == position and r.is_answered), None)
    if response is None or (attempt.mode != "practice" and attempt.is_active):
        abort(404)
    grade = services.stored_grade(response)
    return render_template(
        "assess/feedback.html", attempt=attempt, response=response, variant=services.variant_of(response),
        feedback=localised_feedback(grade.feedback, grade.parts),
        spec=services.spec_of(response.item_version), progress=services.progress(attempt), topic_labels=TOPIC_LABELS,
    )


@bp.post("/<int:attempt_id>/finish")
@login_required
def finish(attempt_id: int) -> ResponseReturnValue:
    """Stop the attempt now; answers given so far are kept."""
    attempt = _own_attempt(attempt_id)
    if ActionForm().validate_on_submit():
        services.finish_attempt(attempt, "applicant_stopped")
    return redirect(url_for("assess.results", attempt_id=attempt.id))


@bp.get("/<int:attempt_id>/results")
@login_required
def results(attempt_id: int) -> ResponseReturnValue:
    """Per-topic level estimates and, for a finished attempt, every answer with its feedback."""
    attempt = _own_attempt(attempt_id)
    for response in attempt.responses:
        if code_runs.is_pending(response):
            code_runs.settle(response)
    cuts, se_target = cut_scores(), float(current_app.config["QUIZ_TOPIC_SE_TARGET"])
    results = [(est, level_for(est.theta, cuts[est.topic]),
                is_provisional(est.theta, est.se, se_target, cuts[est.topic]))
               for est in services.topic_estimates(attempt)]
    return render_template("assess/results.html", attempt=attempt, results=results, topic_labels=TOPIC_LABELS,
                           level_labels=LEVEL_LABELS, report=report_of(attempt))


@bp.post("/preview")
@login_required
def preview() -> ResponseReturnValue:
    """Live preview of a typed math answer: how we read it (LaTeX) or the precise reason we cannot."""
    response = db.session.get(Response, request.form.get("response_id", type=int) or 0)
    if response is None or response.attempt.user_id != current_user.id:
        abort(404)
    qtype = services.qtype_of(response.item_version)
    if not hasattr(qtype, "read_preview"):
        abort(400)
    text = request.form.get("answer", "")
    if not text.strip():
        return jsonify(status="empty", latex=None, message="")
    result = qtype.read_preview(services.spec_of(response.item_version), services.variant_of(response), text[:2000])
    return jsonify(status=result.status, latex=result.latex, message=localise(result.message, result.wording))
