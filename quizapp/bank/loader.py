"""Read item files from ``question_bank/`` into validated :class:`ItemSpec` objects.

Layout: ``question_bank/<topic>/<slug>.yaml`` for a single-file item, or ``question_bank/<topic>/<slug>/item.yaml``
for an item with companions (``generate.py`` for parameters that rules cannot express, exercise files for code
items). Every problem becomes a :class:`BankError` naming the file, the field and the reason.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from quizapp.bank.concepts import load_concepts
from quizapp.bank.schema import TOPICS, ItemSpec
from quizapp.qtypes import REGISTRY


@dataclass(frozen=True)
class BankError:
    """A problem in the bank: which file, which field, and why."""

    file: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.reason}"


@dataclass(frozen=True)
class LoadedItem:
    """A validated item, where it came from and the hash of everything that defines it."""

    spec: ItemSpec
    path: Path
    content_hash: str


def item_files(bank_dir: Path) -> list[Path]:
    """Every item file of the bank, in a stable order."""
    files: list[Path] = []
    for topic_dir in sorted(p for p in bank_dir.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for entry in sorted(topic_dir.iterdir()):
            if entry.is_file() and entry.suffix in {".yaml", ".yml"}:
                files.append(entry)
            elif entry.is_dir() and (entry / "item.yaml").is_file():
                files.append(entry / "item.yaml")
    return files


def _folder_files(folder: Path) -> dict[str, str]:
    """Text of every companion file of a folder item (relative path → text), for hashing and storage."""
    out: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink() and "__pycache__" not in path.parts:
            out[path.relative_to(folder).as_posix()] = path.read_text(encoding="utf-8", errors="replace")
    return out


def content_hash(data: dict[str, Any], companions: dict[str, str]) -> str:
    """SHA-256 over the item's data and companion files: an edit gives a new version."""
    blob = json.dumps({"data": data, "files": companions}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def _field_name(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(item)"


def load_item(path: Path, bank_dir: Path, concepts: dict[str, set[str]]) -> tuple[LoadedItem | None, list[BankError]]:
    """Read and validate one item file; returns the item or the errors found."""
    rel = path.relative_to(bank_dir.parent).as_posix() if path.is_relative_to(bank_dir.parent) else str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(file)"
        return None, [BankError(rel, where, f"not valid YAML: {getattr(exc, 'problem', exc)}")]
    except (OSError, UnicodeDecodeError) as exc:
        return None, [BankError(rel, "(file)", f"cannot be read: {exc}")]
    if not isinstance(data, dict):
        return None, [BankError(rel, "(file)", "must be a YAML mapping of fields")]
    folder = path.parent if path.name == "item.yaml" else None
    companions = _folder_files(folder) if folder else {}
    files = {name: text for name, text in companions.items() if name != "item.yaml"}
    try:
        spec = ItemSpec.model_validate({**data, "files": files})
    except ValidationError as exc:
        return None, [BankError(rel, _field_name(e["loc"]), e["msg"]) for e in exc.errors()]
    errors = _check_semantics(spec, rel, path, bank_dir, concepts)
    if errors:
        return None, errors
    return LoadedItem(spec, path, content_hash(data, companions)), []


def _check_semantics(
    spec: ItemSpec, rel: str, path: Path, bank_dir: Path, concepts: dict[str, set[str]]
) -> list[BankError]:
    errors: list[BankError] = []
    topic_dir = path.parent.parent if path.name == "item.yaml" else path.parent
    if topic_dir.name != spec.topic:
        errors.append(BankError(rel, "topic", f"is {spec.topic!r} but the file is under {topic_dir.name!r}/"))
    if not spec.id.startswith(spec.topic + "."):
        errors.append(BankError(rel, "id", f"must start with the topic: '{spec.topic}.…'"))
    known = concepts.get(spec.topic, set())
    for i, concept in enumerate(spec.concepts):
        if concept not in known:
            errors.append(BankError(rel, f"concepts.{i}", f"unknown concept {concept!r} for topic {spec.topic}"
                                    f" (see question_bank/concepts.yaml: {', '.join(sorted(known))})"))
    qtype = REGISTRY.get(spec.type)
    if qtype is None:
        errors.append(BankError(rel, "type", f"unknown type {spec.type!r}; known: {', '.join(sorted(REGISTRY))}"))
    else:
        errors.extend(BankError(rel, f, r) for f, r in qtype.check_spec(spec))
    return errors


def load_bank(bank_dir: Path) -> tuple[list[LoadedItem], list[BankError]]:
    """Load every item of the bank; duplicate ids and unknown topics are errors too."""
    errors: list[BankError] = []
    concepts, concept_errors = load_concepts(bank_dir)
    errors.extend(concept_errors)
    items: list[LoadedItem] = []
    seen: dict[str, str] = {}
    for topic_dir in (p for p in bank_dir.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if topic_dir.name not in TOPICS:
            errors.append(BankError(topic_dir.name + "/", "(folder)", f"not a topic; topics are {', '.join(TOPICS)}"))
    for path in item_files(bank_dir):
        item, item_errors = load_item(path, bank_dir, concepts)
        errors.extend(item_errors)
        if item is None:
            continue
        if item.spec.id in seen:
            errors.append(BankError(str(path.relative_to(bank_dir.parent)), "id",
                                    f"duplicate id {item.spec.id!r}, also used in {seen[item.spec.id]}"))
            continue
        seen[item.spec.id] = str(path.relative_to(bank_dir.parent))
        items.append(item)
    return items, errors
