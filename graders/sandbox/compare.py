"""Comparison outside the sandbox: tagged values (Python/Java), standard output and file states (Unix)."""

from __future__ import annotations

import json
import math
from typing import Any


def _canonical(value: Any) -> Any:
    """Order-free containers (sets, dicts) sorted so equal values compare equal."""
    if isinstance(value, list):
        return [_canonical(v) for v in value]
    if isinstance(value, dict):
        if "__set__" in value and isinstance(value["__set__"], list):
            items = [_canonical(v) for v in value["__set__"]]
            return {"__set__": sorted(items, key=lambda v: json.dumps(v, sort_keys=True))}
        if "__dict__" in value and isinstance(value["__dict__"], list):
            pairs = [[_canonical(p[0]), _canonical(p[1])] for p in value["__dict__"] if isinstance(p, list)
                     and len(p) == 2]
            return {"__dict__": sorted(pairs, key=lambda p: json.dumps(p[0], sort_keys=True))}
        return {k: _canonical(v) for k, v in value.items()}
    return value


def values_equal(expected: Any, actual: Any, tolerance: float, unordered: bool = False) -> bool:
    """Whether two tagged values are equal; floats within `tolerance` (relative or absolute)."""
    expected, actual = _canonical(expected), _canonical(actual)
    if unordered and isinstance(expected, list) and isinstance(actual, list):
        key = lambda v: json.dumps(v, sort_keys=True)  # noqa: E731
        expected, actual = sorted(expected, key=key), sorted(actual, key=key)
    return _equal(expected, actual, tolerance)


def _equal(expected: Any, actual: Any, tolerance: float) -> bool:
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(expected) is type(actual) and expected == actual
    if isinstance(expected, int | float) and isinstance(actual, int | float):
        if isinstance(expected, float) or isinstance(actual, float):
            return math.isclose(expected, actual, rel_tol=tolerance, abs_tol=tolerance)
        return expected == actual
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(
            _equal(e, a, tolerance) for e, a in zip(expected, actual, strict=True))
    if isinstance(expected, dict) and isinstance(actual, dict):
        return expected.keys() == actual.keys() and all(_equal(expected[k], actual[k], tolerance) for k in expected)
    return type(expected) is type(actual) and expected == actual


def show(value: Any, limit: int = 200) -> str:
    """A short, readable rendering of a tagged value for a visible test's message."""
    text = _render(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _render(value: Any) -> str:
    if isinstance(value, dict):
        if "__tuple__" in value:
            items = [_render(v) for v in value["__tuple__"]]
            return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
        if "__set__" in value:
            return "{" + ", ".join(_render(v) for v in value["__set__"]) + "}" if value["__set__"] else "set()"
        if "__dict__" in value:
            return "{" + ", ".join(f"{_render(k)}: {_render(v)}" for k, v in value["__dict__"]) + "}"
        for tag in ("__repr__", "__bigint__", "__float__"):
            if tag in value:
                return str(value[tag])
    if isinstance(value, list):
        return "[" + ", ".join(_render(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def stdout_equal(expected: str, actual: str, rule: str) -> bool:
    """Compare standard output under an exercise's rule (exact, strip, lines, sorted_lines, ignore)."""
    if rule == "ignore":
        return True
    if rule == "exact":
        return expected == actual
    if rule == "strip":
        return expected.strip() == actual.strip()
    exp_lines = [line.rstrip() for line in expected.strip().splitlines()]
    act_lines = [line.rstrip() for line in actual.strip().splitlines()]
    return sorted(exp_lines) == sorted(act_lines) if rule == "sorted_lines" else exp_lines == act_lines


def file_differences(expected: dict, actual: dict, paths: tuple[str, ...], modes: bool) -> list[str]:
    """What differs between two collected file states; `paths` ("*" = all) limits the check."""
    wanted = sorted(set(expected) | set(actual)) if paths == ("*",) else list(paths)
    problems: list[str] = []
    for path in wanted:
        exp, act = expected.get(path), actual.get(path)
        if exp is None and act is None:
            continue
        if exp is None:
            problems.append(f"{path} should not exist")
        elif act is None:
            problems.append(f"{path} is missing")
        elif exp.get("type") != act.get("type"):
            problems.append(f"{path} should be a {exp.get('type')}, found a {act.get('type')}")
        elif exp.get("sha256") != act.get("sha256") or exp.get("target") != act.get("target"):
            problems.append(f"{path} has different content")
        elif modes and exp.get("mode") != act.get("mode"):
            problems.append(f"{path} has permissions {act.get('mode')}, expected {exp.get('mode')}")
    return problems
