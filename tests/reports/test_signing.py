"""Trust: a report verifies by code, link and PDF; a forged code, a tampered payload or one changed byte do not."""

from __future__ import annotations

import base64
import json

from cryptography.hazmat.primitives.serialization import load_pem_public_key

from quizapp.extensions import db
from quizapp.models import Report
from tests.reports.conftest import create_report, detached_report, finish_assessment


def _report(client, auth, app) -> Report:
    auth.register()
    return detached_report(app, create_report(client, finish_assessment(client, app, ["analysis"])))


def _verdict(page) -> str:
    text = page.get_data(as_text=True)
    assert ("Not genuine" in text) != ("<strong>Genuine</strong>" in text), "exactly one verdict is shown"
    return "genuine" if "<strong>Genuine</strong>" in text else "not genuine"


def test_code_link_and_query_verify_the_stored_report(client, auth, app) -> None:
    report = _report(client, auth, app)
    for url in (f"/verify/{report.code}", f"/verify?code={report.code.lower().replace('-', ' ')}"):
        page = client.get(url)
        assert _verdict(page) == "genuine"
        assert "ada@example.org" in page.get_data(as_text=True)  # the stored report is shown


def test_forged_and_altered_codes_are_not_genuine(client, auth, app) -> None:
    report = _report(client, auth, app)
    swapped = report.code[:-1] + ("A" if report.code[-1] != "A" else "B")
    for code in (swapped, "AAAA-BBBB-CCCC", "nonsense"):
        assert _verdict(client.get(f"/verify/{code}")) == "not genuine"
        assert _verdict(client.post("/verify", data={"code": code})) == "not genuine"
    # a mistyped code is told it is not even shaped like one; a well-formed unknown code is not
    hint = "A verification code has 12 letters and digits"
    assert hint in client.post("/verify", data={"code": "nonsense"}).get_data(as_text=True)
    assert hint in client.get(f"/verify/{report.code[:-2]}").get_data(as_text=True)
    assert hint not in client.get(f"/verify/{swapped}").get_data(as_text=True)


def test_tampered_payload_in_the_database_is_detected(client, auth, app) -> None:
    report = _report(client, auth, app)
    with app.app_context():
        stored = db.session.get(Report, report.id)
        payload = json.loads(stored.payload)
        payload["topics"][0]["level"] = "ready" if payload["topics"][0]["level"] != "ready" else "not_ready"
        stored.payload = json.dumps(payload, sort_keys=True, separators=(",", ":"))
        db.session.commit()
    assert _verdict(client.get(f"/verify/{report.code}")) == "not genuine"


def test_untouched_pdf_is_genuine_and_any_changed_byte_is_not(client, auth, app) -> None:
    report = _report(client, auth, app)
    pdf = client.get(f"/reports/{report.id}/pdf").data
    assert pdf == report.pdf

    def upload(data: bytes) -> str:
        from io import BytesIO

        return _verdict(client.post("/verify", data={"pdf": (BytesIO(data), "report.pdf")},
                                    content_type="multipart/form-data"))

    assert upload(pdf) == "genuine"
    for position in (0, 10, len(pdf) // 3, len(pdf) // 2, len(pdf) - 2):
        changed = bytearray(pdf)
        changed[position] ^= 0x01
        assert upload(bytes(changed)) == "not genuine", position
    assert upload(pdf + b"\n") == "not genuine"


def test_published_key_checks_the_signature_independently(client, auth, app) -> None:
    report = _report(client, auth, app)
    key = load_pem_public_key(client.get("/verify/key").data)
    machine = client.get(f"/verify/{report.code}.json").get_json()
    assert machine["genuine"] is True
    key.verify(base64.urlsafe_b64decode(machine["signature"]), machine["signed_text"].encode())
    assert json.loads(machine["signed_text"])["code"] == report.code
