"""Typed math answers (expression, numeric, equation, matrix, set), graded by :mod:`graders.math`.

The applicant types text; :func:`graders.math.preview` reads it (a format error is shown and never scored) and
:func:`graders.math.check` decides equivalence in a worker with a hard time limit. Listed mistakes are matched the
same way, so "you forgot the chain rule" is shown for any form of the chain-rule-less answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

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
from quizapp.qtypes.templating import TemplateProblem, render
from quizapp.qtypes.variants import parameters_for, render_answer, render_texts

if TYPE_CHECKING:
    from quizapp.bank.schema import ItemSpec

MAX_ANSWER_CHARS = 2000


def check(kind: str, answer: str, expected: str, options: dict[str, Any]) -> Any:
    """:func:`graders.math.check`, imported on first use so that app start-up does not load sympy."""
    from graders.math import check as math_check

    return math_check(kind, answer, expected, options)


def preview(kind: str, answer: str, options: dict[str, Any], expected: str | None = None) -> Any:
    """:func:`graders.math.preview`, imported on first use; ``expected`` makes it refuse another form."""
    from graders.math import preview as math_preview

    return math_preview(kind, answer, options, expected=expected)


# graders.math says which side is at fault: these prefixes blame the question, anything else the answer.
QUESTION_FAULTS = ("the question's expected answer cannot be read", "the question is misconfigured")
UNDECIDED_FEEDBACK = N_(
    "We could not decide this answer in time; it is recorded for review and not counted against you."
)


class MathAnswerType(QuestionType):
    """Base of the typed math answers; subclasses only name the grader kind."""

    kind: ClassVar[str]
    widget: ClassVar[str] = "math.html"

    def options(self, spec: ItemSpec) -> dict[str, Any]:
        """Grader options: the item's ``options`` plus its declared ``variables``.

        With declared variables, any other letter is refused as a format problem (it cannot be right).
        """
        strict = {"strict_variables": True} if spec.variables else {}
        return {**strict, **spec.options, "variables": list(spec.variables)}

    def check_spec(self, spec: ItemSpec) -> list[tuple[str, str]]:
        """An answer template is required."""
        return [] if spec.answer is not None else [("answer", f"is required for type {self.name}")]

    def generate(self, spec: ItemSpec, seed: int) -> Variant:
        """Render prompt, solution, hidden answer, mistakes and self-test inputs with the drawn parameters."""
        params = parameters_for(spec, seed)
        prompt, solution = render_texts(spec, params)
        mistakes = tuple(
            (render(m.answer, params, f"mistakes.{i}.answer").strip(), render(m.feedback, params,
             f"mistakes.{i}.feedback"), m.tag)
            for i, m in enumerate(spec.mistakes)
        )
        tests = {k: [render(t, params, f"self_test.{k}") for t in getattr(spec.self_test, k)]
                 for k in ("correct", "wrong", "invalid")}
        extra = {"mistakes": mistakes, "self_test": tests}
        return Variant(seed, params, prompt, render_answer(spec, params), solution, extra=extra)

    def parse(self, spec: ItemSpec, variant: Variant, raw: Mapping[str, Any]) -> ParsedAnswer:
        """Read the typed answer; refuse what cannot be read, with the grader's precise message."""
        text = str(raw.get("answer") or "").strip()
        if not text:
            raise AnswerFormatError(N_("Type an answer before submitting."))
        if len(text) > MAX_ANSWER_CHARS:
            raise AnswerFormatError(f"This answer is too long (more than {MAX_ANSWER_CHARS} characters).")
        result = self.read_preview(spec, variant, text)
        if result.status != "valid":
            raise AnswerFormatError(result.message, result.wording)
        return ParsedAnswer({"answer": text}, text, result.latex)

    def read_preview(self, spec: ItemSpec, variant: Variant, text: str) -> Any:
        """How we read ``text`` (LaTeX), or why we cannot — including an answer of another form than this
        variant's (a pair where one number is asked): the live preview and ``parse`` say the same."""
        return preview(self.kind, text, self.options(spec), variant.answer)

    def grade(self, spec: ItemSpec, variant: Variant, answer: ParsedAnswer) -> Grade:
        """Equivalent to the hidden answer → 1; otherwise the first listed mistake it matches, or the grader's note."""
        options = self.options(spec)
        result = check(self.kind, answer.value, variant.answer, options)
        if result.status == "timeout":
            return Grade(0.0, UNDECIDED_FEEDBACK, ("undecided",), undecided=True)
        if result.status == "invalid":
            if result.message.startswith(QUESTION_FAULTS):  # the item is broken, not the applicant's answer
                raise TemplateProblem("answer", result.message)
            raise AnswerFormatError(result.message, result.wording)  # unreadable, or not of the asked form: free
        if result.correct:
            return worded_grade(1.0, [result.wording or result.message], result.tags)
        for mistake_answer, feedback, tag in variant.extra.get("mistakes", ()):
            if check(self.kind, answer.value, mistake_answer, options).correct:
                # the author's diagnosis only: the grader's own tags relate the answer to the right one, and
                # beside a named mistake they are redundant (sign error) or a coincidence (a factor of ten)
                return Grade(0.0, feedback, (tag,))
        note = result.wording or result.message or N_("This is not the expected answer.")
        return worded_grade(result.score, [note], result.tags)

    def self_test(self, spec: ItemSpec, variant: Variant) -> list[SelfTestCase]:
        """Reference and listed correct forms score 1, mistakes and wrong answers less, invalid ones are refused."""
        tests = variant.extra.get("self_test", {})
        cases = [SelfTestCase("reference", {"answer": variant.answer}, "correct")]
        cases += [SelfTestCase(f"correct form {t!r}", {"answer": t}, "correct") for t in tests.get("correct", [])]
        cases += [SelfTestCase(f"mistake {a!r}", {"answer": a}, "wrong", f) for a, f, _ in variant.extra["mistakes"]]
        cases += [SelfTestCase(f"wrong {t!r}", {"answer": t}, "wrong") for t in tests.get("wrong", [])]
        cases += [SelfTestCase(f"invalid {t!r}", {"answer": t}, "invalid") for t in tests.get("invalid", [])]
        return cases

    def reference_raw(self, spec: ItemSpec, variant: Variant) -> Mapping[str, Any]:
        """The hidden answer as the applicant would type it."""
        return {"answer": variant.answer}


class ExpressionType(MathAnswerType):
    """A symbolic expression, equivalent (or in the form ``options.check`` asks) to the answer."""

    name: ClassVar[str] = "expression"
    kind: ClassVar[str] = "expression"


class NumericType(MathAnswerType):
    """A number, within ``options.rtol`` / ``options.atol`` or to ``options.sigfigs`` significant figures."""

    name: ClassVar[str] = "numeric"
    kind: ClassVar[str] = "numeric"


class EquationType(MathAnswerType):
    """An equation, inequality or system, equivalent to the answer (scaled forms accepted)."""

    name: ClassVar[str] = "equation"
    kind: ClassVar[str] = "equation"


class MatrixType(MathAnswerType):
    """A matrix ``[[1,2],[3,4]]``: the shape first, then every entry."""

    name: ClassVar[str] = "matrix"
    kind: ClassVar[str] = "matrix"


class SetType(MathAnswerType):
    """A set, an interval or a union of intervals, with ±∞."""

    name: ClassVar[str] = "set"
    kind: ClassVar[str] = "set"
