"""The application checklist: file type and size checks, storage outside the web root, rounds, English levels."""

from __future__ import annotations

import io
import json
from pathlib import Path

from quizapp.extensions import db
from quizapp.models import Checklist, Report
from tests.reports.conftest import create_report, finish_assessment

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _save(client, report_id: int, **fields):
    data = {"report_id": report_id, "degree": "MSc Physics, Lyon, 2024", "english_test": "toeic",
            "english_score": "780", "mooc_done": "y", "round_id": "2027-r1", **fields}
    return client.post("/reports/checklist", data=data, content_type="multipart/form-data", follow_redirects=True)


def _report(client, auth, app) -> int:
    auth.register()
    return create_report(client, finish_assessment(client, app, ["analysis"]))


def test_checklist_goes_into_the_signed_report(client, auth, app) -> None:
    report_id = _report(client, auth, app)
    page = _save(client, report_id, attestation=(io.BytesIO(PNG), "attestation.png"))
    assert "Checklist saved" in page.get_data(as_text=True)
    with app.app_context():
        report = db.session.get(Report, report_id)
        checklist = json.loads(report.payload)["checklist"]
        stored = db.session.get(Checklist, report.user_id)
    assert checklist["english_ok"] is True and checklist["round"]["id"] == "2027-r1"
    assert checklist["mooc_attestation"]["type"] == "image/png"
    upload = Path(app.config["REPORTS_UPLOAD_DIR"]) / stored.attestation_file
    assert upload.read_bytes() == PNG and "static" not in upload.parts
    assert client.get(f"/static/{stored.attestation_file}").status_code == 404
    assert client.get(f"/verify/{report.code}").get_data(as_text=True).count("2027 intake, round 1") >= 1


def test_english_below_threshold_is_reported(client, auth, app) -> None:
    report_id = _save_and_get(client, auth, app, english_test="toefl_paper", english_score="520")
    assert report_id["english_ok"] is False


def _save_and_get(client, auth, app, **fields) -> dict:
    report_id = _report(client, auth, app)
    _save(client, report_id, **fields)
    with app.app_context():
        return json.loads(db.session.get(Report, report_id).payload)["checklist"]


def test_wrong_file_type_is_refused_with_a_message(client, auth, app) -> None:
    report_id = _report(client, auth, app)
    page = _save(client, report_id, attestation=(io.BytesIO(b"MZ\x90\x00 not a pdf"), "attestation.pdf"))
    assert "must be a PDF, PNG or JPEG" in page.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Checklist, 1) is None  # nothing saved


def test_oversized_file_is_refused_with_a_message(client, auth, app) -> None:
    app.config["REPORTS_MAX_UPLOAD_BYTES"] = 1024 * 1024
    report_id = _report(client, auth, app)
    big = b"%PDF-1.7\n" + b"0" * (1024 * 1024)
    page = _save(client, report_id, attestation=(io.BytesIO(big), "attestation.pdf"))
    assert "too large (at most 1 MB)" in page.get_data(as_text=True)
    folder = Path(app.config["REPORTS_UPLOAD_DIR"])
    assert not folder.exists() or not any(folder.iterdir())  # nothing kept


def test_closed_round_is_refused_and_days_left_are_shown(client, auth, app) -> None:
    report_id = _report(client, auth, app)
    page = _save(client, report_id, round_id="2026-r3").get_data(as_text=True)  # deadline 2026-09-30 has passed
    assert "has closed" in page
    assert "closed" in page and "days left" in page
