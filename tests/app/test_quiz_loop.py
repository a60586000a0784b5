"""The quiz loop through HTTP: start, answer, feedback, resume, double submit, results, isolation."""

from __future__ import annotations

import re
import time
from types import SimpleNamespace

from flask import Flask
from flask.testing import FlaskClient

from quizapp.extensions import db
from quizapp.models import Attempt, Response


def _start(client: FlaskClient, topics: list[str], mode: str = "practice") -> int:
    response = client.post("/assess/start", data={"topics": topics, "mode": mode})
    assert response.status_code == 302, response.get_data(as_text=True)
    return int(response.headers["Location"].rstrip("/").split("/")[-1])


def _current(app: Flask, attempt_id: int) -> SimpleNamespace:
    """The id and question type of the item on screen."""
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        response = next(r for r in attempt.responses if not r.is_answered)
        return SimpleNamespace(id=response.id, qtype=response.item_version.qtype)


def _answer_correctly(app: Flask, response_id: int) -> dict[str, object]:
    from quizapp.assess.services import qtype_of, spec_of, variant_of

    with app.app_context():
        response = db.session.get(Response, response_id)
        qtype = qtype_of(response.item_version)
        return dict(qtype.reference_raw(spec_of(response.item_version), variant_of(response)))


def _follow_pending(client: FlaskClient, location: str) -> str:
    """A code answer waits for its sandbox run: poll the pending page until it moves on."""
    deadline = time.monotonic() + 60
    while "/pending/" in location:
        assert time.monotonic() < deadline, "the code run did not finish"
        page = client.get(location)
        if page.status_code == 200:
            assert "Your code is saved" in page.get_data(as_text=True)
            time.sleep(0.1)
            continue
        location = page.headers["Location"]
    return location


def test_start_requires_a_topic(client, auth) -> None:
    auth.register()
    page = client.post("/assess/start", data={"mode": "practice"})
    assert page.status_code == 400 and "Choose at least one topic" in page.get_data(as_text=True)


def test_practice_attempt_end_to_end(client, auth, app: Flask) -> None:
    auth.register()
    attempt_id = _start(client, ["analysis", "python"])
    for _ in range(4):  # 2 items per topic in the test config
        page = client.get(f"/assess/{attempt_id}")
        assert page.status_code == 200
        response_id = int(re.search(r'name="response_id" type="hidden" value="(\d+)"',
                                    page.get_data(as_text=True)).group(1))
        raw = _answer_correctly(app, response_id)
        posted = client.post(f"/assess/{attempt_id}/answer", data={"response_id": response_id, **raw})
        assert posted.status_code == 302
        location = _follow_pending(client, posted.headers["Location"])
        assert "/feedback/" in location
        feedback = client.get(location).get_data(as_text=True)
        assert "Correct." in feedback and "Worked solution" in feedback
    results = client.get(f"/assess/{attempt_id}", follow_redirects=True).get_data(as_text=True)
    assert "Results" in results and "the share of right answers is not your level" in results
    assert "The figure after ± is the margin of the 95 % band" in results  # not mistaken for the SE
    assert results.count('<span class="level level-ready">Ready</span>') == 2  # every answer right: both topics
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        assert attempt.status == "finished" and attempt.stop_reason == "max_items"
        assert len(attempt.responses) == 4 and all(r.correct for r in attempt.responses)


def test_format_error_is_shown_and_costs_nothing(client, auth, app: Flask) -> None:
    app.config["QUIZ_MAX_ITEMS_PER_TOPIC"] = app.config["QUIZ_MIN_ITEMS_PER_TOPIC"] = 3  # every analysis item
    auth.register()
    attempt_id = _start(client, ["analysis"])
    client.get(f"/assess/{attempt_id}")
    response = _current(app, attempt_id)
    while response.qtype != "expression":  # answer the other items first to reach the typed one
        client.post(f"/assess/{attempt_id}/answer",
                    data={"response_id": response.id, **_answer_correctly(app, response.id)})
        client.get(f"/assess/{attempt_id}")
        response = _current(app, attempt_id)
    page = client.post(f"/assess/{attempt_id}/answer", data={"response_id": response.id, "answer": "2x +"})
    assert page.status_code == 422
    assert 'role="alert"' in page.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Response, response.id).answered_at is None


