"""Benchmark of the code runners, measured side by side in one run (issue 4).

    .venv/bin/python bench/runner.py [--runs 20] [--no-health]

Every case is measured end to end as the app calls it (`run_code`), interleaved round by round with its
baselines, so a busy machine slows all of them alike. Printed per case: p50 and p95, the ratio of p50s to the
bare baseline, and the target. Variants:

* prestarted: the default of a long-lived app process; the run's fresh sandbox was started (and, for Java, the
  compile service was running) before the request. The bench waits until the spare is ready, as between two
  requests of real traffic; back-to-back requests faster than a sandbox start get the cold figure.
* cold: nothing ready: the sandbox (and the JVM, and javac for Java) starts when the request arrives.
* bare: the SAME harness and tests (same job bytes on stdin, same interpreter, same flags), no sandbox at all;
  for shell, bash on a fresh copy of the tree; for Java, `java Main.java` (compile and run, no tests).

With health on, GET /health of a live app (started here) while cores - 1 bombs run through the job queue,
and whether another applicant's run queued behind them succeeds. Load average is printed with the results.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from graders.sandbox import compile_service, prestart, run_code, sandbox_status  # noqa: E402
from graders.sandbox.exercise import load_exercise  # noqa: E402
from graders.sandbox.runners import HARNESS_DIR  # noqa: E402
from graders.sandbox.runners import python as python_runner  # noqa: E402

EXERCISES = REPO / "tests" / "fixtures" / "exercises"
JAVA_MAIN = "public class Main { public static void main(String[] a) { System.out.println(6 * 7); } }"


@contextlib.contextmanager
def cold() -> Iterator[None]:
    """No spare sandbox and no compile service for the runs inside."""
    with prestart.bypassed(), compile_service.bypassed():
        yield


def graded(language: str, exercise: Path, source: str, mode: Callable[[], AbstractContextManager[None]]
           ) -> Callable[[], None]:
    """One end-to-end graded run as the app does it; fails loudly if it does not pass."""
    def action() -> None:
        with mode():
            result = run_code(language, source, exercise=exercise)
        if result.status != "passed":
            raise SystemExit(f"{exercise.name}: {result.to_json()}")

    return action


def program(language: str, source: str, mode: Callable[[], AbstractContextManager[None]]) -> Callable[[], None]:
    """One end-to-end program run (no exercise)."""
    def action() -> None:
        with mode():
            result = run_code(language, source)
        if result.status != "ok":
            raise SystemExit(f"program: {result.to_json()}")

    return action


def python_bare(exercise: Path, source: str) -> Callable[[], None]:
    """The same harness command with the same job on stdin and a channel pipe, with no sandbox."""
    loaded = load_exercise(exercise)
    job = python_runner.tests_job(source, loaded.hidden, loaded.limits)
    command = python_runner.harness_command(str(HARNESS_DIR))

    def action() -> None:
        read, write = os.pipe()
        try:
            subprocess.run(command, input=job, env={"QUIZAPP_CHANNEL_FD": str(write)}, pass_fds=(write,),
                           check=True, capture_output=True)
        finally:
            os.close(write)
        values = os.read(read, 1 << 20).count(b'"kind":"value"')
        os.close(read)
        if values != len(loaded.hidden):
            raise SystemExit(f"bare harness produced {values} values")

    return action


def shell_bare(tree: Path, source: str) -> Callable[[], None]:
    """bash on a fresh copy of the tree, with no sandbox."""
    def action() -> None:
        with tempfile.TemporaryDirectory() as folder:
            shutil.copytree(tree, folder, dirs_exist_ok=True, symlinks=True)
            subprocess.run(["/bin/bash", "-c", source], cwd=folder, check=True, capture_output=True)

    return action


def java_bare() -> Callable[[], None]:
    """The single-file launcher (`java Main.java`): compile and run, default flags, no sandbox, no tests."""
    folder = Path(tempfile.mkdtemp())
    (folder / "Main.java").write_text(JAVA_MAIN)
    return lambda: subprocess.run(["java", str(folder / "Main.java")], check=True, capture_output=True)


def ready() -> None:
    """Between requests: let the spare sandboxes and the compile service get ready (bounded)."""
    compile_service.ensure_started(wait_s=60)
    prestart.wait_for_spares(2, timeout_s=5)


CASES: list[tuple[str, str, str]] = []  # (group, variant, target) in print order


def build_cases() -> dict[tuple[str, str], Callable[[], None]]:
    """Every measured action, keyed by (case, variant)."""
    fib = EXERCISES / "python" / "fib"
    fib_source = (fib / "solution.py").read_text()
    shapes = EXERCISES / "java" / "shapes"
    shapes_source = (shapes / "Solution.java").read_text()
    count = EXERCISES / "shell" / "count_errors"
    one_liner = (count / "solution.sh").read_text()
    organize = EXERCISES / "shell" / "organize"
    organize_source = (organize / "solution.sh").read_text()
    prestarted = nullcontext
    actions = {
        ("python fib, 10 hidden tests", "prestarted"): graded("python", fib, fib_source, prestarted),
        ("python fib, 10 hidden tests", "cold"): graded("python", fib, fib_source, cold),
        ("python fib, 10 hidden tests", "bare"): python_bare(fib, fib_source),
        ("java shapes, 5 hidden tests", "service+prestarted"): graded("java", shapes, shapes_source, prestarted),
        ("java shapes, 5 hidden tests", "cold"): graded("java", shapes, shapes_source, cold),
        ("java shapes, 5 hidden tests", "bare"): java_bare(),
        ("java program (main only)", "service+prestarted"): program("java", JAVA_MAIN, prestarted),
        ("java program (main only)", "cold"): program("java", JAVA_MAIN, cold),
        ("unix one-liner (stdout)", "cold"): graded("shell", count, one_liner, prestarted),
        ("unix one-liner (stdout)", "bare"): shell_bare(count / "tree", one_liner),
        ("unix file-state check", "cold"): graded("shell", organize, organize_source, prestarted),
        ("unix file-state check", "bare"): shell_bare(organize / "tree", organize_source),
    }
    CASES[:] = [
        ("python fib, 10 hidden tests", "prestarted", "<= 1.2x bare, p50 <= 120 ms"),
        ("python fib, 10 hidden tests", "cold", "(no spare ready)"),
        ("java shapes, 5 hidden tests", "service+prestarted", "p50 <= 200 ms"),
        ("java shapes, 5 hidden tests", "cold", "p50 <= 500 ms (javac in the sandbox)"),
        ("java program (main only)", "service+prestarted", "p50 <= 200 ms"),
        ("java program (main only)", "cold", "p50 <= 500 ms"),
        ("unix one-liner (stdout)", "cold", "p50 <= 100 ms"),
        ("unix file-state check", "cold", "p50 <= 150 ms"),
    ]
    return actions


def measure(actions: dict[tuple[str, str], Callable[[], None]], runs: int) -> dict[tuple[str, str], list[float]]:
    """Interleave every action, round by round; milliseconds per call (one warm-up each first)."""
    samples: dict[tuple[str, str], list[float]] = {key: [] for key in actions}
    keys = list(actions)
    for key in keys:
        ready()
        actions[key]()
    for round_index in range(runs):
        for key in keys[round_index % len(keys):] + keys[: round_index % len(keys)]:
            ready()
            start = time.perf_counter()
            actions[key]()
            samples[key].append((time.perf_counter() - start) * 1000)
    return samples


def print_table(samples: dict[tuple[str, str], list[float]]) -> None:
    """p50 / p95 per case and variant, with the ratio of p50s to the case's bare baseline."""
    print(f"{'case':<30} {'variant':<19} {'p50 ms':>8} {'p95 ms':>8} {'x bare':>7}  target")
    for case, variant, target in CASES:
        values = samples[(case, variant)]
        bare = samples.get((case, "bare"))
        ratio = f"{statistics.median(values) / statistics.median(bare):6.2f}x" if bare else "      -"
        print(f"{case:<30} {variant:<19} {statistics.median(values):8.1f} {_p95(values):8.1f} {ratio}  {target}")
        if bare and variant == next(v for c, v, _ in CASES if c == case):
            print(f"{'':<30} {'bare':<19} {statistics.median(bare):8.1f} {_p95(bare):8.1f}")


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def main() -> int:
    """Run every measurement and print the table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--no-health", action="store_true", help="skip /health under cores - 1 bombs")
    args = parser.parse_args()
    status = sandbox_status()
    print(f"sandbox: {status.mode} ({status.reason}); cores: {os.cpu_count()}; load before: {os.getloadavg()}")
    samples = measure(build_cases(), args.runs)
    print_table(samples)
    print(f"load after: {os.getloadavg()}  (1, 5, 15 min; other engineers share the cores)")
    if not args.no_health:
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
