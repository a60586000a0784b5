"""Start one command inside bubblewrap with every limit, read its output with caps, and kill the whole tree.

Root mode drops to the slot's unprivileged uid *before* bubblewrap starts (bwrap run by root with `--uid` still
holds host root), joins a per-run cgroup first, and hands bwrap an empty environment (its PID 1 would otherwise
expose it at /proc/1/environ). Unprivileged mode runs bwrap as the current user with rlimits only.
"""

from __future__ import annotations

import contextlib
import os
import resource
import selectors
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from graders.sandbox import bwrap_args
from graders.sandbox.cgroups import RunCgroup, create_run_cgroup
from graders.sandbox.limits import Limits
from graders.sandbox.slots import Slot, acquire_slot
from graders.sandbox.workdir import make_staging, mount_work_tmpfs, remove_tree, unmount

CHANNEL_CAP = 4 * 1024 * 1024


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


def _child_setup(cgroup: RunCgroup | None, slot: Slot, rlimits: list[tuple[int, int, int]]):  # type: ignore[no-untyped-def]
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


def launch(spec: LaunchSpec) -> RawRun:
    """Run `spec` in a fresh sandbox slot and return the raw outcome; nothing of the run survives it."""
    root = os.geteuid() == 0
    with acquire_slot() as slot:
        files = {**spec.files, "etc-passwd": bwrap_args.PASSWD, "etc-group": bwrap_args.GROUP}
        staging = make_staging(slot.directory, files, spec.trees, slot.uid, slot.gid)
        work = slot.directory / "work"
        cgroup: RunCgroup | None = None
        try:
            if root:
                unmount(work)
                mount_work_tmpfs(work, size_mb=spec.limits.work_mb, inodes=spec.limits.work_inodes,
                                 uid=slot.uid, gid=slot.gid)
                cgroup = create_run_cgroup(spec.limits.memory_mb, spec.limits.pids, slot.index)
            argv = bwrap_args.build(spec, staging, work if root else None)
            return _run(argv, spec, slot, cgroup, root)
        finally:
            if cgroup is not None:
                cgroup.kill_all()  # the slot's cgroup is kept for the next run, empty
            if root:
                unmount(work)
            remove_tree(staging)


def _run(argv: list[str], spec: LaunchSpec, slot: Slot, cgroup: RunCgroup | None, root: bool) -> RawRun:
    read_end, write_end = os.pipe()
    if root:  # the JVM reopens the channel through /proc/self/fd, which checks the pipe's owner
        os.fchown(write_end, slot.uid, slot.gid)
    argv = [a.replace("{channel}", str(write_end)) for a in argv]
    started = time.monotonic()
    try:
        proc = subprocess.Popen(
            argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={},
            pass_fds=(write_end,), start_new_session=True, close_fds=True,
            preexec_fn=_child_setup(cgroup, slot, _rlimits(spec.limits, root, spec.address_space_mb)),
        )
    finally:
        os.close(write_end)
    streams = _pump(proc, read_end, spec, started)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall_ms = int((time.monotonic() - started) * 1000)
    cpu_ms = int((usage.ru_utime + usage.ru_stime) * 1000)
    rss = int(usage.ru_maxrss)
    oom = False
    if cgroup is not None:
        cgroup.kill_all()
        cpu_ms = max(cpu_ms, cgroup.cpu_ms())
        rss = max(rss, cgroup.max_rss_kb())
        oom = cgroup.oom_killed()
    code = proc.returncode
    return RawRun(
        exit_code=None if streams["timed_out"] else (code if code >= 0 else 128 - code),
        stdout=streams["stdout"], stderr=streams["stderr"], channel=streams["channel"], wall_ms=wall_ms,
        cpu_ms=cpu_ms, max_rss_kb=rss, timed_out=bool(streams["timed_out"]), oom=oom,
        output_exceeded=bool(streams["exceeded"]),
    )


def _pump(proc: subprocess.Popen[bytes], channel_fd: int, spec: LaunchSpec, started: float) -> dict:  # type: ignore[type-arg]
    """Feed stdin and read stdout, stderr and the value channel until EOF, the wall limit or an output cap."""
    assert proc.stdin and proc.stdout and proc.stderr
    buffers = {"stdout": bytearray(), "stderr": bytearray(), "channel": bytearray()}
    caps = {"stdout": spec.limits.output_bytes, "stderr": spec.limits.output_bytes, "channel": CHANNEL_CAP}
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ, "stdout")
    selector.register(proc.stderr, selectors.EVENT_READ, "stderr")
    selector.register(channel_fd, selectors.EVENT_READ, "channel")
    pending = memoryview(spec.stdin)
    os.set_blocking(proc.stdin.fileno(), False)
    if pending:
        selector.register(proc.stdin, selectors.EVENT_WRITE, "stdin")
    else:
        proc.stdin.close()
    received = dict.fromkeys(buffers, 0)
    timed_out = exceeded = False
    deadline = started + spec.limits.wall_s
    open_reads = 3
    while open_reads:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            timed_out = True
            break
        for key, _ in selector.select(min(remaining, 0.5)):
            if key.data == "stdin":
                try:
                    pending = pending[os.write(proc.stdin.fileno(), pending[:65536]):]
                except (BrokenPipeError, BlockingIOError):
                    pending = pending[:0]
                if not pending:
                    selector.unregister(proc.stdin)
                    proc.stdin.close()
                continue
            fd = key.fd
            chunk = os.read(fd, 65536)
            if not chunk:
                selector.unregister(key.fileobj)
                open_reads -= 1
                continue
            buffer = buffers[key.data]
            buffer += chunk[: max(0, caps[key.data] - len(buffer))]
            received[key.data] += len(chunk)
            exceeded = exceeded or received[key.data] > caps[key.data]
        if exceeded:
            break
    selector.close()
    with contextlib.suppress(OSError):
        os.killpg(proc.pid, signal.SIGKILL)
    for stream in (proc.stdout, proc.stderr, proc.stdin):
        with contextlib.suppress(OSError):
            stream.close()
    os.close(channel_fd)
    return {**{k: bytes(v) for k, v in buffers.items()}, "timed_out": timed_out, "exceeded": exceeded}
