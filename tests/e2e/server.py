"""A real ``flask run`` server on a throwaway database, for end-to-end tests (see the fixtures in tests/conftest.py)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

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
            "QUIZAPP_QUESTION_BANK": str(bank), "QUIZAPP_MIN_ITEMS_PER_TOPIC": "2",
            "QUIZAPP_MAX_ITEMS_PER_TOPIC": "2", "FLASK_APP": "quizapp",
        }
        self.process: subprocess.Popen[bytes] | None = None
        self.log = workdir / "server.log"

    def flask(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run a ``flask`` CLI command against the server's database."""
        return subprocess.run([sys.executable, "-m", "flask", *args], env=self.env, cwd=REPO,
                              capture_output=True, text=True, check=True)

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