def test_double_submit_records_once(client, auth, app: Flask) -> None:
    auth.register()
    attempt_id = _start(client, ["analysis"], mode="assessment")
    client.get(f"/assess/{attempt_id}")
    response = _current(app, attempt_id)
    raw = _answer_correctly(app, response.id)
    first = client.post(f"/assess/{attempt_id}/answer", data={"response_id": response.id, **raw})
    second = client.post(f"/assess/{attempt_id}/answer",
                         data={"response_id": response.id, "choice": ["zzz"], "answer": "0"})
    assert first.status_code == second.status_code == 302
    with app.app_context():
        stored = db.session.get(Response, response.id)
        assert stored.correct is True  # the second (different) submission did not overwrite the first
        assert db.session.query(Response).filter_by(attempt_id=attempt_id).count() == 1


def test_resume_after_logout_shows_same_variant(client, auth, app: Flask) -> None:
    auth.register()
    attempt_id = _start(client, ["analysis"])
    before = client.get(f"/assess/{attempt_id}").get_data(as_text=True)
    auth.logout()
    auth.login()
    after = client.get(f"/assess/{attempt_id}").get_data(as_text=True)
    prompt = re.search(r'<div class="prompt">(.*?)</div>', before, re.S).group(1)
    assert prompt in after


def test_applicant_cannot_see_another_attempt(client, auth, app: Flask) -> None:
    auth.register()
    attempt_id = _start(client, ["analysis"])
    client.get(f"/assess/{attempt_id}")
    auth.logout()
    auth.register(email="eve@example.org", name="Eve")
    assert client.get(f"/assess/{attempt_id}").status_code == 404
    assert client.get(f"/assess/{attempt_id}/results").status_code == 404
    response = _current(app, attempt_id)
    assert client.post(f"/assess/{attempt_id}/answer", data={"response_id": response.id, "answer": "1"}
                       ).status_code == 404
    assert client.post("/assess/preview", data={"response_id": response.id, "answer": "1"}).status_code == 404
    assert "No attempt yet" in client.get("/assess/").get_data(as_text=True)


def test_stop_keeps_answers(client, auth, app: Flask) -> None:
    auth.register()
    attempt_id = _start(client, ["analysis", "python"])
    client.get(f"/assess/{attempt_id}")
    response = _current(app, attempt_id)
    posted = client.post(f"/assess/{attempt_id}/answer",
                         data={"response_id": response.id, **_answer_correctly(app, response.id)})
    _follow_pending(client, posted.headers["Location"])
    client.get(f"/assess/{attempt_id}")  # the next item is shown, then the applicant stops
    client.post(f"/assess/{attempt_id}/finish")
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        assert attempt.stop_reason == "applicant_stopped"
        assert [r.is_answered for r in attempt.responses] == [True]


def _code_item_on_screen(client, app: Flask, attempt_id: int) -> SimpleNamespace:
    """Answer the fixture's Python items until its code exercise is on screen."""
    client.get(f"/assess/{attempt_id}")
    response = _current(app, attempt_id)
    if response.qtype != "python_code":
        client.post(f"/assess/{attempt_id}/answer",
                    data={"response_id": response.id, **_answer_correctly(app, response.id)})
        client.get(f"/assess/{attempt_id}")
        response = _current(app, attempt_id)
    return response


