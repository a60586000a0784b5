"""Unix: the applicant's command or pipeline runs with bash on a fresh copy of the exercise's file tree."""

from __future__ import annotations

from pathlib import Path

from graders.sandbox.launcher import LaunchSpec
from graders.sandbox.limits import Limits
from graders.sandbox.runners import HARNESS_DIR, PYTHON


def spec(source: str, stdin: str, limits: Limits, tree: Path | None, collect: bool) -> LaunchSpec:
    """Copy `tree` into /work, run the script, and (if `collect`) report the resulting files."""
    command = [PYTHON, "-I", "-S", "/harness/sh_init.py", *(["--collect"] if collect else [])]
    return LaunchSpec(
        command=command, files={"submission.sh": source.encode()}, trees={"tree": tree} if tree else {},
        ro_binds=[(str(HARNESS_DIR), "/harness")], stdin=stdin.encode(), limits=limits,
        address_space_mb=limits.memory_mb + 64,
    )
