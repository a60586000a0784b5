"""The applicant's data: a JSON export of everything, and deletion of everything."""

from __future__ import annotations

import json

from quizapp.extensions import db
from quizapp.models import Attempt, Report, ReportPdf, ReportTopic, User
from tests.reports.conftest import create_report, finish_assessment


def test_export_contains_attempts_answers_and_reports(client, auth, app) -> None:
    auth.register()
    report_id = create_report(client, finish_assessment(client, app, ["analysis"]))
    data = json.loads(client.get("/reports/export").data)
    assert data["account"]["email"] == "ada@example.org"
    assert len(data["attempts"][0]["responses"]) == 2 and data["attempts"][0]["responses"][0]["answer"]
    with app.app_context():
        assert data["reports"][0]["code"] == db.session.get(Report, report_id).code


def test_delete_needs_confirmation_then_removes_everything(client, auth, app) -> None:
    auth.register()
    report_id = create_report(client, finish_assessment(client, app, ["analysis"]))
    with app.app_context():
        code = db.session.get(Report, report_id).code
    assert client.post("/reports/delete", data={}).status_code == 400
    assert client.post("/reports/delete", data={"confirm": "y"}).status_code == 302
    with app.app_context():
        assert db.session.query(User).count() == 0
        assert db.session.query(Attempt).count() == 0 and db.session.query(Report).count() == 0
        assert db.session.query(ReportPdf).count() == 0 and db.session.query(ReportTopic).count() == 0
    assert "Not genuine" in client.get(f"/verify/{code}").get_data(as_text=True)
    assert auth.login().status_code == 200  # the account is gone: the login form comes back
