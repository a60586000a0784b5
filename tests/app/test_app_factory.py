"""The web app starts light (sympy, seconds to import, is loaded only when a math answer is first read) and reads
its settings from the environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from quizapp import create_app
import quizapp.i18n, quizapp.qtypes
app = create_app()
client = app.test_client()
assert client.get("/health").status_code == 200
assert client.get("/auth/login").status_code == 200
print("sympy" in sys.modules)
"""


def test_start_up_and_first_pages_do_not_load_sympy(tmp_path: Path) -> None:
    env = {**os.environ, "QUIZAPP_ENV": "development", "DATABASE_URL": f"sqlite:///{tmp_path / 'probe.sqlite3'}"}
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=Path(__file__).resolve().parents[2],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "False"


LINKS_PROBE = """
from quizapp import create_app
from quizapp.reports.services import verify_url
app = create_app()
with app.test_request_context(base_url="http://10.0.0.7:8000"):
    print(verify_url("ABCD-EFGH"))
"""


def test_public_base_url_from_the_environment_names_outside_links(tmp_path: Path) -> None:
    env = {**os.environ, "QUIZAPP_ENV": "development", "DATABASE_URL": f"sqlite:///{tmp_path / 'probe.sqlite3'}",
           "PUBLIC_BASE_URL": "https://quizapp.example.org/"}
    done = subprocess.run([sys.executable, "-c", LINKS_PROBE], env=env, cwd=Path(__file__).resolve().parents[2],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "https://quizapp.example.org/verify/ABCD-EFGH"
