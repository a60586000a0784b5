"""Code exercises (Python, Java, Unix shell), run by :mod:`graders.sandbox` against hidden tests.

An item is a folder holding ``item.yaml`` and the exercise files (``exercise.yaml``, reference solution, starter,
wrong solutions, file tree; see docs/exercises.md). The files travel with the item version (``spec.files``) and are
written once per content hash to a cache directory, so a response keeps being graded against what was shown.
Grading runs outside the web request (see :mod:`quizapp.jobs`); ``grade`` here is the synchronous path used by
``bank validate`` and workers, and :meth:`CodeType.grade_from_run` turns a run result into a :class:`Grade`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from graders.math.errors import Wording
from graders.math.wording import N_
from quizapp.qtypes.base import (
    AnswerFormatError,
    Grade,
    ParsedAnswer,
    QuestionType,
    SelfTestCase,
    Variant,
    worded_grade,
)
from quizapp.qtypes.variants import parameters_for, render_texts

if TYPE_CHECKING:
    from quizapp.bank.schema import ItemSpec

MAX_CODE_CHARS = 64_000
ITEM_ONLY_FILES = {"item.yaml", "generate.py"}
STATUS_FEEDBACK = {
    "compile_error": N_("Your code does not compile (or has a syntax error); the messages are below."),
    "runtime_error": N_("Your code stopped with an error before the tests finished."),
    "timeout": N_("Your code ran out of time: look for an infinite loop or a much slower algorithm."),
    "memory": N_("Your code used too much memory."),
    "output_limit": N_("Your code printed too much output."),
    "rejected": N_("Your code could not be run."),
}


def exercise_cache_root() -> Path:
    """Where exercise folders are materialised (``QUIZAPP_EXERCISE_CACHE``, default a folder in the temp dir)."""
    return Path(os.environ.get("QUIZAPP_EXERCISE_CACHE") or Path(tempfile.gettempdir()) / "quizapp-exercises")


def exercise_dir(spec: ItemSpec) -> Path:
    """The item's exercise files on disk, written once per content (atomically, so concurrent writers agree)."""
    files = {name: text for name, text in spec.files.items() if name not in ITEM_ONLY_FILES}
    digest = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:24]
    target = exercise_cache_root() / digest
    if target.is_dir():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=target.parent))
    for name, text in files.items():
        path = staging / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if name.endswith(".sh") and "/" not in name:
            path.chmod(0o755)
    try:
        staging.rename(target)
    except OSError:  # another process won the race: its copy is identical
        import shutil

        shutil.rmtree(staging, ignore_errors=True)
    return target


TREE_PREVIEW_LINES = 12


def file_tree(root: Path) -> list[dict[str, Any]]:
    """The prepared file tree shown beside a Unix command box: path, size, mode and the first lines of text."""
    entries = []
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        data = path.read_bytes()[:4000]
        text = data.decode("utf-8", "replace") if b"\0" not in data else ""
        lines = text.splitlines()
        entries.append({"path": path.relative_to(root).as_posix(), "size": path.stat().st_size,
                        "mode": oct(path.stat().st_mode & 0o777)[2:], "preview": "\n".join(lines[:TREE_PREVIEW_LINES]),
                        "more": len(lines) > TREE_PREVIEW_LINES})
    return entries


@functools.lru_cache(maxsize=256)
def _exercise_extra(directory: str) -> dict[str, Any]:
    """What an item page shows of its exercise, read once: the folder is content-addressed, so it never changes."""
    from graders.sandbox import load_exercise

    exercise = load_exercise(Path(directory))
    tree_name = next((t.tree for t in (*exercise.visible, *exercise.hidden) if t.tree), None)
    return {"starter": exercise.starter.read_text(encoding="utf-8") if exercise.starter else "",
            "examples": [t.name for t in exercise.visible],
            "tree": file_tree(exercise.directory / tree_name) if tree_name else [],
            "reference": exercise.solution.read_text(encoding="utf-8"),
            "wrong": [(w.path.read_text(encoding="utf-8"), w.feedback) for w in exercise.wrong]}


