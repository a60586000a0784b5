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


def _fresh_database_url(tmp_path: Path) -> str:
    """An empty database: a new PostgreSQL database when the suite runs on PostgreSQL, else a SQLite file."""
    url = os.environ.get("TEST_DATABASE_URL")
    if not url or not url.startswith("postgresql"):
        return f"sqlite:///{tmp_path / 'm.sqlite3'}"
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = make_url(url)
    engine = create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text("DROP DATABASE IF EXISTS quizapp_migrations"))
        connection.execute(text("CREATE DATABASE quizapp_migrations"))
    engine.dispose()
    return server.set(database="quizapp_migrations").render_as_string(hide_password=False)


def test_upgrade_then_check_finds_no_drift(tmp_path: Path) -> None:
    url = _fresh_database_url(tmp_path)
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
