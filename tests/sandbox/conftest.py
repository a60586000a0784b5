"""Fixtures for the sandbox suite: the runner in root mode (in-process) and in unprivileged mode (CLI as nobody)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
EXERCISES = REPO / "tests" / "fixtures" / "exercises"
NOBODY = 65534
HAVE_BWRAP = shutil.which("bwrap", path="/usr/bin:/usr/local/bin:/bin") is not None
Runner = Callable[..., dict[str, Any]]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip sandbox tests, saying why, when bubblewrap is missing."""
    if HAVE_BWRAP:
        return
    skip = pytest.mark.skip(reason="bubblewrap (bwrap) is not installed: apt-get install bubblewrap")
    for item in items:
        if "sandbox" in item.keywords:
            item.add_marker(skip)


def _run_in_process(language: str, source: str, exercise: str | None = None, suite: str = "hidden",
                    stdin: str | None = None) -> dict[str, Any]:
    from graders.sandbox import run_code

    directory = EXERCISES / exercise if exercise else None
    return run_code(language, source, exercise=directory, suite=suite, stdin=stdin).to_json()


def _run_as_nobody(language: str, source: str, exercise: str | None = None, suite: str = "hidden",
                   stdin: str | None = None) -> dict[str, Any]:
    """The §3.2 CLI run by an unprivileged user with the system Python: the unprivileged mode."""
    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o755)
        submission = Path(folder) / "submission"
        submission.write_text(source)
        command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--inh-caps=-all",
                   "env", "-i", "PATH=/usr/bin:/bin", f"PYTHONPATH={REPO}", "HOME=/tmp", "/usr/bin/python3",
                   "-m", "graders", "run", "--language", language, "--submission", str(submission),
                   "--suite", suite]
        if exercise:
            command += ["--exercise", str(EXERCISES / exercise)]
        if stdin is not None:
            (Path(folder) / "stdin").write_text(stdin)
            command += ["--stdin", str(Path(folder) / "stdin")]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(params=["root", "unprivileged"])
def run(request: pytest.FixtureRequest) -> Runner:
    """Run code through the sandbox in each mode this machine can test."""
    if request.param == "root":
        if os.geteuid() != 0:
            pytest.skip("root mode needs root")
        return _run_in_process
    if os.geteuid() != 0:
        return _run_in_process
    if shutil.which("setpriv") is None or not Path("/usr/bin/python3").exists():
        pytest.skip("unprivileged mode test needs setpriv and /usr/bin/python3")
    probe = subprocess.run(["/usr/bin/python3", "-c", "import yaml"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("the system Python lacks PyYAML (python3-yaml)")
    return _run_as_nobody


@pytest.fixture(autouse=True)
def planted_secret(monkeypatch: pytest.MonkeyPatch) -> str:
    """A secret in the launcher's environment: no submission may ever print it."""
    secret = "quizapp-secret-7f3a9c"
    monkeypatch.setenv("QUIZAPP_SECRET_KEY", secret)
    return secret


@pytest.fixture
def leftovers() -> Callable[[str], list[str]]:
    """The host-side check for daemons that outlived their run."""
    return leftover_processes


def leftover_processes(marker: str) -> list[str]:
    """Host processes whose command line contains `marker` (a daemon that outlived its run)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if marker in cmdline and "pytest" not in cmdline and sys.executable not in cmdline:
            found.append(f"{entry.name}: {cmdline}")
    return found
