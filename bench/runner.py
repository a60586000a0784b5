"""Benchmark of the code runners, measured side by side in one run (issue 4).

    .venv/bin/python bench/runner.py [--runs 15] [--health]

Prints, per language, the end-to-end time of a sandboxed, graded run (run_code, as the app calls it) next to the
bare interpreter doing the same work outside any sandbox, with p50/p90 and the ratio; with --health, the latency
of GET /health on a live app (http://127.0.0.1:5077, started by this script) while cores - 1 bombs run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from graders.sandbox import run_code, sandbox_status  # noqa: E402
from graders.sandbox.exercise import load_exercise  # noqa: E402

EXERCISES = REPO / "tests" / "fixtures" / "exercises"
HARNESS = REPO / "graders" / "sandbox" / "harness" / "py_harness.py"


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Milliseconds of `runs` calls (after one warm-up)."""
    action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def report(label: str, sandboxed: list[float], bare: list[float] | None, target: str) -> None:
    """One line: p50 and p90 of the sandboxed run, the bare run, the ratio of p50s, the target."""
    p50 = statistics.median(sandboxed)
    p90 = statistics.quantiles(sandboxed, n=10)[-1]
    line = f"{label:<34} sandboxed p50 {p50:7.1f} ms  p90 {p90:7.1f} ms"
    if bare:
        bare_p50 = statistics.median(bare)
        line += f" | bare p50 {bare_p50:7.1f} ms | ratio {p50 / bare_p50:4.2f}"
    print(f"{line} | target {target}")


def python_bare(exercise: Path, source: str) -> Callable[[], object]:
    """The system interpreter running the same harness on the same tests, with no sandbox."""
    loaded = load_exercise(exercise)
    folder = Path(tempfile.mkdtemp())
    (folder / "submission.py").write_text(source)
    tests = [{"name": t.name, "call": t.call, "code": t.code} for t in loaded.hidden]
    (folder / "tests.json").write_text(json.dumps({"test_s": 2.0, "tests": tests}))

    def action() -> None:
        read, write = os.pipe()
        env = {"QUIZAPP_CHANNEL_FD": str(write)}
        subprocess.run(["/usr/bin/python3", "-I", "-S", str(HARNESS), str(folder)], env=env, pass_fds=(write,),
                       check=True, capture_output=True)
        os.close(write)
        os.read(read, 1 << 20)
        os.close(read)

    return action


def shell_bare(exercise: Path, source: str) -> Callable[[], object]:
    """bash on a fresh copy of the tree, with no sandbox."""
    tree = exercise / "tree"

    def action() -> None:
        with tempfile.TemporaryDirectory() as folder:
            shutil.copytree(tree, folder, dirs_exist_ok=True, symlinks=True)
            subprocess.run(["/bin/bash", "-c", source], cwd=folder, check=True, capture_output=True)

    return action


def java_bare(source: str) -> Callable[[], object]:
    """The single-file launcher (`java Main.java`): compile and run, no sandbox, default flags."""
    folder = Path(tempfile.mkdtemp())
    (folder / "Main.java").write_text(source)
    return lambda: subprocess.run(["java", str(folder / "Main.java")], check=True, capture_output=True)


def graded(language: str, exercise: Path, source: str) -> Callable[[], object]:
    """One end-to-end graded run as the app does it; fails loudly if it does not pass."""
    def action() -> None:
        result = run_code(language, source, exercise=exercise)
        if result.status != "passed":
            raise SystemExit(f"{exercise.name}: {result.to_json()}")

    return action


