"""Account administration forms (Flask-WTF; the filter is a GET form without CSRF, it changes nothing)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, SearchField, SelectChoice, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, Email, Length, Optional

from quizapp.auth.forms import strip_spaces
from quizapp.models import Role

ROLE_LABELS = {Role.APPLICANT.value: _l("Applicant"), Role.STAFF.value: _l("Staff"),
               Role.INSTRUCTOR.value: _l("Instructor"), Role.ADMIN.value: _l("Administrator")}
_ROLE_CHOICES = [SelectChoice(value, label) for value, label in ROLE_LABELS.items()]


class AccountFilterForm(FlaskForm):
    """Search by name or email, and by role."""

    class Meta:
        csrf = False

    search = SearchField(_l("Name or email"), validators=[Optional()])
    role = SelectField(_l("Role"), validators=[Optional()],
                       choices=[SelectChoice("", _l("Any role")), *_ROLE_CHOICES])
    submit = SubmitField(_l("Filter"))


class NewAccountForm(FlaskForm):
    """A staff, instructor or administrator account, invited by email to choose its password."""

    name = StringField(_l("Full name"), validators=[DataRequired(), Length(min=2, max=120)])
    email = EmailField(_l("Email"), filters=[strip_spaces], validators=[DataRequired(), Email(), Length(max=254)])
    role = SelectField(_l("Role"), default=Role.STAFF.value, choices=_ROLE_CHOICES)
    submit = SubmitField(_l("Create and invite"))


class RoleForm(FlaskForm):
    """A new role for one account."""

    role = SelectField(_l("Role"), choices=_ROLE_CHOICES)
    submit = SubmitField(_l("Change"))
