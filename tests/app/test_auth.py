"""Accounts: registration, login, logout, roles, lock-out, CLI account creation."""

from __future__ import annotations

import io

from flask import Flask

from quizapp.extensions import db
from quizapp.models import Role, User


def test_register_logs_in_and_hashes_password(client, auth, app: Flask) -> None:
    response = auth.register()
    assert response.status_code == 302 and response.headers["Location"].endswith("/assess/")
    with app.app_context():
        user = db.session.scalars(db.select(User)).one()
        assert user.role is Role.APPLICANT
        assert "correct horse" not in user.password_hash and user.password_hash.startswith("scrypt:")
    assert "Ada" in client.get("/assess/").get_data(as_text=True)


def test_register_refuses_duplicate_email_and_short_password(client, auth) -> None:
    auth.register()
    auth.logout()
    page = auth.register(email="ADA@example.org ").get_data(as_text=True)
    assert "already exists" in page
    page = auth.register(email="bob@example.org", password="short").get_data(as_text=True)
    assert "at least 10 characters" in page


def test_login_logout(client, auth) -> None:
    auth.register()
    auth.logout()
    assert client.get("/assess/").status_code == 302  # back to the login page
    page = auth.login(password="wrong password!").get_data(as_text=True)
    assert client.get("/assess/").status_code == 302
    assert auth.login().status_code == 302
    assert client.get("/assess/").status_code == 200
    assert page  # the failed login re-rendered the form


def test_wrong_password_message(client, auth) -> None:
    auth.register()
    auth.logout()
    response = client.post("/auth/login", data={"email": "ada@example.org", "password": "nope nope nope"},
                           follow_redirects=True)
    assert "Wrong email or password." in response.get_data(as_text=True)


def test_lockout_after_repeated_failures(client, auth, app: Flask) -> None:
    app.config["LOGIN_MAX_FAILURES"] = 3
    auth.register()
    auth.logout()
    for _ in range(3):
        auth.login(password="bad password 1")
    page = client.post("/auth/login", data={"email": "ada@example.org", "password": "correct horse battery"},
                       follow_redirects=True).get_data(as_text=True)
    assert "locked" in page
    assert client.get("/assess/").status_code == 302


def test_open_redirect_is_refused(client, auth) -> None:
    auth.register()
    auth.logout()
    response = client.post("/auth/login?next=//evil.example/x",
                           data={"email": "ada@example.org", "password": "correct horse battery"})
    assert response.headers["Location"] == "/assess/"


def test_each_role_logs_in_to_its_own_work(app: Flask, client, auth) -> None:
    from quizapp.auth.services import create_user

    with app.app_context():
        for role in Role:
            create_user(f"{role.value}@example.org", role.value.title(), "long enough password", role)
    starts = {}
    for role in Role:
        starts[role] = auth.login(f"{role.value}@example.org", "long enough password").headers["Location"]
        assert client.get("/auth/login").headers["Location"] == starts[role]  # logged in already: same page
        auth.logout()
    assert starts == {Role.APPLICANT: "/assess/", Role.STAFF: "/review/", Role.INSTRUCTOR: "/author/",
                      Role.ADMIN: "/admin/accounts"}
    response = client.post("/auth/login?next=/assess/",
                           data={"email": "staff@example.org", "password": "long enough password"})
    assert response.headers["Location"] == "/assess/"  # a page asked for still wins


def test_cli_creates_staff_account(runner, app: Flask) -> None:
    result = runner.invoke(args=["users", "create", "--email", "sam@example.org", "--name", "Sam",
                                 "--role", "staff", "--password", "long enough password"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        user = db.session.scalars(db.select(User).where(User.email == "sam@example.org")).one()
        assert user.role is Role.STAFF and user.check_password("long enough password")
    again = runner.invoke(args=["users", "create", "--email", "sam@example.org", "--name", "Sam",
                                "--password", "long enough password"])
    assert again.exit_code != 0 and "already exists" in again.output


def test_cli_refuses_a_malformed_email_or_a_blank_name(runner, app: Flask) -> None:
    typo = runner.invoke(args=["users", "create", "--email", "sam.example.org", "--name", "Sam",
                               "--password", "long enough password"])
    assert typo.exit_code == 2 and "must have an @-sign" in typo.output
    blank = runner.invoke(args=["users", "create", "--email", "sam@example.org", "--name", "  ",
                                "--password", "long enough password"])
    assert blank.exit_code == 2 and "give the person's name" in blank.output
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(User).where(
            User.email.in_(["sam.example.org", "sam@example.org"]))) == 0


def test_demo_accounts(runner, app: Flask) -> None:
    assert runner.invoke(args=["demo"]).exit_code == 0
    with app.app_context():
        roles = {u.email: u.role for u in db.session.scalars(db.select(User))}
    assert roles["staff@example.org"] is Role.STAFF and roles["admin@example.org"] is Role.ADMIN


def test_demo_applicants_have_submitted_reports_once(runner, app: Flask) -> None:
    from pypdf import PdfReader

    from quizapp.models import Report
    from quizapp.reports.services import check_report

    first = runner.invoke(args=["demo"])
    assert first.exit_code == 0, first.output
    assert first.output.count("demo report ") == 2
    with app.app_context():
        reports = list(db.session.scalars(db.select(Report)))
        assert {r.user.email for r in reports} == {"applicant@example.org", "applicant2@example.org"}
        assert all(r.is_submitted and check_report(r).genuine for r in reports)
        # the PDF's link and QR code point at the server `make run` starts, not at http://localhost/
        for report in reports:
            text = PdfReader(io.BytesIO(report.pdf)).pages[0].extract_text()
            assert f"http://127.0.0.1:5000/verify/{report.code}" in text
        # a real assessment behind each: the fixture bank's analysis items up to the per-topic maximum (2)
        assert all(len(r.attempt.responses) == 2 and r.attempt.stop_reason == "max_items" for r in reports)
    again = runner.invoke(args=["demo"])
    assert again.exit_code == 0 and "demo report" not in again.output  # running it again adds nothing


def test_demo_without_items_in_the_demo_topics_makes_accounts_but_no_report(runner, app: Flask, monkeypatch) -> None:
    from quizapp import demo
    from quizapp.models import Attempt, Report

    only_optimization = demo.DemoApplicant("applicant@example.org", {"optimization": 0.0}, "MSc", ("", ""), seed=1)
    monkeypatch.setattr(demo, "DEMO_APPLICANTS", (only_optimization,))  # the fixture bank has no such items
    result = runner.invoke(args=["demo"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(Report)) == 0
        assert db.session.scalar(db.select(db.func.count()).select_from(Attempt)) == 0  # no empty attempt left


def test_forms_write_no_placeholder_attribute_values(client, auth) -> None:
    pages = ["/auth/login", "/auth/register", "/verify"]
    found = {url: client.get(url).get_data(as_text=True).count('="None"') for url in pages}
    auth.register()
    found |= {url: client.get(url).get_data(as_text=True).count('="None"') for url in ["/assess/", "/reports/"]}
    assert found == dict.fromkeys(found, 0)  # e.g. autocomplete="None" from a macro's missing argument
