"""Administrators' account pages. Every change is written to the audit log, with the account it concerns."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user

from quizapp.admin.forms import ROLE_LABELS, AccountFilterForm, NewAccountForm, RoleForm
from quizapp.admin.services import accounts_query, change_role, create_invited_account, lift_lock_out
from quizapp.assess.forms import ActionForm
from quizapp.auth.reset import link_delivery, send_invitation, send_reset_link
from quizapp.auth.services import AccountError
from quizapp.extensions import db
from quizapp.models import Role, User
from quizapp.pagination import requested_page
from quizapp.review import audit
from quizapp.security import role_required

bp = Blueprint("admin", __name__)


def _account_or_404(user_id: int) -> User:
    user = db.session.get(User, user_id)
    if user is None:
        abort(404)
    return user


def _back() -> ResponseReturnValue:
    """Back to the list as it was filtered (the forms post the list's query string along)."""
    return redirect(url_for("admin.accounts") + ("?" + request.form["back"] if request.form.get("back") else ""))


@bp.get("/accounts")
@role_required(Role.ADMIN)
def accounts() -> ResponseReturnValue:
    """Every account, searchable and by role, with what an administrator can do to each."""
    filters = AccountFilterForm(request.args)
    filters.validate()
    role = "" if filters.role.errors else filters.role.data or ""  # an unknown role in the URL: no role filter
    return render_template("admin/accounts.html", filters=filters, page=requested_page(accounts_query(
                           filters.search.data or "", role)), new_form=NewAccountForm(), action_form=ActionForm(),
                           role_labels=ROLE_LABELS, back=request.query_string.decode())


@bp.post("/accounts/new")
@role_required(Role.ADMIN)
def new_account() -> ResponseReturnValue:
    """Create an account and invite its owner to choose a password."""
    form = NewAccountForm()
    if not form.validate_on_submit():
        for field in form:
            for error in field.errors:
                flash(f"{field.label.text}: {error}", "error")
        return _back()
    try:
        user = create_invited_account(form.email.data or "", form.name.data or "", Role(form.role.data))
    except AccountError:
        flash(_("An account with this email already exists."), "error")
        return _back()
    audit.record("create_account", detail={"user": user.email, "role": user.role.value})
    link = send_invitation(user, current_user.name)
    if link is None:
        flash(_("%(email)s is created; an invitation to choose a password is on its way.", email=user.email),
              "success")
    else:
        hours = current_app.config["INVITATION_HOURS"]
        flash(_("%(email)s is created. No email could be sent: give them this link, valid %(hours)s, to choose "
                "a password: %(link)s", email=user.email, link=link,
                hours=ngettext("%(num)d hour", "%(num)d hours", hours)), "info")
    return _back()


@bp.post("/accounts/<int:user_id>/role")
@role_required(Role.ADMIN)
def set_role(user_id: int) -> ResponseReturnValue:
    """Change an account's role (never one's own: an administrator cannot lock themself out by mistake)."""
    user = _account_or_404(user_id)
    form = RoleForm()
    if not form.validate_on_submit():
        abort(400)
    if user.id == current_user.id:
        flash(_("You cannot change your own role; ask another administrator."), "error")
        return _back()
    old = change_role(user, Role(form.role.data))
    audit.record("change_role", detail={"user": user.email, "from": old.value, "to": user.role.value})
    flash(_("%(email)s is now: %(role)s.", email=user.email, role=ROLE_LABELS[user.role.value]), "success")
    return _back()


@bp.post("/accounts/<int:user_id>/unlock")
@role_required(Role.ADMIN)
def unlock(user_id: int) -> ResponseReturnValue:
    """Lift a lock-out after too many failed logins."""
    user = _account_or_404(user_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    lift_lock_out(user)
    audit.record("unlock_account", detail={"user": user.email})
    flash(_("%(email)s can log in again.", email=user.email), "success")
    return _back()


@bp.post("/accounts/<int:user_id>/reset")
@role_required(Role.ADMIN)
def send_reset(user_id: int) -> ResponseReturnValue:
    """Send the account a password reset link (as its owner could from the login page)."""
    user = _account_or_404(user_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    if link_delivery() is None:
        flash(_("This site cannot send email: set the password with flask users set-password."), "error")
        return _back()
    send_reset_link(user.email)
    audit.record("send_reset_link", detail={"user": user.email})
    flash(_("A password reset link is on its way to %(email)s.", email=user.email), "success")
    return _back()
