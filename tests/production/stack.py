"""Processes of a production-like stack (gunicorn + PostgreSQL + Redis + RQ worker) and an HTTP applicant."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parents[2]
FIXTURE_BANK = REPO / "tests" / "fixtures" / "bank"
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fresh_postgres_database(url: str, name: str) -> str:
    """Drop and create database ``name`` on the server of ``url``; returns its URL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = make_url(url)
    engine = create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        connection.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return server.set(database=name).render_as_string(hide_password=False)


class Stack:
    """The running processes, with the means to kill and restart them."""

    def __init__(self, workdir: Path, database_url: str, redis_url: str) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.database_url = database_url
        self.env = {**os.environ, "QUIZAPP_ENV": "development", "QUIZAPP_SECRET_KEY": "fault-tests",
                    "DATABASE_URL": database_url, "REDIS_URL": redis_url, "QUIZAPP_QUESTION_BANK": str(FIXTURE_BANK),
                    "QUIZAPP_MIN_ITEMS_PER_TOPIC": "2", "QUIZAPP_MAX_ITEMS_PER_TOPIC": "2",
                    "QUIZAPP_RUN_LOST_AFTER_S": "8", "QUIZAPP_WEB_WORKERS": "2", "FLASK_APP": "quizapp",
                    "QUIZAPP_LOG_FORMAT": "json"}
        self.log = (workdir / "stack.log").open("ab")
        self.web: subprocess.Popen[bytes] | None = None
        self.worker: subprocess.Popen[bytes] | None = None

    def run(self, *args: str) -> None:
        """A ``flask`` CLI command against the stack's database."""
        subprocess.run([str(BIN / "flask"), *args], env=self.env, cwd=REPO, check=True, capture_output=True)

    def start_web(self) -> None:
        """gunicorn with two worker processes; waits for /health."""
        self.web = subprocess.Popen(
            [str(BIN / "gunicorn"), "-c", "deploy/gunicorn.conf.py", "-b", f"127.0.0.1:{self.port}",
             "quizapp:create_app()"], env=self.env, cwd=REPO, stdout=self.log, stderr=self.log)
        wait_until(lambda: requests.get(self.url + "/health", timeout=2).status_code == 200, 60)

    def start_worker(self) -> None:
        """One RQ runner worker (``flask worker``)."""
        self.worker = subprocess.Popen([str(BIN / "flask"), "worker", "--workers", "1"], env=self.env, cwd=REPO,
                                       stdout=self.log, stderr=self.log, start_new_session=True)

    def web_worker_pids(self) -> list[int]:
        """The gunicorn worker processes (children of the master)."""
        assert self.web is not None
        out = subprocess.run(["pgrep", "-P", str(self.web.pid)], capture_output=True, text=True).stdout
        return [int(p) for p in out.split()]

    def kill_worker_tree(self) -> None:
        """SIGKILL the RQ worker pool and its work processes at once (as a crashed host would)."""
        if self.worker and self.worker.poll() is None:
            os.killpg(self.worker.pid, signal.SIGKILL)
            self.worker.wait(10)

    def stop(self) -> None:
        """Stop everything."""
        self.kill_worker_tree()
        if self.web and self.web.poll() is None:
            self.web.terminate()
            self.web.wait(20)
        self.log.close()


def wait_until(condition, seconds: float, interval: float = 0.2) -> None:
    """Poll ``condition`` (exceptions count as False) until it holds, or fail after ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except (requests.RequestException, OSError):
            pass
        time.sleep(interval)
    raise AssertionError(f"condition not met within {seconds} s")


class Applicant:
    """A person using the site over HTTP: a cookie session, CSRF tokens read from the pages."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.http = requests.Session()
        self.token = ""

    def get(self, path: str) -> requests.Response:
        """GET a page and remember its CSRF token."""
        response = self.http.get(self.base + path, timeout=30)
        found = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', response.text) or re.search(
            r'name="csrf_token" value="([^"]+)"', response.text)
        if found:
            self.token = found.group(1)
        return response

    def post(self, path: str, data: dict, **kwargs) -> requests.Response:
        """POST a form with the current CSRF token (redirects not followed)."""
        return self.http.post(self.base + path, data={"csrf_token": self.token, **data}, allow_redirects=False,
                              timeout=kwargs.pop("timeout", 30), **kwargs)

    def register(self, email: str) -> None:
        """Create an account (and be logged in)."""
        self.get("/auth/register")
        response = self.post("/auth/register", {"name": "Fault Tester", "email": email,
                                                "password": "correct horse battery",
                                                "confirm": "correct horse battery"})
        assert response.status_code == 302, response.text[:500]

    def start(self, topics: list[str]) -> int:
        """Start a practice attempt; returns its id."""
        self.get("/assess/")
        response = self.post("/assess/start", {"topics": topics, "mode": "practice"})
        assert response.status_code == 302
        return int(response.headers["Location"].rstrip("/").split("/")[-1])
