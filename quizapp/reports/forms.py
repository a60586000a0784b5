"""Forms of the applicant's report pages and of the public verification page."""

from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import BooleanField, SelectChoice, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, Length, Optional

from quizapp.models import Checklist
from quizapp.reports.checklist import ENGLISH_TESTS
from quizapp.reports.labels import ENGLISH_LABELS
from quizapp.reports.rounds import load_rounds


class ChecklistForm(FlaskForm):
    """The self-declared application checklist; the round choices are filled from the configuration."""

    degree = StringField(_l("Degree (title, institution, year)"), validators=[Optional(), Length(max=200)])
    english_test = SelectField(_l("English test"), validators=[Optional()],
                               choices=[SelectChoice("", _l("Not taken yet")),
                                        *(SelectChoice(t, ENGLISH_LABELS[t]) for t in ENGLISH_TESTS)])
    english_score = StringField(_l("English score"), validators=[Optional(), Length(max=40)])
    mooc_done = BooleanField(_l("I completed the \"Basics of Big Data\" MOOC"))
    attestation = FileField(_l("MOOC attestation (PDF, PNG or JPEG, at most 5 MB)"))
    round_id = SelectField(_l("Application round"), validators=[Optional()], choices=[])
    submit = SubmitField(_l("Save the checklist"))


class VerifyForm(FlaskForm):
    """A verification code, or a PDF to check."""

    code = StringField(_l("Verification code"), validators=[Optional(), Length(max=40)])
    pdf = FileField(_l("Or upload the report's PDF"))
    submit = SubmitField(_l("Verify"))


class DeleteForm(FlaskForm):
    """Deleting one's data needs an explicit confirmation."""

    confirm = BooleanField(_l("I understand that my attempts, reports, uploads and account will be deleted "
                              "for good."), validators=[DataRequired(message=_l("Tick the box to confirm."))])
    submit = SubmitField(_l("Delete my data"))


def checklist_form(checklist: Checklist | None, formdata: object = None) -> ChecklistForm:
    """The form, prefilled from the stored checklist, with the configured rounds (closed ones marked)."""
    form = ChecklistForm(formdata=formdata, obj=checklist) if formdata is not None else ChecklistForm(obj=checklist)
    form.round_id.choices = [SelectChoice("", _("Choose a round")), *(
        SelectChoice(r.id, r.name + (" — " + _("closed") if r.is_closed() else "")) for r in load_rounds())]
    return form
