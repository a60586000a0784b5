"""Sandboxes started ahead of need: each still serves exactly one run, and a dead spare is never used."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from graders.sandbox import RunResult, prestart, run_code

pytestmark = pytest.mark.sandbox
REPO = Path(__file__).resolve().parents[2]
FIB = REPO / "tests" / "fixtures" / "exercises" / "python" / "fib"
# Each run reports (as the value of fib) whether it found a trace of an earlier run in its sandbox.
TRACE = """
import os
FOUND = [p for p in ('/tmp/trace', '/work/trace') if os.path.exists(p)]
for p in ('/tmp/trace', '/work/trace'):
    open(p, 'w').close()
def fib(n):
    return 'seen ' + ','.join(FOUND) if FOUND else 'fresh'
"""


@pytest.fixture
def prestarting() -> Iterator[None]:
    """Prestarting on (the default of a long-lived process), whatever the environment says."""
    prestart.set_enabled(True)
    yield
    prestart.set_enabled(True)


def _got(result: RunResult) -> set[str]:
    return {t.message for t in result.tests}


def test_every_run_gets_a_fresh_sandbox(prestarting: None) -> None:
    for _ in range(3):
        result = run_code("python", TRACE, exercise=FIB, suite="visible")
        assert _got(result) == {'expected 0, got "fresh"', 'expected 1, got "fresh"', 'expected 13, got "fresh"'}
        assert prestart.wait_for_spares(1, timeout_s=30)  # the next run is served by a prestarted sandbox


def test_a_spare_that_died_while_waiting_is_never_handed_a_job(prestarting: None) -> None:
    right = (FIB / "solution.py").read_text()
    assert run_code("python", right, exercise=FIB).status == "passed"
    assert prestart.wait_for_spares(1, timeout_s=30)
    for pid in prestart.spare_pids():
        os.killpg(pid, signal.SIGKILL)
    assert run_code("python", right, exercise=FIB).status == "passed"


def test_prestarted_and_cold_runs_grade_the_same(prestarting: None) -> None:
    wrong = (FIB / "wrong" / "off_by_one.py").read_text()
    run_code("python", wrong, exercise=FIB, suite="visible")
    assert prestart.wait_for_spares(1, timeout_s=30)
    warm = run_code("python", wrong, exercise=FIB, suite="visible")
    prestart.set_enabled(False)
    cold = run_code("python", wrong, exercise=FIB, suite="visible")
    assert warm.status == cold.status == "failed"
    assert warm.tests == cold.tests


def test_a_spare_killed_as_its_job_arrives_is_replaced_by_a_new_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    # The kill can land after the liveness check, once the spare has acknowledged its job: bubblewrap then ends
    # by a signal that no limit of ours sent. Simulated here, since the real window is a few microseconds wide.
    from types import SimpleNamespace

    from graders.sandbox.launcher import LaunchSpec, RawRun
    from graders.sandbox.limits import Limits

    spec = LaunchSpec(command=["true"])
    killed = RawRun(137, b"", b"", prestart.JOB_RECEIVED, 5, 1, 1000, signalled=True)
    good = RawRun(0, b"ok", b"", prestart.JOB_RECEIVED + b'{"kind":"done"}\n', 5, 1, 1000)
    spare = SimpleNamespace(proc=SimpleNamespace(poll=lambda: None))  # alive when checked
    handed: list[object] = []
    monkeypatch.setattr(prestart, "finish", lambda started, job, limits: handed.append(started) or (
        killed if started is spare else good))
    monkeypatch.setattr(prestart, "start", lambda _spec: "a new sandbox")
    monkeypatch.setattr(prestart, "_request", lambda _spec: None)
    prestart.set_enabled(True)
    prestart._ready[prestart._key(spec)] = spare
    run = prestart.run(spec, b"job", Limits())
    assert handed == [spare, "a new sandbox"] and run.stdout == b"ok"
    # A sandbox our own wall limit killed is a result, not a reason to run the code again.
    prestart._ready[prestart._key(spec)] = spare
    monkeypatch.setattr(prestart, "finish", lambda started, job, limits: handed.append(started) or (
        RawRun(None, b"", b"", prestart.JOB_RECEIVED, 5, 1, 1000, timed_out=True, signalled=True)))
    handed.clear()
    assert prestart.run(spec, b"job", Limits()).timed_out and handed == [spare]


@pytest.mark.skipif(os.geteuid() != 0, reason="work tmpfs mounts exist only in root mode")
def test_a_process_that_exits_leaves_no_spare_mounted_behind() -> None:
    # A child process runs code, keeps a spare sandbox ready and exits. It prints the spare's pid and the host
    # tmpfs mounted as the spare's /work (read from bubblewrap's command line): neither may outlive it.
    script = f"""
import time
from pathlib import Path
from graders.sandbox import prestart, run_code
run_code('python', 'def fib(n):\\n    return n\\n', exercise={str(FIB)!r}, suite='visible')
assert prestart.wait_for_spares(1, 30)
pid = prestart.spare_pids()[0]
for _ in range(500):  # the spare may still be between the execs that lead to bubblewrap (cmdline empty then)
    args = Path(f'/proc/{{pid}}/cmdline').read_text().split(chr(0))
    works = [args[i + 1] for i, a in enumerate(args[:-2]) if a == '--bind' and args[i + 2] == '/work']
    if works:
        break
    time.sleep(0.01)
print(pid, works[0])
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QUIZAPP_SANDBOX_PRESTART": "1"}, cwd=REPO)
    assert done.returncode == 0, done.stderr
    spare, work = done.stdout.split()
    assert not Path(f"/proc/{spare}").exists()
    mounted = {line.split()[1] for line in Path("/proc/mounts").read_text().splitlines()}
    assert work not in mounted, f"the exited process left its spare's work tmpfs {work} mounted"
