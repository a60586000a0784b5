"""Hostile input: nothing executes, nothing hangs, nothing is marked correct."""

from __future__ import annotations

import ast
import builtins
import sys
from pathlib import Path

import pytest
import sympy
import sympy.parsing.sympy_parser

import graders.math
from graders.math import check
from graders.math.grading import grade_answer

HOSTILE = [
    "__import__('os').getpid()",
    "().__class__.__bases__[0].__subclasses__()",
    "eval('1')",
    "x.__class__",
    "lambda: 1",
    "9^9^9^9",
    "(10^7)!",
    "x^(10^10)",
    "2^(2^(2^(2^(2^10))))",
    "factorial(10^9)",
    "1e999999999",
    "(" * 5000 + "x" + ")" * 5000,
    "|" * 3000,
    "x+" * 50_000 + "x",
    "sin(" * 2000 + "x" + ")" * 2000,
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_answers_are_refused_or_undecided(text: str) -> None:
    result = check("expression", text, "1", timeout=2.0)
    assert result.status in ("invalid", "timeout")
    assert result.correct is None and result.score == 0.0


def test_a_timeout_is_never_a_mark_and_the_pool_recovers() -> None:
    slow = check("expression", "exp(exp(exp(exp(x))))", "exp(exp(exp(exp(x))))+1", timeout=0.001)
    assert slow.status == "timeout" and slow.correct is None
    assert check("expression", "x+x", "2x").correct is True


def test_no_user_text_reaches_eval_like_functions(monkeypatch: pytest.MonkeyPatch) -> None:
    canary = "zqcanary"
    seen: list[str] = []
    real_eval, real_exec = builtins.eval, builtins.exec

    def spy(real: object) -> object:
        def wrapper(source: object, *args: object, **kwargs: object) -> object:
            if isinstance(source, str) and canary in source:
                seen.append(source)
            return real(source, *args, **kwargs)
        return wrapper

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("a string parser of sympy was called")

    monkeypatch.setattr(builtins, "eval", spy(real_eval))
    monkeypatch.setattr(builtins, "exec", spy(real_exec))
    monkeypatch.setattr(sympy.parsing.sympy_parser, "parse_expr", forbidden)
    monkeypatch.setattr(sys.modules["sympy.utilities.lambdify"], "lambdify", forbidden)
    monkeypatch.setattr(sympy, "lambdify", forbidden)
    real_sympify = sympy.sympify

    def sympify_objects_only(value: object, *args: object, **kwargs: object) -> object:
        if isinstance(value, str):
            raise AssertionError("sympify was given text")
        return real_sympify(value, *args, **kwargs)

    monkeypatch.setattr(sympy, "sympify", sympify_objects_only)
    monkeypatch.setattr(sys.modules["sympy.core.sympify"], "sympify", sympify_objects_only)
    options = {"variables": [canary, "x"]}
    for kind, answer, expected in [("expression", f"{canary}^2 + x", f"x + {canary}*{canary}"),
                                   ("equation", f"{canary} = 2x", f"2{canary} = 4x"),
                                   ("numeric", "3.14", "pi"), ("set", "[0,1)", "[0,1)"),
                                   ("matrix", f"[[{canary}]]", f"[[{canary}]]"),
                                   ("expression", f"__import__('{canary}')", "1")]:
        grade_answer(kind, answer, expected, options)
    assert seen == []


def test_source_never_calls_eval_like_functions() -> None:
    banned = {"eval", "exec", "sympify", "parse_expr", "lambdify", "S", "__import__", "parse_latex"}
    builtins_banned = banned | {"compile"}  # re.compile is fine, the builtin compile is not
    package = Path(graders.math.__file__).parent
    for path in package.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                assert node.func.attr not in banned, f"{path.name}:{node.lineno} calls {node.func.attr}"
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in builtins_banned, f"{path.name}:{node.lineno} calls {node.func.id}"
