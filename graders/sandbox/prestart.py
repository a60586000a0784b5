"""Sandboxes started ahead of need: the next run's fresh sandbox is already up when its job arrives.

Starting bubblewrap and an interpreter is most of a short run's cost. After each run, a long-lived thread
starts one more sandbox with the same set-up (same slot rules, uid, cgroup, tmpfs, limits); the next run with
that set-up is handed its job on stdin. Every sandbox still serves exactly one run and is destroyed after it:
nothing is reused, only started earlier. Off with QUIZAPP_SANDBOX_PRESTART=0 (or `set_enabled(False)`), e.g.
for one-shot processes such as the CLI, where the spare sandbox would only be thrown away.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import replace

from graders.sandbox.launcher import LaunchSpec, RawRun, Started, discard, finish, start, started_here
from graders.sandbox.limits import Limits

JOB_RECEIVED = b'{"kind":"job"}\n'  # the harness's first channel line once it has read its job
MAX_READY = 3  # spare sandboxes kept at most (each holds a slot of the SLOT_COUNT)
_ready: OrderedDict[str, Started] = OrderedDict()
_lock = threading.Lock()
_requests: queue.SimpleQueue[Callable[[], object]] = queue.SimpleQueue()
_state: dict = {"enabled": os.environ.get("QUIZAPP_SANDBOX_PRESTART", "1") != "0", "thread": None, "bypass": False}


def set_enabled(enabled: bool) -> None:
    """Turn prestarting on or off for this process; turning it off discards the spare sandboxes."""
    _state["enabled"] = enabled
    if not enabled:
        with _lock:
            spares = list(_ready.values())
            _ready.clear()
        for started in spares:
            discard(started)


def _discard_at_exit() -> None:
    """At interpreter exit, end this process's spares cleanly: their tmpfs, cgroup and staging are freed too.

    bubblewrap would die with the process anyway, but leave the slot's mounts behind. A forked child holds
    copies of its parent's spares: only sandboxes this process started (its own children) are discarded.
    """
    with _lock:
        ours = [key for key, started in _ready.items() if started_here(started)]
        spares = [_ready.pop(key) for key in ours]
    for started in spares:
        discard(started)


atexit.register(_discard_at_exit)


@contextlib.contextmanager
def bypassed() -> Iterator[None]:
    """Within this block, runs start their own sandbox and leave the spares alone (benchmarks' cold runs)."""
    _state["bypass"] = True
    try:
        yield
    finally:
        _state["bypass"] = False


def spare_pids() -> list[int]:
    """Host pids (bubblewrap) of the spare sandboxes waiting for a job."""
    with _lock:
        return [s.proc.pid for s in _ready.values() if s.proc is not None]


def wait_for_spares(count: int, timeout_s: float) -> bool:
    """Wait until at least `count` spare sandboxes are ready (benchmarks and tests)."""
    end = time.monotonic() + timeout_s
    while len(spare_pids()) < count:
        if time.monotonic() > end:
            return False
        time.sleep(0.01)
    return True


def _key(spec: LaunchSpec) -> str:
    return repr(replace(spec, stdin=b""))


def run(spec: LaunchSpec, job: bytes, limits: Limits) -> RawRun:
    """Run `job` (sent on stdin) in a sandbox set up as `spec`: a spare one if ready, else a new one.

    `limits` supplies the wall limit and output caps, enforced from the hand-over of the job.
    """
    started = None
    use_spares = _state["enabled"] and not _state["bypass"]
    if use_spares:
        with _lock:
            started = _ready.pop(_key(spec), None)
        if started is not None and (started.proc is None or started.proc.poll() is not None):
            discard(started)  # it died while waiting (killed from outside): never hand it a job
            started = None
    try:
        run = finish(started or start(spec), job, limits)
        if started is not None and (not run.channel.startswith(JOB_RECEIVED) or _killed_from_outside(run)):
            # The spare died just before its job, or was being killed (from outside) as the job arrived: a
            # kill can land between the liveness check above and the hand-over. Run the job in a new sandbox.
            run = finish(start(spec), job, limits)
    finally:
        if use_spares:
            _request(spec)
    return replace(run, channel=run.channel.removeprefix(JOB_RECEIVED))


def _killed_from_outside(run: RawRun) -> bool:
    """The sandbox was ended by a signal that none of our limits sent."""
    return run.signalled and not (run.timed_out or run.output_exceeded or run.oom)


def _request(spec: LaunchSpec) -> None:
    on_keeper_thread(lambda: _prepare(spec))


def on_keeper_thread(action: Callable[[], object]) -> None:
    """Run `action` soon on one thread that never exits.

    Long-lived sandboxes must be started there: bubblewrap's --die-with-parent follows the *thread* that
    forked it, so one started from a short-lived worker thread would be killed when that thread ends.
    """
    with _lock:
        if _state["thread"] is None:
            thread = threading.Thread(target=_serve, name="sandbox-keeper", daemon=True)
            _state["thread"] = thread
            thread.start()
    _requests.put(action)


def _serve() -> None:
    while True:
        action = _requests.get()
        with contextlib.suppress(Exception):  # a failed start only means the next run starts its own
            action()


def _prepare(spec: LaunchSpec) -> None:
    key = _key(spec)
    with _lock:
        if key in _ready or not _state["enabled"]:
            return
    started = start(spec)
    with _lock:
        _ready[key] = started
        evicted = [_ready.popitem(last=False)[1] for _ in range(max(0, len(_ready) - MAX_READY))]
    for old in evicted:
        discard(old)
