"""Both ways of entering a run's cgroup, rlimits and uid (exec'd tools, or the pre-exec hook) isolate alike."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graders.sandbox import exec_chain, prestart, run_code, sandbox_status

pytestmark = pytest.mark.sandbox
SQUARE = Path(__file__).resolve().parents[1] / "fixtures" / "exercises" / "python" / "square"
FORK_BOMB = "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n"
MEMORY_BOMB = "x = []\nwhile True:\n    x.append(bytearray(2**24))\n"


@pytest.fixture(params=["exec-chain", "pre-exec-hook"])
def spawn_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Force one spawn path; the probe is run again under it."""
    if request.param == "exec-chain" and not exec_chain.available():
        pytest.skip("sh, prlimit or setpriv is missing")
    if request.param == "pre-exec-hook":
        monkeypatch.setattr(exec_chain, "available", lambda: False)
    with prestart.bypassed():
        yield request.param
    monkeypatch.undo()
    sandbox_status(refresh=True)


def test_the_probe_passes(spawn_path: str) -> None:
    status = sandbox_status(refresh=True)
    assert status.ok, status.reason


def test_bombs_are_contained(spawn_path: str) -> None:
    assert run_code("python", FORK_BOMB, exercise=SQUARE).status in ("timeout", "runtime_error", "memory")
    assert run_code("python", MEMORY_BOMB, exercise=SQUARE).status in ("memory", "runtime_error")
    assert run_code("python", "def square(x):\n    return x * x\n", exercise=SQUARE).status == "passed"


def test_the_sandbox_has_no_identity_or_environment_of_the_app(spawn_path: str) -> None:
    source = "import os\nprint(os.getuid(), os.getgroups(), repr(open('/proc/1/environ').read()), os.getcwd())\n"
    result = run_code("python", source)
    assert result.status == "ok", result
    assert result.stdout.split() == ["1000", "[]", "''", "/work"]
