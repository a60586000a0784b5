"""A populated app for the security tests: one account per identity and real objects owned by "applicant".

Building it costs a few seconds (password hashes, a finished assessment, signed PDFs), so each test module
builds one and shares it; every request a test makes is chosen so that it cannot change what the other
requests of the module expect (destructive actions aim at spare objects, forms are sent incomplete).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from werkzeug.security import generate_password_hash

from quizapp import create_app
from quizapp.config import TestConfig
from quizapp.extensions import db
from quizapp.models import Attempt, Report, Role, User

REPO = Path(__file__).resolve().parents[2]
FIXTURE_BANK = REPO / "tests" / "fixtures" / "bank"
PASSWORD = "long enough password"
IDENTITIES = ("anonymous", "applicant", "other_applicant", "staff", "instructor", "admin")
ROLES = {"applicant": Role.APPLICANT, "other_applicant": Role.APPLICANT, "staff": Role.STAFF,
         "instructor": Role.INSTRUCTOR, "admin": Role.ADMIN}
FIB_CODE = "def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n"
CHEAP_HASH = generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000")
CSRF_INPUT = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"')


def make_app(workdir: Path, bank: Path = FIXTURE_BANK, **overrides: Any) -> Flask:
    """A test app on its own SQLite file (or ``TEST_DATABASE_URL``), keys and uploads kept in ``workdir``."""
    settings = {k: getattr(TestConfig, k) for k in dir(TestConfig) if k.isupper()}
    if settings["SQLALCHEMY_DATABASE_URI"] == "sqlite://":
        settings["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{workdir / 'security.sqlite3'}"
    settings.update({
        "QUESTION_BANK": bank, "QUIZ_MIN_ITEMS_PER_TOPIC": 2, "QUIZ_MAX_ITEMS_PER_TOPIC": 2,
        "SIGNING_KEY_FILE": str(workdir / "signing_key.pem"), "REPORTS_UPLOAD_DIR": str(workdir / "uploads"),
        **overrides,
    })
    app = create_app(settings)
    with app.app_context():
        db.drop_all()  # a shared PostgreSQL test database may hold another module's tables
        db.create_all()
        from quizapp.cli import load_bank_into_db

        load_bank_into_db()
    return app


def drop_app(app: Flask) -> None:
    """Drop the tables and close the connections."""
    with app.app_context():
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


def csrf_token_of(page: str) -> str:
    """The CSRF token of the first form in ``page``."""
    found = CSRF_INPUT.search(page)
    assert found, "the page has no CSRF token"
    return found.group(1) or found.group(2)


def add_user(app: Flask, email: str, role: Role, name: str) -> None:
    """An account with password ``PASSWORD``, stored with a cheap hash, its address confirmed.

    scrypt costs ~0.4 s a call on a busy machine; logins still go through the real form and the real
    ``check_password_hash``, which reads the method from the stored hash.
    """
    with app.app_context():
        db.session.add(User(email=email, name=name, role=role, password_hash=CHEAP_HASH,
                            email_confirmed_at=datetime(2026, 1, 1)))
        db.session.commit()


def login(app: Flask, email: str, password: str = PASSWORD) -> FlaskClient:
    """A new client logged in through the real login form."""
    client = app.test_client()
    response = client.post("/auth/login", data={"email": email, "password": password})
    assert response.status_code == 302, response.get_data(as_text=True)
    return client


@dataclass
class World:
    """The app, each identity's session cookie, and the ids of the objects the route table refers to."""

    app: Flask
    cookies: dict[str, str] = field(default_factory=dict)
    ids: dict[str, Any] = field(default_factory=dict)

    def client(self, identity: str) -> FlaskClient:
        """A fresh client holding ``identity``'s session (so a logout or a language change stays local)."""
        client = self.app.test_client()
        if identity != "anonymous":
            client.set_cookie("session", self.cookies[identity])
        return client


def responses_of(app: Flask, attempt_id: int) -> list[SimpleNamespace]:
    """The attempt's responses as plain records (usable outside the app context)."""
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        return [SimpleNamespace(id=r.id, position=r.position, qtype=r.item_version.qtype, answer=r.answer,
                                is_answered=r.is_answered) for r in attempt.responses]


