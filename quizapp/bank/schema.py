"""The item file schema. Errors name the file, the field and the reason (see :mod:`quizapp.bank.loader`)."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

TOPICS = (
    "analysis", "linear_algebra", "optimization", "statistics", "probability", "java", "python", "unix",
)
ID_PATTERN = re.compile(r"^[a-z0-9_]+\.[a-z0-9][a-z0-9_\-]*$")


class Strict(BaseModel):
    """Base for schema models: unknown fields are errors (a typo must not be silently ignored)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ChoiceSpec(Strict):
    """One option of a choice question."""

    text: str = Field(min_length=1)
    correct: bool = False
    feedback: str = ""


class MistakeSpec(Strict):
    """A likely wrong answer, the feedback it earns and the tag stored with the response."""

    answer: str = Field(min_length=1)
    feedback: str = Field(min_length=1)
    tag: str = "wrong_answer"


class SelfTestSpec(Strict):
    """Extra answers for the self-test: alternative correct forms, wrong answers, unreadable input."""

    correct: list[str] = []
    wrong: list[str] = []
    invalid: list[str] = []


class ItemSpec(Strict):
    """One question-bank item as written by an instructor (YAML), after validation."""

    id: str
    title: str = Field(min_length=3, max_length=200)
    topic: Literal[
        "analysis", "linear_algebra", "optimization", "statistics", "probability", "java", "python", "unix"
    ]
    concepts: list[str] = Field(min_length=1)
    level: int = Field(ge=1, le=5)
    type: str
    prompt: str = Field(min_length=1)
    parameters: dict[str, dict[str, Any]] = {}
    constraints: list[str] = []
    answer: Any = None
    variables: list[str] = []
    options: dict[str, Any] = {}
    choices: list[ChoiceSpec] = []
    shuffle: bool = True
    solution: str = Field(min_length=1)
    mistakes: list[MistakeSpec] = []
    self_test: SelfTestSpec = SelfTestSpec()
    hint: str = ""
    time_limit_seconds: int | None = None
    # Filled by the loader, not written by instructors:
    files: dict[str, str] = {}  # companion files of a folder item (generate.py, exercise files), by relative path

    @property
    def generator_source(self) -> str | None:
        """Source of the item's ``generate.py``, if it has one."""
        return self.files.get("generate.py")

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not ID_PATTERN.match(value):
            raise ValueError("must look like 'topic.slug' (lowercase letters, digits, '_' and '-')")
        return value

    @field_validator("parameters")
    @classmethod
    def _parameter_names(cls, value: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        for name in value:
            if not name.isidentifier():
                raise ValueError(f"parameter name {name!r} is not an identifier")
        return value
