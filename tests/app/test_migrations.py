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


def test_reports_issued_before_0005_keep_their_pdf_and_can_be_filtered_by_level(tmp_path: Path) -> None:
    """The upgrade copies the topic lines of existing reports out of their signed payloads and moves their PDFs;
    the downgrade puts the PDFs back."""
    import json
    import sqlite3

    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    assert _flask("db", "upgrade", "0004_feedback_parts", db_url=url).returncode == 0
    payload = {"topics": [{"topic": "analysis", "theta": 0.4, "se": 0.38, "level": "ready", "provisional": False},
                          {"topic": "python", "theta": -1.2, "se": 0.45, "level": "not_ready"}]}
    with sqlite3.connect(tmp_path / "r.sqlite3") as connection:
        connection.execute("INSERT INTO reports (id, user_id, attempt_id, code, locale, payload, signature, pdf, "
                           "pdf_sha256, pdf_signature, status, created_at, issued_at) VALUES (7, 1, 1, 'C', 'en', ?, "
                           "'s', x'255044462d', 'h', 's', 'submitted', '2026-11-01', '2026-11-01')",
                           (json.dumps(payload),))
    upgrade = _flask("db", "upgrade", db_url=url)
    assert upgrade.returncode == 0, upgrade.stderr
    with sqlite3.connect(tmp_path / "r.sqlite3") as connection:
        lines = connection.execute("SELECT report_id, topic, position, level, theta, se, provisional "
                                   "FROM report_topics ORDER BY position").fetchall()
        pdfs = connection.execute("SELECT report_id, data FROM report_pdfs").fetchall()
    assert lines == [(7, "analysis", 0, "ready", 0.4, 0.38, 0), (7, "python", 1, "not_ready", -1.2, 0.45, None)]
    assert pdfs == [(7, b"%PDF-")]
    assert _flask("db", "downgrade", "0004_feedback_parts", db_url=url).returncode == 0
    with sqlite3.connect(tmp_path / "r.sqlite3") as connection:
        assert connection.execute("SELECT id, pdf FROM reports").fetchall() == [(7, b"%PDF-")]
