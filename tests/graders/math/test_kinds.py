"""Each answer kind, checked end to end through the time-limited worker."""

from __future__ import annotations

import pytest

from graders.math import check


def verdict(kind: str, answer: str, expected: str, **options: object) -> bool | None:
    result = check(kind, answer, expected, options)
    assert result.status in ("graded", "invalid"), result
    return result.correct


@pytest.mark.parametrize(
    ("answer", "expected", "same"),
    [("x^2+2x+1", "(x+1)^2", True), ("sqrt(x^2)", "abs(x)", True), ("sqrt(x^2)", "x", False),
     ("cos(x)^2+sin(x)^2", "1", True), ("(a-x)^6000", "(x-a)^6000", True), ("(x-a)^6000", "(x-a)^5999", False),
     ("1/sqrt(x)", "sqrt(1/x)", True), ("(a^b)^c", "a^(b c)", False), ("log(a^2 b)", "2log(a)+log(b)", True),
     ("0.5x", "x/2", True), ("0.333", "1/3", False)],
)
def test_expression_equivalence(answer: str, expected: str, same: bool) -> None:
    assert verdict("expression", answer, expected) is same


def test_expanded_and_factored_forms() -> None:
    assert verdict("expression", "x^2-1", "(x-1)(x+1)", check="expanded") is True
    assert verdict("expression", "(x-1)(x+1)", "x^2-1", check="expanded") is False
    assert verdict("expression", "2(x-3)(x+1)", "2x^2-4x-6", check="factored") is True
    assert verdict("expression", "(2x-6)(x+1)", "2x^2-4x-6", check="factored") is False
    wrong_form = check("expression", "2x^2-4x-6", "2(x-3)(x+1)", {"check": "factored"})
    assert wrong_form.tags == ("wrong_form",)


@pytest.mark.parametrize(
    ("answer", "expected", "tag"),
    [("-(x+1)^2", "(x+1)^2", "sign_error"), ("3x^2", "x^2", "constant_factor"),
     ("ln(x)", "ln(abs(x))", "dropped_abs"), ("sin(30x)", "sin(pi/6 x)", "degrees_radians")],
)
def test_common_slips_are_named(answer: str, expected: str, tag: str) -> None:
    result = check("expression", answer, expected)
    assert result.correct is False and tag in result.tags


def test_degrees_for_radians_is_named_only_where_pi_is_written() -> None:
    assert "degrees_radians" in check("numeric", "30", "pi/6").tags
    assert "degrees_radians" in check("numeric", "pi/6", "30").tags
    # 0.5 × 180/π = 28.648: a coincidence between two plain numbers, not an angle in the wrong unit.
    assert check("numeric", "1/2", "28.648").tags == ()


@pytest.mark.parametrize(
    ("answer", "expected", "tag", "said"),
    [("-13", "13", "sign_error", "negative of a correct one"),
     ("0.0325", "3.25", "power_of_ten", "power of ten"), ("4500", "4.5", "power_of_ten", "power of ten"),
     ("0.25", "4", "reciprocal", "reciprocal"), ("3/2", "2/3", "reciprocal", "reciprocal")],
)
def test_a_wrong_number_names_the_slip_its_value_shows(answer: str, expected: str, tag: str, said: str) -> None:
    result = check("numeric", answer, expected)
    assert result.correct is False and result.tags == (tag,) and said in result.message


def test_a_wrong_number_without_a_telling_relation_gets_the_plain_verdict() -> None:
    for answer, expected in (("12345", "13"), ("7", "3"), ("2.5e7", "3")):
        result = check("numeric", answer, expected)
        assert result.correct is False and result.message == "Not close enough to the expected value.", answer
    assert check("numeric", "1", "-1").tags == ("sign_error",)


def test_numeric_tolerances_and_significant_figures() -> None:
    assert verdict("numeric", "3.14", "pi", rtol=0.001) is True
    assert verdict("numeric", "3.1", "pi", rtol=0.001) is False
    assert verdict("numeric", "1.05", "1", atol=0.05) is True
    assert verdict("numeric", "3,142", "pi", sigfigs=4) is True
    assert verdict("numeric", "3.14", "pi", sigfigs=4) is False
    assert check("numeric", "x+1", "2").status == "invalid"


