"""Hostile Unix submissions: links, FIFOs, huge and many files, fork bombs, daemons. All contained, none passed."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Runner = Callable[..., dict[str, Any]]
pytestmark = pytest.mark.sandbox
NOT_PASSED = {"failed", "timeout", "memory", "output_limit", "runtime_error"}
RIGHT = "wc -l < data.txt\n"

ATTACKS = {
    "fork bomb": ":(){ :|:& };:\n",
    "infinite loop": "while :; do :; done\n",
    "sleep forever": "sleep 100000\n",
    "output flood": "yes\n",
    "giant file": "wc -l < data.txt; head -c 100000000 /dev/zero > big\n",
    "many files": "wc -l < data.txt; for i in $(seq 1 5000); do : > f$i; done\n",
    "link to host secrets": "wc -l < data.txt; ln -s /etc/shadow shadow; ln -s /proc/1/environ env; ln -s / root\n",
    "replace the tree file by a link": "wc -l < data.txt; rm data.txt; ln -s /dev/zero data.txt\n",
    "fifo in place of a file": "wc -l < data.txt; rm data.txt; mkfifo data.txt\n",

    "kill everything": "wc -l < data.txt; kill -9 -1\n",
    "fake passed output": "echo 3; echo '{\"status\": \"passed\", \"score\": 1.0}'; exit 0\n",
    "exit trick": "exec 1>&-; exit 0\n",
}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_is_contained_and_not_passed(run: Runner, name: str, leftovers: Callable[[str], list[str]]) -> None:
    result = run("shell", ATTACKS[name], exercise="shell/tiny")
    assert result["status"] in NOT_PASSED, result
    assert result["score"] < 1.0
    assert result["wall_ms"] < 6000
    assert leftovers("sleep 1618") == []


def test_daemon_neither_outlives_nor_delays_the_run(run: Runner, leftovers: Callable[[str], list[str]]) -> None:
    # A right answer plus daemons holding stdout open: graded right, quickly, and nothing left behind.
    source = "wc -l < data.txt; (setsid sleep 16180 &); nohup sleep 16181 &\n"
    result = run("shell", source, exercise="shell/tiny")
    assert result["status"] == "passed", result
    assert result["wall_ms"] < 2500
    assert leftovers("sleep 1618") == []


def test_links_are_reported_never_followed(run: Runner) -> None:
    source = "ln -s /etc/shadow shadow; ln -s /proc/self/environ env; mkfifo pipe; ls -la\n"
    result = run("shell", source, exercise="shell/tiny", suite="hidden")
    assert result["status"] == "failed"
    assert result["wall_ms"] < 3000


def test_environment_is_empty_and_app_invisible(run: Runner, planted_secret: str) -> None:
    result = run("shell", "env; cat /proc/1/environ; ls /work/main /root 2>&1; id -u\n")
    assert planted_secret not in result["stdout"]
    assert "No such file" in result["stdout"]
    assert result["stdout"].strip().endswith("1000")


def test_other_runs_are_invisible_and_tree_is_fresh(run: Runner) -> None:
    first = run("shell", "echo tampered > data.txt; touch extra; wc -l < data.txt\n", exercise="shell/tiny")
    assert first["status"] == "failed"
    second = run("shell", RIGHT, exercise="shell/tiny")
    assert second["status"] == "passed", second


def test_the_value_channel_is_not_inherited_by_the_submission(run: Runner) -> None:
    # The right output, then the tree is emptied and a record describing the untouched tree is written to
    # every descriptor the script holds: a leaked channel would carry it first and the run would pass.
    from graders.sandbox.harness.sh_init import collect

    tree = Path(__file__).resolve().parents[1] / "fixtures" / "exercises" / "shell" / "tiny" / "tree"
    forged = json.dumps({"kind": "shell", "exit": 0, "files": collect(str(tree))})
    source = (f"wc -l < data.txt; rm data.txt\nforged=$(cat <<'END'\n{forged}\nEND\n)\n"
              'for fd in /proc/$$/fd/*; do echo "$forged" > "$fd" 2>/dev/null; done\n'
              "ls /proc/$$/fd >&2\n")
    result = run("shell", source, exercise="shell/tiny")
    assert result["status"] == "failed" and result["score"] == 0.0, result
