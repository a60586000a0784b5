"""Value objects returned by the sandbox: the §3.2 run result, the probe status, self-test outcomes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

STATUSES = (
    "ok", "passed", "failed", "compile_error", "runtime_error", "timeout", "memory", "output_limit", "rejected",
)


@dataclass(frozen=True)
class TestOutcome:
    """One graded test: its name, whether it passed, and the message shown to the applicant."""

    name: str
    passed: bool
    message: str = ""

    def to_json(self) -> dict[str, Any]:
        """Return the contract's `{"name", "passed", "message"}` object."""
        return {"name": self.name, "passed": self.passed, "message": self.message}


@dataclass(frozen=True)
class RunResult:
    """The outcome of one sandboxed run, exactly the fields of DESIGN §3.2."""

    status: str
    exit_code: int | None = None
    stdout: str = ""
    stderr: str = ""
    wall_ms: int = 0
    cpu_ms: int = 0
    max_rss_kb: int = 0
    tests: tuple[TestOutcome, ...] = field(default_factory=tuple)
    score: float = 0.0

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown run status {self.status!r}")

    def to_json(self) -> dict[str, Any]:
        """Return the contract's JSON object (exactly its keys)."""
        return {
            "status": self.status,
            "exit_code": self.exit_code,
            "stdout": self.stdout,
            "stderr": self.stderr,
            "wall_ms": self.wall_ms,
            "cpu_ms": self.cpu_ms,
            "max_rss_kb": self.max_rss_kb,
            "tests": [t.to_json() for t in self.tests],
            "score": self.score,
        }


@dataclass(frozen=True)
class SandboxStatus:
    """What the start-up probe found: the isolation mode, whether runs may happen, and why not."""

    mode: str  # "root" | "unprivileged" | "unavailable"
    ok: bool
    reason: str


@dataclass(frozen=True)
class SelfTestOutcome:
    """One check of an exercise's self-test (the reference passes, each wrong solution fails)."""

    name: str
    ok: bool
    message: str


def rejected(reason: str) -> RunResult:
    """A run refused before anything executed (no isolation, bad input): the reason goes to stderr."""
    return RunResult(status="rejected", stderr=reason)
