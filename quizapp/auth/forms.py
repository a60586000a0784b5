"""Account forms (Flask-WTF: CSRF on every one)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, Email, EqualTo, Length

MIN_PASSWORD_LENGTH = 10


def strip_spaces(value: str | None) -> str | None:
    """People paste emails with stray spaces: ignore them."""
    return value.strip() if isinstance(value, str) else value


class LoginForm(FlaskForm):
    """Email and password."""

    email = EmailField(_l("Email"), filters=[strip_spaces], validators=[DataRequired(), Email(), Length(max=254)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=200)])
    remember = BooleanField(_l("Keep me logged in"))
    submit = SubmitField(_l("Log in"))


def _new_password(label: str) -> PasswordField:
    """A password being chosen: long enough (the field's ``label`` differs between forms)."""
    return PasswordField(label, validators=[
        DataRequired(),
        Length(min=MIN_PASSWORD_LENGTH, max=200, message=_l("Use at least %(n)s characters.", n=MIN_PASSWORD_LENGTH)),
    ])


class NewPasswordForm(FlaskForm):
    """A new password, typed twice (also the base of the forms that set one)."""

    password = _new_password(_l("New password"))
    confirm = PasswordField(
        _l("Repeat the password"), validators=[DataRequired(), EqualTo("password", message=_l("Passwords differ."))]
    )
    submit = SubmitField(_l("Save the new password"))


class RegisterForm(NewPasswordForm):
    """A new applicant account."""

    name = StringField(_l("Full name"), validators=[DataRequired(), Length(min=2, max=120)])
    email = EmailField(_l("Email"), filters=[strip_spaces], validators=[DataRequired(), Email(), Length(max=254)])
    password = _new_password(_l("Password"))
    submit = SubmitField(_l("Create my account"))


class ChangePasswordForm(NewPasswordForm):
    """The current password, then the new one twice."""

    current = PasswordField(_l("Current password"), validators=[DataRequired(), Length(max=200)])


class ResetRequestForm(FlaskForm):
    """The email of the account whose password was forgotten."""

    email = EmailField(_l("Email"), filters=[strip_spaces], validators=[DataRequired(), Email(), Length(max=254)])
    submit = SubmitField(_l("Send me a link"))
