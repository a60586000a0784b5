"""Host-side directories of one run: a read-only staging folder (`/in`) and, in root mode, a capped tmpfs (`/work`).

In root mode `/work` is a fresh tmpfs mounted on the host with a size and an inode cap, owned by the slot's uid,
so the grader can collect the resulting files after every process of the run is dead. In unprivileged mode
bubblewrap makes a size-capped tmpfs itself (it cannot cap inodes; the memory limit bounds them).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
from pathlib import Path

MS_NOSUID, MS_NODEV, MS_NOEXEC = 2, 4, 8
MNT_DETACH = 2
_libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def mount_work_tmpfs(target: Path, *, size_mb: int, inodes: int, uid: int, gid: int) -> None:
    """Mount a fresh, capped tmpfs at `target` owned by the slot's uid (root mode only)."""
    target.mkdir(mode=0o700, exist_ok=True)
    options = f"size={size_mb}m,nr_inodes={inodes},mode=0700,uid={uid},gid={gid}".encode()
    if _libc.mount(b"tmpfs", str(target).encode(), b"tmpfs", MS_NOSUID | MS_NODEV, options) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"cannot mount the work tmpfs: {os.strerror(errno)}")


def unmount(target: Path) -> None:
    """Detach the work tmpfs (its content vanishes with it)."""
    while os.path.ismount(target):
        if _libc.umount2(str(target).encode(), MNT_DETACH) != 0:
            break


def make_staging(
    slot_dir: Path, files: dict[str, bytes], trees: dict[str, Path], owner_uid: int, owner_gid: int
) -> Path:
    """Write the run's input files (and copies of file trees) into a fresh folder readable by the slot only."""
    staging = slot_dir / "in"
    remove_tree(staging)
    staging.mkdir(mode=0o700)
    for name, data in files.items():
        path = staging / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    for name, source in trees.items():
        shutil.copytree(source, staging / name, symlinks=True)
    if os.geteuid() == 0:
        for dirpath, dirnames, filenames in os.walk(staging):
            for name in [*dirnames, *filenames]:
                os.chown(os.path.join(dirpath, name), owner_uid, owner_gid, follow_symlinks=False)
        os.chown(staging, owner_uid, owner_gid)
    return staging


def remove_tree(path: Path) -> None:
    """Remove a staging folder left by an earlier run, never following links out of it."""
    if path.is_symlink():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)
    with contextlib.suppress(FileNotFoundError):
        path.rmdir()
