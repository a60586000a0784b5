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


def _bank_with(tmp_path: Path, exponent: str) -> Path:
    bank = tmp_path / "question_bank"
    shutil.copytree(FIXTURE_BANK, bank)
    (bank / "analysis" / "power.yaml").write_text(ITEM.replace("{EXPONENT}", exponent), encoding="utf-8")
    return bank


def test_unbraced_script_of_a_drawn_number_is_reported_once_per_field(tmp_path: Path) -> None:
    report = validate_bank(_bank_with(tmp_path, "{@n@}"), variants=5, topics={"analysis"}, jobs=1)
    mine = [e for e in report.errors if e.file.endswith("power.yaml")]
    # 2^{@n@} renders as 2^13: only the 1 is raised. Reported once per text, not for every seed.
    assert sorted(e.field for e in mine) == ["mistakes.0.feedback", "prompt", "solution"]
    assert "shows only its first character" in mine[0].reason and "^{ {@x@} }" in mine[0].reason


def test_braced_script_passes(tmp_path: Path) -> None:
    report = validate_bank(_bank_with(tmp_path, "{ {@n@} }"), variants=5, topics={"analysis"}, jobs=1)
    assert report.errors == [], [str(e) for e in report.errors]
