"""The bubblewrap command line: every namespace, no network, minimal read-only binds, an empty environment."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graders.sandbox.launcher import LaunchSpec

BWRAP = shutil.which("bwrap", path="/usr/bin:/usr/local/bin:/bin") or "/usr/bin/bwrap"
INSIDE_UID = 1000
# Only the system's programs and libraries: never /etc (beyond a synthetic passwd), /home, /root, /run, /var
# or the app's folder. The JVM finds its configuration through links into /etc/java-*.
SYSTEM_BINDS = ("/usr",)
OPTIONAL_BINDS = ("/etc/java-17-openjdk", "/etc/alternatives", "/etc/ld.so.cache", "/etc/localtime")


def build(spec: LaunchSpec, staging: Path, host_work: Path | None) -> list[str]:
    """Return bwrap's argv; `host_work` is the root mode's capped tmpfs, else bwrap makes its own."""
    argv = [BWRAP, "--unshare-all", "--unshare-user", "--disable-userns", "--die-with-parent", "--new-session",
            "--hostname", "sandbox", "--uid", str(INSIDE_UID), "--gid", str(INSIDE_UID)]
    for path in SYSTEM_BINDS:
        argv += ["--ro-bind", path, path]
    for path in OPTIONAL_BINDS:
        argv += ["--ro-bind-try", path, path]
    argv += ["--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
             "--symlink", "usr/sbin", "/sbin"]
    argv += ["--proc", "/proc", "--dev", "/dev",
             "--size", str(8 * 1024 * 1024), "--tmpfs", "/tmp",
             "--ro-bind", str(staging), "/in",
             "--ro-bind", str(staging / "etc-passwd"), "/etc/passwd",
             "--ro-bind", str(staging / "etc-group"), "/etc/group"]
    for host, inside in spec.ro_binds:
        argv += ["--ro-bind", host, inside]
    for host, inside in spec.rw_binds:
        argv += ["--bind", host, inside]
    if host_work is not None:
        argv += ["--bind", str(host_work), "/work"]
    else:
        argv += ["--size", str(spec.limits.work_mb * 1024 * 1024), "--tmpfs", "/work"]
    argv += ["--chdir", "/work", "--clearenv",
             "--setenv", "PATH", "/usr/local/bin:/usr/bin:/bin", "--setenv", "HOME", "/work",
             "--setenv", "LANG", "C.UTF-8", "--setenv", "TMPDIR", "/tmp",
             "--setenv", "QUIZAPP_CHANNEL_FD", "{channel}", "--", *spec.command]
    return argv


PASSWD = b"root:x:0:0:root:/root:/usr/sbin/nologin\nsandbox:x:1000:1000:sandbox:/work:/bin/sh\n" \
         b"nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"
GROUP = b"root:x:0:\nsandbox:x:1000:\nnogroup:x:65534:\n"
