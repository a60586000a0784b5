"""The staff's cut scores also end a topic early: once its 95 % band lies inside one level, more questions
cannot change the level the report will show."""

from __future__ import annotations

import json

import pytest
from flask import Flask

from quizapp.assess.selection import POPULATION_SETTING
from quizapp.extensions import db
from quizapp.models import Attempt, Report, set_setting
from tests.reports.conftest import create_report, finish_assessment, post_cut_scores


def _attempt(app: Flask, attempt_id: int) -> tuple[int, str]:
    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        return len(attempt.responses), attempt.stop_reason


@pytest.fixture
def easy_bar(client, auth, app: Flask, make_staff) -> None:
    """Staff set cut scores so low that one answer puts any applicant's band above them."""
    app.config.update(QUIZ_MIN_ITEMS_PER_TOPIC=1, QUIZ_MAX_ITEMS_PER_TOPIC=3)  # all three analysis items
    make_staff()
    auth.login("sam@example.org")
    post_cut_scores(client, ready=-3.0, review=-4.0)
    auth.logout()


@pytest.mark.parametrize("correct", [True, False])
def test_a_level_beyond_doubt_ends_the_topic_and_the_report_says_it_firmly(
    client, auth, app: Flask, easy_bar, correct: bool
) -> None:
    auth.register()
    attempt_id = finish_assessment(client, app, ["analysis"], correct=correct)
    assert _attempt(app, attempt_id) == (1, "level_decided")
    report_id = create_report(client, attempt_id)
    with app.app_context():
        topic = json.loads(db.session.get(Report, report_id).payload)["topics"][0]
    assert topic["level"] == "ready" and not topic["provisional"] and topic["low"] > -3.0


@pytest.mark.parametrize("calibrated", [False, True])
def test_before_calibration_a_level_is_decided_on_half_a_topics_questions(
    client, auth, app: Flask, easy_bar, calibrated: bool
) -> None:
    app.config["QUIZ_MAX_ITEMS_PER_TOPIC"] = 4  # half of it: 2 (the fixture's analysis topic has 3 items)
    if calibrated:  # what `bank calibrate` stores besides the items' parameters
        with app.app_context():
            set_setting(POPULATION_SETTING, {"topics": ["analysis", "python"], "mean": [0.0, 0.0],
                                             "cov": [[1.0, 0.0], [0.0, 1.0]]})
            db.session.commit()
    auth.register()
    assert _attempt(app, finish_assessment(client, app, ["analysis"])) == (1 if calibrated else 2, "level_decided")


def test_with_the_setting_off_every_question_is_asked(client, auth, app: Flask, easy_bar) -> None:
    app.config["QUIZ_STOP_AT_DECIDED_LEVEL"] = False
    auth.register()
    assert _attempt(app, finish_assessment(client, app, ["analysis"])) == (3, "max_items")


def test_near_a_cut_every_question_is_asked(client, auth, app: Flask) -> None:
    app.config.update(QUIZ_MIN_ITEMS_PER_TOPIC=1, QUIZ_MAX_ITEMS_PER_TOPIC=3)
    auth.register()  # default cuts 0 and -1: three answers cannot put a band wholly beside them
    assert _attempt(app, finish_assessment(client, app, ["analysis"])) == (3, "max_items")


def test_the_cut_score_page_tells_staff_that_quizzes_stop_at_a_decided_level(client, auth, app: Flask,
                                                                             make_staff) -> None:
    make_staff()
    auth.login("sam@example.org")
    assert "once its 95 % band lies within one level" in client.get("/review/settings").get_data(as_text=True)
    client.post("/language", data={"lang": "fr"})
    assert "dès que sa bande à 95 % tient" in client.get("/review/settings").get_data(as_text=True)
    app.config["QUIZ_STOP_AT_DECIDED_LEVEL"] = False
    assert "bande à 95 %" not in client.get("/review/settings").get_data(as_text=True)