@pytest.mark.parametrize(
    ("answer", "expected", "same"),
    [("y=2x+1", "2y-4x=2", True), ("x+y=1", "y=1-x", True), ("x=y", "x^2=y^2", False),
     ("3x^2<9a", "x^2-3a<0", True), ("x>2", "x>1", False), ("x>=1", "1<=x", True), ("x>1", "x>=1", False),
     ("x^2+y^2=4, y=x", "[y=x, y^2=2]", True), ("[x=1]", "(x-1)(x+1)=0", False)],
)
def test_equations_inequalities_and_systems(answer: str, expected: str, same: bool) -> None:
    assert verdict("equation", answer, expected) is same


def test_matrices_compare_shape_then_entries() -> None:
    assert verdict("matrix", "[[x+x, 2], [2, x*x]]", "[[2x, 2], [2, x^2]]") is True
    assert verdict("matrix", "[[1,2],[3,4]]", "[[1,2],[3,5]]") is False
    assert verdict("matrix", "[[1,2]]", "[[1],[2]]") is False


@pytest.mark.parametrize(
    ("answer", "expected", "same"),
    [("{2/4, 1/3}", "{1/2, 1/3}", True), ("{1,2}", "{1,2,3}", False), ("(1,2] U [2,3)", "(1,3)", True),
     ("(-inf, 1) U (-1, inf)", "(-inf, inf)", True), ("[0,1]", "[0,1)", False), ("{-1,1}", "{1,-1}", True)],
)
def test_sets_intervals_and_unions(answer: str, expected: str, same: bool) -> None:
    assert verdict("set", answer, expected) is same


@pytest.mark.parametrize(
    ("answer", "expected", "same"),
    [("]0, 1[", "(0, 1)", True), ("[0, 1[", "[0, 1)", True), ("]-inf, 2]", "(-inf, 2]", True),
     ("]0, 1[ U ]2, 3[", "(0, 1) U (2, 3)", True), ("[0; 1]", "[0, 1]", True), ("]0, 1]", "(0, 1)", False),
     ("[[1, 2], [3, 4]]", "[[1, 2], [3, 4]]", True)],
)
def test_french_interval_notation_is_read(answer: str, expected: str, same: bool) -> None:
    kind = "matrix" if answer.startswith("[[") else "set"
    assert verdict(kind, answer, expected) is same


def test_semicolons_separate_interval_ends_and_set_elements_but_not_list_entries() -> None:
    assert verdict("set", "{1; 2; 3}", "{1, 2, 3}") is True
    column = check("numeric", "[1; 2; 3]", "[1, 2, 3]")  # MATLAB's column: refused, never read as a row
    assert column.status == "invalid" and "separate the entries of a list with commas" in column.message


@pytest.mark.parametrize(
    ("kind", "answer", "expected"),
    [("set", "[12,04 ; 15,96]", "[12.04, 15.96]"),
     ("set", "]-inf ; 74,8[ U ]91,2 ; inf[", "(-inf, 74.8) U (91.2, inf)"), ("set", "{1,5 ; 2}", "{3/2, 2}"),
     ("equation", "x = 1,5 ; y = 2", "x = 3/2, y = 2")],
)
def test_decimal_commas_are_read_where_semicolons_separate(kind: str, answer: str, expected: str) -> None:
    assert verdict(kind, answer, expected) is True


@pytest.mark.parametrize(("answer", "expected"), [("2,5", "5/2"), ("-1,25", "-5/4"), ("1,2e-3", "0.0012"),
                                                   ("6,02E23", "6.02*10^23")])
def test_a_lone_number_may_have_a_decimal_comma(answer: str, expected: str) -> None:
    assert verdict("numeric", answer, expected) is True


def test_decimal_commas_only_at_the_level_of_the_semicolons() -> None:
    assert verdict("equation", "x = 1,5 ; y = log(8,2)", "x = 3/2, y = 3") is True  # log's two arguments stay


