"""Instructor pages. Thin: statistics in :mod:`quizapp.authoring.services`, grading by the real question types."""

from __future__ import annotations

from collections import defaultdict

from flask import Blueprint, abort, render_template, request
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_wtf import FlaskForm

from quizapp.assess.forms import TOPIC_LABELS
from quizapp.assess.services import qtype_of, spec_of
from quizapp.authoring.services import item_statistics, live_versions
from quizapp.extensions import db
from quizapp.models import Item, Role
from quizapp.qtypes import AnswerFormatError
from quizapp.qtypes.templating import TemplateProblem
from quizapp.security import role_required

bp = Blueprint("authoring", __name__)


@bp.get("/")
@role_required(Role.INSTRUCTOR)
def bank() -> ResponseReturnValue:
    """The bank by topic and concept, with each item's statistics and flags."""
    grouped: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for version in live_versions():
        grouped[version.topic][(version.concepts or ["—"])[0]].append(version)
    return render_template("authoring/bank.html", grouped=grouped, stats=item_statistics(), topic_labels=TOPIC_LABELS)


@bp.route("/item/<item_id>", methods=["GET", "POST"])
@role_required(Role.INSTRUCTOR)
def item(item_id: str) -> ResponseReturnValue:
    """Preview any variant (``?seed=``) and try an answer against the real grader; nothing is stored."""
    record = db.session.get(Item, item_id)
    if record is None or record.current_version is None:
        abort(404)
    version = record.current_version
    spec, qtype = spec_of(version), qtype_of(version)
    seed, seed_error = _seed_asked()
    form = FlaskForm()
    try:
        variant = qtype.generate(spec, seed)
    except TemplateProblem as exc:
        return render_template("authoring/item.html", version=version, spec=spec, problem=str(exc), seed=seed,
                               seed_error=seed_error, form=form, topic_labels=TOPIC_LABELS), 422
    trial = None
    raw = {}
    if request.method == "POST" and form.validate_on_submit():
        raw = {"answer": request.form.get("answer", ""), "choice": request.form.getlist("choice"),
               "code": request.form.get("code", "")}
        try:
            parsed = qtype.parse(spec, variant, raw)
            trial = {"grade": qtype.grade(spec, variant, parsed), "latex": parsed.latex, "error": None}
        except AnswerFormatError as exc:
            trial = {"grade": None, "latex": None, "error": exc.localised()}
    stats = item_statistics().get(item_id)
    return render_template("authoring/item.html", version=version, spec=spec, qtype=qtype, variant=variant,
                           seed=seed, seed_error=seed_error, form=form, trial=trial, raw=raw, stats=stats, problem=None,
                           reference=qtype.reference_raw(spec, variant), topic_labels=TOPIC_LABELS)


# Variant seeds are drawn below 2**31 (quizapp.assess.services); any of them can be previewed.
MAX_SEED = 2**31 - 1


def _seed_asked() -> tuple[int, str | None]:
    """The ``?seed=`` to preview, or 0 with the reason when it is not a seed (not a whole number in range)."""
    text = (request.values.get("seed") or "0").strip()
    if text.isdigit() and int(text) <= MAX_SEED:
        return int(text), None
    return 0, _("“%(text)s” is not a seed: give a whole number from 0 to %(max)s. Showing seed 0.",
                text=text[:40], max=MAX_SEED)
