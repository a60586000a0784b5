"""Time helpers: every timestamp is stored as naive UTC (portable across SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Current UTC time without tzinfo, the form every DateTime column stores."""
    return datetime.now(UTC).replace(tzinfo=None)
