"""``bank new TOPIC CONCEPT TYPE``: a documented starting point for a new item, valid as written."""

from __future__ import annotations

import re
from pathlib import Path

HEADER = """\
# A new {type} item. Every field is explained in docs/authoring.md; edit, then run
#   flask --app quizapp bank validate --topic {topic}
id: {topic}.{slug}
title: {title}
topic: {topic}
concepts: [{concept}]
level: 2                      # 1 (routine) … 5 (hard)
type: {type}
"""

BODIES = {
    "expression": """\
variables: [x]                # names the applicant may use
parameters:                   # drawn for each variant; use them as {@a@} in any text
  a: {int: [2, 9]}
  b: {int: [-9, 9], exclude: [0]}  # may be ±1: {@b|signed_coef@}x reads "+ x", where {@b|signed@}x reads "+ 1x"
prompt: |
  Differentiate $f(x) = {@a@}x^2 {@b|signed_coef@}x$.
answer: "{@2*a@}x + {@b@}"
solution: |
  By linearity and $(x^n)' = n x^{n-1}$: $f'(x) = {@2*a@}x {@b|signed@}$.
mistakes:
  - answer: "{@a@}x + {@b@}"
    feedback: The exponent multiplies the coefficient.
    tag: power_rule
self_test:
  correct: ["{@b@} + {@2*a@}*x"]
  wrong: ["{@2*a@}x"]
  invalid: ["{@2*a@}x +"]
""",
    "numeric": """\
parameters:
  n: {int: [2, 40]}
prompt: |
  Compute $\\sum_{k=1}^{ {@n@} } k$.
answer: "{@n*(n+1)//2@}"
options: {atol: 0.0}           # or rtol: 1.0e-3, or sigfigs: 3
solution: |
  $\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2} = {@n*(n+1)//2@}$.
mistakes:
  - answer: "{@n*(n-1)//2@}"
    feedback: The sum runs up to $n$ included.
    tag: off_by_one
self_test:
  wrong: ["{@n*n@}"]
  invalid: ["twelve"]
""",
    "single_choice": """\
prompt: |
  Which statement is true?
choices:                      # shuffled for each variant; feedback is shown when the choice is picked
  - text: The right statement.
    correct: true
    feedback: "Yes, because …"
  - text: A tempting wrong statement.
    feedback: "No: …"
  - text: Another wrong statement.
    feedback: "No: …"
solution: |
  Explain why the right statement holds and the others do not.
""",
    "short_text": """\
prompt: |
  What does `print(len([1, [2, 3]]))` print?
answer: ["2"]                 # accepted answers (compared after trimming spaces)
solution: |
  The list has two elements: `1` and the inner list `[2, 3]`.
mistakes:
  - answer: "3"
    feedback: The inner list counts as one element.
    tag: nested_list
""",
}
BODIES["multiple_choice"] = BODIES["single_choice"].replace("Which statement is true?", "Which statements are true?")
BODIES["equation"] = BODIES["expression"]
CODE_TYPES = {"python_code": "python", "java_code": "java", "shell": "shell"}


def slugify(text: str) -> str:
    """``Sum of a series`` → ``sum-of-a-series``."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "new-item"


def scaffold_item(bank_dir: Path, topic: str, concept: str, qtype: str, title: str) -> Path:
    """Write a new item file (or folder, for code items) and return its path; never overwrites."""
    slug = slugify(title)
    text = HEADER.format(type=qtype, topic=topic, slug=slug, title=title, concept=concept)
    if qtype in CODE_TYPES:
        return _scaffold_code(bank_dir / topic / slug, text, CODE_TYPES[qtype])
    if qtype not in BODIES:
        raise ValueError(f"no scaffold for type {qtype!r}; choose one of {', '.join(sorted([*BODIES, *CODE_TYPES]))}")
    path = bank_dir / topic / f"{slug}.yaml"
    if path.exists():
        raise FileExistsError(f"{path} already exists")
    path.write_text(text + BODIES[qtype], encoding="utf-8")
    return path


def _scaffold_code(folder: Path, header: str, language: str) -> Path:
    """A folder with item.yaml and a minimal exercise (see docs/exercises.md)."""
    if folder.exists():
        raise FileExistsError(f"{folder} already exists")
    folder.mkdir(parents=True)
    files = CODE_SCAFFOLDS[language]
    (folder / "item.yaml").write_text(header + files.pop("item.yaml"), encoding="utf-8")
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return folder / "item.yaml"


CODE_SCAFFOLDS_PY = {
    "item.yaml": "prompt: |\n  Write `double(x)` returning twice `x`.\nsolution: |\n  ```python\n  def double(x):\n"
                 "      return 2 * x\n  ```\n",
    "exercise.yaml": "language: python\nentry: double\nstarter: starter.py\nvisible:\n  - call: double(2)\n"
                     "hidden:\n  - call: double(0)\n  - call: double(-3)\n  - call: double(10**20)\n"
                     "wrong:\n  - file: wrong/square.py\n    feedback: Twice x is x + x, not x * x.\n",
    "solution.py": "def double(x):\n    return 2 * x\n",
    "starter.py": "def double(x):\n    ...\n",
    "wrong/square.py": "def double(x):\n    return x * x\n",
}


def _code_scaffolds() -> dict[str, dict[str, str]]:
    java = {
        "item.yaml": "prompt: |\n  Write `public static int twice(int x)` in class `Solution`.\nsolution: |\n"
                     "  ```java\n  public static int twice(int x) { return 2 * x; }\n  ```\n",
        "exercise.yaml": "language: java\nstarter: starter.java\nvisible:\n  - call: Solution.twice(2)\nhidden:\n"
                         "  - call: Solution.twice(0)\n  - call: Solution.twice(-3)\n",
        "Solution.java": "public class Solution {\n    public static int twice(int x) { return 2 * x; }\n}\n",
        "starter.java": "public class Solution {\n    public static int twice(int x) {\n        return 0;\n    }\n}\n",
    }
    shell = {
        "item.yaml": "prompt: |\n  Count the lines of `notes.txt`: print only the number.\nsolution: |\n"
                     "  `wc -l < notes.txt` prints the count without the file name.\n",
        "exercise.yaml": "language: shell\ncompare:\n  stdout: strip\nvisible:\n  - name: count lines\nhidden:\n"
                         "  - name: count lines (hidden tree)\n    tree: tree_hidden\n",
        "solution.sh": "wc -l < notes.txt\n",
        "tree/notes.txt": "one\ntwo\nthree\n",
        "tree_hidden/notes.txt": "a\nb\n",
    }
    return {"python": dict(CODE_SCAFFOLDS_PY), "java": java, "shell": shell}


class _Scaffolds(dict):
    """Fresh copies on every access (scaffolding pops from them)."""

    def __getitem__(self, language: str) -> dict[str, str]:
        return _code_scaffolds()[language]


CODE_SCAFFOLDS = _Scaffolds()
