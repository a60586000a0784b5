"""Python: run a program, or evaluate an exercise's test calls in the harness (values only)."""

from __future__ import annotations

import marshal
from dataclasses import replace

from graders.sandbox.exercise import TestCase
from graders.sandbox.launcher import LaunchSpec
from graders.sandbox.limits import Limits
from graders.sandbox.runners import HARNESS_DIR, PYTHON

HARNESS_BIND = [(str(HARNESS_DIR), "/harness")]


def program_spec(source: str, stdin: str, limits: Limits) -> LaunchSpec:
    """Run the submission as a script, like `python3 main.py`."""
    return LaunchSpec(command=[PYTHON, "-I", "-S", "/in/main.py"], files={"main.py": source.encode()},
                      stdin=stdin.encode(), limits=limits, address_space_mb=limits.memory_mb + 64)


def harness_command(harness_dir: str = "/harness") -> list[str]:
    """The harness's command line (the benchmark's bare baseline runs the very same one outside the sandbox)."""
    return [PYTHON, "-I", "-S", f"{harness_dir}/py_harness.py"]


def tests_spec(limits: Limits) -> LaunchSpec:
    """The harness sandbox: nothing of the job is in it yet (see `tests_job`), so it may be started ahead.

    The per-test budget travels with the job and the wall limit is enforced from the hand-over, so they are
    normalised here: sandboxes prepared for exercises that differ only in them are interchangeable.
    """
    return LaunchSpec(command=harness_command(), ro_binds=HARNESS_BIND,
                      limits=replace(limits, wall_s=1.0, test_s=1.0), address_space_mb=limits.memory_mb + 64)


def tests_job(source: str, tests: tuple[TestCase, ...], limits: Limits) -> bytes:
    """The job sent on the harness's stdin: the source and each test's `call`/`code`; never expected values."""
    payload = {"source": source, "test_s": limits.test_s,
               "tests": [{"name": t.name, "call": t.call, "code": t.code} for t in tests]}
    data = marshal.dumps(payload, 4)
    return str(len(data)).encode() + b"\n" + data
