"""Staff forms: the dashboard filter (GET, no CSRF needed: it changes nothing) and the cut-score settings."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, Field, FloatField, SearchField, SelectChoice, SelectField, SubmitField
from wtforms.validators import InputRequired, NumberRange, Optional

from quizapp.assess.forms import TOPIC_LABELS
from quizapp.bank.schema import TOPICS
from quizapp.reports.labels import LEVEL_LABELS
from quizapp.review.services import ReportFilter


class FilterForm(FlaskForm):
    """Filters of the dashboard; round choices come from the configuration."""

    class Meta:
        csrf = False

    search = SearchField(_l("Name or email"), validators=[Optional()])
    round_id = SelectField(_l("Round"), validators=[Optional()], choices=[])
    topic = SelectField(_l("Topic"), validators=[Optional()], choices=[
        SelectChoice("", _l("Any topic")), *(SelectChoice(t, TOPIC_LABELS[t]) for t in TOPICS)])
    level = SelectField(_l("Level"), validators=[Optional()], choices=[
        SelectChoice("", _l("Any level")), *(SelectChoice(k, v) for k, v in LEVEL_LABELS.items())])
    since = DateField(_l("Submitted from"), validators=[Optional()])
    until = DateField(_l("Submitted until"), validators=[Optional()])
    sort = SelectField(_l("Sort"), validators=[Optional()], choices=[
        SelectChoice("newest", _l("Newest first")), SelectChoice("oldest", _l("Oldest first")),
        SelectChoice("name", _l("Name"))])
    submit = SubmitField(_l("Filter"))

    def to_filter(self) -> ReportFilter:
        """The query these fields describe; a field with an invalid value (a hand-edited link) is ignored and
        listed by ``ignored_labels``."""
        def valid(field: Field, empty: Any) -> Any:
            return empty if field.errors else (field.data or empty)

        return ReportFilter(
            round_id=valid(self.round_id, ""), topic=valid(self.topic, ""), level=valid(self.level, ""),
            since=valid(self.since, None), until=valid(self.until, None),
            search=self.search.data or "", sort=valid(self.sort, "newest"),
        )

    def ignored_labels(self) -> list[str]:
        """Labels of the fields whose values were invalid and are ignored."""
        return [str(field.label.text) for field in self if field.errors]


def cut_score_form(cuts: dict[str, dict[str, float]], formdata: object = None) -> FlaskForm:
    """A form with two θ fields per topic (``<topic>-ready``, ``<topic>-review``), prefilled with ``cuts``."""

    class CutScoreForm(FlaskForm):
        submit = SubmitField(_l("Save the cut scores"))

    for topic in TOPICS:
        for key in ("ready", "review"):
            label = _l("Ready from") if key == "ready" else _l("Review from")
            setattr(CutScoreForm, f"{topic}-{key}", FloatField(
                label, default=cuts[topic][key], validators=[InputRequired(), NumberRange(-4, 4)]))
    return CutScoreForm(formdata=formdata) if formdata is not None else CutScoreForm()
