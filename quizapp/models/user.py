"""Accounts: applicants, programme staff, instructors and administrators."""

from __future__ import annotations

import enum
import hashlib
from datetime import datetime, timedelta

from flask_login import UserMixin
from sqlalchemy import Enum, String
from sqlalchemy.orm import Mapped, mapped_column
from werkzeug.security import check_password_hash, generate_password_hash

from quizapp.extensions import db
from quizapp.models._time import utcnow


class Role(enum.StrEnum):
    """What an account may do. Staff review reports, instructors author the bank, admins do both."""

    APPLICANT = "applicant"
    STAFF = "staff"
    INSTRUCTOR = "instructor"
    ADMIN = "admin"


class User(UserMixin, db.Model):
    """A person with a login. Passwords are stored as scrypt hashes (Werkzeug)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True, index=True)
    name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[Role] = mapped_column(Enum(Role, native_enum=False, length=20), default=Role.APPLICANT)
    locale: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    email_confirmed_at: Mapped[datetime | None]  # when the owner opened a link sent to ``email``

    def set_password(self, password: str) -> None:
        """Hash and store ``password``."""
        self.password_hash = generate_password_hash(password, method="scrypt")

    def check_password(self, password: str) -> bool:
        """True when ``password`` matches the stored hash."""
        return check_password_hash(self.password_hash, password)

    def is_locked(self, now: datetime | None = None) -> bool:
        """True while the account is locked after too many failed logins."""
        return self.locked_until is not None and self.locked_until > (now or utcnow())

    def record_failed_login(self, max_failures: int, lockout_minutes: int) -> None:
        """Count a failed login; lock the account for a while once ``max_failures`` is reached."""
        self.failed_logins += 1
        if self.failed_logins >= max_failures:
            self.locked_until = utcnow() + timedelta(minutes=lockout_minutes)
            self.failed_logins = 0

    def record_successful_login(self) -> None:
        """Reset the failure counter after a good password."""
        self.failed_logins = 0
        self.locked_until = None

    @property
    def password_stamp(self) -> str:
        """A short digest of the password hash: it changes, and so voids sessions and reset links, with the password."""
        return hashlib.sha256(self.password_hash.encode()).hexdigest()[:16]

    def get_id(self) -> str:
        """Session identity for Flask-Login: the id *and* the password stamp.

        Security: changing or resetting the password logs out every other session, "remember me" cookies
        included (the loader refuses a stamp that no longer matches).
        """
        return f"{self.id}:{self.password_stamp}"

    def has_role(self, *roles: Role) -> bool:
        """True when the user holds one of ``roles``; admins hold every role."""
        return self.role is Role.ADMIN or self.role in roles

    def __repr__(self) -> str:
        return f"<User {self.email} {self.role.value}>"
