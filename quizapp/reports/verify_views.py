"""Public verification: by code, by link, or by uploading the PDF; and the public key."""

from __future__ import annotations

import json

from flask import Blueprint, Response, render_template, request
from flask.typing import ResponseReturnValue

from quizapp.extensions import limiter
from quizapp.reports import services, signing
from quizapp.reports.content import is_well_formed_code
from quizapp.reports.forms import VerifyForm
from quizapp.reports.labels import template_labels
from quizapp.reports.svg import topic_chart
from quizapp.reports.uploads import max_bytes

bp = Blueprint("verify", __name__)
bp.context_processor(template_labels)
# Codes are unguessable (60 bits); the limit keeps the page from becoming a cheap oracle all the same.
VERIFY_LIMIT = "60 per minute"


def _result(outcome: services.Verification, form: VerifyForm, asked: bool, code: str | None = None
            ) -> ResponseReturnValue:
    """The verdict page; ``code`` is what was typed or linked, to say when it is not even shaped like a code."""
    payload = outcome.payload
    chart = topic_chart(payload["topics"], "θ") if payload else None
    malformed = code is not None and not outcome.genuine and not is_well_formed_code(code)
    return render_template("reports/verify.html", form=form, outcome=outcome, asked=asked, payload=payload,
                           chart=chart, report=outcome.report, malformed=malformed)


@bp.route("", methods=["GET", "POST"])
@limiter.limit(VERIFY_LIMIT)
def verify() -> ResponseReturnValue:
    """The verification form; ``?code=`` (GET) or a code / PDF (POST) gives the verdict."""
    form = VerifyForm()
    if request.method == "GET":
        code = request.args.get("code", "").strip()
        if code:
            form.code.data = code
            return _result(services.verify_code(code[:40]), form, asked=True, code=code)
        return _result(services.Verification(False), form, asked=False)
    if not form.validate_on_submit():
        return _result(services.Verification(False), form, asked=False), 400
    upload = request.files.get("pdf")
    if upload is not None and upload.filename:
        data = upload.stream.read(max_bytes() * 4 + 1)  # reports are far smaller; refuse to buffer anything huge
        return _result(services.verify_pdf(data), form, asked=True)
    return _result(services.verify_code(form.code.data or ""), form, asked=True, code=form.code.data or "")


@bp.get("/<code>")
@limiter.limit(VERIFY_LIMIT)
def show(code: str) -> ResponseReturnValue:
    """The link printed in the report and its QR code."""
    form = VerifyForm(formdata=None, code=code)
    return _result(services.verify_code(code[:40]), form, asked=True, code=code)


@bp.get("/key")
def key() -> ResponseReturnValue:
    """The Ed25519 public key (PEM) that checks every report's signature."""
    return Response(signing.public_key_pem(), mimetype="application/x-pem-file")


@bp.get("/<code>.json")
@limiter.limit(VERIFY_LIMIT)
def show_json(code: str) -> ResponseReturnValue:
    """Machine check: the signed payload and its signature, for anyone holding the public key."""
    outcome = services.verify_code(code[:40])
    if not outcome.genuine or outcome.report is None:
        return {"genuine": False}, 404
    return {"genuine": True, "payload": json.loads(outcome.report.payload), "signed_text": outcome.report.payload,
            "signature": outcome.report.signature, "pdf_sha256": outcome.report.pdf_sha256}
