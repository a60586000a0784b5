"""The applicant's receipt: submitting a report emails its code, its public link and the signed PDF, once."""

from __future__ import annotations

import logging

from quizapp.extensions import db
from quizapp.models import Report
from tests.reports.conftest import create_report, finish_assessment


def test_submitting_emails_a_receipt_with_the_signed_pdf_once(client, auth, app, outbox) -> None:
    auth.register()
    outbox.clear()  # the confirmation link sent at registration (tests/app/test_email_confirmation.py)
    report_id = create_report(client, finish_assessment(client, app, ["analysis"]))
    client.post("/reports/checklist", data={"report_id": report_id, "round_id": "2027-r1"})
    page = client.post(f"/reports/{report_id}/submit", follow_redirects=True).get_data(as_text=True)
    assert "A receipt with the signed PDF is on its way to ada@example.org." in page
    with app.app_context():
        report = db.session.get(Report, report_id)
        code, pdf = report.code, report.pdf
    (message,) = outbox
    assert message["To"] == "ada@example.org" and code in message["Subject"]
    body = message.get_body(("plain",)).get_content()
    assert f"Verification code: {code}" in body and f"http://localhost/verify/{code}" in body
    assert "2027 intake, round 1" in body
    (attachment,) = message.iter_attachments()
    assert attachment.get_filename() == f"readiness-report-{code}.pdf" and attachment.get_content() == pdf
    client.post(f"/reports/{report_id}/submit")  # submitting again changes nothing and sends nothing
    assert len(outbox) == 1


def test_a_refusing_mail_server_does_not_stop_the_submission(client, auth, app, outbox, monkeypatch, caplog) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise ConnectionRefusedError("no mail server here")

    monkeypatch.setattr("smtplib.SMTP", refuse)
    auth.register()
    report_id = create_report(client, finish_assessment(client, app, ["analysis"]))
    caplog.set_level(logging.ERROR)
    page = client.post(f"/reports/{report_id}/submit", follow_redirects=True).get_data(as_text=True)
    assert "Your report was submitted to the programme." in page and "receipt" not in page
    assert "could not send the submission receipt" in caplog.text
    with app.app_context():
        assert db.session.get(Report, report_id).is_submitted


def test_without_a_mail_server_nothing_is_sent_and_nothing_is_promised(client, auth, app) -> None:
    auth.register()
    report_id = create_report(client, finish_assessment(client, app, ["analysis"]))
    page = client.post(f"/reports/{report_id}/submit", follow_redirects=True).get_data(as_text=True)
    assert "Your report was submitted to the programme." in page and "receipt" not in page
