"""The exercise folder: `exercise.yaml` + reference solution + optional starter, wrong solutions and file tree.

Every error names the file, the field and the reason, so an instructor can fix a folder without reading code.
The format is documented for instructors in docs/exercises.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from graders.sandbox.limits import Limits

LANGUAGES = {"python": "solution.py", "java": "Solution.java", "shell": "solution.sh"}
STDOUT_RULES = ("exact", "strip", "lines", "sorted_lines", "ignore")
JAVA_MEMORY_DEFAULT = 512


class ExerciseError(ValueError):
    """An exercise folder that cannot be used; the message names file, field and reason."""


@dataclass(frozen=True)
class TestCase:
    """One test: a call or code snippet (Python/Java) or a run on a file tree (shell)."""

    name: str
    call: str | None = None
    code: str | None = None
    tree: str | None = None
    stdin: str = ""
    has_expected: bool = False
    expected: Any = None


@dataclass(frozen=True)
class WrongSolution:
    """A likely mistake: the file and the feedback shown when an applicant's answers match it."""

    path: Path
    feedback: str


@dataclass(frozen=True)
class Exercise:
    """A parsed, validated exercise folder."""

    directory: Path
    language: str
    solution: Path
    visible: tuple[TestCase, ...]
    hidden: tuple[TestCase, ...]
    limits: Limits
    entry: str | None = None
    starter: Path | None = None
    wrong: tuple[WrongSolution, ...] = ()
    imports: tuple[str, ...] = ()
    float_tolerance: float = 1e-9
    unordered: bool = False
    stdout_rule: str = "strip"
    check_files: tuple[str, ...] | None = None  # None: file state not graded; ("*",): the whole tree
    check_modes: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def suite(self, name: str) -> tuple[TestCase, ...]:
        """The visible examples or the hidden tests."""
        if name not in ("visible", "hidden"):
            raise ValueError(f"unknown suite {name!r} (visible or hidden)")
        return self.visible if name == "visible" else self.hidden


def _fail(directory: Path, field_name: str, reason: str) -> ExerciseError:
    return ExerciseError(f"{directory / 'exercise.yaml'}: {field_name}: {reason}")


_parsed: dict[tuple[str, int, int], Exercise] = {}
_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: parsing is on every run


def load_exercise(exercise_dir: Path) -> Exercise:
    """Parse and validate `exercise_dir/exercise.yaml` and the files it names (cached until the YAML changes)."""
    directory = Path(exercise_dir)
    path = directory / "exercise.yaml"
    try:
        info = path.stat()
    except OSError:
        raise ExerciseError(f"{path}: missing (every code exercise needs an exercise.yaml)") from None
    key = (str(path.resolve()), info.st_mtime_ns, info.st_size)
    if key not in _parsed:
        _parsed[key] = _load(directory, path)
    return _parsed[key]


def _load(directory: Path, path: Path) -> Exercise:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YamlLoader)  # a safe loader
    except yaml.YAMLError as error:
        raise ExerciseError(f"{path}: not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise _fail(directory, "(top)", "must be a mapping of fields")
    language = data.get("language")
    if language not in LANGUAGES:
        raise _fail(directory, "language", f"must be one of {', '.join(LANGUAGES)}, got {language!r}")
    solution = directory / str(data.get("solution", LANGUAGES[language]))
    if not solution.is_file():
        raise _fail(directory, "solution", f"file {solution.name} not found")
    starter = directory / data["starter"] if data.get("starter") else None
    if starter is not None and not starter.is_file():
        raise _fail(directory, "starter", f"file {starter.name} not found")
    limits_data = data.get("limits") or {}
    if language == "java":
        limits_data = {"memory_mb": JAVA_MEMORY_DEFAULT, "wall_s": 10, **limits_data}
    try:
        limits = Limits().merged(limits_data)
    except (ValueError, TypeError) as error:
        raise _fail(directory, "limits", str(error)) from None
    visible = _tests(directory, data, "visible", language)
    hidden = _tests(directory, data, "hidden", language)
    if not hidden:
        raise _fail(directory, "hidden", "at least one hidden test is needed")
    compare = data.get("compare") or {}
    stdout_rule = compare.get("stdout", "strip" if language == "shell" else "ignore")
    if stdout_rule not in STDOUT_RULES:
        raise _fail(directory, "compare.stdout", f"must be one of {', '.join(STDOUT_RULES)}")
    files = compare.get("files")
    check_files = None if files in (None, False) else ("*",) if files in ("all", True) else tuple(map(str, files))
    if language != "shell" and check_files is not None:
        raise _fail(directory, "compare.files", "only Unix (shell) exercises grade files")
    return Exercise(
        directory=directory, language=language, solution=solution, visible=visible, hidden=hidden, limits=limits,
        entry=data.get("entry"), starter=starter, wrong=_wrong(directory, data), imports=tuple(data.get("imports", ())),
        float_tolerance=float(compare.get("float_tolerance", 1e-9)), unordered=bool(compare.get("unordered", False)),
        stdout_rule=stdout_rule, check_files=check_files, check_modes=bool(compare.get("modes", False)),
    )


def _tests(directory: Path, data: dict, suite: str, language: str) -> tuple[TestCase, ...]:
    raw = data.get(suite) or []
    if not isinstance(raw, list):
        raise _fail(directory, suite, "must be a list of tests")
    tests: list[TestCase] = []
    for position, item in enumerate(raw):
        where = f"{suite}[{position}]"
        if not isinstance(item, dict):
            raise _fail(directory, where, "must be a mapping (name, call or code, ...)")
        # a hidden test's call would give its input away: unnamed hidden tests get a neutral name
        shown_call = item.get("call") if suite == "visible" else None
        name = str(item.get("name") or shown_call or f"{suite} test {position + 1}")
        if language == "shell":
            tree = str(item.get("tree", "tree"))
            if not (directory / tree).is_dir():
                raise _fail(directory, f"{where}.tree", f"folder {tree}/ not found")
            tests.append(TestCase(name=name, tree=tree, stdin=str(item.get("stdin", ""))))
            continue
        call, code = item.get("call"), item.get("code")
        if bool(call) == bool(code):
            raise _fail(directory, where, "give exactly one of `call` (an expression) or `code` (statements)")
        tests.append(TestCase(name=name, call=call, code=code, has_expected="expected" in item,
                              expected=item.get("expected")))
    names = [t.name for t in tests]
    if len(set(names)) != len(names):
        raise _fail(directory, suite, "test names must be unique")
    return tuple(tests)


def _wrong(directory: Path, data: dict) -> tuple[WrongSolution, ...]:
    found: list[WrongSolution] = []
    for position, item in enumerate(data.get("wrong") or []):
        if not isinstance(item, dict) or "file" not in item:
            raise _fail(directory, f"wrong[{position}]", "needs `file` (and `feedback`)")
        path = directory / str(item["file"])
        if not path.is_file():
            raise _fail(directory, f"wrong[{position}].file", f"file {item['file']} not found")
        found.append(WrongSolution(path=path, feedback=str(item.get("feedback", ""))))
    return tuple(found)
