"""Confirming an applicant's email address: a signed link sent at registration, and again on request.

A readiness report names its applicant by email, and staff match it to an application by that address: a
confirmed address is one whose owner opened a link sent to it. The token carries the account id and the address,
signed with the app's secret key under its own salt (a confirmation link is no password link); it expires after
``CONFIRM_EMAIL_HOURS``. Opening a password link that was emailed (a reset, an invitation) confirms the address too.
"""

from __future__ import annotations

from flask import current_app
from flask_babel import gettext as _
from flask_babel import ngettext
from itsdangerous import BadSignature, URLSafeTimedSerializer

from quizapp.auth.reset import link_delivery
from quizapp.extensions import db
from quizapp.mail import send_mail
from quizapp.models import User
from quizapp.models._time import utcnow
from quizapp.reports.services import reissue_drafts
from quizapp.web import public_url

_SALT = "quizapp-email-confirmation"


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_SALT)


def confirmation_required(user: User) -> bool:
    """True when the address must be confirmed before a report goes to the programme: it is not confirmed yet,
    and links can reach people here (a mail server, or the log in development)."""
    return user.email_confirmed_at is None and link_delivery() is not None


def user_for_confirmation(token: str) -> User | None:
    """The account a confirmation token is for; None when it is forged, expired, or for an address since changed."""
    try:
        user_id, email = _serializer().loads(token, max_age=int(current_app.config["CONFIRM_EMAIL_HOURS"] * 3600))
    except (BadSignature, ValueError, TypeError):  # SignatureExpired is a BadSignature
        return None
    user = db.session.get(User, user_id) if isinstance(user_id, int) else None
    return user if user is not None and user.email == email else None


def confirmation_link(user: User) -> str:
    """The link that confirms the account's current address."""
    return public_url("confirm.confirm_email", token=_serializer().dumps([user.id, user.email]))


def send_confirmation(user: User) -> bool:
    """Send the account its confirmation link; True when it went out (by mail, or to the log in development)."""
    link = confirmation_link(user)
    delivery = link_delivery()
    if delivery == "log":
        current_app.logger.warning("no mail server: email confirmation link for %s: %s", user.email, link)
        return True
    if delivery is None:
        return False
    body = _(
        "Hello %(name)s,\n\nOpen this link within %(hours)s to confirm that %(email)s is your address:\n\n"
        "%(link)s\n\nThe programme's staff match your readiness report to your application by this address. "
        "If you did not create a quizapp account, ignore this message.\n",
        name=user.name, email=user.email, link=link,
        hours=ngettext("%(num)d hour", "%(num)d hours", current_app.config["CONFIRM_EMAIL_HOURS"]),
    )
    return send_mail(user.email, _("Confirm your email address for quizapp"), body,
                     what=f"the confirmation link to {user.email}")


def mark_confirmed(user: User) -> bool:
    """Record the address as confirmed and re-sign the account's draft reports, which state it; False when it
    already was."""
    if user.email_confirmed_at is not None:
        return False
    user.email_confirmed_at = utcnow()
    db.session.commit()
    reissue_drafts(user)
    return True