def start_attempt(client: FlaskClient, topics: list[str], mode: str = "practice") -> int:
    """Start an attempt through the dashboard form; returns its id."""
    posted = client.post("/assess/start", data={"topics": topics, "mode": mode})
    assert posted.status_code == 302, posted.get_data(as_text=True)
    return int(posted.headers["Location"].rstrip("/").split("/")[-1])


def current_response(client: FlaskClient, app: Flask, attempt_id: int) -> SimpleNamespace:
    """Show the attempt's current item (as the browser does) and return its response record."""
    assert client.get(f"/assess/{attempt_id}").status_code == 200
    return next(r for r in responses_of(app, attempt_id) if not r.is_answered and not r.answer)


def answer_correctly(client: FlaskClient, app: Flask, attempt_id: int, response: SimpleNamespace) -> None:
    """Submit the item's reference answer."""
    from tests.reports.conftest import reference_raw

    posted = client.post(f"/assess/{attempt_id}/answer",
                         data={"response_id": response.id, **reference_raw(app, response.id, True)})
    assert posted.status_code == 302, posted.get_data(as_text=True)


def build_world(workdir: Path) -> World:
    """Accounts for every identity and, owned by "applicant", attempts, responses, reports and a code run."""
    from tests.reports.conftest import create_report, finish_assessment

    app = make_app(workdir, QUIZ_EXPOSURE_CONTROL=False)
    world = World(app)
    for identity, role in ROLES.items():
        add_user(app, f"{identity}@example.org", role, identity.replace("_", " ").title())
    clients = {identity: login(app, f"{identity}@example.org") for identity in ROLES}
    owner = clients["applicant"]
    ids = world.ids
    with app.app_context():
        from quizapp.auth.services import find_user

        ids["other_user"] = find_user("other_applicant@example.org").id
    ids["finished_attempt"] = finish_assessment(owner, app, ["analysis"])
    ids["draft_report"] = create_report(owner, ids["finished_attempt"])
    # One report per attempt: the spare and the submitted report each need their own finished attempt.
    ids["spare_report"] = create_report(owner, finish_assessment(owner, app, ["analysis"]))
    ids["submitted_report"] = create_report(owner, finish_assessment(owner, app, ["analysis"]))
    assert owner.post(f"/reports/{ids['submitted_report']}/submit").status_code == 302
    with app.app_context():
        ids["draft_code"] = db.session.get(Report, ids["draft_report"]).code
        ids["submitted_code"] = db.session.get(Report, ids["submitted_report"]).code
    # A practice attempt with one answered item (feedback) and the next one waiting (take, preview, answer).
    ids["practice_attempt"] = start_attempt(owner, ["analysis"])
    answered = current_response(owner, app, ids["practice_attempt"])
    answer_correctly(owner, app, ids["practice_attempt"], answered)
    ids["answered_position"], ids["answered_response"] = answered.position, answered.id
    ids["current_response"] = current_response(owner, app, ids["practice_attempt"]).id
    math = [r for r in responses_of(app, ids["finished_attempt"]) if r.qtype in {"expression", "numeric"}]
    ids["math_response"] = math[0].id
    ids["spare_attempt"] = start_attempt(owner, ["analysis"])  # the one an owner may finish
    # A code item waiting in a python attempt, and one examples run of it (its job id lives in the session).
    ids["code_attempt"] = start_attempt(owner, ["python"])
    current = current_response(owner, app, ids["code_attempt"])
    if current.qtype != "python_code":
        answer_correctly(owner, app, ids["code_attempt"], current)
        current = current_response(owner, app, ids["code_attempt"])
    ids["code_response"] = current.id
    ran = owner.post(f"/assess/{ids['code_attempt']}/run", data={"response_id": current.id, "code": FIB_CODE})
    assert ran.status_code == 200, ran.get_data(as_text=True)
    ids["job"] = ran.get_json()["job"]
    ids["item"] = "analysis.fixture-derivative"
    world.cookies = {identity: client.get_cookie("session").value for identity, client in clients.items()}
    return world