def test_commas_stay_separators_without_semicolons() -> None:
    assert verdict("set", "[0,5]", "[0, 5]") is True  # not the number 0.5
    assert verdict("set", "{1,5}", "{1, 5}") is True


def test_french_interval_preview_and_mistakes() -> None:
    assert check("set", "]0, 1[", "(0, 1)").latex == r"\left(0, 1\right)"
    mixed = check("set", "]0, 1)", "(0, 1)")
    assert mixed.status == "invalid" and "to close ']'" in mixed.message
    lonely = check("set", "]1[", "(0, 1)")
    assert lonely.status == "invalid" and "needs two ends" in lonely.message


def test_wrong_kind_costs_nothing() -> None:
    result = check("set", "x>1", "(1, inf)")
    assert result.status == "invalid" and result.score == 0.0 and "expected a set" in result.message


def test_matrix_tolerance_applies_to_every_entry() -> None:
    from graders.math import check

    assert check("matrix", "[[0.3333333333, 0.6666666667]]", "[[1/3, 2/3]]", {"rtol": 1e-6}).correct
    assert not check("matrix", "[[0.3333, 0.6666666667]]", "[[1/3, 2/3]]", {"rtol": 1e-6}).correct


def test_matrix_of_the_wrong_shape_names_both_shapes() -> None:
    from graders.math import check

    result = check("matrix", "[[1,2],[3,4]]", "[[1,2,3],[4,5,6]]")
    assert result.correct is False and "2×3" in result.message and "2×2" in result.message


def test_strict_variables_refuse_undeclared_letters_but_not_constants() -> None:
    from graders.math import check

    strict = {"variables": ["x"], "strict_variables": True}
    refused = check("expression", "5y/6", "5x/6", strict)
    assert refused.status == "invalid" and "'y'" in refused.message
    assert check("expression", "e^x + pi", "exp(x) + pi", strict).correct
    assert check("expression", "5y/6", "5x/6", {"variables": ["x"]}).status == "graded"  # the contract default


@pytest.mark.parametrize(
    ("answer", "same"),
    [("[12.04, 15.96]", True), ("]12.04 ; 15.96[", False), ("[12.1, 15.96]", False), ("[12.04, 15.96] U {20}", False)],
)
def test_interval_ends_within_the_question_tolerance(answer: str, same: bool) -> None:
    assert verdict("set", answer, "[12.0412, 15.9588]", atol=0.01) is same


def test_sets_and_unions_within_tolerance_pair_up_their_pieces() -> None:
    assert verdict("set", "{0.33, 0.67}", "{1/3, 2/3}", atol=0.005) is True
    assert verdict("set", "{0.33, 0.6}", "{1/3, 2/3}", atol=0.005) is False
    assert verdict("set", "[2, 3] U (-inf, 1.001]", "(-inf, 1] U [2, 3]", rtol=0.01) is True
    assert verdict("set", "[2, 3] U (-inf, 1.001]", "(-inf, 1) U [2, 3]", rtol=0.01) is False
    assert verdict("set", "[0, 1] U [1, 2]", "[0, 2]", atol=0.01) is True  # the same set, cut in two


def test_an_end_open_where_it_should_be_closed_is_named() -> None:
    result = check("set", "(0, 1)", "[0, 1]")
    assert result.correct is False and "[ ] includes an end" in result.message
    assert result.tags == ("open_closed_ends",)
    assert check("set", "(0, 2)", "[0, 1]").tags == ()


def test_a_matrix_is_shown_as_a_matrix_so_its_shape_can_be_checked() -> None:
    assert check("matrix", "[[1, 0], [0, 2]]", "[[1,2],[3,4]]").latex == r"\begin{bmatrix}1 & 0 \\ 0 & 2\end{bmatrix}"
    assert check("matrix", "[[1], [2]]", "[[1],[2]]").latex == r"\begin{bmatrix}1 \\ 2\end{bmatrix}"  # a column
    assert check("set", "[0, 1]", "[0, 1]").latex == r"\left[0, 1\right]"  # an interval stays an interval
