"""In Chromium: an applicant's report from assessment to submission, then staff review, verification, isolation."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect
from pypdf import PdfReader

from tests.e2e.server import answer_current

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
LiveServer = Any  # tests.e2e.server.LiveServer, given by the live_server fixture
PASSWORD = "correct horse battery"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def register(page: Page, base: str, name: str, email: str) -> None:
    """Create an applicant account through the form."""
    page.goto(base + "/auth/register")
    page.get_by_label("Full name").fill(name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Repeat the password").fill(PASSWORD)
    page.get_by_role("button", name="Create my account").click()


def pdf_text(data: bytes) -> str:
    """The text of every page of a PDF."""
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def verdict_of_upload(page: Page, base: str, name: str, data: bytes) -> str:
    """Upload a file to /verify and read the verdict."""
    page.goto(base + "/verify")
    page.get_by_label("Or upload the report's PDF").set_input_files(
        {"name": name, "mimeType": "application/pdf", "buffer": data})
    page.get_by_role("button", name="Verify").click()
    return page.locator(".verdict-box strong").inner_text()


def test_report_from_assessment_to_staff_review(page: Page, browser: Browser, live_server: LiveServer) -> None:
    base = live_server.url
    ARTIFACTS.mkdir(exist_ok=True)
    register(page, base, "Ada Lovelace", "ada@example.org")
    page.get_by_label("Analysis").check()
    page.get_by_label("Assessment: no feedback until the end").check()
    page.get_by_role("button", name="Start").click()
    attempt_id = int(re.search(r"/assess/(\d+)", page.url).group(1))
    while "/results" not in page.url:
        answer_current(page, live_server, attempt_id)

    # The report: levels on the page, the checklist, the PDF, the submission.
    page.get_by_role("button", name="Get my readiness report").click()
    expect(page.get_by_role("heading", name="Readiness report")).to_be_visible()
    # Submitting waits for the email address: the link (logged here, with no mail server) confirms it.
    expect(page.get_by_text("To submit this report, first confirm your email address")).to_be_visible()
    report_url = page.url
    page.goto(live_server.logged_link("email confirmation", "ada@example.org"))
    expect(page.get_by_text("Your email address ada@example.org is confirmed.")).to_be_visible()
    page.goto(report_url)
    page.get_by_label("Degree (title, institution, year)").fill("MSc Physics, Lyon, 2024")
    page.get_by_label("English test").select_option("toeic")
    page.get_by_label("English score").fill("780")
    page.get_by_label('I completed the "Basics of Big Data" MOOC').check()
    page.get_by_label("MOOC attestation").set_input_files(
        {"name": "attestation.png", "mimeType": "image/png", "buffer": PNG})
    page.get_by_label("Application round").select_option("2027-r1")
    page.get_by_role("button", name="Save the checklist").click()
    expect(page.get_by_text("Checklist saved.")).to_be_visible()
    report_id = int(re.search(r"/reports/(\d+)", page.url).group(1))
    level = page.locator(".report-topics tbody tr").filter(has_text="Analysis").locator(".level").inner_text()
    page.screenshot(path=str(ARTIFACTS / "report-page.png"), full_page=True)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download the PDF").click()
    pdf = Path(download_info.value.path()).read_bytes()
    assert f"Analysis\n{level}" in pdf_text(pdf)
    code = page.locator(".report-code").inner_text()
    share_url = page.locator("#share-url").input_value()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Submit to the programme").click()
    expect(page.get_by_text("Submitted to the programme on")).to_be_visible()

    # Another applicant cannot reach it.
    other = browser.new_context(locale="en-GB").new_page()
    register(other, base, "Eve", "eve@example.org")
    assert other.goto(f"{base}/reports/{report_id}").status == 404
    assert other.goto(f"{base}/reports/{report_id}/pdf").status == 404
    assert other.goto(f"{base}/review/").status == 403
    other.context.close()

    # Staff find it, open the evidence, verify it.
    live_server.flask("users", "create", "--email", "sam@example.org", "--name", "Sam Staff", "--role", "staff",
                      "--password", PASSWORD)
    staff = browser.new_context(locale="en-GB", accept_downloads=True).new_page()
    staff.goto(base + "/auth/login")
    staff.get_by_label("Email").fill("sam@example.org")
    staff.get_by_label("Password").fill(PASSWORD)
    staff.get_by_role("button", name="Log in").click()
    staff.get_by_role("link", name="Review").click()
    staff.get_by_label("Name or email").fill("lovelace")
    staff.get_by_role("button", name="Filter").click()
    staff.get_by_role("link", name="Ada Lovelace").click()
    expect(staff.locator(".verdict-box.genuine")).to_be_visible()
    staff.locator(".evidence-item summary").first.click()
    expect(staff.locator(".evidence-item .evidence-grid").first).to_be_visible()
    expect(staff.locator(".evidence-item")).to_have_count(3)  # the three analysis items of the fixture bank
    staff.screenshot(path=str(ARTIFACTS / "review-report.png"), full_page=True)

    # Verification: the link, the untouched PDF, one changed byte, a forged code.
    staff.goto(share_url)
    expect(staff.locator(".verdict-box strong")).to_have_text("Genuine")
    assert verdict_of_upload(staff, base, "report.pdf", pdf) == "Genuine"
    changed = bytearray(pdf)
    changed[len(changed) // 2] ^= 0x20
    assert verdict_of_upload(staff, base, "report.pdf", bytes(changed)) == "Not genuine"
    forged = code[:-1] + ("A" if code[-1] != "A" else "B")
    staff.goto(base + "/verify")
    staff.get_by_label("Verification code").fill(forged)
    staff.get_by_role("button", name="Verify").click()
    expect(staff.locator(".verdict-box strong")).to_have_text("Not genuine")
    staff.context.close()
