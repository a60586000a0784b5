"""Question-bank items as stored: one row per item id, one row per content version.

An edited file becomes a new :class:`ItemVersion` (keyed by item id + content hash), so every response keeps
pointing at exactly what the applicant was shown.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.extensions import db
from quizapp.models._time import utcnow


class Item(db.Model):
    """A stable item identity (``analysis.derivative-polynomial``) and a pointer to its live version."""

    __tablename__ = "items"

    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    topic: Mapped[str] = mapped_column(String(40), index=True)
    current_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("item_versions.id", use_alter=True, name="fk_items_current_version")
    )
    active: Mapped[bool] = mapped_column(default=True)
    current_version: Mapped[ItemVersion | None] = relationship(foreign_keys=[current_version_id], post_update=True)


class ItemVersion(db.Model):
    """One content version of an item: the validated spec as JSON plus IRT parameters."""

    __tablename__ = "item_versions"
    __table_args__ = (UniqueConstraint("item_id", "content_hash", name="uq_item_version_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id"), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    topic: Mapped[str] = mapped_column(String(40), index=True)
    qtype: Mapped[str] = mapped_column(String(40))
    level: Mapped[int]
    concepts: Mapped[list[str]] = mapped_column(JSON, default=list)
    spec: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # IRT parameters: derived from the level until `bank calibrate` fits them from responses.
    irt_a: Mapped[float] = mapped_column(default=1.0)
    irt_b: Mapped[float] = mapped_column(default=0.0)
    irt_c: Mapped[float] = mapped_column(default=0.0)
    irt_source: Mapped[str] = mapped_column(String(40), default="level")

    item: Mapped[Item] = relationship(foreign_keys=[item_id])
