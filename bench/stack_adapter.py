"""Translate STACK answer-test fixtures (Maxima syntax) into graders.math checks. Benchmark use only."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from graders.math import preview
from graders.math.vocabulary import CONSTANTS, FUNCTIONS

TESTS = ("AlgEquiv", "Expanded", "FacForm", "SysEquiv", "Sets", "NumRelative", "NumAbsolute", "NumSigFigs")
_INTERVALS = {"oo": ("(", ")"), "oc": ("(", "]"), "co": ("[", ")"), "cc": ("[", "]")}
_DISPLAY = ("remove_numerical_inert", "significantfigures", "displaydp", "dispdp", "dispsf")
_IDENTIFIER = re.compile(r"([A-Za-z][A-Za-z0-9_]*)(\s*\()?")
_LOGIC = {"and", "or", "not", "xor", "xnor", "implies", "nounand", "nounor", "true", "false", "all", "none"}


@dataclass
class Case:
    """One benchmark case: what to pass to graders.math.check."""

    kind: str
    answer: str
    expected: str
    options: dict[str, Any] = field(default_factory=dict)


def _call_args(text: str, start: int) -> tuple[list[str], int]:
    """Split the balanced argument list whose '(' is at start; return (args, index after ')')."""
    depth, args, current = 0, [], ""
    for index in range(start, len(text)):
        char = text[index]
        if char in "([{":
            depth += 1
            if depth == 1:
                continue
        elif char in ")]}":
            depth -= 1
            if depth == 0:
                args.append(current)
                return args, index + 1
        elif char == "," and depth == 1:
            args.append(current)
            current = ""
            continue
        current += char
    return [*args, current], len(text)


def _rewrite_calls(text: str, name: str, rewrite: Any) -> str:
    pattern = re.compile(rf"(?<![A-Za-z0-9_%]){re.escape(name)}\(")
    while (match := pattern.search(text)) is not None:
        args, end = _call_args(text, match.end() - 1)
        text = text[: match.start()] + rewrite(args) + text[end:]
    return text


def translate(text: str) -> str:
    """Maxima spelling to what an applicant would type."""
    text = text.replace("%pi", "pi").replace("%e", "e").replace("%i", "i").replace("#", "!=")
    text = re.sub(r"\bminf\b", "(-inf)", text)
    text = _rewrite_calls(text, "matrix", lambda args: "[" + ",".join(args) + "]")
    for name, (left, right) in _INTERVALS.items():
        text = _rewrite_calls(text, name, lambda a, left=left, right=right: f"{left}{','.join(a)}{right}")
    text = _rewrite_calls(text, "%union", lambda args: "(" + " U ".join(a.strip() for a in args) + ")"
                          if len(args) > 1 else args[0])
    text = _rewrite_calls(text, "displaysci", lambda a: f"({a[0]})*10^({a[2]})")
    for name in _DISPLAY:
        text = _rewrite_calls(text, name, lambda args: f"({args[0]})")
    return re.sub(r"([A-Za-z][A-Za-z0-9]*)\[(\w+)\]", r"\1_\2", text)


def _kind_of(teacher: str, variables: list[str]) -> str:
    stripped = teacher.strip()
    if stripped.startswith("[["):
        return "matrix"
    if preview("equation", stripped, {"variables": variables}).status == "valid":
        return "equation"
    if stripped.startswith("{") or " U " in stripped or (re.match(r"^[\[(][^,]*,[^,]*[\])]$", stripped) and (
            stripped[0] != "[" or stripped[-1] != "]")):
        return "set"
    return "expression"


def _declared(*texts: str) -> list[str]:
    """Every multi-letter name in the row is a variable the 'question' declares."""
    names = set()
    for text in texts:
        for word, call in _IDENTIFIER.findall(text):
            if call or word in _LOGIC or word in FUNCTIONS or word in CONSTANTS:
                continue  # a function the checker does not know stays unknown, and is refused
            if len(word) > 1 and "_" not in word:
                names.add(word)
    return sorted(names)


def _number_option(raw: str, default: float) -> Any:
    if not raw.strip():
        return default
    try:
        return float(raw)
    except ValueError:
        return raw  # the checker must refuse it


def to_case(row: dict[str, Any]) -> Case:
    """The check that corresponds to one STACK fixture row."""
    test, student, teacher = row["test"], translate(row["student"]), translate(row["teacher"])
    options: dict[str, Any] = {"variables": _declared(student, teacher)}
    raw = row["options"].strip()
    if test == "Expanded":
        return Case("expression", student, student, {**options, "check": "expanded"})
    if test == "FacForm":
        return Case("expression", student, teacher, {**options, "check": "factored", "variable": translate(raw)})
    if test == "SysEquiv":
        return Case("equation", student, teacher, options)
    if test == "Sets":
        return Case("set", student, teacher, options)
    if test == "NumRelative":
        return Case("numeric", student, teacher, {**options, "rtol": _number_option(raw, 0.05)})
    if test == "NumAbsolute":
        return Case("numeric", student, teacher, {**options, "atol": _number_option(raw, 0.05)})
    if test == "NumSigFigs":
        return Case("numeric", student, "0" if teacher == "null" else teacher, {**options, **_sigfigs(raw)})
    if test == "AlgEquiv" and row["options"].strip():
        options["stack_option"] = raw  # unknown to the checker: refused, as STACK refuses a bad option
    return Case(_kind_of(teacher, options["variables"]), student, teacher, options)


def _sigfigs(raw: str) -> dict[str, Any]:
    match = re.fullmatch(r"\[\s*(-?\d+)\s*,\s*(-?\d+)\s*\]|(\d+)", raw)
    if not match:
        return {"sigfigs": raw}
    if match.group(3):
        return {"sigfigs": int(match.group(3))}
    return {"sigfigs": int(match.group(1)), "sigfigs_accuracy": int(match.group(2))}
