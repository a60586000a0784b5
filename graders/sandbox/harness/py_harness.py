"""Inside the sandbox: load the submission, evaluate each test's call, and write only the *values* to the channel.

No expected answer is here and no verdict is made here: the grader compares the values outside. The submission
runs in this interpreter and can tamper with anything in it; all it can change is the values it reports.
"""

from __future__ import annotations

# Start-up cost is most of a short run: `json` (re, enum) and `signal` (enum) would add about 15 ms, so the
# tests come as marshal data, records leave through a tiny JSON writer, and the alarm uses `_signal` directly.
import _signal as signal
import marshal
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tinyjson import dumps
from valuecodec import encode


class TestTimeout(BaseException):
    """Raised by the per-test alarm."""


def _alarm(signum: int, frame: object) -> None:
    raise TestTimeout()


def main() -> int:
    """Run every test of the job read from stdin against its source; one JSON line per test on the channel."""
    channel = os.fdopen(int(os.environ.pop("QUIZAPP_CHANNEL_FD")), "w", buffering=1, encoding="utf-8")
    # The job comes on stdin (a length line, then marshal data), so the sandbox can be started before it exists.
    stdin = sys.stdin.buffer
    spec = marshal.loads(stdin.read(int(stdin.readline())))
    channel.write('{"kind":"job"}\n')  # tells the host the job arrived (a prestarted sandbox may have died)
    source = spec["source"]
    # A real module in sys.modules: dataclasses, enum, pickle and typing look classes up there by __module__.
    module = type(sys)("submission")
    sys.modules["submission"] = module
    namespace: dict = module.__dict__
    try:
        code = compile(source, "submission.py", "exec")
    except (SyntaxError, ValueError) as error:
        channel.write(dumps({"kind": "compile_error", "message": _describe(error)}) + "\n")
        return 0
    signal.signal(signal.SIGALRM, _alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, spec["test_s"])
        exec(code, namespace)
        signal.setitimer(signal.ITIMER_REAL, 0)
    except BaseException as error:
        signal.setitimer(signal.ITIMER_REAL, 0)
        kind = "timeout" if isinstance(error, TestTimeout) else type(error).__name__
        channel.write(dumps({"kind": "load_error", "error": kind, "message": _describe(error)}) + "\n")
        return 0
    for index, test in enumerate(spec["tests"]):
        record = _run_one(test, namespace, spec["test_s"])
        record["i"] = index
        channel.write(dumps(record) + "\n")
    channel.write(dumps({"kind": "done"}) + "\n")
    return 0


def _run_one(test: dict, namespace: dict, budget: float) -> dict:
    env = dict(namespace)
    try:
        signal.setitimer(signal.ITIMER_REAL, budget)
        if test.get("code"):
            exec(compile(test["code"], f"<test {test['name']}>", "exec"), env)
            value = env.get("result")
        else:
            value = eval(compile(test["call"], f"<test {test['name']}>", "eval"), env)
        signal.setitimer(signal.ITIMER_REAL, 0)
        return {"kind": "value", "value": encode(value)}
    except TestTimeout:
        return {"kind": "error", "error": "timeout", "message": "took too long"}
    except BaseException as error:
        signal.setitimer(signal.ITIMER_REAL, 0)
        return {"kind": "error", "error": type(error).__name__, "message": _describe(error)}


def _describe(error: BaseException) -> str:
    try:
        text = f"{type(error).__name__}: {error}"
    except BaseException:
        text = type(error).__name__
    if isinstance(error, SyntaxError) and error.lineno:
        text = f"SyntaxError: {error.msg} (line {error.lineno})"
    return text[:500]


if __name__ == "__main__":
    status = main()
    # Skip interpreter finalisation (a few ms, and whatever atexit hooks the submission left): the values
    # are on the channel already; only the submission's buffered output needs flushing.
    for stream in (sys.stdout, sys.stderr):
        try:  # noqa: SIM105 - contextlib would cost an import on every run
            stream.flush()
        except BaseException:
            pass
    os._exit(status)
