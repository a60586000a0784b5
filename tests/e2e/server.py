"""A real ``flask run`` server on a throwaway database, for end-to-end tests (see the fixtures in tests/conftest.py)."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING

from playwright.sync_api import expect

if TYPE_CHECKING:
    from playwright.sync_api import Page

REPO = Path(__file__).resolve().parents[2]
FIXTURE_BANK = REPO / "tests" / "fixtures" / "bank"
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """A real ``flask run`` process on a throwaway database, which a test may kill and restart."""

    def __init__(self, workdir: Path, bank: Path = FIXTURE_BANK) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ, "QUIZAPP_ENV": "development", "QUIZAPP_SECRET_KEY": "e2e-secret",
            "DATABASE_URL": os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{workdir / 'e2e.sqlite3'}",
            "QUIZAPP_QUESTION_BANK": str(bank), "QUIZAPP_MIN_ITEMS_PER_TOPIC": "3",
            "QUIZAPP_MAX_ITEMS_PER_TOPIC": "3", "FLASK_APP": "quizapp",
        }
        self.process: subprocess.Popen[bytes] | None = None
        self.log = workdir / "server.log"

    def flask(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run a ``flask`` CLI command against the server's database."""
        return subprocess.run([sys.executable, "-m", "flask", *args], env=self.env, cwd=REPO,
                              capture_output=True, text=True, check=True)

    def logged_link(self, what: str, email: str) -> str:
        """The last ``what`` link (``email confirmation``, ``password reset``) the server logged for ``email``: in
        development without a mail server, links go to the log."""
        links = re.findall(rf"{what} link for {re.escape(email)}: (\S+)", self.log.read_text())
        assert links, f"no {what} link for {email} in {self.log}"
        return links[-1]

    def start(self) -> None:
        """Start the server and wait until ``/health`` answers."""
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "flask", "run", "--host", "127.0.0.1", "--port", str(self.port)],
                env=self.env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/health", timeout=1) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"server did not start:\n{self.log.read_text()}")

    def kill(self) -> None:
        """SIGKILL the server: no clean shutdown, as in a crash."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)


def reference_answer(server: LiveServer, attempt_id: int) -> tuple[str, dict[str, object]]:
    """The on-screen item's type and its correct answer, read from the server's database."""
    from quizapp import create_app
    from quizapp.assess.services import qtype_of, spec_of, variant_of
    from quizapp.extensions import db
    from quizapp.models import Attempt

    app = create_app({"SQLALCHEMY_DATABASE_URI": server.env["DATABASE_URL"], "SECRET_KEY": "x"})
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        response = next(r for r in attempt.responses if not r.is_answered)
        version = response.item_version
        raw = dict(qtype_of(version).reference_raw(spec_of(version), variant_of(response)))
        db.session.remove()
        db.engine.dispose()
        return version.qtype, raw


def answer_current(page: Page, server: LiveServer, attempt_id: int) -> str:
    """Answer the item on screen correctly, the way a person would; returns its type."""
    qtype, raw = reference_answer(server, attempt_id)
    if qtype in {"single_choice", "multiple_choice"}:
        for key in raw["choice"]:
            page.locator(f'input[name="choice"][value="{key}"]').check()
    else:
        page.get_by_label("Your answer").fill(str(raw["answer"]))
        if qtype == "expression":  # the live preview shows how we read the answer before submitting
            expect(page.locator("#answer-preview .katex")).to_be_visible()
    page.get_by_role("button", name="Submit answer").click()
    return qtype
