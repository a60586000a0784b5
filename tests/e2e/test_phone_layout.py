"""On a phone (390 px wide) no page scrolls sideways: wide tables, formulas and code scroll inside their own box.

The pages are filled the way a fresh install fills them: the shipped bank and the demo applicants' submitted
reports (``flask demo``), seen by an applicant, by staff with every piece of evidence opened, and by an instructor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.e2e.server import REPO, LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def demo_server(tmp_path: Path):
    """A live server on the shipped bank with the demo accounts and their reports."""
    server = LiveServer(tmp_path, bank=REPO / "question_bank")
    server.flask("setup")  # migrations, the bank, the demo accounts and their submitted reports
    server.start()
    yield server
    server.kill()


def _overflow(page, url: str) -> int:
    """How many pixels the page at ``url`` is wider than the screen, with every <details> opened."""
    response = page.goto(url)
    assert response is not None and response.status == 200, url
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    page.wait_for_timeout(100)  # let KaTeX and the layout settle after opening
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def _log_in(browser: Browser, base: str, email: str):
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    page = context.new_page()
    page.goto(base + "/auth/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill("demo-password")
    page.get_by_role("button", name="Log in").click()
    return context, page


def test_no_page_is_wider_than_a_phone(browser: Browser, demo_server: LiveServer) -> None:
    base = demo_server.url
    context, page = _log_in(browser, base, "applicant@example.org")
    page.goto(base + "/reports/")
    report = page.locator("main a[href^='/reports/']").first.get_attribute("href")
    page.goto(base + "/assess/")
    results = page.locator("a[href$='/results']").first.get_attribute("href")
    applicant_pages = ["/", "/assess/", "/reports/", report, results, "/verify", "/auth/account"]
    wide = {url: px for url in applicant_pages if (px := _overflow(page, base + url)) > 0}
    context.close()

    context, page = _log_in(browser, base, "staff@example.org")
    page.goto(base + "/review/")
    staff_report = page.locator("a[href^='/review/reports/']").first.get_attribute("href")
    staff_pages = ["/review/", staff_report, "/review/stats", "/review/settings", "/review/audit"]
    wide |= {url: px for url in staff_pages if (px := _overflow(page, base + url)) > 0}
    context.close()

    context, page = _log_in(browser, base, "instructor@example.org")
    page.goto(base + "/author/")
    item = page.locator("a[href^='/author/item/']").first.get_attribute("href")
    wide |= {url: px for url in ["/author/", item] if (px := _overflow(page, base + url)) > 0}
    context.close()
    assert wide == {}, f"pages wider than a 390 px screen (pixels too wide): {wide}"
