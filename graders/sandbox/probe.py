"""The start-up probe: prove the sandbox starts and isolates, or say why not (runs are then refused)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from graders.sandbox.result import SandboxStatus

_cached: SandboxStatus | None = None
_lock = threading.Lock()
PROBE = (
    "import os\n"
    "open('/probe/made-inside', 'w').close()\n"
    "print('caps', [l.split()[1] for l in open('/proc/self/status') if l.startswith('CapEff')][0])\n"
    "print('environ', len(open('/proc/1/environ').read()))\n"
    "print('net', sorted(os.listdir('/sys/class/net')) if os.path.isdir('/sys/class/net') else [])\n"
    "print('app-visible', os.path.exists('/work/main') or os.path.exists('/root'))\n"
)


def _probe() -> SandboxStatus:
    from graders.sandbox.launcher import LaunchSpec, launch

    mode = "root" if os.geteuid() == 0 else "unprivileged"
    if shutil.which("bwrap", path="/usr/bin:/usr/local/bin:/bin") is None:
        return SandboxStatus("unavailable", False, "bubblewrap (bwrap) is not installed: apt-get install bubblewrap")
    _compile_harness()
    probe_dir = Path(tempfile.mkdtemp(prefix="quizapp-probe-"))
    try:
        os.chmod(probe_dir, 0o777)  # the sandbox's host uid leaves a file here: its owner proves who ran
        run = launch(LaunchSpec(command=["/usr/bin/python3", "-I", "-S", "-c", PROBE],
                                rw_binds=[(str(probe_dir), "/probe")]))
        made = probe_dir / "made-inside"
        owner = made.lstat().st_uid if made.exists() else None
    except OSError as error:
        return SandboxStatus("unavailable", False, f"cannot set up the sandbox ({mode} mode): {error}")
    finally:
        shutil.rmtree(probe_dir, ignore_errors=True)
    lines = dict(line.split(" ", 1) for line in run.stdout.decode(errors="replace").splitlines() if " " in line)
    if run.exit_code != 0 or owner is None:
        detail = run.stderr.decode(errors="replace").strip()[-500:]
        return SandboxStatus("unavailable", False, f"bubblewrap did not start ({mode} mode): {detail}")
    if owner == 0 or lines.get("caps") != "0000000000000000":
        return SandboxStatus("unavailable", False, "the sandbox would run as host root or keep capabilities")
    if lines.get("environ") != "0" or lines.get("app-visible") != "False":
        return SandboxStatus("unavailable", False, "the sandbox sees the launcher's environment or files")
    if lines.get("net", "[]") not in ("[]", "['lo']"):
        return SandboxStatus("unavailable", False, f"the sandbox has network interfaces: {lines['net']}")
    reason = ("root mode: per-slot uid, cgroup limits (memory, pids, CPU), capped tmpfs" if mode == "root" else
              "unprivileged mode: user namespaces and rlimits only (no cgroup: memory and process limits are "
              "per process, not per run)")
    return SandboxStatus(mode, True, reason)


def _compile_harness() -> None:
    """Write the harness's bytecode for the sandbox's interpreter (it cannot write it: /harness is read-only)."""
    from graders.sandbox.runners import HARNESS_DIR, PYTHON

    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run([PYTHON, "-I", "-m", "compileall", "-q", str(HARNESS_DIR)], capture_output=True,
                       timeout=30, check=False)


def sandbox_status(refresh: bool = False) -> SandboxStatus:
    """The cached result of the probe (run once per process, or again with `refresh`)."""
    global _cached
    with _lock:
        if _cached is None or refresh:
            _cached = _probe()
        return _cached
