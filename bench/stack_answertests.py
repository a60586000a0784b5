"""Benchmark graders.math on STACK's own answer-test fixtures.

Usage: .venv/bin/python bench/stack_answertests.py [BENCH_DIR] [--allowlist FILE] [--show-misses]

BENCH_DIR (default ../shared/bench next to the repository) holds stack_answertests.jsonl,
stack_algequiv_core_ids.txt and README-stack.md. Prints agreement per test, on the core AlgEquiv
subset (with and without the reviewed allowlist of Maxima quirks), false accepts, and timings.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from stack_adapter import TESTS, to_case

from graders.math import check

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "bench"
DEFAULT_ALLOWLIST = Path(__file__).resolve().parent / "stack_allowlist.yaml"


def _agrees(expected: int, status: str, correct: bool | None) -> bool:
    if expected == -1:
        return status == "invalid"
    accepted = status == "graded" and correct is True
    if status == "timeout":
        return False
    return accepted if expected == 1 else not accepted


def main() -> int:
    """Run every mapped row once and print the figures the issue asks for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--allowlist", type=Path, default=DEFAULT_ALLOWLIST)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    rows = [json.loads(line) for line in (args.bench_dir / "stack_answertests.jsonl").open()]
    core = set((args.bench_dir / "stack_algequiv_core_ids.txt").read_text().split())
    allow = {entry["id"]: entry["reason"] for entry in yaml.safe_load(args.allowlist.read_text()) or []}
    check("expression", "x", "x")  # start the worker before timing
    outcomes, timings = {}, []
    for row in rows:
        if row["test"] not in TESTS:
            continue
        case = to_case(row)
        start = time.perf_counter()
        result = check(case.kind, case.answer, case.expected, case.options)
        timings.append(time.perf_counter() - start)
        outcomes[row["id"]] = (row, result, _agrees(row["expected"], result.status, result.correct))
    _report(outcomes, core, allow, timings, args.show_misses)
    return 0


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.1f} %" if whole else "n/a"


def _report(outcomes: dict, core: set, allow: dict, timings: list, show: bool) -> None:
    by_test: dict[str, list] = defaultdict(list)
    for row, result, agrees in outcomes.values():
        by_test[row["test"]].append((row, result, agrees))
    header = f"{'test':<12} {'rows 0/1':>9} {'agree (all)':>22} {'agree (outside allowlist)':>28}"
    print(f"{header} {'-1 -> invalid':>16}")
    for test in TESTS:
        items = by_test[test]
        marks = [i for i in items if i[0]["expected"] in (0, 1)]
        outside = [i for i in marks if i[0]["id"] not in allow]
        errors = [i for i in items if i[0]["expected"] == -1]
        error_cell = _pct(sum(i[2] for i in errors), len(errors))
        print(f"{test:<12} {len(marks):>9} {_pct(sum(i[2] for i in marks), len(marks)):>22} "
              f"{_pct(sum(i[2] for i in outside), len(outside)):>28} {error_cell:>16}")
    core_rows = [v for k, v in outcomes.items() if k in core and v[0]["expected"] in (0, 1)]
    outside = [v for v in core_rows if v[0]["id"] not in allow]
    different = [v for v in core_rows if v[0]["expected"] == 0]
    false_accepts = [v for v in different if v[1].status == "graded" and v[1].correct]
    print(f"\ncore AlgEquiv (expected 0/1): {len(core_rows)} rows, allowlisted {len(core_rows) - len(outside)}")
    print(f"  agreement counting the allowlist: {_pct(sum(v[2] for v in core_rows), len(core_rows))}")
    print(f"  agreement outside the allowlist:  {_pct(sum(v[2] for v in outside), len(outside))}")
    print(f"  false accepts: {_pct(len(false_accepts), len(different))} of the 'different' rows; outside the "
          f"allowlist {_pct(sum(v[0]['id'] not in allow for v in false_accepts), len(different))}")
    errors = [v for v in outcomes.values() if v[0]["expected"] == -1]
    marked = [v for v in errors if v[1].status == "graded"]
    print(f"\nerror rows (expected -1): {len(errors)}, invalid {sum(v[1].status == 'invalid' for v in errors)}, "
          f"marked {len(marked)}, timeout {sum(v[1].status == 'timeout' for v in errors)}")
    known = [v for v in outcomes.values() if v[0]["expected"] in (-2, -3)]
    right = sum((v[1].correct is True) == (v[0]["expected"] == -3) and v[1].status == "graded" for v in known)
    print(f"known STACK failures (-2/-3): we give the mathematically right answer on {_pct(right, len(known))}")
    ms = sorted(t * 1000 for t in timings)
    print(f"\ntime per case over {len(ms)} cases: p50 {statistics.median(ms):.1f} ms, "
          f"p95 {ms[int(0.95 * (len(ms) - 1))]:.1f} ms, max {ms[-1]:.1f} ms")
    if show:
        print("\nmisses (expected, status, correct | student | teacher):")
        for row, result, agrees in outcomes.values():
            if not agrees and row["expected"] in (0, 1, -1):
                flag = "A" if row["id"] in allow else (" C" if row["id"] in core else "")
                print(f"  {row['id']} {row['test']:<11}{flag:>3} {row['expected']:>2} {result.status:<8} "
                      f"{result.correct!s:<5} | {row['student'][:50]} | {row['teacher'][:50]} | {result.message[:70]}")


if __name__ == "__main__":
    sys.exit(main())
