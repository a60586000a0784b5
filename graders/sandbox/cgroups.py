"""Per-run cgroups (v1 or v2): memory, pids and CPU limits that hold for the whole process tree.

Per-process rlimits do not stop 16 children x 400 MB, and RLIMIT_NPROC is shared by every sandbox of a uid (and
ignored for root): only a cgroup bounds the tree. Root mode refuses to run when no cgroup can be made.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

CGROUP_ROOT = Path("/sys/fs/cgroup")
V1_CONTROLLERS = ("memory", "pids", "cpu", "cpuacct")


def _own_paths() -> dict[str, str]:
    """Map each controller (or "" for the v2 hierarchy) to this process's cgroup path."""
    paths: dict[str, str] = {}
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _, controllers, path = line.split(":", 2)
        for name in controllers.split(",") if controllers else [""]:
            paths[name] = path
    return paths


def _v2_mount() -> Path | None:
    """Return the cgroup2 mount point (unified or pure v2), if any."""
    for line in Path("/proc/self/mounts").read_text().splitlines():
        fields = line.split()
        if len(fields) > 2 and fields[2] == "cgroup2":
            return Path(fields[1])
    return None


@dataclass
class RunCgroup:
    """The cgroup directories of one run; `procs_files` are written by the child before it drops privileges."""

    version: int
    dirs: dict[str, Path]
    oom_baseline: int = 0

    @property
    def procs_files(self) -> list[str]:
        """The `cgroup.procs` files the child must join, one per hierarchy."""
        return sorted({str(d / "cgroup.procs") for d in self.dirs.values()})

    def _read(self, controller: str, name: str) -> str:
        try:
            return (self.dirs[controller] / name).read_text()
        except (OSError, KeyError):
            return ""

    def pids(self) -> list[int]:
        """Every process still in the run's cgroups."""
        found: set[int] = set()
        for directory in set(self.dirs.values()):
            with contextlib.suppress(OSError):
                found.update(int(p) for p in (directory / "cgroup.procs").read_text().split())
        return sorted(found)

    def cpu_ms(self) -> int:
        """CPU time used by the whole tree."""
        if self.version == 1:
            usage = self._read("cpuacct", "cpuacct.usage").strip()
            return int(usage) // 1_000_000 if usage else 0
        for line in self._read("memory", "cpu.stat").splitlines():
            if line.startswith("usage_usec"):
                return int(line.split()[1]) // 1000
        return 0

    def max_rss_kb(self) -> int:
        """Peak memory of the whole tree."""
        name = "memory.max_usage_in_bytes" if self.version == 1 else "memory.peak"
        value = self._read("memory", name).strip()
        return int(value) // 1024 if value.isdigit() else 0

    def oom_kills(self) -> int:
        """How many processes the kernel has killed in this cgroup for hitting the memory limit."""
        name = "memory.oom_control" if self.version == 1 else "memory.events"
        for line in self._read("memory", name).splitlines():
            key, _, value = line.partition(" ")
            if key == "oom_kill" and value.strip().isdigit():
                return int(value)
        return 0

    def oom_killed(self) -> bool:
        """Whether the memory limit was hit during this run."""
        if self.oom_kills() > self.oom_baseline:
            return True
        return self.version == 1 and self._read("memory", "memory.failcnt").strip() not in ("", "0")

    def kill_all(self, deadline_s: float = 2.0) -> bool:
        """SIGKILL every process left and wait until the cgroups are empty; True when they are."""
        if self.version == 2:
            with contextlib.suppress(OSError):
                (self.dirs["memory"] / "cgroup.kill").write_text("1")
        end = time.monotonic() + deadline_s
        while time.monotonic() < end:
            left = self.pids()
            if not left:
                return True
            for pid in left:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            time.sleep(0.002)
        return not self.pids()

    def remove(self) -> None:
        """Delete the run's cgroup directories (after kill_all)."""
        for directory in set(self.dirs.values()):
            with contextlib.suppress(OSError):
                directory.rmdir()


def _write(path: Path, value: str) -> None:
    path.write_text(value)


def create_run_cgroup(memory_mb: int, pids: int, slot_index: int, name: str | None = None) -> RunCgroup:
    """Prepare the slot's cgroup for one run: emptied, limits set, counters reset; OSError if impossible.

    The cgroup is kept per slot rather than made per run: the first process to join a fresh v1 cgroup costs
    about 15 ms (the kernel builds its css_set), later ones a few microseconds.
    """
    name = name or f"quizapp-sbx-slot{slot_index}"
    own = _own_paths()
    limit = str(memory_mb * 1024 * 1024)
    v2 = _v2_mount()
    if v2 is not None and _v2_has(v2, own.get("", "/"), ("memory", "pids", "cpu")):
        directory = v2 / own.get("", "/").lstrip("/") / name
        directory.mkdir(exist_ok=True)
        cgroup = RunCgroup(2, {"memory": directory})
        if not cgroup.kill_all():
            raise OSError(f"{directory} still holds processes of an earlier run")
        try:
            _write(directory / "memory.max", limit)
            _write(directory / "memory.swap.max", "0")
            _write(directory / "pids.max", str(pids))
            _write(directory / "cpu.max", "100000 100000")
        except OSError:
            cgroup.remove()
            raise
        cgroup.oom_baseline = cgroup.oom_kills()
        return cgroup
    dirs: dict[str, Path] = {}
    cgroup = RunCgroup(1, dirs)
    try:
        for controller in V1_CONTROLLERS:
            directory = (CGROUP_ROOT / controller).resolve() / own.get(controller, "/").lstrip("/") / name
            directory.mkdir(exist_ok=True)
            dirs[controller] = directory
        if not cgroup.kill_all():
            raise OSError(f"{name} still holds processes of an earlier run")
        memory = dirs["memory"] / "memory.limit_in_bytes"
        memsw = dirs["memory"] / "memory.memsw.limit_in_bytes"
        # memory <= memory+swap must hold at every step: lower memory first, raise memory+swap first
        steps = [memory, memsw] if int(memory.read_text()) >= int(limit) else [memsw, memory]
        for path in steps:
            if path.exists():
                _write(path, limit)
        _write(dirs["pids"] / "pids.max", str(pids))
        _write(dirs["cpu"] / "cpu.cfs_period_us", "100000")
        _write(dirs["cpu"] / "cpu.cfs_quota_us", "100000")  # at most one core per run
        for counter in ("memory.max_usage_in_bytes", "memory.memsw.max_usage_in_bytes", "memory.failcnt"):
            if (dirs["memory"] / counter).exists():
                _write(dirs["memory"] / counter, "0")
        _write(dirs["cpuacct"] / "cpuacct.usage", "0")
    except OSError:
        cgroup.remove()
        raise
    cgroup.oom_baseline = cgroup.oom_kills()
    return cgroup


def _v2_has(mount: Path | None, own: str, needed: tuple[str, ...]) -> bool:
    """Whether the v2 hierarchy delegates the controllers we need to children of our cgroup."""
    if mount is None:
        return False
    try:
        available = (mount / own.lstrip("/") / "cgroup.subtree_control").read_text().split()
    except OSError:
        return False
    return all(c in available for c in needed)
