"""Passwords: changing one, resetting a forgotten one by emailed link, and setting one from the command line."""

from __future__ import annotations

import logging
import re

import pytest
from flask import Flask

PASSWORD = "correct horse battery"
NEW_PASSWORD = "a brand new passphrase"


def _can_log_in(app: Flask, password: str, email: str = "ada@example.org") -> bool:
    """Whether a fresh browser (client) can log in with this password."""
    response = app.test_client().post("/auth/login", data={"email": email, "password": password})
    return response.status_code == 302


def _reset_link(caplog: pytest.LogCaptureFixture) -> str:
    """The reset link the development server wrote to its log (no mail server in tests)."""
    links = re.findall(r"password reset link for \S+: http://localhost(/auth/reset/\S+)", caplog.text)
    assert links, caplog.text
    return links[-1]


def test_change_password_needs_the_current_one_and_logs_out_other_sessions(app: Flask, client, auth) -> None:
    auth.register()
    elsewhere = app.test_client()
    assert elsewhere.post("/auth/login", data={"email": "ada@example.org", "password": PASSWORD}).status_code == 302
    assert elsewhere.get("/assess/").status_code == 200

    page = client.post("/auth/account", data={"current": "not my password", "password": NEW_PASSWORD,
                                              "confirm": NEW_PASSWORD}).get_data(as_text=True)
    assert "This is not your current password." in page
    assert _can_log_in(app, PASSWORD)

    response = client.post("/auth/account", data={"current": PASSWORD, "password": NEW_PASSWORD,
                                                  "confirm": NEW_PASSWORD}, follow_redirects=True)
    assert "Your password is changed." in response.get_data(as_text=True)
    assert client.get("/assess/").status_code == 200  # this session goes on
    assert elsewhere.get("/assess/").status_code == 302  # the other one is logged out
    assert _can_log_in(app, NEW_PASSWORD) and not _can_log_in(app, PASSWORD)


def test_a_remembered_device_stays_remembered_after_its_own_password_change(app: Flask, auth) -> None:
    auth.register()
    device = app.test_client()
    device.post("/auth/login", data={"email": "ada@example.org", "password": PASSWORD, "remember": "y"})
    device.post("/auth/account", data={"current": PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    remember = device.get_cookie("remember_token")
    assert remember is not None
    later = app.test_client()  # the browser restarted: no session, only the "keep me logged in" cookie
    later.set_cookie("remember_token", remember.value)
    assert later.get("/assess/").status_code == 200


def test_account_page_shows_the_account_and_refuses_a_mismatched_new_password(client, auth) -> None:
    auth.register()
    page = client.get("/auth/account").get_data(as_text=True)
    assert "ada@example.org" in page and "Change my password" in page
    page = client.post("/auth/account", data={"current": PASSWORD, "password": NEW_PASSWORD,
                                              "confirm": "something else entirely"}).get_data(as_text=True)
    assert "Passwords differ." in page


def test_forgotten_password_link_works_once(app: Flask, client, auth, caplog) -> None:
    auth.register()
    auth.logout()
    caplog.set_level(logging.WARNING)
    response = client.post("/auth/reset", data={"email": "ADA@example.org"}, follow_redirects=True)
    assert "If an account exists for ADA@example.org" in response.get_data(as_text=True)
    link = _reset_link(caplog)

    page = client.get(link).get_data(as_text=True)
    assert "Choose a new password" in page and "ada@example.org" in page
    short = client.post(link, data={"password": "short", "confirm": "short"}).get_data(as_text=True)
    assert "Use at least 10 characters." in short and _can_log_in(app, PASSWORD)  # nothing changed

    response = client.post(link, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD}, follow_redirects=True)
    assert "Log in with the new one." in response.get_data(as_text=True)
    assert _can_log_in(app, NEW_PASSWORD) and not _can_log_in(app, PASSWORD)

    again = client.get(link, follow_redirects=True).get_data(as_text=True)
    assert "This link has expired or was already used." in again


def test_unknown_email_gets_the_same_answer_and_no_link(client, caplog) -> None:
    caplog.set_level(logging.WARNING)
    page = client.post("/auth/reset", data={"email": "nobody@example.org"}, follow_redirects=True)
    assert "If an account exists for nobody@example.org" in page.get_data(as_text=True)
    assert "password reset link" not in caplog.text


def test_expired_or_forged_links_are_refused(app: Flask, client, auth, caplog) -> None:
    auth.register()
    auth.logout()
    caplog.set_level(logging.WARNING)
    client.post("/auth/reset", data={"email": "ada@example.org"})
    link = _reset_link(caplog)
    forged = client.get(link[:-3] + "xyz", follow_redirects=True).get_data(as_text=True)
    assert "This link has expired or was already used." in forged
    app.config["PASSWORD_RESET_HOURS"] = -1  # every link is now older than allowed
    expired = client.post(link, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD}, follow_redirects=True)
    assert "This link has expired or was already used." in expired.get_data(as_text=True)
    assert _can_log_in(app, PASSWORD)