class CodeType(QuestionType):
    """Base of the code types; subclasses name the language and the editor mode."""

    language: ClassVar[str]
    widget: ClassVar[str] = "code.html"
    asynchronous: ClassVar[bool] = True  # graded by a queued sandbox run, not inside the web request
    needs_sandbox: ClassVar[bool] = True

    def check_spec(self, spec: ItemSpec) -> list[tuple[str, str]]:
        """The folder must hold a loadable exercise in this language."""
        if "exercise.yaml" not in spec.files:
            return [("exercise.yaml", "a code item is a folder with item.yaml and exercise.yaml (docs/exercises.md)")]
        from graders.sandbox import ExerciseError, load_exercise

        try:
            exercise = load_exercise(exercise_dir(spec))
        except ExerciseError as exc:
            return [("exercise.yaml", str(exc).split(": ", 1)[-1])]
        if exercise.language != self.language:
            return [("type", f"{self.name} needs an exercise in {self.language}, not {exercise.language}")]
        return []

    def generate(self, spec: ItemSpec, seed: int) -> Variant:
        """Prompt, solution, starter code, the visible examples' names and (Unix) the prepared file tree."""
        params = parameters_for(spec, seed)
        prompt, solution = render_texts(spec, params)
        extra = {"language": self.language, **_exercise_extra(str(exercise_dir(spec)))}
        return Variant(seed, params, prompt, None, solution, extra=extra)

    def parse(self, spec: ItemSpec, variant: Variant, raw: Mapping[str, Any]) -> ParsedAnswer:
        """The submitted source; empty or oversized code is refused."""
        code = str(raw.get("code") or "").replace("\r\n", "\n")
        if not code.strip():
            raise AnswerFormatError(N_("Write some code before submitting."))
        if len(code) > MAX_CODE_CHARS:
            raise AnswerFormatError(N_("This code is too long."))
        return ParsedAnswer({"code": code}, code)

    def grade(self, spec: ItemSpec, variant: Variant, answer: ParsedAnswer) -> Grade:
        """Run the hidden tests now (synchronous path for validation and workers)."""
        from graders.sandbox import run_code

        result = run_code(self.language, answer.value, exercise=exercise_dir(spec), suite="hidden")
        return self.grade_from_run(result.to_json())

    def grade_from_run(self, result: Mapping[str, Any]) -> Grade:
        """A run result (DESIGN §3.2) as a grade: the share of hidden tests passed, with what went wrong."""
        status = str(result.get("status"))
        tests = list(result.get("tests") or [])
        passed = sum(bool(t.get("passed")) for t in tests)
        hints = sorted({t["message"].split(" — hint: ", 1)[1] for t in tests
                        if not t.get("passed") and " — hint: " in str(t.get("message", ""))})
        if status == "passed":
            return Grade(1.0, N_("All hidden tests passed."))
        if status == "rejected":  # nothing ran: say why (e.g. "code runs are disabled: …"), count nothing
            reason = str(result.get("stderr") or "").strip().splitlines()[:1]
            return worded_grade(0.0, [STATUS_FEEDBACK["rejected"], *reason], ("not_run",), undecided=True)
        notes: list[Wording | str | None] = [STATUS_FEEDBACK.get(status)]
        if tests:
            notes.append(Wording.of(N_("%(passed)s/%(total)s hidden tests passed."), passed=passed, total=len(tests)))
        notes.extend(hints)
        return worded_grade(float(result.get("score") or 0.0), notes, (status,))

    def self_test(self, spec: ItemSpec, variant: Variant) -> list[SelfTestCase]:
        """The reference solution passes; each wrong solution fails (with its feedback); empty code is refused."""
        cases = [SelfTestCase("reference solution", {"code": variant.extra["reference"]}, "correct")]
        cases += [SelfTestCase(f"wrong solution {i + 1}", {"code": text}, "wrong")
                  for i, (text, _feedback) in enumerate(variant.extra["wrong"])]
        cases.append(SelfTestCase("empty code", {"code": "   "}, "invalid"))
        return cases

    def reference_raw(self, spec: ItemSpec, variant: Variant) -> Mapping[str, Any]:
        """The reference solution."""
        return {"code": variant.extra["reference"]}


class PythonCode(CodeType):
    """A Python function or class, graded by hidden tests."""

    name: ClassVar[str] = "python_code"
    language: ClassVar[str] = "python"


class JavaCode(CodeType):
    """A Java class (or classes), graded by hidden tests."""

    name: ClassVar[str] = "java_code"
    language: ClassVar[str] = "java"


class ShellCommand(CodeType):
    """A Unix command or pipeline, run on a fresh copy of a prepared file tree."""

    name: ClassVar[str] = "shell"
    language: ClassVar[str] = "shell"
