"""Start one command inside bubblewrap with every limit, read its output with caps, and kill the whole tree.

Root mode drops to the slot's unprivileged uid *before* bubblewrap starts (bwrap run by root with `--uid` still
holds host root), joins a per-run cgroup first, and hands bwrap an empty environment (its PID 1 would otherwise
expose it at /proc/1/environ). Unprivileged mode runs bwrap as the current user with rlimits only.
"""

from __future__ import annotations

import contextlib
import os
import resource
import select
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from graders.sandbox import bwrap_args, exec_chain
from graders.sandbox.cgroups import RunCgroup, create_run_cgroup
from graders.sandbox.limits import Limits
from graders.sandbox.pump import pump
from graders.sandbox.slots import Slot, acquire_slot
from graders.sandbox.workdir import make_staging, mount_work_tmpfs, remove_tree, unmount


@dataclass
class LaunchSpec:
    """What to run: the command inside, staged files for `/in`, host folders to show read-only, limits."""

    command: list[str]
    files: dict[str, bytes] = field(default_factory=dict)
    trees: dict[str, Path] = field(default_factory=dict)
    ro_binds: list[tuple[str, str]] = field(default_factory=list)
    rw_binds: list[tuple[str, str]] = field(default_factory=list)
    stdin: bytes = b""
    limits: Limits = field(default_factory=Limits)
    address_space_mb: int | None = None  # RLIMIT_AS in unprivileged mode (no memory cgroup there)


@dataclass
class RawRun:
    """What came back from the sandbox, before any interpretation."""

    exit_code: int | None
    stdout: bytes
    stderr: bytes
    channel: bytes
    wall_ms: int
    cpu_ms: int
    max_rss_kb: int
    timed_out: bool = False
    oom: bool = False
    output_exceeded: bool = False
    # bubblewrap itself ended by a signal: from a limit enforced here (timed_out, output_exceeded) or from outside.
    # (Code killing itself does not do this: bubblewrap then exits normally with 128 + the signal.)
    signalled: bool = False


def _rlimits(limits: Limits, root: bool, address_space_mb: int | None) -> list[tuple[int, int, int]]:
    nproc = limits.pids if root else limits.pids + _own_process_count()
    values = [
        (resource.RLIMIT_CPU, limits.cpu_s, limits.cpu_s + 1),
        (resource.RLIMIT_FSIZE, limits.file_bytes, limits.file_bytes),
        (resource.RLIMIT_NOFILE, limits.open_files, limits.open_files),
        (resource.RLIMIT_CORE, 0, 0),
        (resource.RLIMIT_NPROC, nproc, nproc),
    ]
    if not root and address_space_mb:
        values.append((resource.RLIMIT_AS, address_space_mb * 1024 * 1024, address_space_mb * 1024 * 1024))
    return values


def _own_process_count() -> int:
    """Processes of this uid already running (RLIMIT_NPROC counts them too in unprivileged mode)."""
    uid = os.getuid()
    count = 0
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                count += entry.stat().st_uid == uid
    return count


def _child_setup(cgroup: RunCgroup | None, slot: Slot, rlimits: list[tuple[int, int, int]]) -> Callable[[], None]:
    """Build the pre-exec step: join the cgroup, set rlimits, then drop to the slot's uid (root mode)."""
    procs_files = cgroup.procs_files if cgroup else []
    drop = os.geteuid() == 0

    def setup() -> None:
        for path in procs_files:
            fd = os.open(path, os.O_WRONLY)
            try:
                os.write(fd, str(os.getpid()).encode())
            finally:
                os.close(fd)
        for kind, soft, hard in rlimits:
            resource.setrlimit(kind, (soft, hard))
        if drop:
            os.setgroups([])
            os.setresgid(slot.gid, slot.gid, slot.gid)
            os.setresuid(slot.uid, slot.uid, slot.uid)
            if os.getuid() == 0 or os.geteuid() == 0:
                os._exit(125)

    return setup


@dataclass
class Started:
    """A sandbox whose process is already running (possibly blocked on its stdin), holding its slot."""

    spec: LaunchSpec
    slot_hold: contextlib.AbstractContextManager[Slot]
    slot: Slot
    cgroup: RunCgroup | None
    staging: Path
    proc: subprocess.Popen[bytes] | None = None
    channel_fd: int = -1
    spawned_at: float = 0.0


def launch(spec: LaunchSpec) -> RawRun:
    """Run `spec` in a fresh sandbox slot and return the raw outcome; nothing of the run survives it."""
    return finish(start(spec))


def start(spec: LaunchSpec) -> Started:
    """Set up a fresh slot (staging, capped tmpfs, cgroup) and start the command in bubblewrap.

    The process starts at once; what it reads from stdin is only sent by `finish`, so a caller may start a
    sandbox ahead of need (see `prestart`) and hand it its job later. The wall limit counts from the hand-over.
    """
    root = os.geteuid() == 0
    hold = acquire_slot()
    slot = hold.__enter__()
    files = {**spec.files, "etc-passwd": bwrap_args.PASSWD, "etc-group": bwrap_args.GROUP}
    started = Started(spec, hold, slot, None, slot.directory / "in")
    try:
        started.staging = make_staging(slot.directory, files, spec.trees, slot.uid, slot.gid)
        work = slot.directory / "work"
        if root:
            unmount(work)
            mount_work_tmpfs(work, size_mb=spec.limits.work_mb, inodes=spec.limits.work_inodes,
                             uid=slot.uid, gid=slot.gid)
            started.cgroup = create_run_cgroup(spec.limits.memory_mb, spec.limits.pids, slot.index)
        _spawn(started, bwrap_args.build(spec, started.staging, work if root else None), root)
    except BaseException:
        discard(started)
        raise
    return started


