"""Concurrency slots: each concurrent run gets its own unprivileged host uid and work directory.

A distinct uid per slot means one sandbox can never signal, ptrace or read the files of another, even through a
kernel object that escapes the namespaces. Slots are locked with flock so several app processes share them safely.
"""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SLOT_UID_BASE = int(os.environ.get("QUIZAPP_SANDBOX_UID_BASE", "61000"))
SLOT_COUNT = 16
_thread_lock = threading.Lock()
_rotation = itertools.count()


@dataclass(frozen=True)
class Slot:
    """One slot: its index, its host uid/gid (root mode) and its private directory."""

    index: int
    uid: int
    gid: int
    directory: Path


def state_dir() -> Path:
    """The host directory holding slot locks and work mounts (private to the app's user)."""
    if os.geteuid() == 0:
        base = Path("/run/quizapp-sandbox")
    else:
        base = Path(os.environ.get("XDG_RUNTIME_DIR") or "/tmp") / f"quizapp-sandbox-{os.geteuid()}"
    base.mkdir(mode=0o700, exist_ok=True)
    if base.lstat().st_uid != os.geteuid() or not base.is_dir() or base.is_symlink():
        raise OSError(f"{base} is not a private directory of this user")
    os.chmod(base, 0o711 if os.geteuid() == 0 else 0o700)
    return base


@contextlib.contextmanager
def acquire_slot(timeout_s: float = 60.0) -> Iterator[Slot]:
    """Hold a free slot for the duration of a run; wait (bounded) when all are busy."""
    base = state_dir()
    root = os.geteuid() == 0
    end = time.monotonic() + timeout_s
    while True:
        # Rotate the first slot tried: a container whose PID 1 reaps orphans late leaves bubblewrap zombies
        # charged to a slot's pids cgroup and uid for a while; spreading runs keeps any one slot from filling
        first = next(_rotation) % SLOT_COUNT
        for index in [*range(first, SLOT_COUNT), *range(first)]:
            lock_path = base / f"slot-{index}.lock"
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
            try:
                with _thread_lock:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            try:
                uid = SLOT_UID_BASE + index if root else os.geteuid()
                directory = base / f"slot-{index}"
                directory.mkdir(mode=0o711, exist_ok=True)
                yield Slot(index, uid, uid if root else os.getegid(), directory)
                return
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
        if time.monotonic() > end:
            raise TimeoutError("no free sandbox slot")
        time.sleep(0.01)
