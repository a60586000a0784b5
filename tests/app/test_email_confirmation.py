"""Email confirmation: the link sent at registration, the report that waits for it, and what it states."""

from __future__ import annotations

import json
import logging
import re

import pytest
from flask import Flask

from quizapp.extensions import db
from quizapp.models import Report
from tests.reports.conftest import create_report, finish_assessment


def _logged_link(caplog: pytest.LogCaptureFixture) -> str:
    """The confirmation link the development server wrote to its log (no mail server in tests)."""
    links = re.findall(r"email confirmation link for \S+: http://localhost(/auth/confirm/\S+)", caplog.text)
    assert links, caplog.text
    return links[-1]


def _report(app: Flask, report_id: int) -> tuple[str, dict]:
    with app.app_context():
        report = db.session.get(Report, report_id)
        return report.status, json.loads(report.payload)


def test_registration_emails_a_link_that_confirms_the_address(app: Flask, client, auth, outbox) -> None:
    app.config["PUBLIC_BASE_URL"] = "https://quizapp.example.org/"
    page = client.get(auth.register(confirm=False).headers["Location"]).get_data(as_text=True)
    assert "We sent a link to ada@example.org" in page
    (message,) = outbox
    assert message["To"] == "ada@example.org" and message["Subject"] == "Confirm your email address for quizapp"
    assert "within 72 hours" in message.get_content()
    link = re.search(r"https://quizapp\.example\.org(/auth/confirm/\S+)", message.get_content()).group(1)
    account = client.get("/auth/account").get_data(as_text=True)
    assert "not confirmed yet" in account and "Send the link again" in account
    confirmed = client.get(link, follow_redirects=True).get_data(as_text=True)
    assert "Your email address ada@example.org is confirmed." in confirmed
    assert "not confirmed yet" not in confirmed and "Send the link again" not in confirmed


def test_a_report_waits_for_the_address_and_then_states_it(app: Flask, client, auth, caplog) -> None:
    caplog.set_level(logging.WARNING)
    page = client.get(auth.register(confirm=False).headers["Location"]).get_data(as_text=True)
    assert "the link to confirm ada@example.org is in the server&#39;s log" in page
    report_id = create_report(client, finish_assessment(client, app, ["analysis"]))
    shown = client.get(f"/reports/{report_id}").get_data(as_text=True)
    assert "first confirm your email address" in shown and "Submit to the programme" not in shown
    assert "email not confirmed" in shown
    refused = client.post(f"/reports/{report_id}/submit", follow_redirects=True).get_data(as_text=True)
    assert "first confirm your email address" in refused
    assert _report(app, report_id)[0] == "draft"  # kept as it was

    client.get(_logged_link(caplog))
    assert _report(app, report_id)[1]["applicant"]["email_confirmed"] is True  # the draft was re-signed
    shown = client.get(f"/reports/{report_id}").get_data(as_text=True)
    assert "email confirmed" in shown and "Submit to the programme" in shown
    client.post(f"/reports/{report_id}/submit")
    assert _report(app, report_id)[0] == "submitted"


def test_forged_or_expired_links_confirm_nothing(app: Flask, client, auth) -> None:
    auth.register(confirm=False)
    link = auth.confirmation_link("ada@example.org")
    forged = client.get("/auth/confirm/forged", follow_redirects=True).get_data(as_text=True)
    assert "This confirmation link has expired or is not valid." in forged
    app.config["CONFIRM_EMAIL_HOURS"] = -1
    expired = client.get(link, follow_redirects=True).get_data(as_text=True)
    assert "This confirmation link has expired or is not valid." in expired
    assert "not confirmed yet" in client.get("/auth/account").get_data(as_text=True)


def test_an_emailed_password_link_confirms_the_address(app: Flask, client, auth, caplog) -> None:
    caplog.set_level(logging.WARNING)
    auth.register(confirm=False)
    auth.logout()
    client.post("/auth/reset", data={"email": "ada@example.org"})
    link = re.findall(r"password reset link for \S+: http://localhost(/auth/reset/\S+)", caplog.text)[-1]
    client.post(link, data={"password": "a brand new passphrase", "confirm": "a brand new passphrase"})
    auth.login(password="a brand new passphrase")
    assert "not confirmed yet" not in client.get("/auth/account").get_data(as_text=True)


def test_without_any_way_to_send_a_link_nothing_is_promised_or_required(app: Flask, client, auth) -> None:
    app.config["ENV"] = "production"  # and no mail server
    page = client.get(auth.register(confirm=False).headers["Location"]).get_data(as_text=True)
    assert "confirm" not in page.lower()
    assert "Send the link again" not in client.get("/auth/account").get_data(as_text=True)
    report_id = create_report(client, finish_assessment(client, app, ["analysis"]))
    client.post(f"/reports/{report_id}/submit")
    status, payload = _report(app, report_id)
    assert status == "submitted" and payload["applicant"]["email_confirmed"] is False  # and says so
