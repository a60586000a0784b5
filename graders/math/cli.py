"""``python -m graders check``: JSON Lines in, one JSON line out per case (DESIGN §3.1)."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from graders.math import KINDS, check
from graders.math.result import invalid


def main(argv: list[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Grade every input line; exit 0 unless stdin is not JSON Lines (then 1, after the good lines)."""
    args = list(argv or [])
    if args and args[0] in ("-h", "--help"):
        print("usage: python -m graders check < cases.jsonl  (see DESIGN §3.1)")
        return 0
    source, sink = stdin or sys.stdin, stdout or sys.stdout
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as error:
            print(f"line {number}: not JSON ({error})", file=sys.stderr)
            return 1
        if not isinstance(case, dict):
            print(f"line {number}: not a JSON object", file=sys.stderr)
            return 1
        sink.write(json.dumps(_grade(case), ensure_ascii=False) + "\n")
        sink.flush()
    return 0


def _grade(case: dict[str, Any]) -> dict[str, Any]:
    case_id = case.get("id")
    kind = case.get("kind", "expression")
    options = case.get("options") or {}
    if kind not in KINDS:
        return invalid(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}").to_json(case_id)
    if not isinstance(options, dict):
        return invalid("options must be a JSON object").to_json(case_id)
    answer, expected = case.get("answer"), case.get("expected")
    if not isinstance(answer, str) or not isinstance(expected, str):
        return invalid("answer and expected must be strings").to_json(case_id)
    return check(kind, answer, expected, options).to_json(case_id)
