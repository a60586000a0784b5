"""Administrators' account page: find accounts, invite staff, change roles, lift lock-outs, send reset links."""

from __future__ import annotations

import html
import logging
import re

from flask import Flask
from sqlalchemy import select

from quizapp.auth.services import find_user
from quizapp.extensions import db
from quizapp.models import AuditEntry, Role

PASSWORD = "a brand new passphrase"


def _audit(app: Flask) -> list[tuple[str, dict]]:
    with app.app_context():
        return [(e.action, e.detail) for e in db.session.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def _choose_password(app: Flask, link: str) -> int:
    """Follow an invitation or reset link in a fresh browser and choose a password; the final status."""
    visitor = app.test_client()
    path = link.removeprefix("http://localhost")
    assert "Choose a new password" in visitor.get(path).get_data(as_text=True)
    return visitor.post(path, data={"password": PASSWORD, "confirm": PASSWORD}).status_code


def test_only_administrators_see_accounts(client, auth, login_as) -> None:
    login_as(Role.STAFF)
    assert client.get("/admin/accounts").status_code == 403
    login_as(Role.ADMIN)
    page = client.get("/admin/accounts").get_data(as_text=True)
    assert "staff@example.org" in page and "admin@example.org" in page and "(you)" in page
    assert "staff@example.org" not in client.get("/admin/accounts?role=admin").get_data(as_text=True)
    assert "admin@example.org" not in client.get("/admin/accounts?search=STAFF").get_data(as_text=True)
    assert client.get("/admin/accounts?role=emperor&page=x").status_code == 200  # a mangled URL lists everyone


def test_invited_staff_choose_their_password_from_the_link(app: Flask, client, login_as) -> None:
    login_as(Role.ADMIN)
    form = {"name": "Sam Staff", "email": "sam@uni.example", "role": "staff", "back": "role=staff"}
    response = client.post("/admin/accounts/new", data=form)
    assert response.headers["Location"].endswith("/admin/accounts?role=staff")  # back to the list as filtered
    page = html.unescape(client.get("/admin/accounts?role=staff").get_data(as_text=True))
    handed_over = r"give them this link, valid 72 hours, to choose a password: (http://localhost/auth/reset/[\w.-]+)"
    link = re.search(handed_over, page).group(1)
    assert _choose_password(app, link) == 302
    login = app.test_client().post("/auth/login", data={"email": "sam@uni.example", "password": PASSWORD})
    assert login.status_code == 302
    with app.app_context():
        assert find_user("sam@uni.example").role is Role.STAFF
    assert ("create_account", {"user": "sam@uni.example", "role": "staff"}) in _audit(app)
    again = client.post("/admin/accounts/new", data=form, follow_redirects=True).get_data(as_text=True)
    assert "An account with this email already exists." in again
    bad = client.post("/admin/accounts/new", data={"name": "X", "email": "nope"}, follow_redirects=True)
    assert "Invalid email address." in bad.get_data(as_text=True)


def test_with_a_mail_server_the_invitation_is_emailed(app: Flask, client, login_as, outbox) -> None:
    login_as(Role.ADMIN)
    page = client.post("/admin/accounts/new", data={"name": "Ines", "email": "ines@uni.example",
                                                    "role": "instructor"}, follow_redirects=True)
    assert "an invitation to choose a password is on its way" in page.get_data(as_text=True)
    (message,) = outbox
    assert message["To"] == "ines@uni.example" and "(instructor)" in message.get_content()
    link = re.search(r"http://localhost/auth/reset/\S+", message.get_content()).group(0)
    assert _choose_password(app, link) == 302


def test_role_changes_are_audited_and_never_ones_own(app: Flask, client, login_as) -> None:
    login_as(Role.STAFF, "sam@example.org")
    login_as(Role.ADMIN)
    with app.app_context():
        sam, me = find_user("sam@example.org").id, find_user("admin@example.org").id
    client.post(f"/admin/accounts/{sam}/role", data={"role": "instructor"})
    refused = client.post(f"/admin/accounts/{me}/role", data={"role": "applicant"}, follow_redirects=True)
    assert "You cannot change your own role" in refused.get_data(as_text=True)
    with app.app_context():
        assert find_user("sam@example.org").role is Role.INSTRUCTOR
        assert find_user("admin@example.org").role is Role.ADMIN
    assert ("change_role", {"user": "sam@example.org", "from": "staff", "to": "instructor"}) in _audit(app)
    assert client.post(f"/admin/accounts/{sam}/role", data={"role": "emperor"}).status_code == 400
    assert client.post("/admin/accounts/9999/role", data={"role": "staff"}).status_code == 404


def test_unlock_and_reset_link(app: Flask, client, auth, login_as, caplog) -> None:
    app.config["LOGIN_MAX_FAILURES"] = 2
    auth.register()
    auth.logout()
    for _ in range(2):
        auth.login(password="wrong password 1")
    login_as(Role.ADMIN)
    with app.app_context():
        ada = find_user("ada@example.org").id
    assert "locked until" in client.get("/admin/accounts?search=ada").get_data(as_text=True)
    client.post(f"/admin/accounts/{ada}/unlock")
    assert app.test_client().post("/auth/login", data={"email": "ada@example.org",
                                                      "password": "correct horse battery"}).status_code == 302
    caplog.set_level(logging.WARNING)
    client.post(f"/admin/accounts/{ada}/reset")
    link = re.search(r"password reset link for ada@example.org: (\S+)", caplog.text).group(1)
    assert _choose_password(app, link) == 302
    assert [action for action, _ in _audit(app)] == ["unlock_account", "send_reset_link"]


def test_the_audit_log_names_the_account_an_administrator_changed(app: Flask, client, login_as) -> None:
    login_as(Role.STAFF, "sam@example.org")
    login_as(Role.ADMIN)
    with app.app_context():
        sam = find_user("sam@example.org").id
    client.post(f"/admin/accounts/{sam}/role", data={"role": "instructor"})
    page = html.unescape(client.get("/review/audit").get_data(as_text=True))
    assert "change_role · sam@example.org (staff → instructor)" in page
