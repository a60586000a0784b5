"""The options a question may give the checker, validated (instructor input is checked too)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from graders.math.errors import MathInputError
from graders.math.limits import MAX_VARIABLES
from graders.math.numeric import Tolerance

CHECKS = ("equivalent", "expanded", "factored")
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)?$")


@dataclass(frozen=True)
class Options:
    """check (equivalent | expanded | factored), declared variables, numeric tolerance."""

    check: str = "equivalent"
    variables: frozenset[str] = frozenset()
    tolerance: Tolerance = field(default_factory=Tolerance)
    feedback: bool = True
    strict_variables: bool = False  # refuse letters the question does not declare (see declared.py)


def read_options(raw: dict[str, Any] | None) -> Options:
    """Validate a question's options; raise MathInputError naming the bad one."""
    raw = dict(raw or {})
    check = raw.pop("check", "equivalent")
    if check not in CHECKS:
        raise MathInputError(f"option check must be one of {', '.join(CHECKS)}, not {check!r}")
    variables = raw.pop("variables", []) or []
    if not isinstance(variables, list | tuple) or len(variables) > MAX_VARIABLES * 4:
        raise MathInputError("option variables must be a list of names")
    for name in variables:
        if not isinstance(name, str) or not _NAME.match(name):
            raise MathInputError(f"option variables: {name!r} is not a variable name")
    tolerance = Tolerance(rtol=_fraction(raw.pop("rtol", None), "rtol"), atol=_fraction(raw.pop("atol", None), "atol"),
                          sigfigs=_count(raw.pop("sigfigs", None), "sigfigs", 1),
                          sigfigs_accuracy=_count(raw.pop("sigfigs_accuracy", None), "sigfigs_accuracy", -1))
    feedback = bool(raw.pop("feedback", True))
    strict = bool(raw.pop("strict_variables", False))
    _check_variable(raw.pop("variable", None), frozenset(variables))
    if raw:
        raise MathInputError(f"unknown option {sorted(raw)[0]!r}")
    return Options(check, frozenset(variables), tolerance, feedback, strict)


def _check_variable(value: Any, declared: frozenset[str]) -> None:
    """The optional "variable" of a factored check (informative only) must at least be readable."""
    if value is None:
        return
    from graders.math.interpret import read_answer

    if not isinstance(value, str):
        raise MathInputError("option variable must be text such as x")
    read_answer(value, "expression", declared)


def _fraction(value: Any, name: str) -> Fraction | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise MathInputError(f"option {name} must be a non-negative number")
    try:
        result = Fraction(str(value))
    except (ValueError, ZeroDivisionError) as error:
        raise MathInputError(f"option {name} must be a non-negative number, not {value!r}") from error
    if result < 0:
        raise MathInputError(f"option {name} must be a non-negative number, not {value!r}")
    return result


def _count(value: Any, name: str, lowest: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= 60:
        raise MathInputError(f"option {name} must be a whole number from {lowest} to 60")
    return value
