"""Question types: variants are deterministic per seed, choices shuffle, grading and format errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.bank.loader import load_bank
from quizapp.bank.schema import ItemSpec
from quizapp.qtypes import REGISTRY, AnswerFormatError, ParsedAnswer, Registry
from quizapp.qtypes.choice import SingleChoice

FIXTURE_BANK = Path(__file__).resolve().parent.parent / "fixtures" / "bank"


@pytest.fixture(scope="module")
def specs() -> dict[str, ItemSpec]:
    items, errors = load_bank(FIXTURE_BANK)
    assert not errors
    return {i.spec.id: i.spec for i in items}


def test_registry_refuses_duplicates_and_is_read_only() -> None:
    with pytest.raises(ValueError, match="registered twice"):
        Registry([SingleChoice, SingleChoice])
    with pytest.raises(TypeError):
        REGISTRY._table["x"] = SingleChoice()  # type: ignore[index]


def test_same_seed_same_variant_new_seed_new_parameters(specs: dict[str, ItemSpec]) -> None:
    spec = specs["analysis.fixture-derivative"]
    qtype = REGISTRY[spec.type]
    assert qtype.generate(spec, 42) == qtype.generate(spec, 42)
    prompts = {qtype.generate(spec, seed).prompt for seed in range(20)}
    assert len(prompts) >= 10


def test_choice_order_shuffled_by_seed_and_keys_opaque(specs: dict[str, ItemSpec]) -> None:
    spec = specs["analysis.ratio-test"]
    qtype = REGISTRY[spec.type]
    orders = {tuple(c.text for c in qtype.generate(spec, seed).choices) for seed in range(30)}
    assert len(orders) > 5
    keys = {c.key for c in qtype.generate(spec, 1).choices}
    assert keys.isdisjoint({"0", "1", "2", "3"})


def test_single_choice_grading_and_feedback(specs: dict[str, ItemSpec]) -> None:
    spec = specs["analysis.ratio-test"]
    qtype = REGISTRY[spec.type]
    variant = qtype.generate(spec, 3)
    right = next(c for c in variant.choices if c.correct)
    wrong = next(c for c in variant.choices if "harmonic" in c.feedback)
    assert qtype.grade(spec, variant, qtype.parse(spec, variant, {"choice": [right.key]})).correct
    grade = qtype.grade(spec, variant, qtype.parse(spec, variant, {"choice": [wrong.key]}))
    assert grade.score == 0 and "harmonic" in grade.feedback
    with pytest.raises(AnswerFormatError, match="Select an answer"):
        qtype.parse(spec, variant, {"choice": []})
    with pytest.raises(AnswerFormatError):
        qtype.parse(spec, variant, {"choice": ["forged-key"]})


def test_multiple_choice_needs_exactly_the_right_set(specs: dict[str, ItemSpec]) -> None:
    spec = specs["python.fixture-list-methods"]
    qtype = REGISTRY[spec.type]
    variant = qtype.generate(spec, 5)
    right = [c.key for c in variant.choices if c.correct]
    assert qtype.grade(spec, variant, qtype.parse(spec, variant, {"choice": right})).correct
    partial = qtype.grade(spec, variant, qtype.parse(spec, variant, {"choice": right[:1]}))
    assert not partial.correct and "not selected" in partial.feedback
    pop = next(c for c in variant.choices if c.text == "`xs.pop()`")
    grade = qtype.grade(spec, variant, qtype.parse(spec, variant, {"choice": [*right, pop.key]}))
    assert not grade.correct and "last" in grade.feedback


def test_expression_item_grades_equivalent_forms(specs: dict[str, ItemSpec]) -> None:
    spec = specs["analysis.fixture-derivative"]
    qtype = REGISTRY[spec.type]
    variant = qtype.generate(spec, 7)
    a = variant.params["a"]
    assert qtype.grade(spec, variant, qtype.parse(spec, variant, {"answer": f"x*{2 * a}"})).correct
    mistake = qtype.grade(spec, variant, qtype.parse(spec, variant, {"answer": f"{a}x"}))
    assert not mistake.correct and "power_rule" in mistake.tags
    with pytest.raises(AnswerFormatError):
        qtype.parse(spec, variant, {"answer": "2x +"})
    with pytest.raises(AnswerFormatError, match="Type an answer"):
        qtype.parse(spec, variant, {"answer": "  "})


def test_answer_of_another_form_is_refused_not_graded(specs: dict[str, ItemSpec]) -> None:
    spec = specs["analysis.fixture-derivative"]
    qtype = REGISTRY[spec.type]
    variant = qtype.generate(spec, 7)
    # A list reads fine, but an expression is asked: a format problem, never a mark — refused as it is typed...
    with pytest.raises(AnswerFormatError, match="expected an expression, but this is a list"):
        qtype.parse(spec, variant, {"answer": "[1, 2]"})
    with pytest.raises(AnswerFormatError, match="expected an expression, but this is a list"):
        qtype.grade(spec, variant, ParsedAnswer({"answer": "[1, 2]"}, "[1, 2]", None))  # ...and by grading too


def test_wrong_printed_line_is_compared_value_by_value() -> None:
    spec = ItemSpec.model_validate({
        "id": "java.t-output", "title": "Output", "topic": "java", "concepts": ["overloading_polymorphism"],
        "level": 2, "type": "short_text", "prompt": "What does it print?", "solution": "It prints the list.",
        "answer": "[3, 7] long Object",
        "mistakes": [{"answer": "[3, 7] long long", "feedback": "A double never widens to long.", "tag": "widening"}],
    })
    qtype = REGISTRY[spec.type]
    variant = qtype.generate(spec, 1)

    def feedback(text: str) -> str:
        grade = qtype.grade(spec, variant, qtype.parse(spec, variant, {"answer": text}))
        assert not grade.correct
        return grade.feedback

    assert feedback("[3, 7] long long") == "A double never widens to long."  # the author's mistake comes first
    assert feedback("[3, 7] long Double") == "One value differs from the expected output: value 4 of 4."
    assert feedback("[3, 8] int Object") == "2 of the 4 values differ from the expected output; the first is value 2."
    assert feedback("3 7 long Object") == (
        "Every value is right, but the brackets, commas or quotes differ from the expected output.")
    assert feedback("[3, 7] long") == "The expected output has 4 values; your answer has 3."
    assert feedback("a b c d") == "None of the 4 values matches the expected output."
