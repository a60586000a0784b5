"""Application rounds and their deadlines, read from ``config/rounds.yaml`` (configuration, not code)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml
from flask import current_app

from quizapp.config import REPO_ROOT


@dataclass(frozen=True)
class Round:
    """One application round: applications are accepted until ``deadline`` (inclusive)."""

    id: str
    name: str
    deadline: date

    def days_left(self, today: date | None = None) -> int:
        """Days until the deadline (0 on the day itself, negative once closed)."""
        return (self.deadline - (today or date.today())).days

    def is_closed(self, today: date | None = None) -> bool:
        """True after the deadline day."""
        return self.days_left(today) < 0


def rounds_file() -> Path:
    """The rounds file: ``REPORTS_ROUNDS_FILE`` config key, else ``config/rounds.yaml`` in the repository."""
    return Path(current_app.config.get("REPORTS_ROUNDS_FILE") or REPO_ROOT / "config" / "rounds.yaml")


def load_rounds() -> list[Round]:
    """Every configured round, earliest deadline first; no file means no rounds."""
    path = rounds_file()
    if not path.is_file():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    rounds = [Round(str(r["id"]), str(r["name"]), _as_date(r["deadline"])) for r in data.get("rounds", [])]
    return sorted(rounds, key=lambda r: r.deadline)


def find_round(round_id: str | None) -> Round | None:
    """The round with this id, or ``None``."""
    return next((r for r in load_rounds() if r.id == round_id), None)


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))
