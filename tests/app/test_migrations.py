"""Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _flask(*args: str, db_url: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": db_url, "QUIZAPP_SECRET_KEY": "x", "QUIZAPP_ENV": "development"}
    return subprocess.run([sys.executable, "-m", "flask", "--app", "quizapp", *args], env=env, cwd=REPO,
                          capture_output=True, text=True)


def test_upgrade_then_check_finds_no_drift(tmp_path: Path) -> None:
    url = os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tmp_path / 'm.sqlite3'}"
    upgrade = _flask("db", "upgrade", db_url=url)
    assert upgrade.returncode == 0, upgrade.stderr
    check = _flask("db", "check", db_url=url)
    assert check.returncode == 0, check.stdout + check.stderr


def test_downgrade_to_base_and_back(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'd.sqlite3'}"
    assert _flask("db", "upgrade", db_url=url).returncode == 0
    down = _flask("db", "downgrade", "base", db_url=url)
    assert down.returncode == 0, down.stderr
    assert _flask("db", "upgrade", db_url=url).returncode == 0
