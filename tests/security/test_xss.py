"""XSS: hostile text in a name, in answers and in bank content is shown as text, never as markup that runs.

A hostile applicant registers, answers hostile bank items with hostile answers, and submits a report that staff
open; an instructor previews the items. Every page on the way is parsed: no script element, event handler or
``javascript:`` URL may appear (the app has none of its own), while the payload's text is visibly there.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from flask import Flask
from flask.testing import FlaskClient

from quizapp.models import Role
from tests.security.html_check import executable_markup
from tests.security.world import (
    FIXTURE_BANK,
    PASSWORD,
    add_user,
    answer_correctly,
    current_response,
    drop_app,
    login,
    make_app,
    start_attempt,
)

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '"><img src=x onerror=alert(1)>'
PAYLOAD = f"{SCRIPT}{ATTRIBUTE}"
LINKS = "[a](javascript:alert(1)) <a href=\"javascript:alert(1)\">b</a> [c](JaVaScRiPt:alert(1))"
HOSTILE_ITEMS = {
    "hostile-choice.yaml": f"""
id: unix.hostile-choice
title: 'Choice {SCRIPT}'
topic: unix
concepts: [navigation_files]
level: 1
type: single_choice
shuffle: false
prompt: 'Prompt {PAYLOAD} {LINKS} <svg onload=alert(1)> $\\\\href{{javascript:alert(1)}}{{x}}$'
choices:
  - text: 'Right {PAYLOAD}'
    correct: true
    feedback: 'Choice feedback {PAYLOAD} {LINKS}'
  - text: 'Wrong <iframe src="javascript:alert(1)"></iframe>'
solution: 'Solution {PAYLOAD} {LINKS}'
""",
    "hostile-text.yaml": f"""
id: unix.hostile-text
title: 'Text {SCRIPT}'
topic: unix
concepts: [navigation_files]
level: 1
type: short_text
prompt: 'What does it print? {PAYLOAD}'
answer: 'ok'
mistakes:
  - answer: '{PAYLOAD}'
    feedback: 'Mistake feedback {PAYLOAD} {LINKS}'
