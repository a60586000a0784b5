"""The checklist form: saving it (with the attestation upload) re-signs the applicant's unsubmitted reports."""

from __future__ import annotations

from flask import flash, redirect, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required

from quizapp.extensions import db
from quizapp.models import Checklist
from quizapp.reports import services
from quizapp.reports.forms import checklist_form
from quizapp.reports.rounds import load_rounds
from quizapp.reports.uploads import UploadRejected, delete_upload, max_bytes, store_attestation
from quizapp.reports.views import bp


def _upload_message(reason: str) -> str:
    if reason == "size":
        return _("The attestation is too large (at most %(mb)s MB).", mb=max_bytes() // (1024 * 1024))
    if reason == "empty":
        return _("The attestation file is empty.")
    return _("The attestation must be a PDF, PNG or JPEG file.")


@bp.post("/checklist")
@login_required
def save_checklist() -> ResponseReturnValue:
    """Store the checklist; a refused file or a closed round is reported and nothing is saved."""
    back = request.form.get("report_id", type=int)
    target = url_for("reports.show", report_id=back) if back else url_for("reports.index")
    checklist = db.session.get(Checklist, current_user.id)
    form = checklist_form(checklist, request.form)
    if not form.validate_on_submit():
        for errors in form.errors.values():
            for error in errors:
                flash(str(error), "error")
        return redirect(target)
    chosen = next((r for r in load_rounds() if r.id == form.round_id.data), None)
    if chosen is not None and chosen.is_closed():
        flash(_("The round \"%(name)s\" has closed; choose another round.", name=chosen.name), "error")
        return redirect(target)
    upload = request.files.get("attestation")
    stored = None
    if upload is not None and upload.filename:
        try:
            stored = store_attestation(upload.stream)
        except UploadRejected as exc:
            flash(_upload_message(exc.reason), "error")
            return redirect(target)
    if checklist is None:
        checklist = Checklist(user_id=current_user.id)
        db.session.add(checklist)
    checklist.degree = (form.degree.data or "").strip() or None
    checklist.english_test = form.english_test.data or None
    checklist.english_score = (form.english_score.data or "").strip() or None
    checklist.mooc_done = bool(form.mooc_done.data)
    checklist.round_id = form.round_id.data or None
    if stored is not None:
        delete_upload(checklist.attestation_file)
        checklist.attestation_file, checklist.attestation_type = stored.name, stored.media_type
        checklist.attestation_sha256 = stored.sha256
    db.session.commit()
    reissued = services.reissue_drafts(current_user)
    flash(_("Checklist saved.") + (" " + _("Your unsubmitted reports were re-signed with it; download the PDF "
                                          "again.") if reissued else ""), "success")
    return redirect(target)
