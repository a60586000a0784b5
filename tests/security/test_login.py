"""Login hardening: rate limit per IP, lock-out per account across IPs, no user enumeration, no open redirect."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from quizapp.auth.services import create_user, find_user
from quizapp.extensions import db
from quizapp.models._time import utcnow
from tests.security.world import PASSWORD, drop_app, make_app

EMAIL = "ada@example.org"
# Targets a browser would send off-site: it reads "\" as "/" and drops tabs and newlines inside URLs.
OFF_SITE = ["//evil.example/x", "https://evil.example/x", "/\\evil.example/x", "\\\\evil.example/x",
            "/\t/evil.example/x", "/\n/evil.example/x", "javascript:alert(1)", "///evil.example/x"]


@pytest.fixture
def login_app(tmp_path: Path) -> Iterator[Flask]:
    """An app with the login rate limit on (3 per minute) and lock-out after 3 failures; one account."""
    app = make_app(tmp_path, RATELIMIT_ENABLED=True, RATELIMIT_LOGIN="3 per minute", LOGIN_MAX_FAILURES=3)
    with app.app_context():
        create_user(EMAIL, "Ada", PASSWORD)  # a real scrypt hash, as every account has
    yield app
    drop_app(app)


def post_login(client: FlaskClient, ip: str, password: str, email: str = EMAIL, next_url: str | None = None,
               ) -> TestResponse:
    """One login attempt from ``ip``."""
    query = {"next": next_url} if next_url is not None else {}
    return client.post("/auth/login", query_string=query, data={"email": email, "password": password},
                       environ_base={"REMOTE_ADDR": ip})


def browser_destination(location: str) -> str:
    """The host a browser would go to for this Location header (empty: this site)."""
    normalised = re.sub(r"[\t\n\r]", "", location).replace("\\", "/")
    parts = urlsplit(urljoin("http://quizapp.test/auth/login", normalised))
    return "" if parts.scheme in {"http", "https"} and parts.netloc == "quizapp.test" else parts.geturl()


def test_login_attempts_are_rate_limited_per_ip(login_app: Flask) -> None:
    client = login_app.test_client()
    for _ in range(3):  # an unknown email, so that no account gets locked on the way
        assert post_login(client, "203.0.113.7", "wrong password", "nobody@example.org").status_code == 200
    refused = post_login(client, "203.0.113.7", PASSWORD)
    assert refused.status_code == 429 and "Too many attempts" in refused.get_data(as_text=True)
    assert post_login(client, "203.0.113.8", PASSWORD).status_code == 302  # another IP is not affected


def test_account_locks_after_failures_from_different_ips(login_app: Flask) -> None:
    client = login_app.test_client()
    for i in range(3):
        post_login(client, f"198.51.100.{i}", "wrong password")
    locked = post_login(client, "198.51.100.9", PASSWORD)
    assert locked.status_code == 200 and "locked" in locked.get_data(as_text=True)
    assert client.get("/assess/").status_code == 302  # the right password did not log in
    with login_app.app_context():  # fifteen minutes later
        find_user(EMAIL).locked_until = utcnow() - timedelta(seconds=1)
        db.session.commit()
    assert post_login(client, "198.51.100.9", PASSWORD).status_code == 302
    assert client.get("/assess/").status_code == 200


def test_unknown_email_and_wrong_password_look_the_same(login_app: Flask, monkeypatch) -> None:
    hashes = []
    real_scrypt = hashlib.scrypt
    monkeypatch.setattr(hashlib, "scrypt", lambda *a, **k: hashes.append(1) or real_scrypt(*a, **k))
    pages = {}
    for email in (EMAIL, "nobody@example.org"):
        hashes.clear()
        page = post_login(login_app.test_client(), "192.0.2.1", "wrong password", email).get_data(as_text=True)
        pages[email] = (re.sub(r'value="[^"]*"', "", page), len(hashes))
    assert "Wrong email or password." in pages[EMAIL][0]
    assert pages[EMAIL][0] == pages["nobody@example.org"][0].replace("nobody@example.org", EMAIL)
    # The same work either way: an unknown email answering at once would tell an attacker it is unknown.
    assert pages[EMAIL][1] == pages["nobody@example.org"][1] >= 1


@pytest.mark.parametrize("target", OFF_SITE)
def test_login_never_redirects_off_site(login_app: Flask, target: str) -> None:
    response = post_login(login_app.test_client(), "192.0.2.2", PASSWORD, next_url=target)
    assert response.status_code == 302
    assert browser_destination(response.headers["Location"]) == ""


@pytest.mark.parametrize("target", OFF_SITE)
def test_language_switch_never_redirects_off_site(login_app: Flask, target: str) -> None:
    response = login_app.test_client().post("/language", data={"lang": "fr", "next": target})
    assert response.status_code == 302
    assert browser_destination(response.headers["Location"]) == ""


def test_same_site_next_is_kept(login_app: Flask) -> None:
    response = post_login(login_app.test_client(), "192.0.2.3", PASSWORD, next_url="/reports/?x=1")
    assert response.headers["Location"] == "/reports/?x=1"


def test_reset_emails_to_one_address_are_limited_whatever_the_ip(tmp_path: Path) -> None:
    app = make_app(tmp_path, RATELIMIT_ENABLED=True, RATELIMIT_RESET_PER_EMAIL="2 per hour")
    try:
        client = app.test_client()

        def ask(email: str, ip: str) -> int:
            return client.post("/auth/reset", data={"email": email}, environ_base={"REMOTE_ADDR": ip}).status_code

        assert [ask(EMAIL, "203.0.113.1"), ask(EMAIL.upper(), "203.0.113.2")] == [302, 302]
        refused = client.post("/auth/reset", data={"email": EMAIL}, environ_base={"REMOTE_ADDR": "203.0.113.3"})
        assert refused.status_code == 429 and "Too many attempts" in refused.get_data(as_text=True)
        assert ask("someone.else@example.org", "203.0.113.3") == 302  # another address is not affected
    finally:
        drop_app(app)
