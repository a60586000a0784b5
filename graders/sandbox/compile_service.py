"""The Java compile service: one long-lived, confined JVM that compiles submissions and never runs them.

It runs `CompileService` (harness/) in its own bubblewrap sandbox: every namespace and no network, its own host
uid (root mode) and cgroup, `/usr` and the harness JAR read-only, writable only `/out` (the class files) and
its private /tmp. javac runs with `-proc:none`, so no annotation processor, hence no submitted code, executes
there. The class files then run in the normal per-run sandbox. When the service is not ready (starting,
restarting after a crash or a timeout, used by another app process) callers fall back to javac inside the run's
own sandbox. Off with QUIZAPP_JAVA_COMPILE_SERVICE=0 (or `set_enabled(False)`).
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import itertools
import os
import shutil
import struct
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graders.sandbox import prestart
from graders.sandbox.compile_protocol import read_answer, request_frame
from graders.sandbox.launcher import LaunchSpec, Started, discard, spawn_in_slot, started_here
from graders.sandbox.limits import Limits
from graders.sandbox.slots import SLOT_COUNT, SLOT_UID_BASE, Slot, state_dir

WARM_UP_COMPILES = 8
MAX_INSTANCES = 4
TIMEOUT_S = 5.0  # a compile longer than this (exponential generics...) is stopped: the service is restarted
LIMITS = Limits(cpu_s=3600, memory_mb=768, pids=64, open_files=256, work_mb=8, wall_s=1e9)
_lock = threading.Lock()
_jobs = itertools.count(1)
_state: dict = {"enabled": os.environ.get("QUIZAPP_JAVA_COMPILE_SERVICE", "1") != "0", "service": None,
                "starting": False, "lock_fd": None, "instance": 0, "bypass": False}


@dataclass
class Compiled:
    """What the service made of one submission: class files, or why it could not compile it."""

    classes: dict[str, bytes] = field(default_factory=dict)  # relative path -> class file
    error: str | None = None  # the submission itself does not compile
    test_errors: list[str | None] = field(default_factory=list)  # per test: None when it compiled
    timed_out: bool = False


def set_enabled(enabled: bool) -> None:
    """Use the service (True) or always compile inside the run's sandbox (False, stops the service)."""
    _state["enabled"] = enabled
    if not enabled:
        stop()


@contextlib.contextmanager
def bypassed() -> Iterator[None]:
    """Within this block, Java compiles inside the run's sandbox; the service keeps running (benchmarks)."""
    _state["bypass"] = True
    try:
        yield
    finally:
        _state["bypass"] = False


def compile_sources(files: dict[str, bytes], test_count: int) -> Compiled | None:
    """Compile `src/*.java` and `tests/*.java` in the service; None when it is not ready (caller falls back)."""
    if not _state["enabled"] or _state["bypass"]:
        return None
    with _lock:
        service: Started | None = _state["service"]
        if service is None or service.proc is None or service.proc.poll() is not None:
            _start_in_background()
            return None
        job = next(_jobs)
        out = service.slot.directory / "out" / str(job)
        try:
            assert service.proc.stdin is not None and service.proc.stdout is not None
            service.proc.stdin.write(request_frame(job, files))
            service.proc.stdin.flush()
            answer = read_answer(service.proc.stdout.fileno(), job, time.monotonic() + TIMEOUT_S)
        except TimeoutError:
            _stop_locked()
            _start_in_background()
            return Compiled(error="compilation took too long", test_errors=[None] * test_count, timed_out=True)
        except (OSError, ValueError, struct.error):
            _stop_locked()
            _start_in_background()
            return None
        try:
            classes = _collect_classes(out / "classes") if answer.status == 0 else {}
        except (OSError, ValueError):
            return None  # odd output (huge, links...): compile in the run's sandbox, under its limits
        finally:
            shutil.rmtree(out, ignore_errors=True)
    errors = [message or None for message in answer.test_errors]
    return Compiled(classes, answer.message if answer.status else None, errors + [None] * (test_count - len(errors)))


def _collect_classes(folder: Path, max_files: int = 2000, max_bytes: int = 16 * 1024 * 1024) -> dict[str, bytes]:
    """Read the class files the service wrote: regular files only, never through a link, bounded."""
    found: dict[str, bytes] = {}
    total = 0
    for directory, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = [d for d in dirnames if not os.path.islink(os.path.join(directory, d))]
        for name in filenames:
            if not name.endswith(".class") or len(found) >= max_files:
                continue
            fd = os.open(os.path.join(directory, name), os.O_RDONLY | os.O_NOFOLLOW)
            with os.fdopen(fd, "rb") as handle:
                data = handle.read(max_bytes - total + 1)
            total += len(data)
            if total > max_bytes:
                raise ValueError("the compiled classes are too large")
            found[os.path.relpath(os.path.join(directory, name), folder)] = data
    return found


