"""``bank validate`` catches mistakes that only show once a variant is rendered."""

from __future__ import annotations

import shutil
from pathlib import Path

from quizapp.bank.validate import validate_bank

FIXTURE_BANK = Path(__file__).resolve().parents[1] / "fixtures" / "bank"

ITEM = """\
id: analysis.fixture-power
title: Power of two
topic: analysis
concepts: [sequences_series]
level: 1
type: numeric
parameters:
  n: {int: [10, 40]}
prompt: Compute $2^{EXPONENT}$ for $u_{EXPONENT}$.
answer: "{@2**n@}"
solution: $2^{EXPONENT} = {@2**n@}$.
mistakes:
  - answer: "{@2**(n-1)@}"
    feedback: That is $2^{EXPONENT}/2$.
    tag: one_factor_short
"""


def _bank_with_item(tmp_path: Path, name: str, text: str) -> Path:
    """The fixture bank plus one analysis item ``name`` (rewritten if it is already there)."""
    bank = tmp_path / "question_bank"
    if not bank.exists():
        shutil.copytree(FIXTURE_BANK, bank)
    (bank / "analysis" / name).write_text(text, encoding="utf-8")
    return bank


def _bank_with(tmp_path: Path, exponent: str) -> Path:
    return _bank_with_item(tmp_path, "power.yaml", ITEM.replace("{EXPONENT}", exponent))


def test_unbraced_script_of_a_drawn_number_is_reported_once_per_field(tmp_path: Path) -> None:
    report = validate_bank(_bank_with(tmp_path, "{@n@}"), variants=5, topics={"analysis"}, jobs=1)
    mine = [e for e in report.errors if e.file.endswith("power.yaml")]
    # 2^{@n@} renders as 2^13: only the 1 is raised. Reported once per text, not for every seed.
    assert sorted(e.field for e in mine) == ["mistakes.0.feedback", "prompt", "solution"]
    assert "shows only its first character" in mine[0].reason and "^{ {@x@} }" in mine[0].reason


def test_braced_script_passes(tmp_path: Path) -> None:
    report = validate_bank(_bank_with(tmp_path, "{ {@n@} }"), variants=5, topics={"analysis"}, jobs=1)
    assert report.errors == [], [str(e) for e in report.errors]


SIGN_ITEM = """\
id: analysis.fixture-shift
title: A shifted square
topic: analysis
concepts: [sequences_series]
level: 1
type: expression
parameters:
  c: {int: [-40, -2]}
prompt: Expand $(x SHIFT)^2$ and give $2\\cdot FACTOR$.
answer: "x^2 - 2*({@c@})*x + {@c*c@}"
solution: $(x SHIFT)^2 = x^2 {@(-2*c)|signed@}x + {@c*c@}$.
"""


def _bank_with_shift(tmp_path: Path, shift: str, factor: str) -> Path:
    return _bank_with_item(tmp_path, "shift.yaml", SIGN_ITEM.replace("SHIFT", shift).replace("FACTOR", factor))


def test_an_operator_before_a_drawn_negative_number_is_reported(tmp_path: Path) -> None:
    report = validate_bank(_bank_with_shift(tmp_path, "- {@c@}", "{@c@}"), variants=5, topics={"analysis"}, jobs=1)
    mine = [e for e in report.errors if e.file.endswith("shift.yaml")]
    # c < 0: "x - -3" and "2\cdot -3" are what the applicant would read.
    assert sorted(e.field for e in mine) == ["prompt", "solution"]
    assert "an operator before a negative number" in mine[0].reason and "|signed@}" in mine[0].reason


def test_signed_and_paren_filters_write_negative_numbers_as_people_do(tmp_path: Path) -> None:
    bank = _bank_with_shift(tmp_path, "{@(-c)|signed@}", "{@c|paren@}")
    report = validate_bank(bank, variants=5, topics={"analysis"}, jobs=1)
    assert report.errors == [], [str(e) for e in report.errors]


COEF_ITEM = """\
id: analysis.fixture-unit
title: A unit coefficient
topic: analysis
concepts: [sequences_series]
level: 1
type: expression
parameters:
  a: {choice: [1, -1]}
  n: {int: [2, 40]}
prompt: Differentiate $f(x) = COEFx^2 + {@n@}$.
answer: "{@2*a@}*x"
solution: $f'(x) = {@2*a@}x$.
"""


def test_a_coefficient_of_one_written_before_a_variable_is_reported(tmp_path: Path) -> None:
    bank = _bank_with_item(tmp_path, "unit.yaml", COEF_ITEM.replace("COEF", "{@a@}"))
    report = validate_bank(bank, variants=5, topics={"analysis"}, jobs=1)
    mine = [e for e in report.errors if e.file.endswith("unit.yaml")]
    assert [e.field for e in mine] == ["prompt"]  # "1x^2" or "-1x^2"; the solution's 2x is fine
    assert "coefficient of one" in mine[0].reason and "|coef@}" in mine[0].reason
    _bank_with_item(tmp_path, "unit.yaml", COEF_ITEM.replace("COEF", "{@a|coef@}"))
    assert validate_bank(bank, variants=5, topics={"analysis"}, jobs=1).errors == []


def test_a_drawn_power_of_one_or_a_denominator_of_one_is_reported(tmp_path: Path) -> None:
    text = COEF_ITEM.replace("COEF", "{@a|coef@}")
    text = text.replace("  n: {int: [2, 40]}", "  n: {int: [2, 40]}\n  k: {int: [1, 3]}")
    text = text.replace("x^2 + {@n@}", "x^{ {@k@} } + \\frac{ {@n@} }{ {@k@} }")
    bank = _bank_with_item(tmp_path, "unit.yaml", text)
    mine = [e for e in validate_bank(bank, variants=5, topics={"analysis"}, jobs=1).errors if "unit" in e.file]
    # k = 1 shows "x^{ 1 }" and "\frac{ 7 }{ 1 }" in some of the rendered variants (seeds beyond the self-tests)
    assert [e.field for e in mine] == ["prompt"] and "power of one" in mine[0].reason
