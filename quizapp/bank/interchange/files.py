"""Write imported items as bank files an instructor can read and edit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from quizapp.bank.interchange.common import FlatItem
from quizapp.bank.scaffold import slugify


class _BlockDumper(yaml.SafeDumper):
    """Multi-line strings as ``|`` blocks, so LaTeX stays readable."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _str)


def item_document(item: FlatItem) -> dict[str, Any]:
    """The YAML fields of an imported item."""
    doc: dict[str, Any] = {
        "id": item.id or f"{item.topic}.imported-{slugify(item.title)}", "title": item.title, "topic": item.topic,
        "concepts": list(item.concepts), "level": item.level, "type": item.type, "prompt": item.prompt,
    }
    if item.choices:
        doc["choices"] = [{"text": c.text, **({"correct": True} if c.correct else {}),
                           **({"feedback": c.feedback} if c.feedback else {})} for c in item.choices]
    if item.type == "numeric":
        doc["answer"] = item.answers[0]
        doc["options"] = {"atol": item.tolerance}
    elif item.type == "short_text":
        doc["answer"] = list(item.answers)
    doc["solution"] = item.solution
    return doc


def write_items(items: list[FlatItem], bank_dir: Path, existing_ids: set[str] | frozenset[str] = frozenset()
                ) -> list[Path]:
    """One YAML file per item under ``bank_dir/<topic>/``; refuses ids already in the bank and existing files.

    Nothing is written unless every item can be.
    """
    docs = [item_document(item) for item in items]
    for doc in docs:
        path = bank_dir / doc["topic"] / f"{doc['id'].split('.', 1)[1]}.yaml"
        if doc["id"] in existing_ids or path.exists():
            raise FileExistsError(f"{doc['id']} is already in the bank ({path.name}); not overwritten")
    paths = []
    for doc in docs:
        path = bank_dir / doc["topic"] / f"{doc['id'].split('.', 1)[1]}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.dump(doc, Dumper=_BlockDumper, sort_keys=False, allow_unicode=True, width=110),
                        encoding="utf-8")
        paths.append(path)
    return paths
