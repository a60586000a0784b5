"""Plain-text email over SMTP (standard library), for the few messages the app sends (password reset links).

Configured by ``QUIZAPP_MAIL_SERVER`` and friends (see ``Config``); with no server the app says so to the
caller, which decides what to do instead (in development: write the message to the log).
"""

from __future__ import annotations

import smtplib
from collections.abc import Sequence
from email.message import EmailMessage

from flask import current_app


def mail_configured() -> bool:
    """True when an SMTP server is set."""
    return bool(current_app.config.get("MAIL_SERVER"))


def send_mail(to: str, subject: str, body: str, what: str, attachments: Sequence[tuple[str, bytes]] = ()) -> bool:
    """Send one plain-text message with optional PDF ``attachments`` (file name, bytes); True when it went out.

    A server that cannot be reached or refuses the message is logged ("could not send ``what``") and False is
    returned: the callers' work (a submission, an account) stands, and they say what to do instead.
    """
    try:
        _send(to, subject, body, attachments)
    except OSError:  # smtplib's errors are OSErrors
        current_app.logger.exception("could not send %s", what)
        return False
    return True


def _send(to: str, subject: str, body: str, attachments: Sequence[tuple[str, bytes]]) -> None:
    config = current_app.config
    message = EmailMessage()
    message["From"] = config["MAIL_SENDER"]
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    for filename, content in attachments:
        message.add_attachment(content, maintype="application", subtype="pdf", filename=filename)
    with smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=20) as smtp:
        if config["MAIL_USE_TLS"]:
            smtp.starttls()
        if config.get("MAIL_USERNAME"):
            smtp.login(config["MAIL_USERNAME"], config.get("MAIL_PASSWORD") or "")
        smtp.send_message(message)
