"""Item parameters and the text templates that use them.

Parameters are drawn with a numpy ``Generator`` seeded from the variant seed (never the global RNG), in the order
the instructor wrote them, so later parameters may depend on earlier ones. Text is a Jinja template with STACK-like
``{@ expression @}`` delimiters, which leave LaTeX braces alone: ``$x^{{@n@}}$`` renders ``$x^{3}$``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from fractions import Fraction
from typing import Any

import numpy as np
from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

MAX_DRAWS = 1000


class TemplateProblem(ValueError):
    """An item's parameters or templates cannot be evaluated (an authoring error, reported with the field)."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


def signed(value: Any) -> str:
    """``3`` → ``+ 3``, ``-3`` → ``- 3``: for writing ``x^2 {@ b|signed @}x``."""
    return _term(value, _num)


def signed_frac(value: Any) -> str:
    """A rational term after another: ``Fraction(3, 2)`` → ``+ \\frac{3}{2}``, ``-4`` → ``- 4``."""
    return _term(value, frac_latex)


def signed_coef(value: Any) -> str:
    """A coefficient after another term: ``1`` → ``+ ``, ``-1`` → ``- ``, ``-3`` → ``- 3``.

    For ``x^2 {@ b|signed_coef @}y``.
    """
    return _term(value, coef)


def _term(value: Any, write: Callable[[Any], str]) -> str:
    """``value`` as a term after another: its sign, a space, then its size written by ``write``."""
    return f"- {write(-value)}" if value < 0 else f"+ {write(value)}"


def paren(value: Any) -> str:
    """A factor that may be negative: ``-4`` → ``(-4)``, ``4`` → ``4``; for ``2\\cdot{@ b|paren @}``."""
    return f"({_num(value)})" if value < 0 else _num(value)


def coef(value: Any) -> str:
    """A coefficient in front of a symbol: ``1`` → ````, ``-1`` → ``-``, ``3`` → ``3``."""
    if value == 1:
        return ""
    if value == -1:
        return "-"
    return _num(value)


def _num(value: Any) -> str:
    """Numbers as people write them: ``2.0`` → ``2``, fractions as ``a/b``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Fraction):
        return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"
    return str(value)


def frac_latex(value: Any) -> str:
    """A rational as LaTeX: ``Fraction(3, 4)`` → ``\\frac{3}{4}``."""
    f = Fraction(value).limit_denominator(10_000)
    if f.denominator == 1:
        return str(f.numerator)
    sign = "-" if f < 0 else ""
    return f"{sign}\\frac{{{abs(f.numerator)}}}{{{f.denominator}}}"


def surd(value: Any) -> str:
    """The square root of a non-negative rational in simplest form, as LaTeX.

    ``Fraction(27, 3)`` → ``3``, ``Fraction(8, 3)`` → ``\\frac{2 \\sqrt{6}}{3}``, ``12`` → ``2 \\sqrt{3}``: the
    last step of a worked solution, after the unsimplified ``\\sqrt{\\frac{27}{3}}``.
    """
    import sympy  # here, not at the top: pages that never render a surd must not pay sympy's import time

    f = Fraction(value)
    if f < 0:
        raise ValueError(f"surd of a negative number: {f}")
    return sympy.latex(sympy.sqrt(sympy.Rational(f.numerator, f.denominator)))


def _make_env() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        variable_start_string="{@",
        variable_end_string="@}",
        comment_start_string="{#!",
        comment_end_string="!#}",
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
    )
    env.filters.update(
        signed=signed, signed_coef=signed_coef, signed_frac=signed_frac, coef=coef, paren=paren, num=_num,
        frac=frac_latex, surd=surd,
    )
    env.globals.update(
        abs=abs, min=min, max=max, round=round, sqrt=math.sqrt, gcd=math.gcd, Fraction=Fraction,
        comb=math.comb, factorial=math.factorial, exp=math.exp, log=math.log, pi=math.pi, sum=sum, len=len,
    )
    return env


ENV = _make_env()


def _literal_signs(text: str) -> str:
    """``{@-c@}`` means minus c to an instructor, but ``{@-`` is Jinja's whitespace control: keep the sign."""
    return text.replace("{@-", "{@ -").replace("{@+", "{@ +").replace("-@}", "- @}").replace("+@}", "+ @}")


def render(text: str, params: Mapping[str, Any], field: str) -> str:
    """Render one template string with the variant's parameters."""
    try:
        return ENV.from_string(_literal_signs(text)).render(**params)
    except TemplateError as exc:
        raise TemplateProblem(field, str(exc)) from exc
    except (ArithmeticError, TypeError, ValueError) as exc:
        raise TemplateProblem(field, f"{type(exc).__name__}: {exc}") from exc


def evaluate(expression: str, params: Mapping[str, Any], field: str) -> Any:
    """Evaluate a Jinja expression (a derived parameter or a constraint) in the sandbox."""
    try:
        return ENV.compile_expression(expression, undefined_to_none=False)(**params)
    except TemplateError as exc:
        raise TemplateProblem(field, str(exc)) from exc
    except (ArithmeticError, TypeError, ValueError) as exc:
        raise TemplateProblem(field, f"{type(exc).__name__}: {exc}") from exc


def _draw_one(name: str, rule: Mapping[str, Any], rng: np.random.Generator, params: Mapping[str, Any]) -> Any:
    """Draw a single parameter from its rule (see docs/authoring.md for the rules)."""
    field = f"parameters.{name}"
    if "int" in rule:
        lo, hi = rule["int"]
        excluded = set(rule.get("exclude", []))
        allowed = [v for v in range(int(lo), int(hi) + 1) if v not in excluded]
        if not allowed:
            raise TemplateProblem(field, "no integer left in the range after exclusions")
        return int(allowed[rng.integers(len(allowed))])
    if "choice" in rule:
        options = list(rule["choice"])
        return options[int(rng.integers(len(options)))]
    if "float" in rule:
        lo, hi = rule["float"]
        return round(float(rng.uniform(lo, hi)), int(rule.get("decimals", 2)))
    if "expr" in rule:
        return evaluate(str(rule["expr"]), params, field)
    raise TemplateProblem(field, "a parameter needs one of: int, choice, float, expr")


def draw_parameters(
    rules: Mapping[str, Mapping[str, Any]], constraints: list[str], seed: int, generator: Any = None
) -> dict[str, Any]:
    """Draw every parameter for ``seed``, redrawing until all ``constraints`` hold.

    ``generator`` is the item's optional ``generate(rng, params) -> dict`` function (from ``generate.py``) for
    parameters that rules cannot express (e.g. a matrix with integer eigenvalues).
    """
    rng = np.random.default_rng(seed)
    for _ in range(MAX_DRAWS):
        params: dict[str, Any] = {}
        for name, rule in rules.items():
            params[name] = _draw_one(name, rule, rng, params)
        if generator is not None:
            params.update(generator(rng, dict(params)))
        if all(evaluate(c, params, "constraints") for c in constraints):
            return params
    raise TemplateProblem("constraints", f"not satisfied after {MAX_DRAWS} draws")
