"""Register, log in, log out. Thin: the logic is in :mod:`quizapp.auth.services`."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from quizapp.auth.forms import LoginForm, RegisterForm
from quizapp.auth.services import AccountError, authenticate, create_user
from quizapp.extensions import limiter
from quizapp.security import is_safe_redirect

bp = Blueprint("auth", __name__)

# Messages from the services are translated here, where the request's locale is known.
_MESSAGES = {
    "Wrong email or password.": lambda: _("Wrong email or password."),
    "An account with this email already exists.": lambda: _("An account with this email already exists."),
    "Too many failed attempts: this account is locked for a few minutes.":
        lambda: _("Too many failed attempts: this account is locked for a few minutes."),
}


def _translated(exc: AccountError) -> str:
    return _MESSAGES.get(str(exc), lambda: str(exc))()


def _safe_next(target: str | None) -> str:
    """Only same-site relative redirects after login (no open redirect)."""
    if is_safe_redirect(target):  # security fix: "/<tab>/evil.example" went off-site
        return str(target)
    return url_for("assess.dashboard")


@bp.route("/register", methods=["GET", "POST"])
def register() -> ResponseReturnValue:
    """Create an applicant account and log in."""
    if current_user.is_authenticated:
        return redirect(url_for("assess.dashboard"))
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            user = create_user(form.email.data or "", form.name.data or "", form.password.data or "")
        except AccountError as exc:
            form.email.errors.append(_translated(exc))
        else:
            login_user(user)
            flash(_("Welcome, %(name)s! Choose what to practise.", name=user.name), "success")
            return redirect(url_for("assess.dashboard"))
    return render_template("auth/register.html", form=form)


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["RATELIMIT_LOGIN"], methods=["POST"])
def login() -> ResponseReturnValue:
    """Log in with email and password."""
    if current_user.is_authenticated:
        return redirect(url_for("assess.dashboard"))
    form = LoginForm()
    if form.validate_on_submit():
        try:
            user = authenticate(form.email.data or "", form.password.data or "")
        except AccountError as exc:
            flash(_translated(exc), "error")
        else:
            login_user(user, remember=bool(form.remember.data))
            return redirect(_safe_next(request.args.get("next")))
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
@login_required
def logout() -> ResponseReturnValue:
    """Log out (POST only, with CSRF, so a link cannot log anyone out)."""
    logout_user()
    flash(_("You are logged out. Your answers are saved."), "info")
    return redirect(url_for("main.index"))
