"""The start-up probe: the mode is reported, and without isolation every run is refused (fail closed)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from graders.sandbox import probe, run_code, sandbox_status

pytestmark = pytest.mark.sandbox
REPO = Path(__file__).resolve().parents[2]


def test_probe_reports_the_mode_of_this_process() -> None:
    status = sandbox_status(refresh=True)
    assert status.ok, status.reason
    assert status.mode == ("root" if os.geteuid() == 0 else "unprivileged")


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None, reason="needs root to become nobody")
def test_unprivileged_user_gets_the_contained_unprivileged_mode() -> None:
    code = "from graders.sandbox import sandbox_status; s = sandbox_status(); print(s.mode, s.ok)"
    done = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "env", "-i",
                           f"PYTHONPATH={REPO}", "/usr/bin/python3", "-c", code],
                          capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["unprivileged", "True"]


def test_without_bubblewrap_runs_are_refused_never_bare(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(probe.shutil, "which", lambda *args, **kwargs: None)
    try:
        status = sandbox_status(refresh=True)
        assert (status.mode, status.ok) == ("unavailable", False) and "bwrap" in status.reason
        result = run_code("python", "print('ran bare')\n")
        assert result.status == "rejected" and "ran bare" not in result.stdout
        assert "disabled" in result.stderr
    finally:
        monkeypatch.undo()
        sandbox_status(refresh=True)
