"""Single- and multiple-choice questions: per-choice feedback, order shuffled by the variant seed."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np

from graders.math.wording import N_
from quizapp.qtypes.base import (
    AnswerFormatError,
    Choice,
    Grade,
    ParsedAnswer,
    QuestionType,
    SelfTestCase,
    Variant,
)
from quizapp.qtypes.templating import render
from quizapp.qtypes.variants import parameters_for, render_texts

if TYPE_CHECKING:
    from quizapp.bank.schema import ItemSpec


def _choice_key(seed: int, index: int) -> str:
    """An opaque key: the form never reveals the authored order of the choices."""
    return hashlib.sha256(f"{seed}:{index}".encode()).hexdigest()[:10]


class SingleChoice(QuestionType):
    """Exactly one correct option."""

    name: ClassVar[str] = "single_choice"
    widget: ClassVar[str] = "choice.html"
    multiple_choice: ClassVar[bool] = True
    allows_many: ClassVar[bool] = False

    def check_spec(self, spec: ItemSpec) -> list[tuple[str, str]]:
        """At least two choices, and exactly one correct (single) or at least one correct (multiple)."""
        errors = []
        if len(spec.choices) < 2:
            errors.append(("choices", "needs at least two choices"))
        n_correct = sum(c.correct for c in spec.choices)
        if self.allows_many and n_correct < 1:
            errors.append(("choices", "mark at least one choice `correct: true`"))
        if not self.allows_many and n_correct != 1:
            errors.append(("choices", f"mark exactly one choice `correct: true` (found {n_correct})"))
        return errors

    def generate(self, spec: ItemSpec, seed: int) -> Variant:
        """Render the choices and shuffle them with the variant's own RNG."""
        params = parameters_for(spec, seed)
        prompt, solution = render_texts(spec, params)
        choices = [
            Choice(_choice_key(seed, i), render(c.text, params, f"choices.{i}.text"), c.correct,
                   render(c.feedback, params, f"choices.{i}.feedback"))
            for i, c in enumerate(spec.choices)
        ]
        if spec.shuffle:
            order = np.random.default_rng([seed, 7]).permutation(len(choices))
            choices = [choices[i] for i in order]
        answer = sorted(c.key for c in choices if c.correct)
        return Variant(seed, params, prompt, answer, solution, tuple(choices))

    def parse(self, spec: ItemSpec, variant: Variant, raw: Mapping[str, Any]) -> ParsedAnswer:
        """The selected keys; refuses an empty selection or a key that is not on the page."""
        selected = raw.get("choice") or []
        if isinstance(selected, str):
            selected = [selected]
        keys = {c.key for c in variant.choices}
        if not selected:
            raise AnswerFormatError(N_("Select an answer before submitting.") if not self.allows_many
                                    else N_("Select at least one answer before submitting."))
        if any(k not in keys for k in selected) or (not self.allows_many and len(selected) > 1):
            raise AnswerFormatError(N_("This selection does not match the choices shown; reload the page."))
        return ParsedAnswer({"choice": sorted(set(selected))}, sorted(set(selected)))

    def grade(self, spec: ItemSpec, variant: Variant, answer: ParsedAnswer) -> Grade:
        """Full marks only for exactly the correct set; feedback of every selected wrong choice."""
        selected = set(answer.value)
        correct = set(variant.answer)
        by_key = {c.key: c for c in variant.choices}
        notes = [by_key[k].feedback for k in sorted(selected) if by_key[k].feedback and k not in correct]
        if selected == correct:
            notes = [by_key[k].feedback for k in sorted(selected) if by_key[k].feedback]
            return Grade(1.0, " ".join(notes))
        if self.allows_many and selected < correct:
            notes.append(N_("Some correct options were not selected."))
        tags = ("missed_option",) if selected < correct else ("wrong_choice",)
        return Grade(0.0, " ".join(notes), tags)

    def self_test(self, spec: ItemSpec, variant: Variant) -> list[SelfTestCase]:
        """The correct set scores 1; each wrong choice alone scores 0 with its feedback; no choice is refused."""
        cases = [SelfTestCase("reference", self.reference_raw(spec, variant), "correct")]
        for c in variant.choices:
            if not c.correct:
                cases.append(SelfTestCase(f"choice {c.text[:30]!r}", {"choice": [c.key]}, "wrong", c.feedback or None))
        cases.append(SelfTestCase("no selection", {"choice": []}, "invalid"))
        return cases

    def reference_raw(self, spec: ItemSpec, variant: Variant) -> Mapping[str, Any]:
        """The correct keys."""
        return {"choice": list(variant.answer)}


class MultipleChoice(SingleChoice):
    """Any number of correct options; the applicant must select exactly those."""

    name: ClassVar[str] = "multiple_choice"
    allows_many: ClassVar[bool] = True
