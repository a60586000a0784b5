"""Grade one answer in-process. Called inside the time-limited worker (see pool.py)."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

import sympy

from graders.math.declared import check_declared
from graders.math.equivalence import Comparer
from graders.math.errors import MathInputError, Wording
from graders.math.feedback import MESSAGES, mistake_tags
from graders.math.forms import is_expanded, is_factored
from graders.math.interpret import Reading, read_answer
from graders.math.latex import to_latex
from graders.math.numeric import Tolerance, sigfigs_verdict, typed_literal, within
from graders.math.options import Options, read_options
from graders.math.result import CheckResult, graded, invalid, refused
from graders.math.tolerant import has_tolerance, matrices_within, only_openness_differs, sets_within
from graders.math.values import FiniteSetValue, ListValue, describe
from graders.math.wording import N_

_SIMPLIFY_RATIO = 2.5


def preview_answer(kind: str, answer: str, raw_options: dict[str, Any] | None = None,
                   expected: str | None = None) -> CheckResult:
    """Parse only: status "valid" with the LaTeX of the answer, or "invalid" with the precise message.

    With ``expected``, an answer of another form than the expected one (a list where one number is asked) is
    refused here already, with the message grading would give.
    """
    try:
        options = read_options(raw_options)
        reading = read_answer(answer, kind, options.variables)
        if options.strict_variables:
            check_declared(reading.node, options.variables)
        if kind == "numeric" and options.tolerance.sigfigs and typed_literal(reading.node) is None:
            raise MathInputError(N_("type the number in decimal form, e.g. 3.14 or 1.2e-3"))
    except MathInputError as error:
        return refused(error)
    latex = to_latex(reading.node)
    if expected is not None and kind in _FORM_CHECKED:
        try:
            key = read_answer(expected, kind, options.variables)
        except MathInputError:
            key = None  # the question's fault: grading reports it
        if key is not None and (other := _other_form(kind, reading.value, key.value)) is not None:
            return refused(other, latex)
    return CheckResult("valid", None, 0.0, "", latex)


# Kinds whose answers must have the expected answer's form (a number, a list, a matrix) to be graded at all.
_FORM_CHECKED = ("numeric", "expression", "matrix")


def grade_answer(kind: str, answer: str, expected: str, raw_options: dict[str, Any] | None = None) -> CheckResult:
    """Check answer against expected for a question of this kind."""
    try:
        options = read_options(raw_options)
    except MathInputError as error:
        return invalid(f"the question is misconfigured: {error}")
    try:
        reading = read_answer(answer, kind, options.variables)
        if options.strict_variables:
            check_declared(reading.node, options.variables)
    except MathInputError as error:
        return refused(error)
    latex = to_latex(reading.node)
    try:
        key = read_answer(expected, kind, options.variables)
    except MathInputError as error:
        return invalid(f"the question's expected answer cannot be read: {error}", latex)
    if (other := _other_form(kind, reading.value, key.value)) is not None:
        return refused(other, latex)
    if kind == "numeric":
        return _grade_numeric(reading, key, options, latex)
    comparer = Comparer(decimals=reading.has_decimal or key.has_decimal)
    if kind == "matrix" and _shape(reading.value) != _shape(key.value) and None not in (
            _shape(reading.value), _shape(key.value)):
        shape = Wording.of(N_("The expected matrix is %(expected)s; yours is %(given)s."),
                           expected=_shape(key.value), given=_shape(reading.value))
        return graded(False, shape, latex)
    if kind == "matrix" and has_tolerance(options.tolerance):
        correct = matrices_within(reading.value, key.value, options.tolerance)
    elif kind == "set" and has_tolerance(options.tolerance):
        # Piece by piece within the tolerance, or the same set written otherwise ([0,1] U [1,2] for [0,2]).
        correct = sets_within(reading.value, key.value, options.tolerance) or comparer.values(reading.value, key.value)
    else:
        correct = comparer.values(reading.value, key.value)
    if not correct and kind == "set" and only_openness_differs(reading.value, key.value, _ends_tolerance(options)):
        return graded(False, N_("The ends are right; check which ones belong to the set: [ ] includes an end, ( ) or "
                      "]…[ leaves it out."), latex, ("open_closed_ends",))
    if kind != "expression" or not isinstance(key.value, sympy.Expr):
        return graded(correct, "" if correct else N_("Not equivalent to the expected answer."), latex)
    return _grade_expression(reading, key, options, comparer, correct, latex)


def _grade_expression(reading: Reading, key: Reading, options: Options, comparer: Comparer, correct: bool,
                      latex: str) -> CheckResult:
    answer, expected = reading.value, key.value
    if correct and options.check == "expanded" and not is_expanded(reading.node):
        return graded(False, N_("Equivalent, but not expanded: multiply out the brackets."), latex, ("wrong_form",))
    if correct and options.check == "factored" and not is_factored(reading.node):
        return graded(False, N_("Equivalent, but not fully factored."), latex, ("wrong_form",))
    if correct:
        tags = ("not_simplified",) if _looks_unsimplified(answer, expected) else ()
        return graded(True, "", latex, tags)
    tags = mistake_tags(answer, expected, comparer) if options.feedback else ()
    message = " ".join(MESSAGES[t] for t in tags) or N_("Not equivalent to the expected answer.")
    return graded(False, message, latex, tags)


def _shape(value: Any) -> str | None:
    """``"2×3"`` for a matrix value, None for anything else."""
    shape = getattr(value, "shape", None)
    return f"{shape[0]}×{shape[1]}" if isinstance(shape, tuple) and len(shape) == 2 else None


def _ends_tolerance(options: Options) -> Tolerance:
    """The question's tolerance for interval ends, or exact equality when it gives none."""
    return options.tolerance if has_tolerance(options.tolerance) else Tolerance(atol=Fraction(0))


