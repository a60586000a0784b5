"""Account logic, shared by the views and the CLI."""

from __future__ import annotations

import functools
import secrets

from flask import current_app
from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash

from quizapp.extensions import db
from quizapp.models import Role, User


class AccountError(ValueError):
    """A user-facing reason why an account operation was refused."""


def normalise_email(email: str) -> str:
    """Emails are compared case-insensitively and without surrounding spaces."""
    return email.strip().lower()


def find_user(email: str) -> User | None:
    """The account with this email, if any."""
    return db.session.scalar(select(User).where(func.lower(User.email) == normalise_email(email)))


def create_user(email: str, name: str, password: str, role: Role = Role.APPLICANT) -> User:
    """Create and commit an account; refuses a taken email."""
    if find_user(email) is not None:
        raise AccountError("An account with this email already exists.")
    user = User(email=normalise_email(email), name=name.strip(), role=role)
    user.set_password(password)
    db.session.add(user)
    db.session.commit()
    return user


@functools.cache
def _dummy_hash() -> str:
    """A hash of a random password with the method real accounts use (computed once)."""
    return generate_password_hash(secrets.token_hex(16), method="scrypt")


def authenticate(email: str, password: str) -> User:
    """The user for these credentials, counting failures and locking the account after too many."""
    user = find_user(email)
    if user is None:
        # Security fix: hash the password anyway, so that an unknown email takes as long as a wrong password
        # (answering at once would tell an attacker which emails have an account).
        check_password_hash(_dummy_hash(), password)
        raise AccountError("Wrong email or password.")
    if user.is_locked():
        raise AccountError("Too many failed attempts: this account is locked for a few minutes.")
    if not user.check_password(password):
        user.record_failed_login(current_app.config["LOGIN_MAX_FAILURES"], current_app.config["LOGIN_LOCKOUT_MINUTES"])
        db.session.commit()
        raise AccountError("Wrong email or password.")
    user.record_successful_login()
    db.session.commit()
    return user


def set_new_password(user: User, password: str, how: str) -> None:
    """Replace the password (voiding other sessions and reset links) and lift any lock-out.

    ``how`` (``account``, ``reset_link``, ``cli``) goes to the log, for whoever looks into an account later.
    """
    user.set_password(password)
    user.record_successful_login()
    db.session.commit()
    current_app.logger.info("password changed", extra={"user_id": user.id, "how": how})
