"""Register, log in, log out. Thin: the logic is in :mod:`quizapp.auth.services`."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user, login_required, login_user, logout_user

from quizapp.auth.confirm import mark_confirmed
from quizapp.auth.confirm_views import send_and_tell
from quizapp.auth.forms import ChangePasswordForm, LoginForm, NewPasswordForm, RegisterForm, ResetRequestForm
from quizapp.auth.reset import link_delivery, send_reset_link, user_for_token
from quizapp.auth.services import AccountError, authenticate, create_user, normalise_email, set_new_password
from quizapp.extensions import limiter
from quizapp.models import Role
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


# Where each role starts: staff and instructors log in to do their own work, not to take a quiz.
_HOME = {Role.APPLICANT: "assess.dashboard", Role.STAFF: "review.dashboard", Role.INSTRUCTOR: "authoring.bank",
         Role.ADMIN: "admin.accounts"}


def _home() -> str:
    """The logged-in user's start page."""
    return url_for(_HOME.get(current_user.role, "assess.dashboard"))


def _safe_next(target: str | None) -> str:
    """Only same-site relative redirects after login (no open redirect); else the user's start page."""
    if is_safe_redirect(target):  # security fix: "/<tab>/evil.example" went off-site
        return str(target)
    return _home()


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
            send_and_tell(user)
            return redirect(url_for("assess.dashboard"))
    return render_template("auth/register.html", form=form)


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["RATELIMIT_LOGIN"], methods=["POST"])
def login() -> ResponseReturnValue:
    """Log in with email and password."""
    if current_user.is_authenticated:
        return redirect(_home())
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


@bp.route("/account", methods=["GET", "POST"])
@login_required
@limiter.limit(lambda: current_app.config["RATELIMIT_LOGIN"], methods=["POST"])
def account() -> ResponseReturnValue:
    """The account's details, and changing its password (the current one is asked again)."""
    form = ChangePasswordForm()
    if form.validate_on_submit():
        if not current_user.check_password(form.current.data or ""):
            form.current.errors.append(_("This is not your current password."))
        else:
            user = current_user._get_current_object()
            set_new_password(user, form.password.data or "", how="account")
            # This session's identity carries the password stamp: renew it, and its "keep me logged in" cookie.
            remembered = current_app.config.get("REMEMBER_COOKIE_NAME", "remember_token") in request.cookies
            login_user(user, remember=remembered)
            flash(_("Your password is changed. Anywhere else you were logged in, you are now logged out."), "success")
            return redirect(url_for("auth.account"))
    return render_template("auth/account.html", form=form, confirmable=link_delivery() is not None)


def _reset_email_key() -> str:
    """Rate-limit key of a reset request: the address asked for, whatever the IP."""
    return "reset:" + normalise_email(request.form.get("email", ""))


@bp.route("/reset", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["RATELIMIT_LOGIN"], methods=["POST"])
@limiter.limit(lambda: current_app.config["RATELIMIT_RESET_PER_EMAIL"], key_func=_reset_email_key, methods=["POST"])
def reset_request() -> ResponseReturnValue:
    """Forgotten password: ask for a link by email (the answer never says whether the account exists)."""
    if current_user.is_authenticated:
        return redirect(url_for("auth.account"))
    form, delivery = ResetRequestForm(), link_delivery()
    if delivery is not None and form.validate_on_submit():
        send_reset_link(form.email.data or "")
        hours = current_app.config["PASSWORD_RESET_HOURS"]
        flash(_("If an account exists for %(email)s, an email with a link to choose a new password is on its way. "
                "The link works once, within %(hours)s.", email=form.email.data,
                hours=ngettext("%(num)d hour", "%(num)d hours", hours)), "info")
        return redirect(url_for("auth.login"))
    return render_template("auth/reset_request.html", form=form, delivery=delivery)


@bp.route("/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str) -> ResponseReturnValue:
    """Choose a new password from an emailed link."""
    user = user_for_token(token)
    if user is None:
        flash(_("This link has expired or was already used. Ask for a new one here."), "error")
        return redirect(url_for("auth.reset_request"))
    form = NewPasswordForm()
    if form.validate_on_submit():
        set_new_password(user, form.password.data or "", how="reset_link")
        mark_confirmed(user)  # the link reached this mailbox
        flash(_("Your password is changed. Log in with the new one."), "success")
        return redirect(url_for("auth.login"))
    return render_template("auth/reset_password.html", form=form, user=user)
