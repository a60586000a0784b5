"""Math answer checking: a safe parser for what applicants type, and CAS-grade equivalence.

Public API (used by the web app, the command line and the benchmark)::

    check(kind, answer, expected, options=None, *, timeout=2.0) -> CheckResult
    preview(kind, answer, options=None, *, expected=None) -> CheckResult   # status "valid" or "invalid"
"""

from __future__ import annotations

from typing import Any

from graders.math.kinds import KINDS
from graders.math.result import CheckResult, invalid

__all__ = ["KINDS", "CheckResult", "check", "preview"]


def check(kind: str, answer: str, expected: str, options: dict[str, Any] | None = None, *,
          timeout: float = 2.0) -> CheckResult:
    """Grade answer against expected in a worker process with a hard time limit (timeout -> undecided)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {KINDS}")
    if not isinstance(answer, str) or not isinstance(expected, str):
        return invalid("the answer and the expected answer must be text")
    from graders.math.pool import POOL

    return POOL.run((kind, answer, expected, dict(options or {})), timeout)


def preview(kind: str, answer: str, options: dict[str, Any] | None = None, *,
            expected: str | None = None) -> CheckResult:
    """Parse only (fast, in-process, bounded by the parser's caps): "valid" with LaTeX, or "invalid".

    Given the ``expected`` answer, an answer of another form (a list where a number is asked) is refused too.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {KINDS}")
    if not isinstance(answer, str):
        return invalid("the answer must be text")
    from graders.math.grading import preview_answer

    return preview_answer(kind, answer, options, expected)
