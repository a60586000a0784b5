"""Template filters write numbers the way a worked solution should show them."""

from __future__ import annotations

import pytest

from quizapp.qtypes.templating import TemplateProblem, render


@pytest.mark.parametrize(("value", "latex"), [
    ("Fraction(27, 3)", "3"),                       # a perfect square leaves no root
    ("Fraction(8, 3)", r"\frac{2 \sqrt{6}}{3}"),    # rationalised denominator, square factor taken out
    ("Fraction(169 * 3**9, 9)", r"351 \sqrt{3}"),   # 13·√(3⁹/9), the Cauchy–Schwarz item's constant
    ("50", r"5 \sqrt{2}"),
    ("0", "0"),
])
def test_surd_writes_a_square_root_in_simplest_form(value: str, latex: str) -> None:
    assert render("{@ " + value + "|surd @}", {}, "solution") == latex


def test_surd_of_a_negative_number_is_an_authoring_error_naming_the_field() -> None:
    with pytest.raises(TemplateProblem, match="solution: ValueError: surd of a negative number"):
        render("{@ -2|surd @}", {}, "solution")
