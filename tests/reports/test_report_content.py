"""The report's content: levels from the staff's cut scores, the PDF's text, concepts and study resources."""

from __future__ import annotations

import io
import json

from pypdf import PdfReader

from quizapp.extensions import db
from quizapp.models import Report
from tests.reports.conftest import create_report, finish_assessment, post_cut_scores

LEVEL_TEXT = {"ready": "Ready", "review": "Review recommended", "not_ready": "Not yet ready"}
TOPIC_TEXT = {"analysis": "Analysis", "python": "Python"}


def _payload(app, report_id: int) -> dict:
    with app.app_context():
        return json.loads(db.session.get(Report, report_id).payload)


def _pdf_text(client, report_id: int) -> str:
    reader = PdfReader(io.BytesIO(client.get(f"/reports/{report_id}/pdf").data))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_pdf_text_states_each_topics_level(client, auth, app) -> None:
    auth.register()
    report_id = create_report(client, finish_assessment(client, app, ["analysis", "python"]))
    payload = _payload(app, report_id)
    text = _pdf_text(client, report_id)
    assert [t["topic"] for t in payload["topics"]] == ["analysis", "python"]
    for topic in payload["topics"]:
        assert f"{TOPIC_TEXT[topic['topic']]}\n{LEVEL_TEXT[topic['level']]}" in text
        assert topic["low"] < topic["theta"] < topic["high"]
        assert abs((topic["high"] - topic["low"]) - 2 * 1.96 * topic["se"]) < 0.01
    assert payload["code"] in text and "Assessment mode" in text


def test_staff_cut_scores_decide_the_level_of_new_reports(client, auth, app, make_staff) -> None:
    make_staff()
    auth.login("sam@example.org")
    post_cut_scores(client, ready=3.5, review=3.0)
    auth.logout()
    auth.register()
    report_id = create_report(client, finish_assessment(client, app, ["analysis"]))
    assert _payload(app, report_id)["topics"][0]["level"] == "not_ready"
    assert "Analysis\nNot yet ready" in _pdf_text(client, report_id)


def test_cut_scores_refuse_review_above_ready(client, auth, make_staff) -> None:
    make_staff()
    auth.login("sam@example.org")
    page = client.post("/review/settings", data={"analysis-ready": "0", "analysis-review": "1"})
    assert page.status_code == 400


def test_wrong_answers_make_gaps_with_resources(client, auth, app) -> None:
    auth.register()
    report_id = create_report(client, finish_assessment(client, app, ["analysis"], correct=False))
    payload = _payload(app, report_id)
    gaps = [c for c in payload["concepts"] if c["status"] == "gap"]
    assert gaps and all(c["resources"] for c in gaps)
    page = client.get(f"/reports/{report_id}").get_data(as_text=True)
    assert gaps[0]["resources"][0] in page and "Gap" in page


def test_practice_report_says_so(client, auth, app) -> None:
    auth.register()
    report_id = create_report(client, finish_assessment(client, app, ["analysis"], mode="practice"))
    assert "Practice mode" in _pdf_text(client, report_id)
    assert "indicative only" in client.get(f"/reports/{report_id}").get_data(as_text=True)


def test_report_in_french(client, auth, app) -> None:
    auth.register()
    attempt_id = finish_assessment(client, app, ["analysis"])
    client.post("/language", data={"lang": "fr"})
    report_id = create_report(client, attempt_id)
    text = _pdf_text(client, report_id)
    assert "Rapport de préparation" in text and "Analyse" in text


def test_pdf_draws_names_and_symbols_outside_latin1() -> None:
    import io

    from pypdf import PdfReader

    from bench.pdf import sample_payload
    from quizapp import create_app
    from quizapp.reports.pdf import render_pdf

    app = create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    with app.test_request_context():
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(
            render_pdf(sample_payload("en"), "https://example.org/verify/X"))).pages)
    assert "Żółć" in text and "?" not in text.split("—")[0]


def test_topic_measured_less_precisely_than_the_target_is_provisional(client, auth, app) -> None:
    auth.register()
    # The fixture bank has a handful of items per topic: with a target of 0.3 they leave the SE above 1.25 × 0.3.
    app.config["QUIZ_TOPIC_SE_TARGET"] = 0.3
    report_id = create_report(client, finish_assessment(client, app, ["analysis"]))
    topic = _payload(app, report_id)["topics"][0]
    assert topic["se"] > 0.375 and topic["provisional"] is True
    page = client.get(f"/reports/{report_id}").get_data(as_text=True)
    assert "provisional" in page and "SE above 0.38" in page
    assert f"{LEVEL_TEXT[topic['level']]} (provisional)" in _pdf_text(client, report_id)


def test_a_wide_band_inside_one_level_is_a_firm_level(client, auth, app, make_staff) -> None:
    # Same measurement as above (SE above 1.25 × 0.3), but cut scores far below it: the whole band is "Ready".
    app.config["QUIZ_TOPIC_SE_TARGET"] = 0.3
    make_staff()
    auth.login("sam@example.org")
    post_cut_scores(client, ready=-4.0, review=-4.0)
    auth.logout()
    auth.register()
    report_id = create_report(client, finish_assessment(client, app, ["analysis"]))
    topic = _payload(app, report_id)["topics"][0]
    assert topic["se"] > 0.375 and topic["low"] > -4.0 and topic["level"] == "ready"
    assert topic["provisional"] is False
    assert "provisional" not in client.get(f"/reports/{report_id}").get_data(as_text=True)


def test_topic_measured_to_the_target_is_not_provisional(client, auth, app) -> None:
    app.config["QUIZ_TOPIC_SE_TARGET"] = 2.0
    auth.register()
    report_id = create_report(client, finish_assessment(client, app, ["analysis"]))
    assert _payload(app, report_id)["topics"][0]["provisional"] is False
    assert "provisional" not in client.get(f"/reports/{report_id}").get_data(as_text=True)
    assert "provisional" not in _pdf_text(client, report_id)


def test_mistakes_are_named_for_a_reader_not_by_their_tags(client, auth, app) -> None:
    auth.register()
    attempt_id = finish_assessment(client, app, ["analysis"], correct=False)
    with app.app_context():
        from quizapp.models import Response

        response = db.session.scalars(db.select(Response).filter_by(attempt_id=attempt_id)).first()
        response.tags = ["sign_error", "power_rule"]  # one graders' tag, one an instructor's
        db.session.commit()
    report_id = create_report(client, attempt_id)
    page = client.get(f"/reports/{report_id}").get_data(as_text=True)
    assert "power rule, sign error" in page and "sign_error" not in page
    assert "power rule, sign error" in _pdf_text(client, report_id).replace("\n", " ")
    client.post("/language", data={"lang": "fr"})
    french = client.get(f"/reports/{report_id}").get_data(as_text=True)
    assert "power rule, erreur de signe" in french  # the graders' tag translated, the instructor's as written
