"""Sandboxed code exercises: bubblewrap isolation, limits, and Python / Java / Unix runners.

Grading happens outside the sandbox: inside, the submission only computes values (or leaves files and output);
expected answers never enter it, and no verdict is ever read from anything the submission can write.
"""

from __future__ import annotations

from graders.sandbox.api import run_code, self_test_exercise
from graders.sandbox.exercise import Exercise, ExerciseError, load_exercise
from graders.sandbox.probe import sandbox_status
from graders.sandbox.result import RunResult, SandboxStatus, SelfTestOutcome, TestOutcome

__all__ = [
    "Exercise", "ExerciseError", "RunResult", "SandboxStatus", "SelfTestOutcome", "TestOutcome", "load_exercise",
    "run_code", "sandbox_status", "self_test_exercise",
]