def test_code_answer_saved_at_once_and_graded_once(client, auth, app: Flask) -> None:
    auth.register()
    attempt_id = _start(client, ["python"])
    response = _code_item_on_screen(client, app, attempt_id)
    code = "def fib(n):\n    return n\n"
    first = client.post(f"/assess/{attempt_id}/answer", data={"response_id": response.id, "code": code})
    client.post(f"/assess/{attempt_id}/answer", data={"response_id": response.id, "code": "def fib(n): return 0"})
    with app.app_context():
        saved = db.session.get(Response, response.id)
        assert saved.answer["code"] == code  # saved before grading, and the repeat did not replace it
    location = _follow_pending(client, first.headers["Location"])
    assert "/feedback/" in location
    page = client.get(location).get_data(as_text=True)
    assert "Partly correct" in page and "hidden tests passed" in page
    assert "Your code" in page and "return n" in page  # what was submitted is shown with its verdict
    # each hidden test by name with its verdict: fib(1) is right for `return n`, fib(2) is not
    assert re.search(r'<li class="ok">\s*<span aria-hidden="true">✔</span>.*?fib\(1\) again</li>', page, re.S)
    assert re.search(r'<li class="ko">\s*<span aria-hidden="true">✘</span>.*?hidden test 1</li>', page, re.S)
    with app.app_context():
        saved = db.session.get(Response, response.id)
        assert saved.correct is False and 0 < saved.score < 1
        assert all(set(t) == {"name", "passed"} for t in saved.answer["run"]["tests"])


def test_code_that_does_not_compile_shows_the_messages_about_it(client, auth, app: Flask) -> None:
    auth.register()
    attempt_id = _start(client, ["python"])
    response = _code_item_on_screen(client, app, attempt_id)
    posted = client.post(f"/assess/{attempt_id}/answer",
                         data={"response_id": response.id, "code": "def fib(n)\n    return n\n"})
    page = client.get(_follow_pending(client, posted.headers["Location"])).get_data(as_text=True)
    # the feedback says the messages are below: they are, and they point at the applicant's line
    assert "does not compile" in page and 'class="run-output"' in page and "SyntaxError" in page


def test_topic_without_items_is_skipped_not_an_error(client, auth, app: Flask) -> None:
    auth.register()
    attempt_id = _start(client, ["statistics", "analysis"])  # the fixture bank has no statistics items
    page = client.get(f"/assess/{attempt_id}")
    assert page.status_code == 200 and "Analysis" in page.get_data(as_text=True)
    only_empty = _start(client, ["statistics"])
    assert "/results" in client.get(f"/assess/{only_empty}").headers["Location"]


def test_stored_spec_keeps_the_parameter_order(app: Flask) -> None:
    from quizapp.assess.services import spec_of
    from quizapp.bank.schema import ItemSpec
    from quizapp.models import ItemVersion

    spec = ItemSpec.model_validate({
        "id": "analysis.order", "title": "Order matters", "topic": "analysis", "concepts": ["sequences_series"],
        "level": 1, "type": "numeric", "prompt": "{@z@}", "answer": "{@a@}", "solution": "x",
        "parameters": {"z": {"int": [1, 9]}, "a": {"expr": "z + 1"}}})  # `a` (sorted first) needs `z`
    with app.app_context():
        version = ItemVersion(item_id="analysis.ratio-test", content_hash="x" * 64, topic="analysis",
                              qtype="numeric", level=1, concepts=[], spec=spec.model_dump(mode="json"))
        db.session.add(version)
        db.session.commit()
        stored = spec_of(db.session.get(ItemVersion, version.id))
        assert list(stored.parameters) == ["z", "a"]
        from quizapp.qtypes import REGISTRY

        assert REGISTRY["numeric"].generate(stored, 5).answer == str(int(REGISTRY["numeric"].generate(
            stored, 5).prompt) + 1)


