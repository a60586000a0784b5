"""The applicant's receipt when a report reaches the programme: an email with its code, link and signed PDF."""

from __future__ import annotations

from flask_babel import gettext as _

from quizapp.mail import mail_configured, send_mail
from quizapp.models import Report
from quizapp.reports.rounds import load_rounds
from quizapp.web import public_url


def send_submission_receipt(report: Report) -> bool:
    """Email the applicant that ``report`` was submitted; True when a message went out.

    Nothing is sent without a mail server. A server that refuses the message is logged, not shown: the report is
    submitted either way, and the applicant can download it again from the site.
    """
    if not mail_configured():
        return False
    rounds = {r.id: r.name for r in load_rounds()}
    body = _(
        "Hello %(name)s,\n\nYour readiness report was submitted to the programme on %(date)s (%(round)s). "
        "Staff now see it; it no longer changes.\n\nVerification code: %(code)s\nAnyone can check it at: %(link)s\n\n"
        "The signed PDF is attached.\n",
        name=report.user.name, date=report.submitted_at.strftime("%Y-%m-%d"),
        round=rounds.get(report.round_id or "", _("no round chosen")), code=report.code,
        link=public_url("verify.show", code=report.code),
    )
    return send_mail(report.user.email, _("Your readiness report %(code)s was submitted", code=report.code), body,
                     what=f"the submission receipt of report {report.id}",
                     attachments=[(f"readiness-report-{report.code}.pdf", report.pdf)])
