"""Forms of the quiz loop (Flask-WTF gives every one a CSRF token)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, RadioField, SelectChoice, SelectMultipleField, SubmitField, widgets
from wtforms.validators import DataRequired, InputRequired

from quizapp.bank.schema import TOPICS

TOPIC_LABELS = {
    "analysis": _l("Analysis"), "linear_algebra": _l("Linear algebra"), "optimization": _l("Optimization"),
    "statistics": _l("Statistics"), "probability": _l("Probability"), "java": _l("Java"), "python": _l("Python"),
    "unix": _l("Unix / Linux"),
}


class StartForm(FlaskForm):
    """Choose topics and a mode."""

    topics = SelectMultipleField(
        _l("Topics"), choices=[SelectChoice(t, TOPIC_LABELS[t]) for t in TOPICS],
        widget=widgets.ListWidget(prefix_label=False), option_widget=widgets.CheckboxInput(),
        validators=[DataRequired(message=_l("Choose at least one topic."))],
    )
    mode = RadioField(
        _l("Mode"), default="practice", validators=[InputRequired()],
        choices=[SelectChoice("practice", _l("Practice: feedback and worked solution after each answer")),
                 SelectChoice("assessment", _l("Assessment: no feedback until the end"))],
    )
    submit = SubmitField(_l("Start"))


class AnswerForm(FlaskForm):
    """CSRF and the response being answered; the answer fields themselves depend on the question type."""

    response_id = HiddenField(validators=[DataRequired()])
    submit = SubmitField(_l("Submit answer"))


class ActionForm(FlaskForm):
    """A bare CSRF-protected button (finish, next)."""

    submit = SubmitField(_l("Continue"))
