"""The outcome of checking or previewing an answer (the §3.1 output object)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graders.math.errors import MathInputError, Wording


@dataclass(frozen=True)
class CheckResult:
    """status is graded | invalid | timeout (| valid for a preview); correct is None unless graded."""

    status: str
    correct: bool | None
    score: float
    message: str
    latex: str | None
    tags: tuple[str, ...] = ()
    wording: Wording | None = None  # the message as a template, for translation (not part of the JSON output)

    def to_json(self, id: str | None = None) -> dict[str, Any]:
        """The JSON object of DESIGN §3.1, plus "tags"."""
        return {"id": id, "status": self.status, "correct": self.correct, "score": self.score,
                "message": self.message, "latex": self.latex, "tags": list(self.tags)}


def invalid(message: str, latex: str | None = None) -> CheckResult:
    """An answer we could not read or that is not of the asked kind: costs the applicant nothing."""
    return CheckResult("invalid", None, 0.0, message, latex)


def refused(error: MathInputError, latex: str | None = None) -> CheckResult:
    """``invalid`` for a reading error, keeping its wording so that the app can translate it."""
    return CheckResult("invalid", None, 0.0, str(error), latex, wording=error.wording)


def graded(correct: bool, message: str | Wording, latex: str | None, tags: tuple[str, ...] = ()) -> CheckResult:
    """A mark; a message with fields comes as its :class:`Wording`, so that the app can translate it."""
    wording = message if isinstance(message, Wording) else None
    text = message.english() if isinstance(message, Wording) else message
    return CheckResult("graded", correct, 1.0 if correct else 0.0, text, latex, tags, wording)


def timed_out(latex: str | None = None) -> CheckResult:
    """Undecided within the time limit: never a mark."""
    return CheckResult("timeout", None, 0.0, "the check took too long; the answer was not marked", latex)
