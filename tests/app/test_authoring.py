"""Instructor tools: scaffold an item, browse the bank, preview variants, try answers, calibrate."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
from flask import Flask

from quizapp.bank.validate import validate_bank
from quizapp.extensions import db
from quizapp.models import Attempt, Item, Response, Role, get_setting

FIXTURE_BANK = Path(__file__).resolve().parents[1] / "fixtures" / "bank"


def test_scaffolded_items_validate(runner, app: Flask, tmp_path: Path) -> None:
    bank = tmp_path / "question_bank"
    shutil.copytree(FIXTURE_BANK, bank)
    app.config["QUESTION_BANK"] = bank
    for topic, concept, qtype in [("analysis", "sequences_series", "numeric"),
                                  ("analysis", "differential_calculus", "expression"),
                                  ("python", "collections", "short_text"),
                                  ("python", "inheritance", "single_choice"),
                                  ("python", "classes_objects", "python_code"),
                                  ("unix", "text_processing", "shell")]:
        result = runner.invoke(args=["bank", "new", topic, concept, qtype, "--title", f"Draft {qtype}"])
        assert result.exit_code == 0, result.output
    report = validate_bank(bank, variants=3)
    assert report.errors == [], [str(e) for e in report.errors]
    again = runner.invoke(args=["bank", "new", "analysis", "sequences_series", "numeric", "--title", "Draft numeric"])
    assert again.exit_code != 0 and "already exists" in again.output
    bad = runner.invoke(args=["bank", "new", "analysis", "limits", "numeric"])
    assert bad.exit_code != 0 and "unknown concept" in bad.output


def test_instructor_pages_and_access(client, auth, app: Flask, login_as) -> None:
    auth.register()
    assert client.get("/author/").status_code == 403
    login_as(Role.INSTRUCTOR)
    page = client.get("/author/").get_data(as_text=True)
    assert "Derivative of a monomial" in page and "Fibonacci numbers" in page
    preview = client.get("/author/item/analysis.fixture-derivative?seed=4").get_data(as_text=True)
    assert "Worked solution" in preview
    graded = client.post("/author/item/analysis.fixture-derivative?seed=4", data={"answer": "0"})
    assert "Score: 0.00" in graded.get_data(as_text=True)
    refused = client.post("/author/item/analysis.fixture-derivative?seed=4", data={"answer": "2x +"})
    assert "Refused as unreadable" in refused.get_data(as_text=True)
    assert client.get("/author/item/nope.nope").status_code == 404
    for bad in ("abc", "-5", "99999999999"):  # said as such, not shown as an error of the item's generator
        page = client.get(f"/author/item/analysis.fixture-derivative?seed={bad}").get_data(as_text=True)
        assert f"“{bad}” is not a seed" in page and "Worked solution" in page


def test_calibrate_from_stored_responses(runner, app: Flask) -> None:
    rng = np.random.default_rng(1)
    with app.app_context():
        items = list(db.session.scalars(db.select(Item)))
        from quizapp.auth.services import create_user

        user = create_user("cal@example.org", "Cal", "long enough password")
        for k in range(240):
            theta = rng.normal()
            attempt = Attempt(user_id=user.id, topics=["analysis", "python"], seed=k)
            db.session.add(attempt)
            db.session.flush()
            for position, item in enumerate(items, start=1):
                difficulty = -1.0 if item.id.endswith("methods") else 0.5
                correct = bool(rng.random() < 1 / (1 + np.exp(-1.7 * 1.2 * (theta - difficulty))))
                db.session.add(Response(attempt_id=attempt.id, position=position, seed=0, score=float(correct),
                                        item_version_id=item.current_version_id, correct=correct,
                                        answered_at=attempt.started_at))
        db.session.commit()
    result = runner.invoke(args=["bank", "calibrate", "--min-responses", "100"])
    assert result.exit_code == 0, result.output
    assert "240 attempts" in result.output
    with app.app_context():
        easy = db.session.get(Item, "python.fixture-list-methods").current_version
        hard = db.session.get(Item, "analysis.fixture-derivative").current_version
        assert easy.irt_source.startswith("2PL MML-EM") and easy.irt_b < hard.irt_b
        assert get_setting("adaptive.population")["topics"]


def test_bank_commands_refuse_bad_options_before_touching_anything(runner, app: Flask) -> None:
    unknown = runner.invoke(args=["bank", "validate", "--topic", "statistcs"])
    assert unknown.exit_code == 2 and "'statistcs' is not one of" in unknown.output
    none = runner.invoke(args=["bank", "validate", "--variants", "0"])
    assert none.exit_code == 2 and "--variants" in none.output
    before = _item_parameters(app)
    careless = runner.invoke(args=["bank", "calibrate", "--min-responses", "-5"])
    assert careless.exit_code == 2 and "--min-responses" in careless.output
    assert _item_parameters(app) == before  # the level-based parameters are still there


def _item_parameters(app: Flask) -> list[tuple[float, str]]:
    with app.app_context():
        versions = [item.current_version for item in db.session.scalars(db.select(Item))]
        return [(v.irt_a, v.irt_source) for v in versions]


def test_validate_only_the_items_under_given_paths(runner, app: Flask, tmp_path: Path) -> None:
    bank = tmp_path / "question_bank"
    shutil.copytree(FIXTURE_BANK, bank)
    app.config["QUESTION_BANK"] = bank
    broken = bank / "analysis" / "geometric-sum.yaml"
    broken.write_text(broken.read_text().replace("level:", "levl:", 1))
    whole = runner.invoke(args=["bank", "validate", "--variants", "2"])
    assert whole.exit_code == 1 and "geometric-sum.yaml" in whole.output
    one = runner.invoke(args=["bank", "validate", "--variants", "2", str(bank / "analysis" / "derivative.yaml")])
    assert one.exit_code == 0, one.output
    assert "1 items," in one.output and "geometric-sum" not in one.output
    folder = runner.invoke(args=["bank", "validate", "--variants", "2", str(bank / "python" / "fib")])
    assert folder.exit_code == 0 and "1 items," in folder.output  # a code item's folder
    topic = runner.invoke(args=["bank", "validate", "--variants", "2", str(bank / "analysis")])
    assert topic.exit_code == 1 and "geometric-sum.yaml" in topic.output
    outside = runner.invoke(args=["bank", "validate", str(tmp_path)])
    assert outside.exit_code == 2 and "is not in the question bank" in outside.output
