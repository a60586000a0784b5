"""Resource limits of one sandboxed run, with defaults an exercise may tighten or loosen within bounds."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Every limit applied to a run; the defaults suit a short exercise."""

    wall_s: float = 5.0  # killed after this, whatever it does
    cpu_s: int = 4  # RLIMIT_CPU and the cgroup CPU quota's budget
    memory_mb: int = 256  # cgroup memory (+swap) limit; Java heap derives from it
    pids: int = 64  # cgroup pids.max: stops fork and thread bombs
    output_bytes: int = 64 * 1024  # stdout and stderr each; beyond it the run is killed
    file_bytes: int = 16 * MIB  # RLIMIT_FSIZE
    open_files: int = 64  # RLIMIT_NOFILE
    work_mb: int = 32  # tmpfs size of /work
    work_inodes: int = 2048  # tmpfs inode cap of /work (root mode)
    test_s: float = 2.0  # per-test budget inside the harness

    def merged(self, overrides: dict[str, Any]) -> Limits:
        """Return these limits with an exercise's overrides applied, each clamped to a safe ceiling."""
        ceilings = {"wall_s": 30.0, "cpu_s": 20, "memory_mb": 1024, "pids": 256, "output_bytes": 1024 * 1024,
                    "file_bytes": 64 * MIB, "open_files": 256, "work_mb": 128, "work_inodes": 16384, "test_s": 10.0}
        clean: dict[str, Any] = {}
        for key, value in overrides.items():
            if key not in ceilings:
                raise ValueError(f"unknown limit {key!r} (known: {', '.join(sorted(ceilings))})")
            kind = type(getattr(self, key))
            clean[key] = min(kind(value), kind(ceilings[key]))
            if clean[key] <= 0:
                raise ValueError(f"limit {key!r} must be positive")
        return replace(self, **clean)
