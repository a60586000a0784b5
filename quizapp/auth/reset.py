"""Links to choose a password, emailed: a reset (forgotten password) or an invitation (a new staff account).

A token carries the account id and its password stamp (``User.password_stamp``), signed with the app's secret
key and a salt per purpose: it expires after ``PASSWORD_RESET_HOURS`` (reset) or ``INVITATION_HOURS``
(invitation), and is void once the password changes (so it works once).
"""

from __future__ import annotations

from flask import current_app
from flask_babel import gettext as _
from flask_babel import ngettext
from itsdangerous import BadSignature, URLSafeTimedSerializer

from quizapp.auth.services import find_user
from quizapp.extensions import db
from quizapp.mail import mail_configured, send_mail
from quizapp.models import User
from quizapp.web import public_url

# A link's purpose: its signing salt (a reset token is no invitation) and the setting for its lifetime in hours.
_PURPOSES = {"reset": ("quizapp-password-reset", "PASSWORD_RESET_HOURS"),
             "invitation": ("quizapp-invitation", "INVITATION_HOURS")}


def _serializer(purpose: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_PURPOSES[purpose][0])


def reset_token(user: User, purpose: str = "reset") -> str:
    """A link token for this account's current password (``reset`` or ``invitation``)."""
    return str(_serializer(purpose).dumps([user.id, user.password_stamp]))


def user_for_token(token: str) -> User | None:
    """The account a reset or invitation token is for; None when it is forged, expired or already used."""
    for purpose, (_salt, hours_setting) in _PURPOSES.items():
        max_age = int(current_app.config[hours_setting] * 3600)
        try:
            user_id, stamp = _serializer(purpose).loads(token, max_age=max_age)
        except (BadSignature, ValueError, TypeError):  # SignatureExpired is a BadSignature
            continue
        user = db.session.get(User, user_id) if isinstance(user_id, int) else None
        return user if user is not None and user.password_stamp == stamp else None
    return None


def link_delivery() -> str | None:
    """How emailed links (reset, invitation, email confirmation) reach people here: ``"mail"``, ``"log"``
    (development without a mail server) or None."""
    if mail_configured():
        return "mail"
    return "log" if current_app.config["ENV"] in {"development", "testing"} else None


def send_reset_link(email: str) -> None:
    """Send a reset link to the account with this email, if there is one (silently nothing otherwise).

    The caller answers the same whatever happens here, so that the page does not tell who has an account; a
    mail server that refuses the message is logged for the administrator.
    """
    user = find_user(email)
    if user is None:
        return
    link = public_url("auth.reset_password", token=reset_token(user))
    body = _(
        "Hello %(name)s,\n\nSomeone, we hope you, asked to reset the password of your quizapp account. "
        "Open this link within %(hours)s to choose a new one:\n\n%(link)s\n\n"
        "If you did not ask for it, ignore this message: your password stays as it is.\n",
        name=user.name, hours=ngettext("%(num)d hour", "%(num)d hours", current_app.config["PASSWORD_RESET_HOURS"]),
        link=link,
    )
    if link_delivery() == "log":
        current_app.logger.warning("no mail server: password reset link for %s: %s", user.email, link)
        return
    send_mail(user.email, _("Reset your quizapp password"), body, what=f"the password reset email to {user.email}")


def send_invitation(user: User, invited_by: str) -> str | None:
    """Email a new account its link to choose a password; the link itself when it cannot be mailed.

    Without a mail server (or when the server refuses) the administrator gets the link to hand over.
    """
    link = public_url("auth.reset_password", token=reset_token(user, "invitation"))
    hours = current_app.config["INVITATION_HOURS"]
    body = _(
        "Hello %(name)s,\n\n%(admin)s created a quizapp account for you (%(role)s). Open this link within "
        "%(hours)s to choose your password:\n\n%(link)s\n",
        name=user.name, admin=invited_by, role=user.role.value, link=link,
        hours=ngettext("%(num)d hour", "%(num)d hours", hours),
    )
    if not mail_configured():
        return link
    sent = send_mail(user.email, _("Your quizapp account"), body, what=f"the invitation to {user.email}")
    return None if sent else link
