"""Moodle XML and GIFT: export, import, round trip; hostile XML is refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quizapp.bank.interchange.common import flatten
from quizapp.bank.interchange.files import write_items
from quizapp.bank.interchange.gift import export_gift
from quizapp.bank.interchange.moodle_xml import ImportProblem, export_moodle, import_moodle
from quizapp.bank.loader import load_bank

FIXTURE_BANK = Path(__file__).resolve().parents[1] / "fixtures" / "bank"
ROUND_TRIP_TYPES = {"single_choice", "multiple_choice", "numeric"}


@pytest.fixture(scope="module")
def items():
    loaded, errors = load_bank(FIXTURE_BANK)
    assert not errors
    return loaded


def test_round_trip_gives_the_same_items(items, tmp_path: Path) -> None:
    originals = [flatten(i) for i in items if i.spec.type in ROUND_TRIP_TYPES]
    assert {o.type for o in originals} == ROUND_TRIP_TYPES
    back = import_moodle(export_moodle(originals).encode(), topic="python", concept="collections")
    assert back == originals
    bank = tmp_path / "question_bank"
    bank.mkdir()
    shutil.copy(FIXTURE_BANK / "concepts.yaml", bank)
    write_items(back, bank)
    reloaded, errors = load_bank(bank)
    assert errors == []
    assert [flatten(i) for i in reloaded] == sorted(originals, key=lambda o: (o.topic, o.id))


def test_other_types_export_as_closest_moodle_type_with_note(items) -> None:
    xml = export_moodle([flatten(i) for i in items])
    assert 'type="essay"' in xml and "quizapp grades this python_code item by hidden tests" in xml
    assert 'type="shortanswer"' in xml and "symbolic equivalence" in xml
    assert r"\(f(x) =" in xml  # inline math in Moodle's delimiters


def test_gift_export(items) -> None:
    gift = export_gift([flatten(i) for i in items])
    assert "$CATEGORY: $course$/quizapp/analysis" in gift
    assert "{#2:0.005" in gift
    assert "=$\\\\sum_{n\\\\ge 1} \\\\frac\\{n^2\\}\\{3^n\\}$" not in gift  # math goes through to_moodle_math
    assert "\\{" in gift  # GIFT's special characters are escaped
    question = next(block for block in gift.split("\n\n") if "A geometric sum" in block)
    assert question.count("\n") <= 3  # one question stays one block: inner newlines are escaped


def test_unsupported_and_hostile_xml_refused() -> None:
    with pytest.raises(ImportProblem, match="cannot be imported"):
        import_moodle(b'<quiz><question type="essay"><name><text>E</text></name></question></quiz>', "unix",
                      "processes")
    bomb = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            b"<quiz><question type='shortanswer'><name><text>&b;</text></name></question></quiz>")
    with pytest.raises(ImportProblem, match="not a readable"):
        import_moodle(bomb, "unix", "processes")


def test_cli_export_import(runner, app, tmp_path: Path) -> None:
    out = tmp_path / "bank.xml"
    result = runner.invoke(args=["bank", "export", "--format", "moodle", "--out", str(out), "--topic", "python"])
    assert result.exit_code == 0 and out.read_text().count("<question ") >= 3
    bank = tmp_path / "question_bank"
    shutil.copytree(FIXTURE_BANK, bank)
    app.config["QUESTION_BANK"] = bank
    clash = runner.invoke(args=["bank", "import", str(out), "--topic", "python", "--concept", "collections"])
    assert clash.exit_code != 0 and "not overwritten" in clash.output
    assert "skipped question 'Fibonacci numbers': type 'essay'" in clash.output
    (bank / "python" / "list-methods.yaml").unlink()  # the id is free again: the import goes through
    done = runner.invoke(args=["bank", "import", str(out), "--topic", "python", "--concept", "collections"])
    assert done.exit_code == 0, done.output
    assert (bank / "python" / "fixture-list-methods.yaml").is_file()
