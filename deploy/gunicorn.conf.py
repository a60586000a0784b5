"""gunicorn settings for production: `gunicorn -c deploy/gunicorn.conf.py "quizapp:create_app()"`.

Every value can be overridden with the environment variables below (or gunicorn's own GUNICORN_CMD_ARGS).
"""

import multiprocessing
import os

bind = os.environ.get("QUIZAPP_BIND", "127.0.0.1:8000")
# Without Redis, code runs are queued inside the web process, so one process (with threads) must serve them all.
_default_workers = multiprocessing.cpu_count() * 2 + 1 if os.environ.get("REDIS_URL") else 1
workers = int(os.environ.get("QUIZAPP_WEB_WORKERS", _default_workers))
threads = int(os.environ.get("QUIZAPP_WEB_THREADS", "4"))  # gthread: a slow client does not hold a process
worker_class = "gthread"
timeout = int(os.environ.get("QUIZAPP_WEB_TIMEOUT", "60"))  # math checks stop at 2 s; code runs are queued
graceful_timeout = 20
keepalive = 5
# No periodic recycling: a gthread worker restarting "after the current request" drops the other requests it
# holds (measured: connection resets under bench/load.py). Set QUIZAPP_MAX_REQUESTS if memory ever grows.
max_requests = int(os.environ.get("QUIZAPP_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10
forwarded_allow_ips = os.environ.get("QUIZAPP_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = None  # quizapp logs every request itself, as JSON
errorlog = "-"
loglevel = os.environ.get("QUIZAPP_LOG_LEVEL", "info")
preload_app = False  # each worker builds its own app (database pools and the math worker pool are per process)


def post_worker_init(worker: object) -> None:
    """Warm each web process: the math grader's worker pool and sympy take about a second to start."""
    import threading

    def warm() -> None:
        from graders.math import check, preview

        preview("expression", "x^2", {})
        check("expression", "x^2", "x*x", {})

    threading.Thread(target=warm, name="warm-math-grader", daemon=True).start()
