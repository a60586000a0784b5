"""The question-type interface: pure values in, pure values out (no Flask, no database).

A question type turns an :class:`~quizapp.bank.schema.ItemSpec` and a seed into a :class:`Variant`, reads what
the applicant submitted (:meth:`QuestionType.parse`, which raises :class:`AnswerFormatError` for input that cannot be
read, so it is reported and never scored) and grades it (:meth:`QuestionType.grade`). ``self_test`` lists answers
with the outcome each must get; ``bank validate`` runs them on every variant.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from graders.math.errors import Wording

if TYPE_CHECKING:
    from quizapp.bank.schema import ItemSpec


class AnswerFormatError(ValueError):
    """The submitted answer cannot be read. The message names what is wrong; the attempt is not charged.

    ``wording`` optionally carries the grader's message as a template with its fields, for translation.
    """

    def __init__(self, message: str, wording: Any = None) -> None:
        super().__init__(message)
        self.wording = wording

    def localised(self) -> str:
        """The message in the request's language (see :func:`quizapp.i18n.localise`)."""
        from quizapp.i18n import localise

        return localise(str(self), self.wording)


@dataclass(frozen=True)
class Choice:
    """A choice as presented: an opaque key (not revealing the authored order), its text and its feedback."""

    key: str
    text: str
    correct: bool
    feedback: str = ""


@dataclass(frozen=True)
class Variant:
    """One concrete version of an item, fully determined by (item version, seed)."""

    seed: int
    params: Mapping[str, Any]
    prompt: str
    answer: Any
    solution: str
    choices: tuple[Choice, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ParsedAnswer:
    """What the applicant submitted (``raw``, stored as is), the value read from it and its LaTeX preview."""

    raw: Mapping[str, Any]
    value: Any
    latex: str | None = None


@dataclass(frozen=True)
class Grade:
    """The verdict on one answer: score in [0, 1], feedback for the applicant and tags naming the mistake.

    ``parts`` (optional) are the feedback's sentences as :class:`Wording` (template and fields), so that a sentence
    with numbers in it ("3/5 hidden tests passed.") can be shown in the applicant's language; ``feedback`` is
    their English text. Build such a grade with :func:`worded_grade`.
    """

    score: float
    feedback: str = ""
    tags: tuple[str, ...] = ()
    undecided: bool = False
    parts: tuple[Wording, ...] = field(default=(), compare=False)

    @property
    def correct(self) -> bool:
        """Full marks."""
        return self.score >= 1.0 - 1e-9


def worded_grade(score: float, parts: Iterable[Wording | str | None], tags: tuple[str, ...] = (),
                 undecided: bool = False) -> Grade:
    """A grade whose feedback is made of sentences, each a fixed text or a :class:`Wording` with fields."""
    wordings = tuple(p if isinstance(p, Wording) else Wording(p) for p in parts if p)
    return Grade(score, " ".join(w.english() for w in wordings), tags, undecided, wordings)


def wordings_to_json(parts: Iterable[Wording]) -> list[dict[str, Any]]:
    """Feedback sentences as stored with a response: ``[{"template": …, "params": {…}}]``."""
    return [{"template": w.template, "params": dict(w.params)} for w in parts]


def wordings_from_json(stored: Iterable[Mapping[str, Any]] | None) -> tuple[Wording, ...]:
    """The stored feedback sentences back as :class:`Wording`."""
    return tuple(Wording.of(str(p["template"]), **dict(p.get("params") or {})) for p in stored or ())


Expectation = Literal["correct", "wrong", "invalid"]


@dataclass(frozen=True)
class SelfTestCase:
    """An answer and the outcome it must get; ``feedback`` (if set) must appear in the grade's feedback."""

    label: str
    raw: Mapping[str, Any]
    expect: Expectation
    feedback: str | None = None


class QuestionType:
    """Base class of every question type. Subclasses set ``name`` and ``widget`` and implement the methods."""

    name: ClassVar[str]
    widget: ClassVar[str]  # the answer widget's template, in templates/widgets/
    multiple_choice: ClassVar[bool] = False  # counts towards the bank's multiple-choice share
    asynchronous: ClassVar[bool] = False  # graded by a queued job (code runs) rather than in the request
    needs_sandbox: ClassVar[bool] = False  # hidden from quizzes when the sandbox cannot isolate

    def check_spec(self, spec: ItemSpec) -> list[tuple[str, str]]:
        """Type-specific checks of a spec: a list of (field, reason); empty when the spec is fine."""
        return []

    def generate(self, spec: ItemSpec, seed: int) -> Variant:
        """The variant for ``seed`` (pure: the same spec and seed always give the same variant)."""
        raise NotImplementedError

    def parse(self, spec: ItemSpec, variant: Variant, raw: Mapping[str, Any]) -> ParsedAnswer:
        """Read the submitted form fields; raise :class:`AnswerFormatError` if they cannot be read."""
        raise NotImplementedError

    def grade(self, spec: ItemSpec, variant: Variant, answer: ParsedAnswer) -> Grade:
        """Grade a parsed answer against the variant's hidden answer."""
        raise NotImplementedError

    def self_test(self, spec: ItemSpec, variant: Variant) -> list[SelfTestCase]:
        """Answers with the outcome each must get on ``variant``."""
        raise NotImplementedError

    def reference_raw(self, spec: ItemSpec, variant: Variant) -> Mapping[str, Any]:
        """The form fields of a fully correct answer (shown with the worked solution)."""
        raise NotImplementedError
