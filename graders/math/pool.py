"""Run each check in a persistent worker process with a hard time limit; a timeout kills the worker.

Workers are forked from a forkserver that has sympy imported already, so replacing one is cheap and
safe even when the caller (the web app) runs threads.
"""

from __future__ import annotations

import multiprocessing
import resource
import threading
from multiprocessing.connection import Connection
from typing import Any

from graders.math.result import CheckResult, invalid, timed_out

_MEMORY_LIMIT = 2 * 1024**3  # bytes of address space per worker
_START_TIMEOUT = 60.0
_MAX_IDLE = 2


def _serve(connection: Connection) -> None:
    """Worker loop: receive (kind, answer, expected, options), send back a CheckResult."""
    resource.setrlimit(resource.RLIMIT_AS, (_MEMORY_LIMIT, _MEMORY_LIMIT))
    from graders.math.grading import grade_answer

    connection.send("ready")
    while True:
        try:
            kind, answer, expected, options = connection.recv()
        except EOFError:
            return
        try:
            result = grade_answer(kind, answer, expected, options)
        except MemoryError:
            result = invalid("the answer needs too much memory to check")
        except RecursionError:
            result = invalid("the answer is nested too deeply")
        connection.send(result)


class _Worker:
    """One worker process and the pipe to it."""

    def __init__(self, context: multiprocessing.context.BaseContext) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child,), daemon=True)
        self.process.start()
        child.close()
        if not self.connection.poll(_START_TIMEOUT) or self.connection.recv() != "ready":
            self.kill()
            raise RuntimeError("the math worker did not start")

    def run(self, job: tuple[Any, ...], timeout: float) -> CheckResult | None:
        """The result, or None if the time limit passed (the worker is then dead)."""
        self.connection.send(job)
        if self.connection.poll(timeout):
            try:
                return self.connection.recv()
            except EOFError:
                pass
        self.kill()
        return None

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()


class WorkerPool:
    """Idle workers are reused; a worker that timed out or crashed is replaced on the next call."""

    def __init__(self) -> None:
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._context: multiprocessing.context.BaseContext | None = None

    def _get(self) -> _Worker:
        with self._lock:
            if self._idle:
                return self._idle.pop()
            if self._context is None:
                self._context = multiprocessing.get_context("forkserver")
                self._context.set_forkserver_preload(["graders.math.grading"])
            context = self._context
        return _Worker(context)

    def run(self, job: tuple[Any, ...], timeout: float) -> CheckResult:
        """Run one check with a hard time limit."""
        worker = self._get()
        result = worker.run(job, timeout)
        if result is None:
            return timed_out()
        with self._lock:
            if len(self._idle) < _MAX_IDLE:
                self._idle.append(worker)
                return result
        worker.kill()
        return result

    def close(self) -> None:
        """Stop every idle worker."""
        with self._lock:
            workers, self._idle = self._idle, []
        for worker in workers:
            worker.kill()


POOL = WorkerPool()
