"""Run a source against a suite and observe what it produced, per test: values, errors, output, files.

Used for the applicant's submission and, identically, for the reference and wrong solutions (outside any
applicant's run), so expected values are computed by the same code path but never enter the applicant's sandbox.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from graders.sandbox import compile_service, prestart
from graders.sandbox.exercise import Exercise, TestCase
from graders.sandbox.launcher import RawRun, launch
from graders.sandbox.runners import java, python, shell

CPU_SIGNALS = (128 + 24, 128 + 9)  # SIGXCPU, SIGKILL after the hard CPU limit


@dataclass
class Observation:
    """What one submission did on one suite: a resource status if any, and one record per test (None = none)."""

    problem: str | None  # compile_error | runtime_error | timeout | memory | output_limit | None
    message: str
    records: list[dict[str, Any] | None]
    runs: list[RawRun] = field(default_factory=list)


def resource_problem(run: RawRun, cpu_s: int) -> str | None:
    """timeout / memory / output_limit as measured outside (never from what the submission printed)."""
    if run.timed_out or (run.exit_code in CPU_SIGNALS and run.cpu_ms >= cpu_s * 1000 - 50):
        return "timeout"
    if run.oom:
        return "memory"
    if run.output_exceeded:
        return "output_limit"
    return None


def parse_channel(data: bytes) -> list[dict[str, Any]]:
    """The JSON records written to the value channel; anything malformed is ignored."""
    records = []
    for line in data.decode("utf-8", "replace").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            records.append(record)
    return records


def observe(exercise: Exercise, source: str, tests: tuple[TestCase, ...]) -> Observation:
    """Run `source` on `tests` in the sandbox and collect per-test observations."""
    if exercise.language == "shell":
        return _observe_shell(exercise, source, tests)
    limits = exercise.limits
    if exercise.language == "python":
        run = prestart.run(python.tests_spec(limits), python.tests_job(source, tests, limits), limits)
    else:
        compiled = compile_service.compile_sources(java.tests_files(source, tests, exercise.imports), len(tests))
        if compiled is not None and compiled.error is not None:  # nothing to run: no sandbox needed
            problem = "timeout" if compiled.timed_out else "compile_error"
            return Observation(problem, compiled.error[:4000], [None] * len(tests), [])
        if compiled is None:  # the service is not ready: compile inside the run's sandbox
            run = launch(java.tests_spec(source, tests, exercise.imports, limits))
        else:
            run = prestart.run(java.prestartable_spec(limits), java.tests_job(tests, limits, compiled), limits)
    records = parse_channel(run.channel)
    per_test: list[dict[str, Any] | None] = [None] * len(tests)
    for record in records:
        index = record.get("i")
        if isinstance(index, int) and 0 <= index < len(tests) and per_test[index] is None:
            per_test[index] = record
    problem = resource_problem(run, limits.cpu_s)
    first = records[0] if records else {}
    message = ""
    if first.get("kind") in ("compile_error", "load_error"):
        kinds = {"compile_error": "compile_error", "timeout": "timeout", "MemoryError": "memory"}
        problem = problem or kinds.get(first["kind"], kinds.get(str(first.get("error")), "runtime_error"))
        message = str(first.get("message", ""))[:4000]
    elif problem is None and any(r is None for r in per_test):
        problem = "memory" if _out_of_memory(run) else "runtime_error"
    elif problem is None and any(r and r.get("error") == "timeout" for r in per_test):
        problem = "timeout"
    return Observation(problem, message, per_test, [run])


def _out_of_memory(run: RawRun) -> bool:
    tail = run.stderr[-2000:]
    return b"MemoryError" in tail or b"OutOfMemoryError" in tail


def _observe_shell(exercise: Exercise, source: str, tests: tuple[TestCase, ...]) -> Observation:
    collect = exercise.check_files is not None
    per_test: list[dict[str, Any] | None] = []
    runs: list[RawRun] = []
    problem = None
    for test in tests:
        assert test.tree is not None
        run = launch(shell.spec(source, test.stdin, exercise.limits, exercise.directory / test.tree, collect))
        runs.append(run)
        problem = problem or resource_problem(run, exercise.limits.cpu_s)
        shell_records = [r for r in parse_channel(run.channel) if r.get("kind") == "shell"]
        if not shell_records:
            per_test.append(None)
            continue
        per_test.append({"kind": "shell", "stdout": run.stdout.decode("utf-8", "replace"),
                         "files": shell_records[0].get("files"), "exit": shell_records[0].get("exit")})
    return Observation(problem, "", per_test, runs)
