"""Small pieces of configuration that staff change at run time (cut scores, the calibrated population)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from quizapp.extensions import db
from quizapp.models._time import utcnow


class Setting(db.Model):
    """A named JSON value with the time it last changed."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


def get_setting(key: str, default: Any = None) -> Any:
    """The stored value of ``key``, or ``default``."""
    row = db.session.get(Setting, key)
    return default if row is None else row.value


def set_setting(key: str, value: Any) -> None:
    """Store ``value`` under ``key`` (the caller commits)."""
    row = db.session.get(Setting, key)
    if row is None:
        db.session.add(Setting(key=key, value=value))
    else:
        row.value = value
