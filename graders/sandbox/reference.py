"""Expected values: from `expected:` in exercise.yaml, else from the reference solution run on its own.

Reference (and wrong-solution) observations are cached by a digest of everything that shapes them, in memory
and on disk, so the applicant's run is a single sandbox launch. They are only ever compared outside.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path
from typing import Any

from graders.sandbox.exercise import Exercise, TestCase
from graders.sandbox.harness.valuecodec import encode
from graders.sandbox.observe import Observation, observe
from graders.sandbox.runners import HARNESS_DIR
from graders.sandbox.slots import state_dir

_memory: dict[str, list[dict[str, Any] | None]] = {}
_lock = threading.Lock()


class ReferenceError_(RuntimeError):
    """The exercise's own reference solution does not run cleanly: the exercise is broken, not the applicant."""


def _digest(exercise: Exercise, source: Path, tests: tuple[TestCase, ...]) -> str:
    parts = [exercise.language.encode(), source.read_bytes(), repr(tests).encode(), repr(exercise.limits).encode()]
    parts += [p.read_bytes() for p in sorted(HARNESS_DIR.iterdir()) if p.is_file()]
    for tree in sorted({t.tree for t in tests if t.tree}):
        for path in sorted((exercise.directory / tree).rglob("*")):
            parts.append(str(path.relative_to(exercise.directory)).encode())
            if path.is_file() and not path.is_symlink():
                parts.append(path.read_bytes())
            parts.append(oct(path.lstat().st_mode).encode())
    return hashlib.sha256(b"\0".join(parts)).hexdigest()


def observed(exercise: Exercise, source: Path, tests: tuple[TestCase, ...]) -> list[dict[str, Any] | None]:
    """Per-test observations of a trusted solution file (reference or wrong), cached."""
    key = _digest(exercise, source, tests)
    with _lock:
        if key in _memory:
            return _memory[key]
    cache_file = state_dir() / "expected" / f"{key}.json"
    try:
        records = json.loads(cache_file.read_text())
    except (OSError, ValueError):
        records = _observe_and_store(exercise, source, tests, cache_file)
    with _lock:
        _memory[key] = records
    return records


def _observe_and_store(exercise: Exercise, source: Path, tests: tuple[TestCase, ...],
                       cache_file: Path) -> list[dict[str, Any] | None]:
    observation: Observation = observe(exercise, source.read_text(encoding="utf-8"), tests)
    records = observation.records
    if source == exercise.solution and (observation.problem or any(r is None for r in records)):
        detail = observation.message or (observation.runs[-1].stderr.decode(errors="replace")[-1500:]
                                         if observation.runs else "")
        raise ReferenceError_(f"{source}: the reference solution failed ({observation.problem}): {detail}")
    cache_file.parent.mkdir(mode=0o700, exist_ok=True)
    temporary = cache_file.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(json.dumps(records))
    temporary.replace(cache_file)
    return records


def expected_records(exercise: Exercise, tests: tuple[TestCase, ...]) -> list[dict[str, Any] | None]:
    """The expected observation of each test: the YAML's `expected` when given, else the reference's."""
    if all(t.has_expected for t in tests):
        return [{"kind": "value", "value": encode(t.expected)} for t in tests]
    records = observed(exercise, exercise.solution, tests)
    return [{"kind": "value", "value": encode(t.expected)} if t.has_expected else r
            for t, r in zip(tests, records, strict=True)]
