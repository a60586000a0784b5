"""The shipped question bank: every item valid and self-tested, and the coverage the programme needs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CODE_TYPES = {"java": "java_code", "python": "python_code", "unix": "shell"}
# Validating the whole bank (250 items, 20 variants each, every self-test) takes about 3 minutes on two idle
# cores, inside the first test's time: the suite's 300 s default leaves too little room on a busy machine.
pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module")
def validation() -> dict:
    """``bank validate --coverage --json`` on the shipped bank, as CI runs it."""
    env = {**os.environ, "QUIZAPP_SECRET_KEY": "x", "QUIZAPP_ENV": "development",
           "QUIZAPP_QUESTION_BANK": str(REPO / "question_bank")}
    variants = os.environ.get("QUIZAPP_VALIDATE_VARIANTS", "20")
    command = [sys.executable, "-m", "flask", "--app", "quizapp", "bank", "validate", "--coverage", "--json",
               "--variants", variants]
    done = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, timeout=1800)
    assert done.stdout, done.stderr[-3000:]
    result = json.loads(done.stdout)
    result["exit_code"] = done.returncode
    return result


def test_every_item_is_valid_and_passes_its_self_tests(validation: dict) -> None:
    assert validation["errors"] == []
    assert validation["exit_code"] == 0
    assert validation["self_tests"] > 5 * validation["items"]


def test_every_concept_has_three_templates_on_two_levels(validation: dict) -> None:
    thin = [f"{topic}.{concept}: {cell['templates']} templates, levels {cell['levels']}"
            for topic, concepts in validation["topics"].items() for concept, cell in concepts.items()
            if cell["templates"] < 3 or len(cell["levels"]) < 2]
    assert thin == []


def test_bank_size_choice_share_and_code_exercises(validation: dict) -> None:
    assert validation["items"] >= 200
    assert validation["choice_items"] <= 0.40 * validation["items"]
    for topic, code_type in CODE_TYPES.items():
        count = validation["code_items"].get(topic, 0)
        assert count >= 10, f"{topic}: only {count} {code_type} exercises"
