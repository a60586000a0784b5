"""What exporters share: the flat view of one item variant, math delimiters, metadata tags."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizapp.bank.loader import LoadedItem
from quizapp.qtypes import REGISTRY

MOODLE_TYPES = {
    "single_choice": "multichoice", "multiple_choice": "multichoice", "numeric": "numerical",
    "short_text": "shortanswer", "expression": "shortanswer", "equation": "shortanswer", "matrix": "shortanswer",
    "set": "shortanswer", "python_code": "essay", "java_code": "essay", "shell": "essay",
}
EXACT_TYPES = {"single_choice", "multiple_choice", "numeric", "short_text"}
NOTE = ("Exported from quizapp as the closest Moodle type: quizapp grades this {type} item by {how}; "
        "Moodle will only compare the text.")
HOW = {"expression": "symbolic equivalence", "equation": "equivalence of equations", "matrix": "entry-wise values",
       "set": "set equality", "python_code": "hidden tests", "java_code": "hidden tests", "shell": "running commands"}


@dataclass(frozen=True)
class FlatChoice:
    """One option of an exported choice question."""

    text: str
    correct: bool
    feedback: str = ""


@dataclass(frozen=True)
class FlatItem:
    """One concrete item as exporters and importers see it (no parameters left)."""

    id: str
    title: str
    topic: str
    concepts: tuple[str, ...]
    level: int
    type: str
    prompt: str
    solution: str
    answers: tuple[str, ...] = ()
    tolerance: float = 0.0
    choices: tuple[FlatChoice, ...] = ()
    note: str = ""
    tags: tuple[str, ...] = field(default=())


def flatten(item: LoadedItem, seed: int = 0) -> FlatItem:
    """The item's variant ``seed`` as a flat record (choices in authored order)."""
    spec = item.spec.model_copy(update={"shuffle": False})  # choices in authored order
    qtype = REGISTRY[spec.type]
    variant = qtype.generate(spec, seed)
    choices: tuple[FlatChoice, ...] = ()
    answers: tuple[str, ...] = ()
    tolerance = 0.0
    if spec.type in {"single_choice", "multiple_choice"}:
        choices = tuple(FlatChoice(c.text, c.correct, c.feedback) for c in variant.choices)
    elif spec.type == "numeric":
        answers = (str(variant.answer),)
        tolerance = _numeric_tolerance(spec.options, variant.answer)
    elif spec.type == "short_text":
        answers = tuple(variant.answer)
    elif spec.type in MOODLE_TYPES and variant.answer is not None:
        answers = (str(variant.answer),)
    note = "" if spec.type in EXACT_TYPES else NOTE.format(type=spec.type, how=HOW.get(spec.type, "its grader"))
    return FlatItem(spec.id, spec.title, spec.topic, tuple(spec.concepts), spec.level, spec.type, variant.prompt,
                    variant.solution, answers, tolerance, choices, note)


def _numeric_tolerance(options: dict, answer: str) -> float:
    """Moodle's absolute tolerance from our ``atol`` / ``rtol`` options."""
    try:
        value = abs(float(str(answer).replace(",", ".")))
    except ValueError:
        return 0.0
    return max(float(options.get("atol", 0.0) or 0.0), float(options.get("rtol", 0.0) or 0.0) * value)


INLINE_DOLLAR = re.compile(r"(?<![\\$])\$(?!\$)(.+?)(?<![\\$])\$(?!\$)", re.S)
INLINE_PAREN = re.compile(r"\\\((.+?)\\\)", re.S)


def to_moodle_math(text: str) -> str:
    """``$x$`` → ``\\(x\\)`` (Moodle's MathJax filter); ``$$…$$`` is the same in both."""
    return INLINE_DOLLAR.sub(lambda m: rf"\({m.group(1)}\)", text)


def from_moodle_math(text: str) -> str:
    """``\\(x\\)`` → ``$x$``."""
    return INLINE_PAREN.sub(lambda m: f"${m.group(1)}$", text)


def metadata_tags(item: FlatItem) -> list[str]:
    """quizapp's metadata as Moodle tags (restored on import)."""
    return [f"quizapp-level-{item.level}", f"quizapp-type-{item.type}",
            *[f"quizapp-concept-{c}" for c in item.concepts]]
