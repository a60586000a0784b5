"""The code-run queue: runs never happen in a web request's thread.

By default a local pool of at most max(1, cores - 1) threads, each waiting on a sandbox subprocess; with
`REDIS_URL` set, jobs go to an RQ queue served by `quizapp worker` (see `run_worker`). Either way a caller gets a
job id at once and polls `job_status`, which reports the queue position while the job waits.
No Flask import here: the web layer calls these functions.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rq import Queue

QUEUE_NAME = "quizapp-code-runs"
PDF_QUEUE = "quizapp-pdf"  # report PDFs (quizapp.reports.remote) are rendered by the same workers
JOB_TIMEOUT_S = 120
KEEP_FINISHED = 2000
LOST_MESSAGE = "the worker running this job stopped before finishing; please run it again"


def lost_after_seconds() -> float:
    """A run still "started" after this long lost its worker (every sandbox limit is far shorter)."""
    return float(os.environ.get("QUIZAPP_RUN_LOST_AFTER_S", "45"))


def max_concurrent_runs() -> int:
    """At most cores - 1 runs at once, so the web process always keeps a core."""
    return max(1, (os.cpu_count() or 2) - 1)


def execute_run(language: str, source: str, exercise_dir: str | None, suite: str) -> dict[str, Any]:
    """Run one job (in a pool thread or an RQ worker) and return the §3.2 result as a dict."""
    from graders.sandbox import run_code

    exercise = Path(exercise_dir) if exercise_dir else None
    return run_code(language, source, exercise=exercise, suite=suite).to_json()


@dataclass
class _LocalJob:
    state: str = "queued"
    result: dict[str, Any] | None = None
    error: str | None = None
    queued_at: float = field(default_factory=time.monotonic)


class LocalQueue:
    """An in-process pool with per-job state and queue positions."""

    def __init__(self, workers: int) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="code-run")
        self._jobs: OrderedDict[str, _LocalJob] = OrderedDict()
        self._lock = threading.Lock()

    def submit(self, language: str, source: str, exercise_dir: str | None, suite: str) -> str:
        """Queue a run and return its id at once."""
        job_id = uuid.uuid4().hex
        with self._lock:
            self._jobs[job_id] = _LocalJob()
            while len(self._jobs) > KEEP_FINISHED:
                oldest = next(iter(self._jobs))
                if self._jobs[oldest].state in ("queued", "running"):
                    break
                self._jobs.popitem(last=False)
        self._pool.submit(self._work, job_id, language, source, exercise_dir, suite)
        return job_id

    def _work(self, job_id: str, language: str, source: str, exercise_dir: str | None, suite: str) -> None:
        with self._lock:
            self._jobs[job_id].state = "running"
        try:
            result, error, state = execute_run(language, source, exercise_dir, suite), None, "done"
        except Exception as exc:  # a broken run must not kill the pool thread: report it on the job
            result, error, state = None, f"{type(exc).__name__}: {exc}", "failed"
        with self._lock:
            job = self._jobs[job_id]
            job.state, job.result, job.error = state, result, error

    def status(self, job_id: str) -> dict[str, Any]:
        """State, queue position (1 = next), result or error."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None:
                return {"state": "failed", "position": None, "result": None, "error": "unknown job"}
            position = None
            if job.state == "queued":
                position = 1 + sum(1 for other in self._jobs.values()
                                   if other.state == "queued" and other.queued_at < job.queued_at)
            return {"state": job.state, "position": position, "result": job.result, "error": job.error}


_local: LocalQueue | None = None
_local_lock = threading.Lock()


def _local_queue() -> LocalQueue:
    global _local
    with _local_lock:
        if _local is None:
            _local = LocalQueue(max_concurrent_runs())
        return _local


def _rq_queue() -> Queue:
    """The RQ queue of code runs on ``REDIS_URL`` (imported lazily: Redis is optional in development)."""
    from redis import Redis
    from rq import Queue

    return Queue(QUEUE_NAME, connection=Redis.from_url(os.environ["REDIS_URL"]))


def submit_run(language: str, source: str, exercise_dir: Path | str | None, suite: str = "hidden") -> str:
    """Queue a code run; returns a job id to poll with `job_status`."""
    directory = str(exercise_dir) if exercise_dir is not None else None
    if os.environ.get("REDIS_URL"):
        job = _rq_queue().enqueue(execute_run, language, source, directory, suite, job_timeout=JOB_TIMEOUT_S,
                                  result_ttl=3600, failure_ttl=3600)
        return str(job.id)
    return _local_queue().submit(language, source, directory, suite)


def job_status(job_id: str) -> dict[str, Any]:
    """`{"state": queued|running|done|failed, "position": int|None, "result": dict|None, "error": str|None}`."""
    if not os.environ.get("REDIS_URL"):
        return _local_queue().status(job_id)
    from rq.exceptions import NoSuchJobError
    from rq.job import Job

    queue = _rq_queue()
    try:
        job = Job.fetch(job_id, connection=queue.connection)
    except NoSuchJobError:
        return {"state": "failed", "position": None, "result": None, "error": "unknown or expired job"}
    status = job.get_status(refresh=True)
    name = getattr(status, "value", status)
    if name == "finished":
        return {"state": "done", "position": None, "result": job.return_value(), "error": None}
    if name in ("failed", "stopped", "canceled"):
        info = job.latest_result()
        lost = info is None or "abandoned" in (info.exc_string or "").lower() or "killed" in (info.exc_string or "")
        return {"state": "failed", "position": None, "result": None,
                "error": LOST_MESSAGE if lost else "the run failed inside the worker"}
    if name == "started":
        started = job.started_at
        if started is not None and (datetime.now(UTC).replace(tzinfo=None) - started.replace(tzinfo=None)
                                    ).total_seconds() > lost_after_seconds():
            # Far past any sandbox limit: its worker died (kill -9, host lost). Say so; the caller re-queues.
            job.cancel()
            return {"state": "failed", "position": None, "result": None, "error": LOST_MESSAGE}
        return {"state": "running", "position": None, "result": None, "error": None}
    position = job.get_position()
    return {"state": "queued", "position": None if position is None else position + 1, "result": None, "error": None}


def run_worker(redis_url: str, workers: int | None = None) -> None:
    """Serve the RQ queue with max(1, cores - 1) worker processes (called by `quizapp worker`).

    A job whose worker dies is moved by RQ to the failed registry as abandoned; `job_status` reports it failed
    with a clear message so the applicant can run again.
    """
    from redis import Redis
    from rq.worker import SimpleWorker
    from rq.worker_pool import WorkerPool

    # SimpleWorker runs jobs in the worker process itself (no fork per job), so the sandbox's prestarted spare
    # and the Java compile service survive from one run to the next. Isolation is the sandbox's job, not RQ's;
    # a worker that dies is replaced by the pool and its run is re-queued (see job_status).
    pool = WorkerPool([QUEUE_NAME, PDF_QUEUE], connection=Redis.from_url(redis_url),
                      num_workers=workers or max_concurrent_runs(), worker_class=SimpleWorker)
    pool.start()
