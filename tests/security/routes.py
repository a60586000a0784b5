"""The authorization table: every route of the app × every identity, with the outcome a visitor gets.

Outcomes: an HTTP status, ``login`` (a redirect to the login page) or ``302`` (any other redirect). URLs and form
fields are templates filled from :attr:`World.ids` (objects owned by "applicant"). Owner-only resources answer 404
to everyone else, admins included: a 403 would confirm that the object exists.
Requests are chosen so that none changes what another row expects (spare objects, incomplete forms).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tests.security.world import FIB_CODE, IDENTITIES


@dataclass(frozen=True)
class Route:
    """One (endpoint, method): the URL to call, the form to send and one expected outcome per identity."""

    endpoint: str
    method: str
    url: str
    expected: str  # outcomes in the order of IDENTITIES, separated by spaces
    data: dict[str, Any] = field(default_factory=dict)

    def outcome_for(self, identity: str) -> str:
        """The expected outcome for ``identity``."""
        outcomes = self.expected.split()
        assert len(outcomes) == len(IDENTITIES), f"{self.endpoint}: one outcome per identity"
        return outcomes[IDENTITIES.index(identity)]

    def url_for(self, ids: dict[str, Any]) -> str:
        """The URL with the world's object ids filled in."""
        return self.url.format(**ids)

    def data_for(self, ids: dict[str, Any]) -> dict[str, Any]:
        """The form with the world's object ids filled in."""
        return {k: v.format(**ids) if isinstance(v, str) else v for k, v in self.data.items()}


OWNER_ONLY = "login 200 404 404 404 404"
LOGGED_IN = "login 200 200 200 200 200"
STAFF_ONLY = "login 403 403 200 403 200"
INSTRUCTOR_ONLY = "login 403 403 403 200 200"
ADMIN_ONLY = "login 403 403 403 403 200"
ANYONE = "200 200 200 200 200 200"
ANONYMOUS_ONLY = "200 302 302 302 302 302"

