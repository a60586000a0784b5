"""Every page of a fresh install, as each kind of user meets it: no page scrolls sideways on a phone, and no page
breaks the WCAG 2 A/AA rules that axe-core checks.

The pages are filled the way a fresh install fills them: the shipped bank and the demo applicants' submitted
reports (``flask demo``), seen by an applicant (also on questions and their feedback), by staff with every
piece of evidence opened, and by an instructor previewing items.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from tests.e2e.server import REPO, LiveServer, answer_current

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1100, "height": 900}
# Items whose preview shows each answer widget: multiple choice (formulas as choices), code, shell, matrix.
PREVIEWED_ITEMS = ("optimization.gradient-descent-convexity", "python.abc-shape-hierarchy",
                   "unix.nav-collect-logs", "optimization.gradient-descent-one-step")
Check = Callable[[Page, str], str | None]  # a finding on the page at this URL, or None


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A live server on the shipped bank with the demo accounts and their reports."""
    server = LiveServer(tmp_path_factory.mktemp("demo"), bank=REPO / "question_bank")
    server.env["QUIZAPP_RATELIMIT_LOGIN"] = "1000 per minute"  # three walks log in as every demo account
    server.flask("setup")  # migrations, the bank, the demo accounts and their submitted reports
    server.start()
    yield server
    server.kill()


def _open(page: Page, url: str) -> None:
    """Go to ``url`` (it must answer 200) with every <details> opened and the formulas typeset."""
    response = page.goto(url)
    assert response is not None and response.status == 200, url
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    page.wait_for_timeout(100)  # let KaTeX and the layout settle after opening


def _log_in(browser: Browser, base: str, email: str, viewport: dict[str, int]) -> Page:
    context = browser.new_context(viewport=viewport, locale="en-GB")
    page = context.new_page()
    page.goto(base + "/auth/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill("demo-password")
    page.get_by_role("button", name="Log in").click()
    expect(page).not_to_have_url(re.compile(r"/auth/login"))  # logged in before going anywhere else
    return page


def _href(page: Page, url: str, selector: str) -> str:
    page.goto(url)
    link = page.locator(selector).first.get_attribute("href")
    assert link, f"no {selector} on {url}"
    return link


def _started_item(page: Page, base: str, topic: str) -> str:
    """The URL of the first question of a new quiz on ``topic``."""
    page.goto(base + "/assess/")
    page.get_by_role("checkbox", name=re.compile(rf"^{re.escape(topic)} about")).check()  # "Python about 12 …"
    page.get_by_role("button", name="Start").click()
    expect(page).to_have_url(re.compile(r"/assess/\d+$"))
    return page.url.removeprefix(base)


def _answered_item_feedback(page: Page, server: LiveServer, topic: str) -> str:
    """Start a practice quiz on ``topic``, answer its first question and return the feedback page's URL."""
    url = _started_item(page, server.url, topic)
    answer_current(page, server, int(url.rsplit("/", 1)[1]))
    expect(page).to_have_url(re.compile(r"/feedback/\d+$"))
    return page.url.removeprefix(server.url)


@pytest.fixture(scope="module")
def demo_pages(browser: Browser, demo_server: LiveServer) -> dict[str, list[str]]:
    """The pages to check, by the account that sees them ("" for a visitor), found once for every test."""
    base = demo_server.url
    page = _log_in(browser, base, "applicant@example.org", DESKTOP)
    report = _href(page, base + "/reports/", "main a[href^='/reports/']")
    results = _href(page, base + "/assess/", "a[href$='/results']")
    items = [_started_item(page, base, topic) for topic in ("Analysis", "Python")]
    feedback = _answered_item_feedback(page, demo_server, "Statistics")
    page.goto(base + report)
    code = page.locator("code").first.inner_text()
    page.context.close()
    page = _log_in(browser, base, "staff@example.org", DESKTOP)
    staff_report = _href(page, base + "/review/", "a[href^='/review/reports/']")
    page.context.close()
    return {
        "applicant@example.org": ["/", "/assess/", "/reports/", report, results, *items, feedback, "/verify",
                                  f"/verify/{code}", "/auth/account"],
        "staff@example.org": ["/review/", staff_report, "/review/stats", "/review/settings", "/review/audit"],
        "instructor@example.org": ["/author/", *(f"/author/item/{item}" for item in PREVIEWED_ITEMS)],
        "admin@example.org": ["/admin/accounts"],
        "": ["/auth/login", "/auth/register", "/auth/reset"],
    }


def walk(browser: Browser, base: str, pages: dict[str, list[str]], viewport: dict[str, int], check: Check,
         ) -> dict[str, str]:
    """Findings of ``check`` on every page, by URL."""
    findings: dict[str, str] = {}
    for email, urls in pages.items():
        page = (_log_in(browser, base, email, viewport) if email
                else browser.new_context(viewport=viewport, locale="en-GB").new_page())
        for url in urls:
            _open(page, base + url)
            if (finding := check(page, url)) is not None:
                findings[url] = finding
        page.context.close()
    return findings


def _overflow(page: Page, url: str) -> str | None:
    """How many pixels the page is wider than the screen, if it is."""
    pixels = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    return f"{pixels} px too wide" if pixels > 0 else None


def test_no_page_is_wider_than_a_phone(browser: Browser, demo_server: LiveServer, demo_pages) -> None:
    wide = walk(browser, demo_server.url, demo_pages, PHONE, _overflow)
    assert wide == {}, f"pages wider than a 390 px screen: {wide}"


def _axe_violations(page: Page, url: str) -> str | None:
    """axe-core's WCAG 2 A/AA and best-practice violations, one line each with an example element."""
    options = {"runOnly": ["wcag2a", "wcag2aa", "best-practice"], "resultTypes": ["violations"]}
    violations = Axe().run(page, options=options).response["violations"]
    return "; ".join(f"{v['id']} ({len(v['nodes'])}×, e.g. {v['nodes'][0]['html'][:100]})"
                     for v in violations) or None


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_page_breaks_the_accessibility_rules_axe_checks(browser: Browser, demo_server: LiveServer, demo_pages,
                                                           viewport: dict[str, int]) -> None:
    # On a phone wide tables and formulas scroll sideways: axe then also checks that a keyboard can scroll them.
    found = walk(browser, demo_server.url, demo_pages, viewport, _axe_violations)
    assert found == {}, "accessibility violations:\n" + "\n".join(f"{url}: {v}" for url, v in found.items())
