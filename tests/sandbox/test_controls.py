"""Controls: right and wrong solutions per language are graded right; the §3.2 contract; exercise self-tests."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Runner = Callable[..., dict[str, Any]]
pytestmark = pytest.mark.sandbox
EXERCISES = Path(__file__).resolve().parents[1] / "fixtures" / "exercises"
CONTRACT_KEYS = {"status", "exit_code", "stdout", "stderr", "wall_ms", "cpu_ms", "max_rss_kb", "tests", "score"}

CONTROLS = [
    ("python", "python/fib", "def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n"
     "    return a\n", "def fib(n):\n    return n\n"),
    ("python", "python/stack", (EXERCISES / "python/stack/solution.py").read_text(),
     (EXERCISES / "python/stack/wrong/queue.py").read_text()),
    ("java", "java/overload", (EXERCISES / "java/overload/Solution.java").read_text(),
     (EXERCISES / "java/overload/Solution.java").read_text().replace("a * b", "a + b")),
    ("java", "java/word_index", (EXERCISES / "java/word_index/Solution.java").read_text(),
     (EXERCISES / "java/word_index/Solution.java").read_text().replace(".add(i)", ".add(i + 1)")),
    ("shell", "shell/count_errors", "grep -h ERROR logs/*.log | wc -l\n", "grep -c ERROR logs/app.log\n"),
    ("shell", "shell/organize", "mkdir docs\nmv notes.txt docs/\nchmod +x build.sh\nrm old.tmp\n",
     "mkdir docs\nmv notes.txt docs/\nrm old.tmp\n"),
]


@pytest.mark.parametrize(("language", "exercise", "right", "wrong"), CONTROLS, ids=[c[1] for c in CONTROLS])
def test_right_passes_and_wrong_fails(run: Runner, language: str, exercise: str, right: str, wrong: str) -> None:
    good = run(language, right, exercise=exercise)
    assert good["status"] == "passed" and good["score"] == 1.0, good
    bad = run(language, wrong, exercise=exercise)
    assert bad["status"] == "failed" and bad["score"] < 1.0, bad
    assert set(good) == CONTRACT_KEYS


def test_visible_suite_shows_expected_and_got_hidden_shows_only_pass_fail(run: Runner) -> None:
    wrong = "def fib(n):\n    print('debug', n)\n    return n\n"
    visible = run("python", wrong, exercise="python/fib", suite="visible")
    messages = {t["name"]: t["message"] for t in visible["tests"]}
    assert messages["fib(7)"] == "expected 13, got 7"
    assert "debug 7" in visible["stdout"]
    hidden = run("python", wrong, exercise="python/fib")
    assert all(t["message"] in ("passed", "failed (hidden test)") for t in hidden["tests"])
    assert hidden["stdout"] == "" and "fib(" not in hidden["stderr"]
    assert not any("fib(" in t["name"] for t in hidden["tests"])  # nor do the names of hidden tests


def test_known_mistake_triggers_its_feedback(run: Runner) -> None:
    source = (EXERCISES / "python/fib/wrong/off_by_one.py").read_text()
    result = run("python", source, exercise="python/fib", suite="visible")
    assert any("shifted by one" in t["message"] for t in result["tests"])


def test_missing_method_fails_only_the_tests_that_call_it(run: Runner) -> None:
    source = (EXERCISES / "java/overload/Solution.java").read_text().replace(
        "    public static int combine(int a, int b, int c) { return a + b + c; }\n", "")
    result = run("java", source, exercise="java/overload")
    failed = [t["name"] for t in result["tests"] if not t["passed"]]
    assert failed == ["hidden test 4"]  # Calc.combine(1, 2, 3), named neutrally: hidden inputs stay hidden


def test_python_syntax_error_is_a_compile_error(run: Runner) -> None:
    result = run("python", "def fib(n)\n    return n\n", exercise="python/fib", suite="visible")
    assert result["status"] == "compile_error" and "line 1" in result["stderr"]


def test_program_run_reports_stdout_exit_code_and_stdin(run: Runner) -> None:
    result = run("python", "import sys\nprint(sys.stdin.read().upper())\nsys.exit(3)\n", stdin="abc")
    assert (result["status"], result["exit_code"], result["stdout"]) == ("runtime_error", 3, "ABC\n")
    java = run("java", "public class Hi { public static void main(String[] a) { System.out.println(6 * 7); } }")
    assert (java["status"], java["stdout"]) == ("ok", "42\n")


def test_cli_contract_prints_one_json_object() -> None:
    submission = EXERCISES / "python/fib/solution.py"
    done = subprocess.run([sys.executable, "-m", "graders", "run", "--language", "python", "--submission",
                           str(submission), "--exercise", str(EXERCISES / "python/fib")],
                          capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    assert set(result) == CONTRACT_KEYS and result["status"] == "passed" and result["score"] == 1.0
    assert all(set(t) == {"name", "passed", "message"} for t in result["tests"])


@pytest.mark.parametrize("folder", sorted(str(p.relative_to(EXERCISES)) for p in EXERCISES.glob("*/*")))
def test_every_sample_exercise_passes_its_self_test(folder: str) -> None:
    from graders.sandbox import self_test_exercise

    outcomes = self_test_exercise(EXERCISES / folder)
    assert outcomes and all(o.ok for o in outcomes), outcomes


def test_self_test_catches_a_wrong_solution_that_passes(tmp_path: Path) -> None:
    from graders.sandbox import self_test_exercise

    (tmp_path / "solution.py").write_text("def f(x):\n    return x\n")
    (tmp_path / "same.py").write_text("def f(x):\n    return x\n")
    (tmp_path / "exercise.yaml").write_text("language: python\nhidden:\n  - call: f(2)\nwrong:\n"
                                            "  - {file: same.py, feedback: never caught}\n")
    outcomes = {o.name: o.ok for o in self_test_exercise(tmp_path)}
    assert outcomes == {"reference": True, "wrong:same.py": False}


def test_python_submission_may_use_dataclasses_and_enums(tmp_path) -> None:
    """Modern Python in a submission works: classes are looked up by module (dataclass, Enum)."""
    from graders.sandbox import run_code

    (tmp_path / "solution.py").write_text("def f():\n    return 1\n")
    (tmp_path / "exercise.yaml").write_text("language: python\nhidden:\n  - call: f()\n")
    source = ("from dataclasses import dataclass\nfrom enum import Enum\n"
              "class Colour(Enum):\n    RED = 1\n"
              "@dataclass(frozen=True)\nclass P:\n    x: int\n"
              "def f():\n    return P(Colour.RED.value).x\n")
    result = run_code("python", source, exercise=tmp_path)
    assert result.status == "passed", result
