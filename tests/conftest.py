"""Shared fixtures (flaskr style): ``app``, ``client``, ``runner``, ``auth``, and a loaded question bank."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from quizapp import create_app
from quizapp.config import TestConfig
from quizapp.extensions import db
from tests.e2e.server import ARTIFACTS, CHROMIUM_ARGS, LiveServer

REPO = Path(__file__).resolve().parent.parent
FIXTURE_BANK = Path(__file__).parent / "fixtures" / "bank"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Flask]:
    """A fresh app on a throwaway SQLite file with the schema created and the fixture bank loaded."""
    app = create_app({
        **{k: getattr(TestConfig, k) for k in dir(TestConfig) if k.isupper()},
        "SQLALCHEMY_DATABASE_URI": TestConfig.SQLALCHEMY_DATABASE_URI
        if TestConfig.SQLALCHEMY_DATABASE_URI != "sqlite://" else f"sqlite:///{tmp_path / 'test.sqlite3'}",
        "QUESTION_BANK": FIXTURE_BANK,
        "QUIZ_MIN_ITEMS_PER_TOPIC": 2,
        "QUIZ_MAX_ITEMS_PER_TOPIC": 2,
    })
    with app.app_context():
        db.create_all()
        from quizapp.cli import load_bank_into_db

        load_bank_into_db()
    yield app
    with app.app_context():
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client (CSRF off; see test_security for CSRF on)."""
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    """A CLI runner for ``flask`` commands."""
    return app.test_cli_runner()


class AuthActions:
    """Register / log in / log out through the real pages."""

    def __init__(self, app: Flask, client: FlaskClient) -> None:
        self._app, self._client = app, client

    def register(self, email: str = "ada@example.org", password: str = "correct horse battery", name: str = "Ada",
                 confirm: bool = True):
        """Create an applicant account through the form (logs in); ``confirm``: then open the confirmation link."""
        response = self._client.post("/auth/register", data={
            "name": name, "email": email, "password": password, "confirm": password})
        if confirm and response.status_code == 302:
            self._client.get(self.confirmation_link(email))
        return response

    def confirmation_link(self, email: str) -> str:
        """The link that the account would receive to confirm its address."""
        from quizapp.auth.confirm import confirmation_link
        from quizapp.auth.services import find_user

        with self._app.test_request_context():
            return confirmation_link(find_user(email))

    def login(self, email: str = "ada@example.org", password: str = "correct horse battery"):
        """Log in through the form."""
        return self._client.post("/auth/login", data={"email": email, "password": password})

    def logout(self):
        """Log out (POST)."""
        return self._client.post("/auth/logout")


@pytest.fixture
def auth(app: Flask, client: FlaskClient) -> AuthActions:
    """Account actions on the test client."""
    return AuthActions(app, client)


@pytest.fixture
def login_as(app: Flask, client: FlaskClient):
    """``login_as(role, email=None)``: create an account with ``role`` if needed and log the client in as it."""
    from quizapp.auth.services import create_user, find_user
    from quizapp.models import Role

    def login(role: Role, email: str | None = None) -> str:
        email = email or f"{role.value}@example.org"
        with app.app_context():
            if find_user(email) is None:
                create_user(email, role.value.title(), "long enough password", role)
            db.session.remove()
        client.post("/auth/logout")
        response = client.post("/auth/login", data={"email": email, "password": "long enough password"})
        assert response.status_code == 302
        return email

    return login


@pytest.fixture
def outbox(app: Flask, monkeypatch: pytest.MonkeyPatch) -> list[EmailMessage]:
    """A mail server for ``app`` that keeps what it is sent (``smtplib.SMTP`` replaced): the messages, in order."""
    sent: list[EmailMessage] = []

    class RecordingSMTP:
        def __init__(self, host: str, port: int, timeout: float) -> None:
            self.host = host

        def __enter__(self) -> RecordingSMTP:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def starttls(self) -> None:
            """Nothing to encrypt here."""

        def send_message(self, message: EmailMessage) -> None:
            sent.append(message)

    monkeypatch.setattr("smtplib.SMTP", RecordingSMTP)
    app.config.update(MAIL_SERVER="smtp.example.org", MAIL_SENDER="quizapp <no-reply@example.org>")
    return sent


# --- end-to-end: a live server and headless Chromium (Playwright), shared by every browser test ---

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
