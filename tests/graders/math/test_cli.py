"""The `python -m graders check` contract of DESIGN §3.1."""

from __future__ import annotations

import json
import subprocess
import sys


def run(lines: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graders", "check"], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, timeout=120, check=False)


def test_one_json_line_out_per_case_in_order() -> None:
    cases = [{"id": "q1", "kind": "expression", "answer": "x^2+2x+1", "expected": "(x+1)^2"},
             {"id": "q2", "kind": "set", "answer": "[0,1", "expected": "[0,1]"},
             {"id": "q3", "kind": "numeric", "answer": "2,5", "expected": "5/2", "options": {"atol": 0}}]
    done = run([json.dumps(c) for c in cases])
    assert done.returncode == 0
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o["id"] for o in out] == ["q1", "q2", "q3"]
    assert out[0]["status"] == "graded" and out[0]["correct"] is True and out[0]["score"] == 1.0
    assert out[0]["latex"].startswith("x^{2}")
    assert out[1]["status"] == "invalid" and out[1]["correct"] is None and out[1]["message"]
    assert out[2]["correct"] is True


def test_input_that_is_not_json_lines_fails() -> None:
    done = run(['{"id": "q1", "answer": "x", "expected": "x"}', "not json"])
    assert done.returncode != 0
    assert len(done.stdout.splitlines()) == 1
