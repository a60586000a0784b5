"""End to end in Chromium: register, take a quiz with a typed math answer, results, resume after a crash."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.server import answer_current, reference_answer

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
MATH_PENDING = ".math:not([data-rendered])"  # (a locator: wait_for_function would need eval, which the CSP forbids)
LiveServer = Any  # tests.e2e.server.LiveServer, given by the live_server fixture


def on_screen(page: Page) -> tuple[str, str, list[str]]:
    """What identifies the item on screen: the response id, the words of the prompt and its formulas' TeX."""
    formulas = page.locator(".prompt .math").evaluate_all(
        "els => els.map(e => e.querySelector('annotation[encoding=\"application/x-tex\"]').textContent)")
    text = page.locator(".prompt").evaluate(
        "el => { const c = el.cloneNode(true); c.querySelectorAll('.math').forEach(m => m.remove()); "
        "return c.textContent.trim(); }")
    return page.locator('input[name="response_id"]').input_value(), text, formulas


def test_register_take_quiz_resume_after_crash(page: Page, live_server: LiveServer) -> None:
    base = live_server.url
    page.goto(base + "/")
    page.get_by_role("button", name="Create an account").click()
    page.get_by_label("Full name").fill("Ada Lovelace")
    page.get_by_label("Email").fill("ada@example.org")
    page.get_by_label("Password", exact=True).fill("correct horse battery")
    page.get_by_label("Repeat the password").fill("correct horse battery")
    page.get_by_role("button", name="Create my account").click()
    expect(page.get_by_role("heading", name="My assessments")).to_be_visible()

    # Each topic says about how many questions it takes; the line above Start adds up the ticked ones.
    total = page.locator(".questions-total")
    expect(total).to_be_empty()
    per_topic = {name: int(re.search(r"about (\d+) questions", page.locator("label", has_text=name).inner_text())[1])
                 for name in ("Analysis", "Python")}
    page.get_by_label("Python").check()
    page.get_by_label("Analysis").check()
    expect(total).to_have_text(f"About {sum(per_topic.values())} questions in all.")
    page.get_by_label("Python").uncheck()
    expect(total).to_have_text(f"About {per_topic['Analysis']} questions in all.")
    page.get_by_role("button", name="Start").click()
    attempt_id = int(re.search(r"/assess/(\d+)", page.url).group(1))

    # A wrong typed answer first: unreadable input is refused with a message, and costs nothing.
    while page.locator("input.math-input").count() == 0:
        answer_current(page, live_server, attempt_id)
        page.get_by_role("button", name="Next question").click()
    page.get_by_label("Your answer").fill("2x +")
    expect(page.locator("#answer-preview.bad")).to_be_visible()
    page.get_by_role("button", name="Submit answer").click()
    expect(page.get_by_role("alert")).to_be_visible()
    page.wait_for_load_state("networkidle")  # the preview of the answer kept in the field has come back
    expect(page.locator("#answer-preview")).to_be_empty()  # the refusal is said once, above the field
    page.screenshot(path=str(ARTIFACTS / "e2e-format-error.png"), full_page=True)
    page.get_by_label("Your answer").fill(str(reference_answer(live_server, attempt_id)[1]["answer"]))
    expect(page.get_by_role("alert")).to_be_hidden()  # editing the answer retires the old refusal
    expect(page.locator("#answer-preview.ok")).to_be_visible()

    answer_current(page, live_server, attempt_id)
    expect(page.get_by_text("Correct.")).to_be_visible()
    expect(page.locator(".solution .katex").first).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "e2e-feedback.png"), full_page=True)
    page.get_by_role("button", name="Next question").click()

    # The server dies mid-attempt; after a restart the same item is on screen and nothing is lost.
    expect(page.locator(MATH_PENDING)).to_have_count(0)  # KaTeX has rendered every formula
    shown_before = on_screen(page)
    live_server.kill()
    live_server.start()
    page.reload()
    expect(page.locator(MATH_PENDING)).to_have_count(0)  # KaTeX has rendered every formula
    assert on_screen(page) == shown_before  # the same response (item + seed), the same text and formulas

    while "/results" not in page.url:
        answer_current(page, live_server, attempt_id)
        page.get_by_role("button", name="Next question").click()
    expect(page.get_by_role("heading", name="Results")).to_be_visible()
    expect(page.locator(".results-table")).to_contain_text("Analysis")
    expect(page.locator(".answer-list li")).to_have_count(3)  # every analysis item of the fixture bank
    page.screenshot(path=str(ARTIFACTS / "e2e-results.png"), full_page=True)


def test_language_switch_to_french(page: Page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/auth/login")
    page.get_by_label("Language").select_option("fr")
    expect(page.get_by_role("heading", name="Connexion")).to_be_visible()


def test_punctuation_after_inline_math_never_starts_a_line(page: Page, live_server: LiveServer) -> None:
    # The page's own scripts and styles, with a sentence that, at this width, wrapped before its full stop.
    html = (
        '<!doctype html><html><head><link rel="stylesheet" href="/static/vendor/pico/pico.min.css">'
        '<link rel="stylesheet" href="/static/vendor/katex/katex.min.css">'
        '<link rel="stylesheet" href="/static/css/app.css">'
        '<script defer src="/static/vendor/katex/katex.min.js"></script><script defer src="/static/js/app.js"></script>'
        '</head><body><main class="container"><p id="s">and <span class="math inline">W = \\operatorname{span}'
        "(v_1, v_2, v_3, v_4) \\subseteq \\mathbb{R}^4</span>. What is <span class=\"math inline\">\\dim W</span>?"
        "</p></main></body></html>"
    )
    page.route(live_server.url + "/glue-check", lambda route: route.fulfill(body=html, content_type="text/html"))
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/glue-check")
    expect(page.locator(MATH_PENDING)).to_have_count(0)
    marks = page.locator("#s .math-punctuation")
    expect(marks).to_have_count(2)  # "." and "?", each moved into its formula's last box
    for k in range(2):
        glue = marks.nth(k).locator("xpath=..")
        mark_box, glue_box = marks.nth(k).bounding_box(), glue.bounding_box()
        assert abs(mark_box["y"] + mark_box["height"] - (glue_box["y"] + glue_box["height"])) < 6  # same line
    # Nothing is left to start a line on its own: the text after each formula no longer begins with it.
    assert page.evaluate("[...document.querySelectorAll('#s .math')].map(m => m.nextSibling.nodeValue)") == [
        " What is ", ""]
