"""Enter a run's cgroup, rlimits and uid through small exec'd tools instead of a Python pre-exec hook.

A `preexec_fn` forces a real fork() of the app process (several ms for a 70 MB process, paid on every cold
run); without one, subprocess uses vfork(). The same three steps then happen in the child, in the same order:
`sh` (still root) writes its own pid into the cgroup's `cgroup.procs`, `prlimit` lowers the rlimits, `setpriv`
drops to the slot's uid and gid with no supplementary groups, and bubblewrap is exec'd last. Each step fails
closed (exit 125, or the tool's own error) and the probe still checks the result. When a tool is missing the
launcher keeps the pre-exec hook.
"""

from __future__ import annotations

import resource
import shutil

from graders.sandbox.cgroups import RunCgroup
from graders.sandbox.slots import Slot

TOOLS = {name: shutil.which(name, path="/usr/bin:/bin") for name in ("sh", "prlimit", "setpriv")}
# Join every hierarchy given (count first), then exec the rest; nothing here comes from a submission. dash
# exports PWD: unset, or bubblewrap's PID 1 would show the app's folder in /proc/1/environ.
JOIN = ('unset PWD OLDPWD; n=$1; shift; '
        'while [ "$n" -gt 0 ]; do echo $$ > "$1" || exit 125; shift; n=$((n - 1)); done; exec "$@"')
OPTION = {resource.RLIMIT_CPU: "--cpu", resource.RLIMIT_FSIZE: "--fsize", resource.RLIMIT_NOFILE: "--nofile",
          resource.RLIMIT_CORE: "--core", resource.RLIMIT_NPROC: "--nproc", resource.RLIMIT_AS: "--as"}


def available() -> bool:
    """Whether sh, prlimit and setpriv are installed (util-linux and dash on Debian)."""
    return all(TOOLS.values())


def prefix(cgroup: RunCgroup | None, slot: Slot, rlimits: list[tuple[int, int, int]], drop: bool) -> list[str]:
    """The argv to put before bubblewrap's: join `cgroup`, apply `rlimits`, then (if `drop`) become the slot."""
    argv: list[str] = []
    if cgroup is not None:
        files = cgroup.procs_files
        argv += [str(TOOLS["sh"]), "-c", JOIN, "sh", str(len(files)), *files]
    argv += [str(TOOLS["prlimit"]), *(f"{OPTION[kind]}={soft}:{hard}" for kind, soft, hard in rlimits), "--"]
    if drop:
        argv += [str(TOOLS["setpriv"]), f"--reuid={slot.uid}", f"--regid={slot.gid}", "--clear-groups", "--"]
    return argv
