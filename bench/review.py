"""Benchmark: the staff pages as the number of submitted reports grows, against ``/health`` in the same run.

Usage: .venv/bin/python bench/review.py [--reports 300 3000] [--runs 5] [--database-url URL]

Prepares a fresh SQLite database (``flask setup``: the bank and the demo accounts, whose demo report is real and
signed), copies the submitted demo report until the database holds each requested number, and times what staff
open: the dashboard's first and thirtieth page, a level filter, the cohort statistics and the CSV export. The
dashboard and the filter read one page of 50 rows, so their time should not grow with the number of reports; the
statistics are counted by the database (it still scans every matching topic line), and the export reads every
report (without its PDF): both grow with it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PAGES = {"dashboard": "/review/", "dashboard page 30": "/review/?page=30",
         "filter: analysis ready": "/review/?topic=analysis&level=ready", "statistics": "/review/stats",
         "CSV export": "/review/export.csv", "bare route /health": "/health"}


def _prepare(folder: Path, url: str | None) -> str:
    """A database with the bank and the demo data (a new SQLite file unless ``url`` names an empty database);
    returns its URL (the environment is set for create_app)."""
    url = url or f"sqlite:///{folder / 'bench.sqlite3'}"
    os.environ.update(DATABASE_URL=url, QUIZAPP_ENV="development",
                      QUIZAPP_SIGNING_KEY_FILE=str(folder / "signing_key.pem"), QUIZAPP_SECRET_KEY="bench")
    subprocess.run([sys.executable, "-m", "flask", "--app", "quizapp", "setup"], cwd=REPO, check=True,
                   capture_output=True)
    return url


def _grow_to(total: int) -> None:
    """Copy the first submitted report (with its PDF and topic lines) until ``total`` reports are submitted."""
    from sqlalchemy import func, select

    from quizapp.extensions import db
    from quizapp.models import Report, ReportTopic

    submitted = db.session.scalar(select(func.count()).where(Report.status == "submitted"))
    source = db.session.scalars(select(Report).where(Report.status == "submitted").order_by(Report.id)).first()
    columns = {c.key: getattr(source, c.key) for c in Report.__table__.columns if c.key not in ("id", "code")}
    lines = [{c.key: getattr(t, c.key) for c in ReportTopic.__table__.columns if c.key != "report_id"}
             for t in source.topic_lines]
    for n in range(submitted, total):
        db.session.add(Report(**columns, code=f"BNCH-{n:04d}-{n // 10000:04d}", pdf=source.pdf,
                              topic_lines=[ReportTopic(**line) for line in lines]))
    db.session.commit()


def _time(client, url: str, runs: int) -> float:
    """Median seconds of ``runs`` GETs of ``url`` (after one warm-up)."""
    assert client.get(url).status_code == 200, url
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        client.get(url)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    """Print a table of median milliseconds per page for each number of reports, and the growth ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, nargs="+", default=[300, 3000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database-url", help="an empty database to fill (PostgreSQL); default: a new SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = _prepare(Path(folder), args.database_url)
        from quizapp import create_app
        from quizapp.auth.services import find_user

        app = create_app({"RATELIMIT_ENABLED": False})
        client = app.test_client()
        results: dict[int, dict[str, float]] = {}
        with app.app_context():
            staff = find_user("staff@example.org")
            with client.session_transaction() as session:
                session["_user_id"], session["_fresh"] = staff.get_id(), True
            for total in sorted(args.reports):
                _grow_to(total)
                results[total] = {name: _time(client, url, args.runs) for name, url in PAGES.items()}
    sizes = sorted(results)
    print(f"median ms of {args.runs} GETs (test client, {url.split(':')[0]}, one process)")
    print(f"{'page':<26}" + "".join(f"{f'{n} reports':>14}" for n in sizes) + f"{'ratio':>9}")
    for name in PAGES:
        row = [results[n][name] * 1000 for n in sizes]
        print(f"{name:<26}" + "".join(f"{ms:>14.1f}" for ms in row) + f"{row[-1] / row[0]:>9.2f}")
    print(f"(ratio: {sizes[-1]} reports against {sizes[0]}; the reports grew {sizes[-1] / sizes[0]:.0f}×)")


if __name__ == "__main__":
    main()