def ensure_started(wait_s: float = 0.0) -> bool:
    """Start the service if needed; wait up to `wait_s` until it answers. True when it is ready."""
    if not _state["enabled"]:
        return False
    end = time.monotonic() + wait_s
    while True:
        with _lock:
            service = _state["service"]
            if service is not None and service.proc is not None and service.proc.poll() is None:
                return True
            _start_in_background()
        if time.monotonic() >= end:
            return False
        time.sleep(0.05)


def service_pid() -> int | None:
    """The host pid of the service's bubblewrap process, when it runs (tests kill it to check the restart)."""
    service = _state["service"]
    return service.proc.pid if service is not None and service.proc is not None else None


def stop() -> None:
    """Stop the service (it is started again on the next compile)."""
    with _lock:
        _stop_locked()


def _stop_at_exit() -> None:
    """At interpreter exit, stop the service cleanly if this process started it (not in a forked child)."""
    with _lock:
        if _state["service"] is not None and started_here(_state["service"]):
            _stop_locked()


atexit.register(_stop_at_exit)


def _stop_locked() -> None:
    service, _state["service"] = _state["service"], None
    if service is not None:
        discard(service)


def _start_in_background() -> None:
    if _state["starting"]:
        return
    _state["starting"] = True
    prestart.on_keeper_thread(_start)


def _start() -> None:
    """Start and warm up the service (on the keeper thread); it becomes visible to callers once warm."""
    from graders.sandbox.runners.java import JAVA_HOME, SAMPLE, TRAINING_TEST, cache, service_flags

    service: Started | None = None
    try:
        if _state["lock_fd"] is None and not _claim_instance():
            return  # every instance is taken by other app processes: they compile in-sandbox
        with _lock:
            _stop_locked()  # before the new one starts: they share the cgroup, which the old one's end empties
        jar, archive = cache()
        slot = _service_slot()
        command = [str(JAVA_HOME / "bin" / "java"), *service_flags(archive), "-cp", "/jcache/harness.jar",
                   "CompileService"]
        spec = LaunchSpec(command=command, limits=LIMITS, ro_binds=[(str(jar.parent), "/jcache")],
                          rw_binds=[(str(slot.directory / "out"), "/out")], address_space_mb=LIMITS.memory_mb + 1536)
        service = spawn_in_slot(spec, slot, cgroup_name=f"quizapp-sbx-javac{_state['instance']}")
        assert service.proc is not None and service.proc.stdin is not None and service.proc.stdout is not None
        files = {"src/Sample.java": SAMPLE.encode(), "tests/QuizTest0.java": TRAINING_TEST.encode()}
        for job in range(-1, -WARM_UP_COMPILES - 1, -1):  # a JVM's first compiles are slow: pay them up front
            service.proc.stdin.write(request_frame(job, files))
            service.proc.stdin.flush()
            read_answer(service.proc.stdout.fileno(), job, time.monotonic() + 30)
            shutil.rmtree(slot.directory / "out" / str(job), ignore_errors=True)
        with _lock:
            _state["service"] = service if _state["enabled"] else None
        if not _state["enabled"]:
            discard(service)
    except (OSError, TimeoutError, ValueError, struct.error):
        if service is not None:
            with contextlib.suppress(Exception):
                discard(service)
    finally:
        _state["starting"] = False


def _claim_instance() -> bool:
    """Lock one of the service instances (one per app process, a few per machine); False when all are taken."""
    for index in range(MAX_INSTANCES):
        fd = os.open(state_dir() / f"javac-service-{index}.lock", os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        _state["lock_fd"], _state["instance"] = fd, index
        return True
    return False


def service_dir() -> Path:
    """This process's service folder; its `out` is the only place the service may write."""
    return state_dir() / f"javac-service-{_state['instance']}"


def _service_slot() -> Slot:
    """The service's own uid (just past the run slots') and folder, with a fresh `out` it alone may write."""
    root = os.geteuid() == 0
    uid = SLOT_UID_BASE + SLOT_COUNT if root else os.geteuid()
    gid = uid if root else os.getegid()
    directory = service_dir()
    directory.mkdir(mode=0o711, exist_ok=True)
    out = directory / "out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(mode=0o700)
    if root:
        os.chown(out, uid, gid)
    return Slot(SLOT_COUNT, uid, gid, directory)