def test_reset_lifts_a_lock_out(app: Flask, client, auth, caplog) -> None:
    app.config["LOGIN_MAX_FAILURES"] = 2
    auth.register()
    auth.logout()
    for _ in range(2):
        auth.login(password="bad password 1")
    assert not _can_log_in(app, PASSWORD)  # locked
    caplog.set_level(logging.WARNING)
    client.post("/auth/reset", data={"email": "ada@example.org"})
    client.post(_reset_link(caplog), data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert _can_log_in(app, NEW_PASSWORD)


def test_with_a_mail_server_the_link_is_emailed_not_logged(app: Flask, client, auth, caplog, outbox) -> None:
    app.config["PUBLIC_BASE_URL"] = "https://quizapp.example.org/"
    auth.register()
    outbox.clear()  # the confirmation link sent at registration (tests/app/test_email_confirmation.py)
    auth.logout()
    caplog.set_level(logging.WARNING)
    client.post("/auth/reset", data={"email": "ada@example.org"})
    (message,) = outbox
    assert message["To"] == "ada@example.org" and message["Subject"] == "Reset your quizapp password"
    link = re.search(r"https://quizapp\.example\.org(/auth/reset/\S+)", message.get_content()).group(1)
    assert "within 1 hour" in message.get_content()
    assert "password reset link" not in caplog.text
    client.post(link, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert _can_log_in(app, NEW_PASSWORD)


def test_production_without_mail_says_whom_to_ask(app: Flask, client) -> None:
    app.config["ENV"] = "production"
    page = client.get("/auth/reset").get_data(as_text=True)
    assert "This site cannot send email." in page and 'name="email"' not in page
    response = client.post("/auth/reset", data={"email": "ada@example.org"})
    assert response.status_code == 200 and "If an account exists" not in response.get_data(as_text=True)


def test_cli_sets_a_password(app: Flask, auth, runner) -> None:
    auth.register()
    unknown = runner.invoke(args=["users", "set-password", "--email", "bob@example.org", "--password", NEW_PASSWORD])
    assert unknown.exit_code == 2 and "no account has the email 'bob@example.org'" in unknown.output
    short = runner.invoke(args=["users", "set-password", "--email", "ada@example.org", "--password", "short"])
    assert short.exit_code == 2 and "use at least 10 characters" in short.output
    assert _can_log_in(app, PASSWORD)
    done = runner.invoke(args=["users", "set-password", "--email", "Ada@Example.org", "--password", NEW_PASSWORD])
    assert done.exit_code == 0 and "password set for ada@example.org" in done.output
    assert _can_log_in(app, NEW_PASSWORD) and not _can_log_in(app, PASSWORD)


def test_every_password_change_is_logged_with_how(app: Flask, client, auth, caplog) -> None:
    auth.register()
    caplog.set_level(logging.INFO)
    client.post("/auth/account", data={"current": PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    changes = [r for r in caplog.records if r.getMessage() == "password changed"]
    assert [(r.user_id, r.how) for r in changes] == [(1, "account")]
    assert NEW_PASSWORD not in caplog.text
