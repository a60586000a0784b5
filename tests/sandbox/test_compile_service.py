"""The Java compile service: compiles without ever running submitted code, restarts, and stops runaway compiles."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from graders.sandbox import compile_service, run_code
from graders.sandbox.runners import java

pytestmark = pytest.mark.sandbox
EXERCISES = Path(__file__).resolve().parents[1] / "fixtures" / "exercises"
SQUARE = "public class Square { public static long square(long x) { return x * x; } }\n"
# If javac ran this static initializer, the service would leave a file in the only folder it may write
# (/out) and then die; in the run's own sandbox it prints and exits with 3.
STATIC_INIT = """
public class Main {
  static {
    try { java.nio.file.Files.writeString(java.nio.file.Path.of("/out/ran-at-compile-time"), "x"); }
    catch (Exception e) { }
    System.out.println("static initializer ran");
    System.out.flush();
    Runtime.getRuntime().halt(3);
  }
  public static void main(String[] a) { System.out.println("main ran"); }
}
"""


def _nested_entries(depth: int, width: int) -> str:
    if depth == 0:
        return '"x"'
    entries = ", ".join(f'java.util.Map.entry("k", {_nested_entries(depth - 1, width)})' for _ in range(width))
    return f"java.util.List.of({entries})"


# Type inference of nested generic calls is exponential in javac: this takes javac over ten seconds
EXPONENTIAL = f"public class Square {{ static Object g() {{ return {_nested_entries(4, 4)}; }} }}\n"


@pytest.fixture
def service() -> Iterator[None]:
    """A running, warmed-up service (enabled again afterwards, whatever the test did)."""
    compile_service.set_enabled(True)
    if not compile_service.ensure_started(wait_s=120):
        pytest.fail("the compile service did not start")
    yield
    compile_service.set_enabled(True)


def test_compiling_never_runs_submitted_code(service: None) -> None:
    pid = compile_service.service_pid()
    compiled = compile_service.compile_sources(java.program_files(STATIC_INIT), 0)
    assert compiled is not None and compiled.error is None
    assert "Main.class" in compiled.classes
    assert not (compile_service.service_dir() / "out" / "ran-at-compile-time").exists()
    assert compile_service.service_pid() == pid and compile_service.ensure_started()
    result = run_code("java", STATIC_INIT)  # the code runs, in the run's sandbox only
    assert result.status == "runtime_error" and result.exit_code == 3, result
    assert "static initializer ran" in result.stdout and "main ran" not in result.stdout


def test_compile_errors_come_from_the_service(service: None) -> None:
    broken = "public class Main { public static void main(String[] a) { int x = ; } }\n"
    compiled = compile_service.compile_sources(java.program_files(broken), 0)
    assert compiled is not None and compiled.error is not None and "Main.java:1" in compiled.error
    result = run_code("java", broken)
    assert result.status == "compile_error" and "Main.java:1" in result.stderr


def test_a_dead_service_is_restarted_and_runs_still_succeed(service: None) -> None:
    old = compile_service.service_pid()
    assert old is not None
    os.killpg(old, signal.SIGKILL)
    result = run_code("java", SQUARE, exercise=EXERCISES / "java" / "square")
    assert result.status == "passed", result  # compiled in the run's own sandbox meanwhile
    assert compile_service.ensure_started(wait_s=120)
    assert compile_service.service_pid() not in (None, old)
    assert compile_service.compile_sources(java.program_files(SQUARE), 0) is not None
    assert run_code("java", SQUARE, exercise=EXERCISES / "java" / "square").status == "passed"


def test_a_runaway_compile_is_stopped_and_the_service_recovers(service: None,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compile_service, "TIMEOUT_S", 1.0)
    old = compile_service.service_pid()
    result = run_code("java", EXPONENTIAL, exercise=EXERCISES / "java" / "square")
    assert result.status == "timeout" and result.score == 0.0, result
    assert compile_service.ensure_started(wait_s=120)
    assert compile_service.service_pid() != old
    assert run_code("java", SQUARE, exercise=EXERCISES / "java" / "square").status == "passed"


def test_classes_from_the_service_grade_like_in_sandbox_compilation(service: None) -> None:
    source = (EXERCISES / "java" / "shapes" / "Solution.java").read_text()
    with_service = run_code("java", source, exercise=EXERCISES / "java" / "shapes", suite="visible")
    compile_service.set_enabled(False)
    in_sandbox = run_code("java", source, exercise=EXERCISES / "java" / "shapes", suite="visible")
    assert with_service.status == in_sandbox.status == "passed"
    assert with_service.tests == in_sandbox.tests