# Columns of ``expected``: anonymous, applicant, other applicant, staff, instructor, admin.
ROUTES = (
    Route("main.index", "GET", "/", ANYONE),
    Route("main.health", "GET", "/health", ANYONE),
    Route("main.set_language", "POST", "/language", "302 302 302 302 302 302", {"lang": "en", "next": "/"}),
    Route("static", "GET", "/static/css/app.css", ANYONE),
    Route("auth.login", "GET", "/auth/login", ANONYMOUS_ONLY),
    Route("auth.login", "POST", "/auth/login", ANONYMOUS_ONLY, {"email": "nobody@example.org", "password": "x"}),
    Route("auth.register", "GET", "/auth/register", ANONYMOUS_ONLY),
    Route("auth.register", "POST", "/auth/register", ANONYMOUS_ONLY, {"email": "not an email"}),
    Route("auth.logout", "POST", "/auth/logout", "login 302 302 302 302 302"),
    Route("admin.accounts", "GET", "/admin/accounts", ADMIN_ONLY),
    # Incomplete forms: the new account is refused, the role stays (400); unlock and reset do no harm.
    Route("admin.new_account", "POST", "/admin/accounts/new", "login 403 403 403 403 302", {"email": "x"}),
    Route("admin.set_role", "POST", "/admin/accounts/{other_user}/role", "login 403 403 403 403 400"),
    Route("admin.unlock", "POST", "/admin/accounts/{other_user}/unlock", "login 403 403 403 403 302"),
    Route("admin.send_reset", "POST", "/admin/accounts/{other_user}/reset", "login 403 403 403 403 302"),
    Route("auth.account", "GET", "/auth/account", LOGGED_IN),
    Route("auth.account", "POST", "/auth/account", LOGGED_IN, {"current": ""}),
    Route("auth.reset_request", "GET", "/auth/reset", ANONYMOUS_ONLY),
    Route("auth.reset_request", "POST", "/auth/reset", ANONYMOUS_ONLY, {"email": "not an email"}),
    # A forged link goes back to the request page, whoever follows it.
    Route("auth.reset_password", "GET", "/auth/reset/forged", "302 302 302 302 302 302"),
    Route("auth.reset_password", "POST", "/auth/reset/forged", "302 302 302 302 302 302", {"password": "x"}),
    # A forged confirmation link: a message, and back to the login (anonymous) or account page.
    Route("confirm.confirm_email", "GET", "/auth/confirm/forged", "login 302 302 302 302 302"),
    Route("confirm.resend", "POST", "/auth/confirm", "login 302 302 302 302 302"),
    Route("assess.dashboard", "GET", "/assess/", LOGGED_IN),
    Route("assess.start", "POST", "/assess/start", "login 302 302 302 302 302",
          {"topics": "analysis", "mode": "practice"}),
    Route("assess.take", "GET", "/assess/{practice_attempt}", OWNER_ONLY),
    # An unreadable answer is shown back (422) and costs nothing: the attempt stays as it is.
    Route("assess.answer", "POST", "/assess/{practice_attempt}/answer", "login 422 404 404 404 404",
          {"response_id": "{current_response}", "answer": "2x +"}),
    Route("assess.feedback", "GET", "/assess/{practice_attempt}/feedback/{answered_position}", OWNER_ONLY),
    Route("assess.finish", "POST", "/assess/{spare_attempt}/finish", "login 302 404 404 404 404"),
    Route("assess.pending", "GET", "/assess/{practice_attempt}/pending/{answered_response}",
          "login 302 404 404 404 404"),
    Route("assess.results", "GET", "/assess/{finished_attempt}/results", OWNER_ONLY),
    Route("assess.run_examples", "POST", "/assess/{code_attempt}/run", OWNER_ONLY,
          {"response_id": "{code_response}", "code": FIB_CODE}),
    Route("assess.job", "GET", "/assess/jobs/{job}", OWNER_ONLY),
    Route("assess.preview", "POST", "/assess/preview", OWNER_ONLY, {"response_id": "{math_response}", "answer": "2"}),
    Route("authoring.bank", "GET", "/author/", INSTRUCTOR_ONLY),
    Route("authoring.item", "GET", "/author/item/{item}", INSTRUCTOR_ONLY),
    Route("authoring.item", "POST", "/author/item/{item}", INSTRUCTOR_ONLY, {"answer": "2x"}),
    Route("reports.index", "GET", "/reports/", LOGGED_IN),
    Route("reports.show", "GET", "/reports/{draft_report}", OWNER_ONLY),
    Route("reports.pdf", "GET", "/reports/{draft_report}/pdf", OWNER_ONLY),
    Route("reports.submit", "POST", "/reports/{spare_report}/submit", "login 302 404 404 404 404"),
    Route("reports.save_checklist", "POST", "/reports/checklist", "login 302 302 302 302 302",
          {"degree": "MSc"}),
    Route("reports.create", "POST", "/reports/create/{finished_attempt}", "login 302 404 404 404 404"),
    Route("reports.delete", "GET", "/reports/delete", LOGGED_IN),
    # Without the confirmation box nothing is deleted (400): the identity got past the login check.
    Route("reports.delete", "POST", "/reports/delete", "login 400 400 400 400 400"),
    Route("reports.export", "GET", "/reports/export", LOGGED_IN),
    Route("review.dashboard", "GET", "/review/", STAFF_ONLY),
    Route("review.export_csv", "GET", "/review/export.csv", STAFF_ONLY),
    Route("review.report", "GET", "/review/reports/{submitted_report}", STAFF_ONLY),
    Route("review.report_pdf", "GET", "/review/reports/{submitted_report}/pdf", STAFF_ONLY),
    Route("review.stats", "GET", "/review/stats", STAFF_ONLY),
    Route("review.settings", "GET", "/review/settings", STAFF_ONLY),
    Route("review.settings", "POST", "/review/settings", "login 403 403 400 403 400"),  # incomplete: not saved
    Route("review.audit_log", "GET", "/review/audit", STAFF_ONLY),
    Route("verify.verify", "GET", "/verify", ANYONE),
    Route("verify.verify", "POST", "/verify", ANYONE, {"code": "{submitted_code}"}),
    Route("verify.show", "GET", "/verify/{submitted_code}", ANYONE),
    Route("verify.show_json", "GET", "/verify/{submitted_code}.json", ANYONE),
    Route("verify.key", "GET", "/verify/key", ANYONE),
)


def route_id(route: Route) -> str:
    """A readable test id: ``endpoint METHOD``."""
    return f"{route.endpoint} {route.method}"
