"""The bank loader: valid files load; broken files are refused with file, field and reason."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quizapp.bank.loader import load_bank

FIXTURE_BANK = Path(__file__).resolve().parent.parent / "fixtures" / "bank"


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    """A writable copy of the fixture bank."""
    target = tmp_path / "question_bank"
    shutil.copytree(FIXTURE_BANK, target)
    return target


def test_fixture_bank_loads(bank: Path) -> None:
    items, errors = load_bank(bank)
    assert errors == []
    assert {i.spec.id for i in items} == {
        "analysis.ratio-test", "analysis.fixture-derivative", "analysis.fixture-geometric-sum",
        "python.fixture-list-methods", "python.fixture-fib"}


def test_latex_needs_no_doubled_backslashes(bank: Path) -> None:
    items, _ = load_bank(bank)
    choice_item = next(i for i in items if i.spec.id == "analysis.ratio-test")
    assert r"\frac{n^2}{3^n}" in choice_item.spec.choices[2].text


def _write(bank: Path, name: str, text: str) -> None:
    (bank / "analysis" / name).write_text(text, encoding="utf-8")


def test_missing_field_is_named(bank: Path) -> None:
    _write(bank, "broken.yaml", "id: analysis.broken\ntitle: Broken item\ntopic: analysis\n"
           "concepts: [sequences_series]\nlevel: 2\ntype: numeric\nprompt: What?\nanswer: '1'\n")
    _, errors = load_bank(bank)
    assert [(e.file, e.field) for e in errors] == [("question_bank/analysis/broken.yaml", "solution")]
    assert "required" in errors[0].reason.lower()


def test_bad_level_unknown_concept_and_type(bank: Path) -> None:
    _write(bank, "broken.yaml", "id: analysis.broken\ntitle: Broken item\ntopic: analysis\n"
           "concepts: [limits]\nlevel: 7\ntype: essay\nprompt: What?\nsolution: This.\n")
    _, errors = load_bank(bank)
    fields = {e.field: e.reason for e in errors}
    assert "level" in fields and "5" in fields["level"]
    _write(bank, "broken.yaml", "id: analysis.broken\ntitle: Broken item\ntopic: analysis\n"
           "concepts: [limits]\nlevel: 3\ntype: essay\nprompt: What?\nsolution: This.\n")
    _, errors = load_bank(bank)
    fields = {e.field: e.reason for e in errors}
    assert "unknown concept 'limits'" in fields["concepts.0"]
    assert "unknown type 'essay'" in fields["type"]


def test_yaml_syntax_error_gives_line(bank: Path) -> None:
    _write(bank, "broken.yaml", "id: analysis.broken\ntitle: [unclosed\n")
    _, errors = load_bank(bank)
    assert len(errors) == 1 and errors[0].field.startswith("line ")


def test_typo_in_field_name_is_refused(bank: Path) -> None:
    text = (FIXTURE_BANK / "analysis" / "derivative.yaml").read_text().replace("solution:", "solutoin:")
    _write(bank, "derivative.yaml", text)
    _, errors = load_bank(bank)
    assert {e.field for e in errors} >= {"solutoin", "solution"}


def test_duplicate_id_and_wrong_folder(bank: Path) -> None:
    shutil.copy(bank / "analysis" / "derivative.yaml", bank / "analysis" / "copy.yaml")
    shutil.copy(bank / "analysis" / "limit-choice.yaml", bank / "python" / "misplaced.yaml")
    _, errors = load_bank(bank)
    reasons = " | ".join(str(e) for e in errors)
    assert "duplicate id 'analysis.fixture-derivative'" in reasons
    assert "question_bank/python/misplaced.yaml: topic" in reasons


def test_edit_changes_the_content_hash(bank: Path) -> None:
    before = {i.spec.id: i.content_hash for i in load_bank(bank)[0]}
    path = bank / "analysis" / "derivative.yaml"
    path.write_text(path.read_text().replace("Derivative of a monomial", "Derivative of a power"))
    after = {i.spec.id: i.content_hash for i in load_bank(bank)[0]}
    assert before["analysis.fixture-derivative"] != after["analysis.fixture-derivative"]
    assert before["analysis.ratio-test"] == after["analysis.ratio-test"]
