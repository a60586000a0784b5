"""Short text answers compared exactly (after normalising spaces): "what does this program print?"."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from graders.math.errors import Wording
from graders.math.wording import N_
from quizapp.qtypes.base import (
    AnswerFormatError,
    Grade,
    ParsedAnswer,
    QuestionType,
    SelfTestCase,
    Variant,
    worded_grade,
)
from quizapp.qtypes.templating import render
from quizapp.qtypes.variants import parameters_for, render_texts

if TYPE_CHECKING:
    from quizapp.bank.schema import ItemSpec

MAX_TEXT_CHARS = 500

# The values of a printed line: what is left between spaces, brackets, commas, colons, bars and quotes.
VALUE = re.compile(r"[^\s\[\](){},;:|'\"]+")


def normalise(text: str, case_sensitive: bool) -> str:
    """Collapse runs of whitespace and trim; fold case unless the item is case-sensitive."""
    collapsed = " ".join(text.split())
    return collapsed if case_sensitive else collapsed.casefold()


def difference_hint(given: str, expected: str) -> Wording | str:
    """Where a wrong line departs from the expected one, value by value, without saying what the values are.

    An output of several values ("3 7 12", "[1, 2] True") is compared value by value: the applicant learns
    how many are wrong and where the first one is, or that only the punctuation differs. A one-value answer
    gets the plain verdict.
    """
    mine, theirs = VALUE.findall(given), VALUE.findall(expected)
    if len(theirs) < 2:
        return N_("This is not the expected answer.")
    if mine == theirs:
        return N_("Every value is right, but the brackets, commas or quotes differ from the expected output.")
    if len(mine) != len(theirs):
        return Wording.of(N_("The expected output has %(expected)s values; your answer has %(given)s."),
                          expected=len(theirs), given=len(mine))
    wrong = [i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b]
    if len(wrong) == len(theirs):
        return Wording.of(N_("None of the %(total)s values matches the expected output."), total=len(theirs))
    if len(wrong) == 1:
        return Wording.of(N_("One value differs from the expected output: value %(first)s of %(total)s."),
                          first=wrong[0] + 1, total=len(theirs))
    return Wording.of(N_("%(count)s of the %(total)s values differ from the expected output; the first is "
                         "value %(first)s."), count=len(wrong), total=len(theirs), first=wrong[0] + 1)


class ShortText(QuestionType):
    """One line of text; ``answer`` is the accepted text or a list of accepted texts."""

    name: ClassVar[str] = "short_text"
    widget: ClassVar[str] = "text.html"

    def check_spec(self, spec: ItemSpec) -> list[tuple[str, str]]:
        """An answer (or list of answers) is required."""
        if spec.answer in (None, "", []):
            return [("answer", "give the accepted text (or a list of accepted texts)")]
        return []

    def generate(self, spec: ItemSpec, seed: int) -> Variant:
        """Render the prompt, solution, accepted answers and mistakes."""
        params = parameters_for(spec, seed)
        prompt, solution = render_texts(spec, params)
        accepted = spec.answer if isinstance(spec.answer, list) else [spec.answer]
        answers = tuple(render(str(a), params, f"answer.{i}").strip() for i, a in enumerate(accepted))
        mistakes = tuple((render(m.answer, params, f"mistakes.{i}.answer").strip(),
                          render(m.feedback, params, f"mistakes.{i}.feedback"), m.tag)
                         for i, m in enumerate(spec.mistakes))
        wrong = tuple(render(w, params, "self_test.wrong") for w in spec.self_test.wrong)
        return Variant(seed, params, prompt, answers, solution, extra={"mistakes": mistakes, "wrong": wrong})

    def parse(self, spec: ItemSpec, variant: Variant, raw: Mapping[str, Any]) -> ParsedAnswer:
        """The typed line; empty or overlong input is refused."""
        text = str(raw.get("answer") or "").strip()
        if not text:
            raise AnswerFormatError(N_("Type an answer before submitting."))
        if len(text) > MAX_TEXT_CHARS:
            raise AnswerFormatError(f"This answer is too long (more than {MAX_TEXT_CHARS} characters).")
        return ParsedAnswer({"answer": text}, text)

    def grade(self, spec: ItemSpec, variant: Variant, answer: ParsedAnswer) -> Grade:
        """Exact match with an accepted answer, else the matching mistake's feedback."""
        case = bool(spec.options.get("case_sensitive", True))
        given = normalise(answer.value, case)
        if any(given == normalise(a, case) for a in variant.answer):
            return Grade(1.0)
        for mistake, feedback, tag in variant.extra["mistakes"]:
            if given == normalise(mistake, case):
                return Grade(0.0, feedback, (tag,))
        return worded_grade(0.0, [difference_hint(given, normalise(variant.answer[0], case))], ("wrong_answer",))

    def self_test(self, spec: ItemSpec, variant: Variant) -> list[SelfTestCase]:
        """Every accepted text scores 1; mistakes and listed wrong texts score 0; blank input is refused."""
        cases = [SelfTestCase(f"accepted {a!r}", {"answer": a}, "correct") for a in variant.answer]
        cases += [SelfTestCase(f"mistake {m!r}", {"answer": m}, "wrong", f) for m, f, _ in variant.extra["mistakes"]]
        cases += [SelfTestCase(f"wrong {w!r}", {"answer": w}, "wrong") for w in variant.extra["wrong"]]
        cases.append(SelfTestCase("blank", {"answer": " "}, "invalid"))
        return cases

    def reference_raw(self, spec: ItemSpec, variant: Variant) -> Mapping[str, Any]:
        """The first accepted text."""
        return {"answer": variant.answer[0]}
