"""What applicants type is read the way a teacher would read it, and bad input is named precisely."""

from __future__ import annotations

import contextlib

import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st

from graders.math import preview
from graders.math.errors import MathInputError
from graders.math.interpret import read_answer

x, y, r, theta = sympy.symbols("x y r theta")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("2x", 2 * x),
        ("x(x+1)", x * (x + 1)),
        ("2sin(x)cos(x)", 2 * sympy.sin(x) * sympy.cos(x)),
        ("pi r^2", sympy.pi * r**2),
        ("x²+√2", x**2 + sympy.sqrt(2)),
        ("π·x × 2 − 1", 2 * sympy.pi * x - 1),
        ("|x-1|", sympy.Abs(x - 1)),
        ("e^(i pi)", -1),
        ("ln(x)+log(x)", 2 * sympy.log(x)),
        ("log(8, 2)", 3),
        ("5!", 120),
        ("x**2", x**2),
        ("-x^2", -(x**2)),
        ("2^-1", sympy.Rational(1, 2)),
        ("sin^2(x)", sympy.sin(x) ** 2),
        ("0.5x", x / 2),
    ],
)
def test_typed_expressions_mean_what_a_teacher_reads(typed: str, meant: sympy.Expr) -> None:
    assert sympy.simplify(read_answer(typed, "expression").value - meant) == 0


def test_declared_names_are_read_whole_and_juxtaposed_names_multiply() -> None:
    declared = frozenset({"x", "y", "theta"})
    assert read_answer("xy + theta", "expression", declared).value == x * y + theta


@pytest.mark.parametrize(
    ("typed", "named"),
    [("ln*x", "ln is a function, write ln(x)"), ("sinx", "sin(x)"), ("theta", "'theta'"),
     ("x-1)^2", "')'"), ("2 3", "two numbers"), ("1/0", "division by zero"), ("", "empty")],
)
def test_errors_name_the_offending_token(typed: str, named: str) -> None:
    with pytest.raises(MathInputError) as caught:
        read_answer(typed, "expression")
    assert named in str(caught.value)


def test_error_message_gives_the_position() -> None:
    with pytest.raises(MathInputError) as caught:
        read_answer("x + ln*x", "expression")
    assert caught.value.position == 4
    assert "position 5" in str(caught.value)


def test_preview_shows_latex_or_the_precise_error() -> None:
    shown = preview("expression", "x^2/(2x)")
    assert shown.status == "valid"
    assert shown.latex is not None and r"\frac" in shown.latex
    refused = preview("expression", "sinx")
    assert refused.status == "invalid" and "sin(x)" in refused.message and refused.latex is None


def test_answer_of_another_kind_is_refused_naming_the_expected_form() -> None:
    assert "expected a set" in preview("set", "[1,2,3]").message
    assert "expected a set" in preview("set", "x > 1").message
    assert "expected an equation" in preview("equation", "2x+1").message


def test_decimal_comma_in_numeric_answers() -> None:
    assert read_answer("3,25", "numeric").value == sympy.Rational(13, 4)


_ALPHABET = ["x", "y", "2", "0", ".", ",", "(", ")", "[", "]", "{", "}", "|", "^", "*", "/", "+", "-", "!", "=",
             "<", ">", "√", "²", "π", "e", "i", "pi", "sin", "ln", "sqrt", "U", "_", "1e9", "9^9", "inf", " ", ";",
             "12"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=40))
def test_parser_raises_only_its_own_error(pieces: list[str]) -> None:
    text = "".join(pieces)
    for kind in ("expression", "set", "equation", "numeric", "matrix"):
        with contextlib.suppress(MathInputError):
            read_answer(text, kind)


@settings(max_examples=200, deadline=1000)  # the parser answers within its limit, even on arbitrary text
@given(st.text(max_size=300))
def test_parser_answers_quickly_on_any_text(text: str) -> None:
    assert preview("expression", text).status in ("valid", "invalid")


def test_unicode_digits_other_than_ascii_are_refused_not_crashed() -> None:
    from graders.math import check

    for text in (".²", "٣", "x + ٣"):
        result = check("expression", text, "1")
        assert result.status == "invalid" and "is not a symbol we understand" in result.message


def test_messages_carry_their_template_for_translation_but_the_json_is_unchanged() -> None:
    from graders.math import preview

    result = preview("expression", "2x +")
    assert result.message == "the answer ends too early (at position 5)"
    assert result.wording is not None and result.wording.template == "the answer ends too early"
    assert result.wording.english() == result.message
    assert set(result.to_json("q")) == {"id", "status", "correct", "score", "message", "latex", "tags"}


def test_preview_against_the_expected_form_refuses_a_list_for_a_number() -> None:
    from graders.math import check, preview

    assert preview("numeric", "(74.8, 91.2)").status == "valid"  # a pair is a readable answer in general
    refused = preview("numeric", "(74.8, 91.2)", expected="91.2")
    assert refused.status == "invalid" and refused.message == "expected a number, but this is a list"
    assert check("numeric", "(74.8, 91.2)", "91.2").message == refused.message  # what grading would say
    assert preview("numeric", "91.2", expected="91.2").status == "valid"
    assert preview("numeric", "[1, 2]", expected="[1, 2]").status == "valid"


def test_a_wrong_form_is_located_only_inside_a_larger_answer() -> None:
    from graders.math import preview

    # The whole answer is of the wrong kind: no position (the slash of 1/2 is not the mistake).
    assert preview("set", "1/2").message == (
        "expected a set such as {1,2} or an interval such as [0,1), but this is an expression"
    )
    # One part of a larger answer is: its position says which.
    assert preview("set", "(1,2) U 3").message.endswith("but this is an expression (at position 9)")
    assert preview("equation", "x=1, 2").message.endswith("(at position 6)")