def test_without_a_sandbox_code_items_are_hidden_and_staff_told(client, auth, app: Flask, login_as,
                                                               monkeypatch) -> None:
    from graders.sandbox import SandboxStatus
    from quizapp.models import Role

    monkeypatch.setattr("graders.sandbox.sandbox_status", lambda: SandboxStatus("unavailable", False, "no bwrap"))
    auth.register()
    assert "cannot isolate" not in client.get("/assess/").get_data(as_text=True)  # applicants are not bothered
    attempt_id = _start(client, ["python"])
    for _ in range(2):
        client.get(f"/assess/{attempt_id}")
        if "/results" in (client.get(f"/assess/{attempt_id}").headers.get("Location") or ""):
            break
        response = _current(app, attempt_id)
        assert response.qtype != "python_code"
        client.post(f"/assess/{attempt_id}/answer",
                    data={"response_id": response.id, **_answer_correctly(app, response.id)})
    login_as(Role.INSTRUCTOR)
    page = client.get("/assess/").get_data(as_text=True)
    assert "cannot isolate code runs" in page and "no bwrap" in page


def _math_item_on_screen(client: FlaskClient, app: Flask, attempt_id: int) -> SimpleNamespace:
    """Answer items correctly until the fixture's expression item is on screen."""
    for _ in range(3):
        assert client.get(f"/assess/{attempt_id}").status_code == 200  # puts the next item on screen
        current = _current(app, attempt_id)
        if current.qtype == "expression":
            return current
        client.post(f"/assess/{attempt_id}/answer",
                    data={"response_id": current.id, **_answer_correctly(app, current.id)})
    raise AssertionError("the fixture bank's expression item was never given")


def test_unreadable_math_is_explained_in_the_applicants_language(client, auth, app: Flask) -> None:
    app.config.update(QUIZ_MIN_ITEMS_PER_TOPIC=3, QUIZ_MAX_ITEMS_PER_TOPIC=3)
    auth.register()
    attempt_id = _start(client, ["analysis"])
    current = _math_item_on_screen(client, app, attempt_id)
    english = client.post("/assess/preview", data={"response_id": current.id, "answer": "2x +"}).get_json()
    assert english["status"] == "invalid" and english["message"] == "the answer ends too early (at position 5)"
    client.post("/language", data={"lang": "fr"})
    french = client.post("/assess/preview", data={"response_id": current.id, "answer": "2x +"}).get_json()
    assert french["message"] == "la réponse s'arrête trop tôt (position 5)"
    symbol = client.post("/assess/preview", data={"response_id": current.id, "answer": "2x ; )"}).get_json()
    assert symbol["message"].startswith("inattendu\u00a0: ")  # a no-break space: ":" never starts a line
    page = client.post(f"/assess/{attempt_id}/answer", data={"response_id": current.id, "answer": "sinx"})
    text = page.get_data(as_text=True)  # refused on submit too, in French, and nothing recorded
    assert page.status_code == 422 and "est une fonction, écrivez sin(x)" in text
    assert _current(app, attempt_id).id == current.id


def test_grader_feedback_is_shown_in_the_applicants_language(client, auth, app: Flask) -> None:
    app.config.update(QUIZ_MIN_ITEMS_PER_TOPIC=3, QUIZ_MAX_ITEMS_PER_TOPIC=3)  # every analysis item of the fixture
    auth.register()
    client.post("/language", data={"lang": "fr"})
    attempt_id = _start(client, ["analysis"])
    for _ in range(3):
        assert client.get(f"/assess/{attempt_id}").status_code == 200  # puts the next item on screen
        current = _current(app, attempt_id)
        raw = _answer_correctly(app, current.id)
        if current.qtype == "expression":
            raw = {"answer": f"-({raw['answer']})"}  # the negative of the right answer: a sign error
        posted = client.post(f"/assess/{attempt_id}/answer", data={"response_id": current.id, **raw})
        page = client.get(posted.headers["Location"]).get_data(as_text=True)
        if current.qtype == "expression":
            assert "Vérifiez le signe" in page and "Check the sign" not in page
            return
    raise AssertionError("the fixture bank's expression item was never given")


