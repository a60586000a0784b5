"""The concept map (``question_bank/concepts.yaml``): topics, their concept ids and study resources."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from quizapp.bank.schema import TOPICS

CONCEPTS_FILE = "concepts.yaml"


def read_concept_map(bank_dir: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """The raw map: ``{topic: {concept_id: {"title": ..., "description": ..., "resources": [...]}}}``."""
    data = yaml.safe_load((bank_dir / CONCEPTS_FILE).read_text(encoding="utf-8"))
    return data.get("topics", {}) if isinstance(data, dict) else {}


def load_concepts(bank_dir: Path) -> tuple[dict[str, set[str]], list]:
    """Concept ids per topic, plus the errors found in the concept file."""
    from quizapp.bank.loader import BankError

    path = bank_dir / CONCEPTS_FILE
    if not path.is_file():
        return {}, [BankError(CONCEPTS_FILE, "(file)", "missing: the concept map is required")]
    try:
        topics = read_concept_map(bank_dir)
    except yaml.YAMLError as exc:
        return {}, [BankError(CONCEPTS_FILE, "(file)", f"not valid YAML: {exc}")]
    errors = [BankError(CONCEPTS_FILE, f"topics.{t}", "unknown topic") for t in topics if t not in TOPICS]
    return {topic: set(concepts or {}) for topic, concepts in topics.items()}, errors