def _other_form(kind: str, answer: Any, expected: Any) -> MathInputError | None:
    """Why an answer of another form than the expected one (a list where a number is asked) cannot be graded,
    for the kinds that require the same form; None when the forms agree."""
    if kind not in _FORM_CHECKED or describe(answer) == describe(expected):
        return None
    numbers = kind == "numeric"
    form = N_("a number") if numbers and isinstance(expected, sympy.Expr) else describe(expected)
    found = N_("a number") if numbers and isinstance(answer, sympy.Expr) else describe(answer)
    return MathInputError(N_("expected %(form)s, but this is %(found)s"), form=form, found=found)


def _looks_unsimplified(answer: sympy.Expr, expected: sympy.Expr) -> bool:
    return sympy.count_ops(answer) > _SIMPLIFY_RATIO * sympy.count_ops(expected) + 4


def _grade_numeric(reading: Reading, key: Reading, options: Options, latex: str) -> CheckResult:
    tolerance = options.tolerance
    answer, expected = reading.value, key.value
    if tolerance.sigfigs:
        literal = typed_literal(reading.node)
        if literal is None or not isinstance(answer, sympy.Expr):
            return refused(MathInputError(N_("type the number in decimal form, e.g. 3.14 or 1.2e-3")), latex)
        correct = sigfigs_verdict(literal, answer, expected, tolerance)
        hint = Wording.of(N_("Give the answer to %(n)s significant figures."), n=tolerance.sigfigs)
        return graded(correct, "" if correct else hint, latex)
    if not has_tolerance(tolerance):
        tolerance = type(tolerance)(rtol=Fraction(1, 10**9))
    if isinstance(answer, ListValue):
        correct = len(answer.items) == len(expected.items) and all(
            within(a, e, tolerance) for a, e in zip(answer.items, expected.items, strict=True))
    elif isinstance(answer, FiniteSetValue):
        correct = all(any(within(a, e, tolerance) for e in expected.items) for a in answer.items) and all(
            any(within(a, e, tolerance) for a in answer.items) for e in expected.items)
    else:
        correct = within(answer, expected, tolerance)
    tags = () if correct or not isinstance(answer, sympy.Expr) else _numeric_tags(answer, expected, tolerance)
    message = " ".join(MESSAGES[t] for t in tags) or N_("Not close enough to the expected value.")
    return graded(correct, "" if correct else message, latex, tags)


def _numeric_tags(answer: sympy.Expr, expected: sympy.Expr, tolerance: Any) -> tuple[str, ...]:
    """Name a wrong number's slip when the numbers themselves show it (each check is a fact, not a guess)."""
    if expected == 0 or answer == 0 or not (answer.is_real and expected.is_real):
        return ()
    if within(answer, -expected, tolerance):
        return ("sign_error",)
    # Only where π is written: between two plain decimals a ratio of 180/π is a coincidence (0.5 against a
    # confidence bound of 28.65), not an angle in the wrong unit.
    written_pi = answer.has(sympy.pi) or expected.has(sympy.pi)
    if written_pi and any(within(answer, expected * f, tolerance) for f in (180 / sympy.pi, sympy.pi / 180)):
        return ("degrees_radians",)
    shift = round(math.log10(abs(float(answer / expected))))
    if 1 <= abs(shift) <= 6 and within(answer, expected * sympy.Integer(10) ** shift, tolerance):
        return ("power_of_ten",)
    if not within(expected, 1 / expected, tolerance) and within(answer, 1 / expected, tolerance):
        return ("reciprocal",)
    return ()