def test_a_full_assessment_takes_one_topic_at_a_time(client, auth, app: Flask) -> None:
    from tests.reports.conftest import finish_assessment

    auth.register()
    attempt_id = finish_assessment(client, app, ["python", "analysis"], mode="practice")
    with app.app_context():
        topics = [r.item_version.topic for r in db.session.get(Attempt, attempt_id).responses]
    assert topics == sorted(topics, key=["analysis", "python"].index)  # analysis first (the page's order), then python
    assert set(topics) == {"analysis", "python"}


def test_the_first_item_of_the_next_topic_says_the_previous_one_is_measured(client, auth, app: Flask) -> None:
    auth.register()
    attempt_id = _start(client, ["analysis", "python"])
    notices = []
    for _ in range(6):
        page = client.get(f"/assess/{attempt_id}").get_data(as_text=True)
        notices.append("Analysis is measured. Next topic: Python." in page)
        if " · Python · " in page:  # the first Python item is on screen
            break
        response = _current(app, attempt_id)
        answer = _answer_correctly(app, response.id)
        client.post(f"/assess/{attempt_id}/answer", data={"response_id": response.id, **answer})
    assert notices[-1] and not any(notices[:-1])  # said once, on the first Python item


def test_progress_marks_the_topic_on_screen(client, auth, app: Flask) -> None:
    auth.register()
    attempt_id = _start(client, ["analysis", "python"])
    page = client.get(f"/assess/{attempt_id}").get_data(as_text=True)
    current = re.findall(r'<li class="[^"]*current"[^>]*aria-current="step"[^>]*>\s*(\w+):', page)
    assert current == ["Analysis"]


def test_starting_twice_resumes_the_untouched_attempt(client, auth, app: Flask) -> None:
    auth.register()
    first = _start(client, ["analysis"])
    client.get(f"/assess/{first}")  # an item is on screen, nothing answered yet
    assert _start(client, ["analysis"]) == first  # a second click on Start: no empty attempt left behind
    assert _start(client, ["analysis"], mode="assessment") != first  # another mode is another attempt
    response = _current(app, first)
    client.post(f"/assess/{first}/answer", data={"response_id": response.id, **_answer_correctly(app, response.id)})
    assert _start(client, ["analysis"]) != first  # once answered, Start begins afresh


def test_a_topic_out_of_reach_of_its_target_still_gets_its_items(client, auth, app: Flask) -> None:
    # Three uncalibrated analysis items cannot bring the SE to 0.4. Stopping after the minimum would leave the
    # level a guess (SE ≈ 0.9); the applicant gets every item the topic has, up to the cap.
    from tests.reports.conftest import finish_assessment

    app.config.update(QUIZ_MIN_ITEMS_PER_TOPIC=1, QUIZ_MAX_ITEMS_PER_TOPIC=12)
    auth.register()
    attempt_id = finish_assessment(client, app, ["analysis"], mode="practice")
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        assert len(attempt.responses) == 3 and attempt.stop_reason == "pool_exhausted"


def test_start_page_says_about_how_many_questions_each_topic_takes(client, auth, app: Flask) -> None:
    app.config.update(QUIZ_MIN_ITEMS_PER_TOPIC=1, QUIZ_MAX_ITEMS_PER_TOPIC=12)
    auth.register()
    page = client.get("/assess/").get_data(as_text=True)
    # The fixture's three analysis items and two Python items cannot reach the target: each topic takes them all.
    assert re.search(r"Analysis\s*<span[^>]*>about 3 questions</span>", page)
    assert re.search(r"Python\s*<span[^>]*>about 2 questions</span>", page)
    assert not re.search(r"Statistics\s*<span", page)  # no statistics items in the fixture bank: no forecast
    assert "data-questions-max" not in page
    app.config.update(QUIZ_MAX_ITEMS_TOTAL=4)  # the sum of the ticked topics never promises more than the cap
    assert 'data-questions-max="4"' in client.get("/assess/").get_data(as_text=True)
