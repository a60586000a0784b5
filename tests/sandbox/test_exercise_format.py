"""Loading exercise folders: errors name the file, the field and the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from graders.sandbox import ExerciseError, load_exercise

EXERCISES = Path(__file__).resolve().parents[1] / "fixtures" / "exercises"


def _write(folder: Path, yaml_text: str, solution: str | None = "solution.py") -> Path:
    (folder / "exercise.yaml").write_text(yaml_text)
    if solution:
        (folder / solution).write_text("def f(x):\n    return x\n")
    return folder


@pytest.mark.parametrize(("yaml_text", "field", "reason"), [
    ("language: cobol\n", "language", "must be one of"),
    ("language: python\nhidden: []\n", "hidden", "at least one hidden test"),
    ("language: python\nhidden:\n  - {call: f(1), code: 'result = 1'}\n", "hidden[0]", "exactly one of"),
    ("language: python\nlimits: {wall_s: 2, bogus: 1}\nhidden:\n  - call: f(1)\n", "limits", "unknown limit"),
    ("language: python\nhidden:\n  - call: f(1)\nwrong:\n  - {file: nope.py}\n", "wrong[0].file", "not found"),
    ("language: python\ncompare: {files: all}\nhidden:\n  - call: f(1)\n", "compare.files", "only Unix"),
])
def test_errors_name_file_field_and_reason(tmp_path: Path, yaml_text: str, field: str, reason: str) -> None:
    with pytest.raises(ExerciseError) as caught:
        load_exercise(_write(tmp_path, yaml_text))
    message = str(caught.value)
    assert str(tmp_path / "exercise.yaml") in message and f": {field}:" in message and reason in message


def test_missing_solution_is_named(tmp_path: Path) -> None:
    with pytest.raises(ExerciseError, match=r"solution: file solution\.py not found"):
        load_exercise(_write(tmp_path, "language: python\nhidden:\n  - call: f(1)\n", solution=None))


def test_limits_are_clamped_to_safe_ceilings(tmp_path: Path) -> None:
    exercise = load_exercise(_write(tmp_path, "language: python\nlimits: {wall_s: 999, memory_mb: 99999}\n"
                                              "hidden:\n  - call: f(1)\n"))
    assert exercise.limits.wall_s == 30.0 and exercise.limits.memory_mb == 1024


def test_sample_exercises_load() -> None:
    loaded = [load_exercise(p) for p in sorted(EXERCISES.glob("*/*"))]
    assert {e.language for e in loaded} == {"python", "java", "shell"}
    assert all(e.hidden for e in loaded)
