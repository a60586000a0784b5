"""Python: run a program, or evaluate an exercise's test calls in the harness (values only)."""

from __future__ import annotations

import json

from graders.sandbox.exercise import TestCase
from graders.sandbox.launcher import LaunchSpec
from graders.sandbox.limits import Limits
from graders.sandbox.runners import HARNESS_DIR, PYTHON

HARNESS_BIND = [(str(HARNESS_DIR), "/harness")]


def program_spec(source: str, stdin: str, limits: Limits) -> LaunchSpec:
    """Run the submission as a script, like `python3 main.py`."""
    return LaunchSpec(command=[PYTHON, "-I", "-S", "/in/main.py"], files={"main.py": source.encode()},
                      stdin=stdin.encode(), limits=limits, address_space_mb=limits.memory_mb + 64)


def tests_spec(source: str, tests: tuple[TestCase, ...], limits: Limits) -> LaunchSpec:
    """Evaluate each test's `call`/`code` against the submission; expected values are not sent."""
    payload = {"test_s": limits.test_s,
               "tests": [{"name": t.name, "call": t.call, "code": t.code} for t in tests]}
    return LaunchSpec(
        command=[PYTHON, "-I", "-S", "/harness/py_harness.py"],
        files={"submission.py": source.encode(), "tests.json": json.dumps(payload).encode()},
        ro_binds=HARNESS_BIND, limits=limits, address_space_mb=limits.memory_mb + 64,
    )