def spawn_in_slot(spec: LaunchSpec, slot: Slot, cgroup_name: str) -> Started:
    """Start a long-lived sandbox (a service) for a slot the caller owns: its own cgroup, bwrap's own /work."""
    root = os.geteuid() == 0
    files = {**spec.files, "etc-passwd": bwrap_args.PASSWD, "etc-group": bwrap_args.GROUP}
    started = Started(spec, contextlib.nullcontext(slot), slot, None, slot.directory / "in")
    try:
        started.staging = make_staging(slot.directory, files, spec.trees, slot.uid, slot.gid)
        if root:
            started.cgroup = create_run_cgroup(spec.limits.memory_mb, spec.limits.pids, slot.index, cgroup_name)
        _spawn(started, bwrap_args.build(spec, started.staging, None), root)
    except BaseException:
        discard(started, unmount_work=False)
        raise
    return started


def _spawn(started: Started, argv: list[str], root: bool) -> None:
    read_end, write_end = os.pipe()
    started.channel_fd = read_end
    slot, spec = started.slot, started.spec
    if root:  # the JVM reopens the channel through /proc/self/fd, which checks the pipe's owner
        os.fchown(write_end, slot.uid, slot.gid)
    argv = [a.replace("{channel}", str(write_end)) for a in argv]
    rlimits = _rlimits(spec.limits, root, spec.address_space_mb)
    hook = None
    if exec_chain.available():  # no pre-exec hook: subprocess can vfork instead of copying the app
        argv = exec_chain.prefix(started.cgroup, slot, rlimits, drop=root) + argv
    else:
        hook = _child_setup(started.cgroup, slot, rlimits)
    started.spawned_at = time.monotonic()
    try:
        started.proc = subprocess.Popen(
            argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={},
            pass_fds=(write_end,), start_new_session=True, close_fds=True, preexec_fn=hook,
        )
    finally:
        os.close(write_end)


def started_here(started: Started) -> bool:
    """Whether this process started the sandbox (bubblewrap is its child): a forked child holds copies of its
    parent's sandboxes and must leave them alone."""
    if started.proc is None:
        return False
    try:
        stat = Path(f"/proc/{started.proc.pid}/stat").read_text()
    except OSError:
        return False
    return int(stat.rsplit(")", 1)[1].split()[1]) == os.getpid()  # fields after the command name: state, ppid


def finish(started: Started, stdin: bytes | None = None, limits: Limits | None = None) -> RawRun:
    """Hand the sandbox its stdin (default: the spec's), read everything, kill the tree, free the slot.

    `limits` may replace the spec's wall limit and output caps (they are enforced here, not in the kernel).
    """
    proc = started.proc
    assert proc is not None
    limits = limits or started.spec.limits
    handed_over = time.monotonic()
    try:
        streams = pump(proc, started.channel_fd, started.spec.stdin if stdin is None else stdin, limits,
                       handed_over)
        started.channel_fd = -1
        end_tree(proc.pid)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall_ms = int((time.monotonic() - handed_over) * 1000)
        cpu_ms = int((usage.ru_utime + usage.ru_stime) * 1000)
        rss = int(usage.ru_maxrss)
        oom = False
        cgroup = started.cgroup
        if cgroup is not None:
            cgroup.kill_all()
            cpu_ms = max(cpu_ms, cgroup.cpu_ms())
            rss = max(rss, cgroup.max_rss_kb())
            oom = cgroup.oom_killed()
    finally:
        discard(started)
    code = proc.returncode
    return RawRun(
        exit_code=None if streams["timed_out"] else (code if code >= 0 else 128 - code),
        stdout=streams["stdout"], stderr=streams["stderr"], channel=streams["channel"], wall_ms=wall_ms,
        cpu_ms=cpu_ms, max_rss_kb=rss, timed_out=bool(streams["timed_out"]), oom=oom,
        output_exceeded=bool(streams["exceeded"]), signalled=code < 0,
    )


def end_tree(pid: int) -> None:
    """Kill a sandbox's processes, its init first, so that bubblewrap reaps it before being killed itself.

    Killed first, bubblewrap would orphan its init to the host's PID 1, which may reap it late (this
    container's does): until then the zombie counts against the slot's pids cgroup and uid, and after enough
    runs the slot's next sandbox cannot even fork ("Can't fork for pid 1").
    """
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    for child in children:  # unreaped children of our unreaped child: their pids cannot be reused yet
        with contextlib.suppress(ProcessLookupError):
            os.kill(int(child), signal.SIGKILL)
    if children:
        with contextlib.suppress(OSError):
            handle = os.pidfd_open(pid)
            try:
                select.select([handle], [], [], 0.5)  # bubblewrap exits once its init is gone
            finally:
                os.close(handle)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)


def discard(started: Started, unmount_work: bool = True) -> None:
    """Kill whatever is left of the sandbox, remove its directories and release the slot (idempotent)."""
    proc = started.proc
    try:
        if proc is not None and proc.returncode is None:
            end_tree(proc.pid)
            with contextlib.suppress(ChildProcessError):
                proc.wait()
        if proc is not None:
            for stream in (proc.stdin, proc.stdout, proc.stderr):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()
        if started.channel_fd >= 0:
            os.close(started.channel_fd)
            started.channel_fd = -1
        if started.cgroup is not None:
            started.cgroup.kill_all()  # the slot's cgroup is kept for the next run, empty
        if os.geteuid() == 0 and unmount_work:
            unmount(started.slot.directory / "work")
        remove_tree(started.staging)
    finally:
        hold, started.slot_hold = started.slot_hold, contextlib.nullcontext(started.slot)
        hold.__exit__(None, None, None)
