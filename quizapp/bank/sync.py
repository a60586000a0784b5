"""Load validated bank items into the database, one :class:`ItemVersion` per (id, content hash)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from quizapp.bank.loader import LoadedItem
from quizapp.extensions import db
from quizapp.models import Item, ItemVersion


@dataclass(frozen=True)
class SyncSummary:
    """What a bank load changed."""

    added: int
    new_versions: int
    unchanged: int
    retired: int


def initial_parameters(level: int, qtype: str) -> tuple[float, float, float]:
    """IRT parameters of an uncalibrated item, from the instructor's level (see docs/adaptive.md)."""
    from quizapp.adaptive.params import level_to_params

    return level_to_params(level, qtype)


def sync_items(items: list[LoadedItem]) -> SyncSummary:
    """Insert new items and versions, point each item at its current version, retire items no longer on disk.

    Old versions stay: responses keep pointing at exactly what the applicant saw.
    """
    added = new_versions = unchanged = 0
    on_disk = {i.spec.id for i in items}
    for loaded in items:
        spec = loaded.spec
        item = db.session.get(Item, spec.id)
        if item is None:
            item = Item(id=spec.id, topic=spec.topic)
            db.session.add(item)
            added += 1
        version = db.session.scalar(
            select(ItemVersion).where(ItemVersion.item_id == spec.id, ItemVersion.content_hash == loaded.content_hash)
        )
        if version is None:
            a, b, c = initial_parameters(spec.level, spec.type)
            version = ItemVersion(
                item_id=spec.id, content_hash=loaded.content_hash, topic=spec.topic, qtype=spec.type,
                level=spec.level, concepts=list(spec.concepts), spec=spec.model_dump(mode="json"),
                irt_a=a, irt_b=b, irt_c=c, irt_source="level",
            )
            db.session.add(version)
            db.session.flush()
            new_versions += 1 if item.current_version_id else 0
        elif item.current_version_id == version.id and item.active:
            unchanged += 1
        item.topic = spec.topic
        item.current_version = version
        item.active = True
    retired = 0
    for item in db.session.scalars(select(Item).where(Item.active.is_(True))):
        if item.id not in on_disk:
            item.active = False
            retired += 1
    db.session.commit()
    return SyncSummary(added, new_versions, unchanged, retired)