def main() -> int:
    """Run every measurement and print the table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--health", action="store_true", help="also measure /health under cores - 1 bombs")
    args = parser.parse_args()
    status = sandbox_status()
    print(f"sandbox: {status.mode} ({status.reason}); cores: {os.cpu_count()}")
    fib = EXERCISES / "python" / "fib"
    fib_source = (fib / "solution.py").read_text()
    report("python fib, 10 hidden tests", timed(graded("python", fib, fib_source), args.runs),
           timed(python_bare(fib, fib_source), args.runs), "<= 1.2x bare, p50 <= 120 ms")
    shapes = EXERCISES / "java" / "shapes"
    java_main = "public class Main { public static void main(String[] a) { System.out.println(6 * 7); } }"
    report("java shapes, 5 hidden tests", timed(graded("java", shapes, (shapes / "Solution.java").read_text()),
                                                args.runs), timed(java_bare(java_main), max(3, args.runs // 3)),
           "p50 <= 500 ms cold (bare = java Main.java, no tests)")
    java_program = timed(lambda: run_code("java", java_main), args.runs)
    report("java program (main only)", java_program, None, "p50 <= 500 ms")
    count = EXERCISES / "shell" / "count_errors"
    one_liner = (count / "solution.sh").read_text()
    count_check = load_exercise(count)
    del count_check
    report("unix one-liner (stdout)", timed(lambda: run_code("shell", one_liner), args.runs),
           timed(shell_bare(count, one_liner), args.runs), "p50 <= 100 ms")
    report("unix one-liner graded (1 case)", timed(graded("shell", count, one_liner), args.runs),
           timed(shell_bare(count, one_liner), args.runs), "p50 <= 100 ms")
    organize = EXERCISES / "shell" / "organize"
    organize_source = (organize / "solution.sh").read_text()
    report("unix file-state check", timed(graded("shell", organize, organize_source), args.runs),
           timed(shell_bare(organize, organize_source), args.runs), "p50 <= 150 ms")
    if args.health:
        measure_health()
    return 0


BOMBS = [
    "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n",
    "x = []\nwhile True:\n    x.append(bytearray(2**24))\n",
    "import threading\ndef burn():\n    while True:\n        pass\n"
    "for _ in range(8):\n    threading.Thread(target=burn).start()\nburn()\n",
    "while True:\n    print('x' * 4096)\n",
]


def _get(url: str) -> float:
    import urllib.request

    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=5) as response:
        response.read()
    return (time.perf_counter() - start) * 1000


def measure_health(port: int = 5077, samples: int = 200) -> None:
    """GET /health latency, quiet and while cores - 1 bombs run through the queue; a normal run must succeed."""
    from quizapp import jobs

    url = f"http://127.0.0.1:{port}/health"
    flask = REPO / ".venv" / "bin" / "flask"
    server = subprocess.Popen([str(flask), "--app", "quizapp", "run", "-p", str(port)], cwd=REPO,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                _get(url)
                break
            except OSError:
                time.sleep(0.1)
        quiet = [_get(url) for _ in range(samples)]
        bomb_ids = [jobs.submit_run("python", BOMBS[i % len(BOMBS)], None, "hidden") for i in range(8)]
        normal = jobs.submit_run("python", "print(sum(range(10)))\n", None, "hidden")
        time.sleep(0.5)
        loaded = []
        while len(loaded) < samples * 3 and jobs.job_status(bomb_ids[-1])["state"] != "done":
            loaded.append(_get(url))
            time.sleep(0.01)
        while jobs.job_status(normal)["state"] not in ("done", "failed"):
            time.sleep(0.05)
        outcome = jobs.job_status(normal)
        statuses = sorted({jobs.job_status(i)["result"]["status"] for i in bomb_ids if jobs.job_status(i)["result"]})
    finally:
        server.terminate()
        server.wait(timeout=10)
    for label, values in (("quiet", quiet), (f"{jobs.max_concurrent_runs()} bomb(s) running", loaded)):
        cuts = statistics.quantiles(values, n=100)
        print(f"/health {label:<22} n={len(values):4d}  p50 {statistics.median(values):6.1f} ms  "
              f"p99 {cuts[98]:6.1f} ms | target p99 < 300 ms")
    result = outcome["result"] or {}
    print(f"bomb statuses: {statuses}; another applicant's run queued behind them: {result.get('status')} "
          f"stdout={result.get('stdout', '').strip()!r}")


if __name__ == "__main__":
    sys.exit(main())
