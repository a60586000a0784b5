"""Account administration, shared by the views (and written to the audit log there)."""

from __future__ import annotations

import secrets

from sqlalchemy import Select, func, or_, select

from quizapp.auth.services import create_user
from quizapp.extensions import db
from quizapp.models import Role, User


def accounts_query(search: str = "", role: str = "") -> Select[tuple[User]]:
    """Accounts matching a name or email fragment and a role, staff roles first, then by name (a query to page)."""
    query = select(User)
    if search.strip():
        needle = f"%{search.strip().lower()}%"
        query = query.where(or_(func.lower(User.name).like(needle), func.lower(User.email).like(needle)))
    if role:
        query = query.where(User.role == Role(role))
    applicants_last = (User.role == Role.APPLICANT)
    return query.order_by(applicants_last, func.lower(User.name), User.id)


def create_invited_account(email: str, name: str, role: Role) -> User:
    """A new account whose password nobody knows: its owner chooses one from the invitation link."""
    return create_user(email, name, secrets.token_urlsafe(32), role)


def change_role(user: User, role: Role) -> Role:
    """Give ``user`` a new role; returns the old one."""
    old, user.role = user.role, role
    db.session.commit()
    return old


def lift_lock_out(user: User) -> None:
    """Let the account log in again at once (the failure count starts afresh)."""
    user.record_successful_login()
    db.session.commit()
