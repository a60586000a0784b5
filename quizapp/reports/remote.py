"""PDF rendering off the web process: through the RQ workers when ``REDIS_URL`` is set, in-process otherwise.

A worker renders with an app of its own (built once per worker process from the same environment). If no worker
picks the job up in time, the web process renders the PDF itself rather than keep the applicant waiting.
"""

from __future__ import annotations

import functools
import os
import time
from typing import Any

from flask import Flask, current_app

from quizapp.jobs import PDF_QUEUE

WAIT_FOR_WORKER_S = 20.0


@functools.cache
def _worker_app() -> Flask:
    from quizapp import create_app

    return create_app()


def render_pdf_job(payload: dict[str, Any], verify_url: str) -> bytes:
    """The RQ job: render one report's PDF inside the worker's own app context."""
    from quizapp.reports.pdf import render_pdf

    with _worker_app().app_context():
        return render_pdf(payload, verify_url)


def render_report_pdf(payload: dict[str, Any], verify_url: str) -> bytes:
    """The report's PDF bytes, rendered by a worker when Redis is configured."""
    from quizapp.reports.pdf import render_pdf

    redis_url = current_app.config.get("REDIS_URL") or os.environ.get("REDIS_URL")
    if not redis_url:
        return render_pdf(payload, verify_url)
    from redis import Redis
    from rq import Queue

    job = Queue(PDF_QUEUE, connection=Redis.from_url(redis_url)).enqueue(
        render_pdf_job, payload, verify_url, job_timeout=60, result_ttl=120, failure_ttl=600)
    deadline = time.monotonic() + WAIT_FOR_WORKER_S
    while time.monotonic() < deadline:
        status = job.get_status(refresh=True)
        name = getattr(status, "value", status)
        if name == "finished":
            return job.return_value()
        if name in ("failed", "stopped", "canceled"):
            break
        time.sleep(0.05)
    job.cancel()
    current_app.logger.warning("PDF job %s not done by a worker (%s): rendering in the web process", job.id,
                               getattr(job.get_status(), "value", "?"))
    return render_pdf(payload, verify_url)