solution: 'Solution {PAYLOAD} {LINKS}'
""",
}


@dataclass
class Visit:
    """The pages the hostile content went through (label → HTML) and the JSON answers on the way."""

    app: Flask
    pages: dict[str, str] = field(default_factory=dict)
    json: dict[str, tuple[str, dict]] = field(default_factory=dict)

    def get(self, client: FlaskClient, url: str, label: str, **kwargs: object) -> str:
        """Fetch a page (GET, or POST with ``data=``) and keep it for the checks."""
        response = client.post(url, **kwargs) if "data" in kwargs else client.get(url, **kwargs)
        assert response.status_code in {200, 422}, f"{label}: {response.status_code}"
        self.pages[label] = response.get_data(as_text=True)
        return self.pages[label]


def _take_hostile_attempt(visit: Visit, client: FlaskClient) -> int:
    attempt_id = start_attempt(client, ["unix"])
    for _ in range(2):
        response = current_response(client, visit.app, attempt_id)
        visit.get(client, f"/assess/{attempt_id}", f"item {response.qtype}")
        if response.qtype == "short_text":
            posted = client.post(f"/assess/{attempt_id}/answer", data={"response_id": response.id,
                                                                       "answer": PAYLOAD})
            assert posted.status_code == 302
        else:
            answer_correctly(client, visit.app, attempt_id, response)
        visit.get(client, f"/assess/{attempt_id}/feedback/{response.position}", f"feedback {response.qtype}")
    assert client.get(f"/assess/{attempt_id}").status_code == 302  # no item left: the attempt finishes
    visit.get(client, f"/assess/{attempt_id}/results", "results")
    return attempt_id


def _math_answer(visit: Visit, client: FlaskClient) -> None:
    attempt_id = start_attempt(client, ["analysis"])
    response = current_response(client, visit.app, attempt_id)
    if response.qtype not in {"expression", "numeric"}:
        answer_correctly(client, visit.app, attempt_id, response)
        response = current_response(client, visit.app, attempt_id)
    visit.get(client, f"/assess/{attempt_id}/answer", "math answer shown back",
              data={"response_id": response.id, "answer": PAYLOAD})
    preview = client.post("/assess/preview", data={"response_id": response.id, "answer": PAYLOAD})
    visit.json["math preview"] = (preview.mimetype, preview.get_json())


def _code_answer(visit: Visit, client: FlaskClient) -> None:
    attempt_id = start_attempt(client, ["python"])
    response = current_response(client, visit.app, attempt_id)
    if response.qtype != "python_code":
        answer_correctly(client, visit.app, attempt_id, response)
        response = current_response(client, visit.app, attempt_id)
    too_long = f"# {PAYLOAD}\n</textarea>{PAYLOAD}\n" + "#" * 64_000  # refused as too long: shown back
    visit.get(client, f"/assess/{attempt_id}/answer", "code answer shown back",
              data={"response_id": response.id, "code": too_long})
    ran = client.post(f"/assess/{attempt_id}/run", data={"response_id": response.id,
                                                         "code": f"print({PAYLOAD!r})\ndef fib(n):\n    return n\n"})
    deadline = time.monotonic() + 60
    status = client.get(ran.get_json()["url"])
    while status.get_json()["state"] in {"queued", "running"} and time.monotonic() < deadline:
        time.sleep(0.2)
        status = client.get(ran.get_json()["url"])
    visit.json["run panel"] = (status.mimetype, status.get_json())


@pytest.fixture(scope="module")
def visit(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Visit]:
    """Run the hostile scenario once and keep every page it produced."""
    workdir = tmp_path_factory.mktemp("xss")
    bank = workdir / "bank"
    shutil.copytree(FIXTURE_BANK, bank)
    for name, text in HOSTILE_ITEMS.items():
        (bank / "unix").mkdir(exist_ok=True)
        (bank / "unix" / name).write_text(text, encoding="utf-8")
    app = make_app(workdir, bank, QUIZ_EXPOSURE_CONTROL=False)
    visit = Visit(app)
    applicant = app.test_client()
    registered = applicant.post("/auth/register", data={"name": PAYLOAD, "email": "eve@example.org",
                                                        "password": PASSWORD, "confirm": PASSWORD})
    assert registered.status_code == 302
    visit.get(applicant, "/assess/", "dashboard with the welcome message")
    with app.test_request_context():
        from quizapp.auth.confirm import confirmation_link
        from quizapp.auth.services import find_user

        link = confirmation_link(find_user("eve@example.org"))
    assert applicant.get(link).status_code == 302
    visit.get(applicant, "/auth/account", "account page after the address is confirmed")
    attempt_id = _take_hostile_attempt(visit, applicant)
    report_id = int(applicant.post(f"/reports/create/{attempt_id}").headers["Location"].rstrip("/").split("/")[-1])
    code = visit.get(applicant, f"/reports/{report_id}", "report").split("/verify/")[1][:14]
    applicant.post(f"/reports/{report_id}/submit")
    visit.get(app.test_client(), f"/verify/{code}", "public verification page")
    _math_answer(visit, applicant)
    _code_answer(visit, applicant)
    add_user(app, "staff@example.org", Role.STAFF, "Staff")
    staff = login(app, "staff@example.org")
    visit.get(staff, "/review/", "staff dashboard")
    visit.get(staff, f"/review/reports/{report_id}", "staff report with the evidence")
    add_user(app, "instructor@example.org", Role.INSTRUCTOR, "Instructor")
    instructor = login(app, "instructor@example.org")
    visit.get(instructor, "/author/", "bank overview")
    for item in ("unix.hostile-choice", "unix.hostile-text"):
        visit.get(instructor, f"/author/item/{item}", f"preview {item}")
        visit.get(instructor, f"/author/item/{item}", f"trial {item}", data={"answer": PAYLOAD, "choice": "A"})
    yield visit
    drop_app(app)


def test_no_page_runs_the_payloads(visit: Visit) -> None:
    assert len(visit.pages) >= 15
    for label, page in visit.pages.items():
        assert executable_markup(page) == [], label


def test_payloads_are_shown_as_text(visit: Visit) -> None:
    # The checks above would pass on pages that dropped the content: the hostile text must be there, escaped.
    for label, page in visit.pages.items():
        if label not in {"bank overview"}:
            assert "alert(1)" in page, f"{label}: the hostile content was not shown at all"
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in visit.pages["staff report with the evidence"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in visit.pages["public verification page"]


def test_json_answers_carry_the_payload_as_data(visit: Visit) -> None:
    for label, (mimetype, _body) in visit.json.items():
        assert mimetype == "application/json", label  # never sniffed as HTML (nosniff is on every response)
    assert visit.json["run panel"][1]["state"] == "done"
    assert PAYLOAD in visit.json["run panel"][1]["result"]["stdout"]
