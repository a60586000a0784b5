"""Live-server and browser fixtures for end-to-end tests (Playwright driving Debian's Chromium)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

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


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    """A migrated, bank-loaded live server."""
    server = LiveServer(tmp_path)
    server.flask("setup", "--no-demo")
    server.start()
    yield server
    server.kill()


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright; skipped with the reason when Chromium is missing."""
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh browser context and page; a screenshot is kept in test-artifacts/ on the way out."""
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    context.close()
