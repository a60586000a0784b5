"""Pages of the email confirmation: the emailed link, and asking for it again."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required

from quizapp.auth.confirm import mark_confirmed, send_confirmation, user_for_confirmation
from quizapp.auth.reset import link_delivery
from quizapp.extensions import limiter
from quizapp.models import User

bp = Blueprint("confirm", __name__)


def send_and_tell(user: User) -> None:
    """Send the account its confirmation link and say so (where to find it, or that it failed)."""
    delivery = link_delivery()
    if delivery is None:  # no way to reach anyone: nothing is promised (and nothing is required)
        return
    if not send_confirmation(user):
        flash(_("The confirmation email could not be sent. Try again later from your account page."), "error")
    elif delivery == "log":
        flash(_("No mail server is set up here: the link to confirm %(email)s is in the server's log.",
                email=user.email), "info")
    else:
        flash(_("We sent a link to %(email)s: open it to confirm your address before you submit a readiness "
                "report.", email=user.email), "info")


def _next_page() -> str:
    return url_for("auth.account") if current_user.is_authenticated else url_for("auth.login")


def _account_key() -> str:
    """Rate-limit key of a new link: the account, whatever the IP."""
    return f"confirm:{current_user.get_id()}"


@bp.get("/confirm/<token>")
def confirm_email(token: str) -> ResponseReturnValue:
    """Open the emailed link: the address is confirmed (a GET, so that any mail client's link works)."""
    user = user_for_confirmation(token)
    if user is None:
        flash(_("This confirmation link has expired or is not valid. Log in and ask for a new one on your account "
                "page."), "error")
    else:
        mark_confirmed(user)
        flash(_("Your email address %(email)s is confirmed.", email=user.email), "success")
    return redirect(_next_page())


@bp.post("/confirm")
@login_required
@limiter.limit(lambda: current_app.config["RATELIMIT_RESET_PER_EMAIL"], key_func=_account_key)
def resend() -> ResponseReturnValue:
    """Send the confirmation link again."""
    if current_user.email_confirmed_at is not None:
        flash(_("Your email address is already confirmed."), "info")
    else:
        send_and_tell(current_user._get_current_object())
    return redirect(url_for("auth.account"))
