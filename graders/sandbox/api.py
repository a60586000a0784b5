"""The public entry points: run or grade code, self-test an exercise."""

from __future__ import annotations

from pathlib import Path

from graders.sandbox import compile_service, prestart
from graders.sandbox.exercise import Exercise, ExerciseError, load_exercise
from graders.sandbox.grading import build_result
from graders.sandbox.launcher import RawRun, launch
from graders.sandbox.limits import Limits
from graders.sandbox.observe import Observation, observe, parse_channel, resource_problem
from graders.sandbox.probe import sandbox_status
from graders.sandbox.reference import ReferenceError_, expected_records, observed
from graders.sandbox.result import RunResult, SelfTestOutcome, rejected
from graders.sandbox.runners import java, python, shell

MAX_SOURCE_BYTES = 256 * 1024
LANGUAGES = ("python", "java", "shell")


def run_code(language: str, source: str, *, exercise: Path | None = None, suite: str = "hidden",
             stdin: str | None = None) -> RunResult:
    """Run `source` in the sandbox: as a program (no exercise) or graded against the exercise's suite."""
    if language not in LANGUAGES:
        return rejected(f"unknown language {language!r} (python, java or shell)")
    if len(source.encode("utf-8", "replace")) > MAX_SOURCE_BYTES or "\0" in source:
        return rejected("the submission is too large or not text")
    status = sandbox_status()
    if not status.ok:
        return rejected(f"code runs are disabled: {status.reason}")
    if exercise is None:
        return _run_program(language, source, stdin or "")
    try:
        loaded = load_exercise(Path(exercise))
        tests = loaded.suite(suite)
    except (ExerciseError, ValueError) as error:
        return rejected(str(error))
    if loaded.language != language:
        return rejected(f"this exercise is in {loaded.language}, not {language}")
    try:
        expected = expected_records(loaded, tests)
    except ReferenceError_ as error:
        return rejected(f"the exercise is broken: {error}")
    observation = observe(loaded, source, tests)
    result = build_result(loaded, tests, observation, expected, suite == "visible", None)
    if result.status != "failed":  # a hint only ever explains a failed test: skip the lookup otherwise
        return result
    return build_result(loaded, tests, observation, expected, suite == "visible",
                        _matching_hint(loaded, tests, observation))


def _matching_hint(exercise: Exercise, tests: tuple, observation: Observation) -> str | None:
    """The feedback of a known wrong solution that behaves exactly like the submission, if any."""
    if observation.problem or not exercise.wrong:
        return None
    for wrong in exercise.wrong:
        try:
            records = observed(exercise, wrong.path, tests)
        except (OSError, ReferenceError_):
            continue
        if wrong.feedback and records == observation.records:
            return wrong.feedback
    return None


def _run_program(language: str, source: str, stdin: str) -> RunResult:
    limits = Limits(memory_mb=512, wall_s=10) if language == "java" else Limits()
    if language == "python":
        spec = python.program_spec(source, stdin, limits)
    elif language == "java":
        compiled = compile_service.compile_sources(java.program_files(source), 0)
        if compiled is not None and compiled.error is not None:
            return RunResult(status="timeout" if compiled.timed_out else "compile_error",
                             stderr=compiled.error[:4000])
        if compiled is not None:
            return _program_result(language, prestart.run(java.prestartable_spec(limits),
                                                          java.program_job(source, compiled, stdin), limits), limits)
        spec = java.program_spec(source, stdin, limits)
    else:
        spec = shell.spec(source, stdin, limits, None, collect=False)
    return _program_result(language, launch(spec), limits)


def _program_result(language: str, run: RawRun, limits: Limits) -> RunResult:
    problem = resource_problem(run, limits.cpu_s)
    stderr = run.stderr.decode("utf-8", "replace")
    compile_records = [r for r in parse_channel(run.channel) if r.get("kind") == "compile_error"]
    if problem is None and compile_records:
        problem, stderr = "compile_error", str(compile_records[0].get("message", ""))[:4000]
    if problem is None and language == "python" and run.exit_code == 1 and _python_syntax_error(stderr):
        problem = "compile_error"
    if problem is None and run.exit_code != 0 and ("MemoryError" in stderr[-2000:] or
                                                   "OutOfMemoryError" in stderr[-2000:]):
        problem = "memory"
    status = problem or ("ok" if run.exit_code == 0 else "runtime_error")
    return RunResult(status=status, exit_code=run.exit_code, stdout=run.stdout.decode("utf-8", "replace"),
                     stderr=stderr, wall_ms=run.wall_ms, cpu_ms=run.cpu_ms, max_rss_kb=run.max_rss_kb,
                     score=1.0 if status == "ok" else 0.0)


def _python_syntax_error(stderr: str) -> bool:
    last = stderr.strip().splitlines()[-1:] or [""]
    return last[0].startswith(("SyntaxError", "IndentationError", "TabError"))


def self_test_exercise(exercise_dir: Path) -> list[SelfTestOutcome]:
    """The reference must pass every test of both suites; each wrong solution must fail at least one."""
    try:
        exercise = load_exercise(Path(exercise_dir))
    except ExerciseError as error:
        return [SelfTestOutcome("load", False, str(error))]
    outcomes: list[SelfTestOutcome] = []
    status = sandbox_status()
    if not status.ok:
        return [SelfTestOutcome("sandbox", False, status.reason)]
    candidates = [("reference", exercise.solution, True)] + [(f"wrong:{w.path.name}", w.path, False)
                                                            for w in exercise.wrong]
    for label, path, must_pass in candidates:
        results = [run_code(exercise.language, path.read_text(encoding="utf-8"), exercise=exercise.directory,
                            suite=suite) for suite in ("visible", "hidden") if exercise.suite(suite)]
        all_passed = all(r.status == "passed" for r in results)
        if must_pass:
            failing = [f"{t.name}: {t.message}" for r in results for t in r.tests if not t.passed]
            message = "passes every test" if all_passed else "; ".join(failing)[:800] or results[0].stderr[:800]
            outcomes.append(SelfTestOutcome(label, all_passed, message))
        else:
            outcomes.append(SelfTestOutcome(label, not all_passed, "fails at least one test" if not all_passed
                                            else "passes every test: it does not catch this mistake"))
    return outcomes
