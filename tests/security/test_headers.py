"""Security headers on every response, a CSP without inline scripts, and no inline script in any page."""

from __future__ import annotations

import pytest
from werkzeug.test import TestResponse

from tests.security.html_check import executable_markup
from tests.security.routes import ROUTES
from tests.security.test_authorization import call
from tests.security.world import IDENTITIES, World


def csp_directives(response: TestResponse) -> dict[str, list[str]]:
    """The Content-Security-Policy as directive → sources."""
    policy = response.headers.get("Content-Security-Policy", "")
    parts = (part.split() for part in policy.split(";") if part.strip())
    return {words[0].lower(): words[1:] for words in parts}


@pytest.fixture(scope="module")
def every_page(world: World) -> list[tuple[str, TestResponse]]:
    """Every route of the table as every identity, and an error page of each kind."""
    seen = []
    for route in ROUTES:
        for identity in IDENTITIES:
            response = call(world, route, identity)
            response.get_data()
            response.close()
            seen.append((f"{route.method} {route.url} as {identity}", response))
    for url, identity in (("/no/such/page", "anonymous"), ("/review/", "applicant")):
        seen.append((f"GET {url} as {identity}", world.client(identity).get(url)))
    return seen


def test_every_response_carries_the_hardening_headers(every_page: list[tuple[str, TestResponse]]) -> None:
    for label, response in every_page:
        assert response.headers.get("X-Content-Type-Options") == "nosniff", label
        assert response.headers.get("Referrer-Policy") in {"same-origin", "no-referrer", "strict-origin"}, label
        framing = response.headers.get("X-Frame-Options") == "DENY"
        assert framing or csp_directives(response).get("frame-ancestors") == ["'none'"], label


def test_every_html_page_has_a_csp_without_inline_scripts(every_page: list[tuple[str, TestResponse]]) -> None:
    html_pages = [(label, r) for label, r in every_page if r.mimetype == "text/html"]
    assert len(html_pages) > 100  # most of the table renders a page
    for label, response in html_pages:
        policy = csp_directives(response)
        scripts = policy.get("script-src") or policy.get("default-src")
        assert scripts, f"{label}: no script-src"
        assert not {"'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"} & set(scripts), label
        assert policy.get("object-src") == ["'none'"] and policy.get("base-uri") in (["'self'"], ["'none'"]), label


def test_no_page_has_inline_scripts_or_event_handlers(every_page: list[tuple[str, TestResponse]]) -> None:
    # The CSP forbids them, so any that existed would be a broken feature (and a hole if the CSP were relaxed).
    for label, response in every_page:
        if response.mimetype == "text/html":
            assert executable_markup(response.get_data(as_text=True)) == [], label


def test_downloads_are_attachments_with_their_type(world: World) -> None:
    # A PDF or CSV opened inline under our origin could be sniffed as HTML: they are attachments with a type.
    owner, staff = world.client("applicant"), world.client("staff")
    for response, mimetype in ((owner.get(f"/reports/{world.ids['draft_report']}/pdf"), "application/pdf"),
                               (owner.get("/reports/export"), "application/json"),
                               (staff.get("/review/export.csv"), "text/csv")):
        assert response.mimetype == mimetype
        assert response.headers["Content-Disposition"].startswith("attachment;")
