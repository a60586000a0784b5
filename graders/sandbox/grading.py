"""Grading outside the sandbox: compare each observation with the expected one, build the §3.2 result."""

from __future__ import annotations

from typing import Any

from graders.sandbox.compare import file_differences, show, stdout_equal, values_equal
from graders.sandbox.exercise import Exercise, TestCase
from graders.sandbox.observe import Observation
from graders.sandbox.result import RunResult, TestOutcome

HIDDEN_FAILED = "failed (hidden test)"


def judge(exercise: Exercise, test: TestCase, expected: dict[str, Any] | None, got: dict[str, Any] | None,
          visible: bool) -> tuple[bool, str]:
    """Whether one test passed, and the message shown (details only for visible tests)."""
    if expected is None:
        return False, "the exercise has no expected value for this test"
    if got is None:
        return False, "no result: the program stopped before this test" if visible else HIDDEN_FAILED
    if exercise.language == "shell":
        return _judge_shell(exercise, expected, got, visible)
    if got.get("kind") != "value":
        if got.get("error") == "does_not_compile":
            detail = f": {str(got.get('message', ''))[:600]}" if visible else ""
            return False, "the test could not call your code (check names and signatures)" + detail
        return False, (f"raised {got.get('message') or got.get('error')}"[:500] if visible else HIDDEN_FAILED)
    if values_equal(expected.get("value"), got.get("value"), exercise.float_tolerance, exercise.unordered):
        return True, "passed"
    if not visible:
        return False, HIDDEN_FAILED
    return False, f"expected {show(expected.get('value'))}, got {show(got.get('value'))}"


def _judge_shell(exercise: Exercise, expected: dict, got: dict, visible: bool) -> tuple[bool, str]:
    problems: list[str] = []
    if not stdout_equal(str(expected.get("stdout", "")), str(got.get("stdout", "")), exercise.stdout_rule):
        problems.append(f"output differs; expected:\n{str(expected.get('stdout', ''))[:500]}" if visible
                        else "output differs")
    if exercise.check_files is not None:
        problems += file_differences(expected.get("files") or {}, got.get("files") or {}, exercise.check_files,
                                     exercise.check_modes)[:5]
    if not problems:
        return True, "passed"
    return False, "; ".join(problems) if visible else HIDDEN_FAILED


def build_result(exercise: Exercise, tests: tuple[TestCase, ...], observation: Observation,
                 expected: list[dict[str, Any] | None], visible: bool, hint: str | None) -> RunResult:
    """Combine the per-test verdicts with the measured resources into a RunResult."""
    outcomes: list[TestOutcome] = []
    for test, exp, got in zip(tests, expected, observation.records, strict=True):
        if observation.problem == "compile_error":
            passed, message = False, "did not compile"
        else:
            passed, message = judge(exercise, test, exp, got, visible)
        outcomes.append(TestOutcome(test.name, passed, message))
    if hint:
        for position, outcome in enumerate(outcomes):
            if not outcome.passed:
                outcomes[position] = TestOutcome(outcome.name, False, f"{outcome.message} — hint: {hint}")
                break
    passed_count = sum(o.passed for o in outcomes)
    status = observation.problem or ("passed" if passed_count == len(outcomes) else "failed")
    runs = observation.runs
    stdout = "".join(r.stdout.decode("utf-8", "replace") for r in runs) if visible else ""
    stderr = observation.message or ("".join(r.stderr.decode("utf-8", "replace") for r in runs) if visible else "")
    if not visible and observation.problem != "compile_error":
        stderr = ""  # hidden tests show pass/fail only: printed text could reveal their inputs
    return RunResult(
        status=status, exit_code=runs[-1].exit_code if runs else None, stdout=stdout, stderr=stderr,
        wall_ms=sum(r.wall_ms for r in runs), cpu_ms=sum(r.cpu_ms for r in runs),
        max_rss_kb=max((r.max_rss_kb for r in runs), default=0), tests=tuple(outcomes),
        score=round(passed_count / len(outcomes), 4) if outcomes else 0.0,
    )
