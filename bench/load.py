"""Load benchmark: simulated applicants taking adaptive assessments against the production stack.

Starts gunicorn + PostgreSQL + Redis + an RQ runner (loopback only), creates the applicants, then runs locust in
this process for a bounded time. Prints errors, p50/p95/p99 of answer submission, of code grading (submit → graded)
and of a bare route (``/health``) measured in the same run, throughput, and the ratios.

    eval "$(sudo scripts/services.sh start)"
    .venv/bin/python bench/load.py --users 200 --seconds 90
"""

from __future__ import annotations

from gevent import monkey

monkey.patch_all()

import argparse  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import gevent  # noqa: E402
from locust import HttpUser, between, events, task  # noqa: E402
from locust.env import Environment  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
PASSWORD = "load-test-password"
TOPICS = ["analysis", "python", "statistics", "unix", "java"]
ANSWERS = {"expression": "x", "numeric": "1", "equation": "y=x", "matrix": "[[1,0],[0,1]]", "set": "{1}",
           "short_text": "ls"}
CODE = {"python_code": "def f(x):\n    return x\n", "java_code": "public class Solution {}\n", "shell": "ls\n"}
latencies: dict[str, list[float]] = {"answer": [], "code_grading": [], "bare": []}
ACCOUNTS: list[str] = []


class Applicant(HttpUser):
    """Logs in, starts an assessment, answers every item (wrongly or rightly), starts again when finished."""

    wait_time = between(1, 3)  # thinking time between pages

    def on_start(self) -> None:
        self.email = ACCOUNTS.pop()
        page = self.client.get("/auth/login", name="login page")
        self.client.post("/auth/login", data={"email": self.email, "password": PASSWORD,
                                              "csrf_token": _token(page.text)}, name="login")
        self.attempt = None

    def _start(self) -> None:
        page = self.client.get("/assess/", name="dashboard")
        topics = random.sample(TOPICS, 2)
        response = self.client.post("/assess/start", data={"topics": topics, "mode": "assessment",
                                                           "csrf_token": _token(page.text)}, name="start",
                                    allow_redirects=False)
        self.attempt = response.headers.get("Location", "").rstrip("/").split("/")[-1] or None

    @task(10)
    def answer_item(self) -> None:
        """One item: read it, think, answer; code items are followed until graded."""
        if self.attempt is None:
            self._start()
            return
        page = self.client.get(f"/assess/{self.attempt}", name="item page")
        if "/results" in page.url or "/pending/" in page.url:
            self.attempt = None if "/results" in page.url else self.attempt
            return
        kind = re.search(r'data-qtype="([a-z_]+)"', page.text)
        response_id = re.search(r'name="response_id" type="hidden" value="(\d+)"', page.text)
        if not (kind and response_id):
            return
        data = {"csrf_token": _token(page.text), "response_id": response_id.group(1)}
        kind_name = kind.group(1)
        if kind_name in CODE:
            data["code"] = CODE[kind_name]
        elif kind_name in ANSWERS:
            data["answer"] = ANSWERS[kind_name]
        else:
            choices = re.findall(r'name="choice" value="([0-9a-f]+)"', page.text)
            data["choice"] = random.choice(choices) if choices else ""
        started = time.perf_counter()
        with self.client.post(f"/assess/{self.attempt}/answer", data=data, name="answer", allow_redirects=False,
                              catch_response=True) as posted:
            if posted.status_code == 422:  # an answer of the wrong form: shown back with a message, as designed
                posted.success()
        latencies["answer"].append(time.perf_counter() - started)
        location = posted.headers.get("Location", "")
        if "/pending/" in location:
            while "/pending/" in location:
                gevent.sleep(0.5)
                location = self.client.get(location, name="pending", allow_redirects=False).headers.get(
                    "Location", location)
            latencies["code_grading"].append(time.perf_counter() - started)

    @task(1)
    def bare(self) -> None:
        """The bare route, measured in the same run for the ratio."""
        started = time.perf_counter()
        self.client.get("/health", name="bare /health")
        latencies["bare"].append(time.perf_counter() - started)


def _token(html: str) -> str:
    found = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    return found.group(1) if found else ""


def create_accounts(database_url: str, n: int) -> None:
    """Bulk-create applicants with a cheap hash (scrypt for 200 accounts would dominate the set-up)."""
    from werkzeug.security import generate_password_hash

    from quizapp import create_app
    from quizapp.extensions import db
    from quizapp.models import Role, User

    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": "x"})
    digest = generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000")
    with app.app_context():
        for i in range(n):
            email = f"load{i}@example.org"
            db.session.add(User(email=email, name=f"Load {i}", password_hash=digest, role=Role.APPLICANT))
            ACCOUNTS.append(email)
        db.session.commit()
        db.session.remove()
        db.engine.dispose()


def percentiles(values: list[float]) -> str:
    """p50/p95/p99 in ms."""
    if not values:
        return "no samples"
    ordered = sorted(values)
    pick = lambda q: 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return f"p50 {pick(0.50):7.1f} ms  p95 {pick(0.95):7.1f} ms  p99 {pick(0.99):7.1f} ms  (n={len(values)})"


def main() -> int:
    """Run the benchmark and print the summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=90)
    parser.add_argument("--spawn-rate", type=float, default=20)
    parser.add_argument("--web-workers", type=int, default=3)
    parser.add_argument("--bank", type=Path, default=REPO / "question_bank")
    args = parser.parse_args()
    postgres, redis_url = os.environ.get("TEST_POSTGRES_URL"), os.environ.get("TEST_REDIS_URL")
    if not postgres or not redis_url:
        print("needs TEST_POSTGRES_URL and TEST_REDIS_URL: eval \"$(sudo scripts/services.sh start)\"", file=sys.stderr)
        return 2
    import redis

    from tests.production.stack import Stack, fresh_postgres_database

    redis.Redis.from_url(redis_url).flushdb()
    stack = Stack(Path(tempfile.mkdtemp()), fresh_postgres_database(postgres, "quizapp_load"), redis_url)
    stack.env.update({"QUIZAPP_QUESTION_BANK": str(args.bank), "QUIZAPP_WEB_WORKERS":
                      str(args.web_workers), "QUIZAPP_MIN_ITEMS_PER_TOPIC": "3", "QUIZAPP_MAX_ITEMS_PER_TOPIC": "6",
                      "QUIZAPP_RATELIMIT_LOGIN": "10000 per minute", "QUIZAPP_LOG_FORMAT": "json"})
    stack.run("setup", "--no-demo")
    create_accounts(stack.database_url, args.users)
    stack.start_web()
    stack.start_worker()
    try:
        env = Environment(user_classes=[Applicant], host=stack.url, events=events)
        runner = env.create_local_runner()
        runner.start(args.users, spawn_rate=args.spawn_rate)
        gevent.sleep(args.seconds)
        runner.quit()
        stats = env.stats.total
        print(f"\n{args.users} applicants, {args.seconds} s, gunicorn {args.web_workers} processes + PostgreSQL + "
              f"Redis + 1 RQ runner, {os.cpu_count()} cores")
        print(f"requests {stats.num_requests}, errors {stats.num_failures}, throughput {stats.total_rps:.1f} req/s")
        print(f"answer submission  {percentiles(latencies['answer'])}")
        print(f"code grading       {percentiles(latencies['code_grading'])}")
        print(f"bare /health       {percentiles(latencies['bare'])}")
        if latencies["answer"] and latencies["bare"]:
            p95 = lambda xs: sorted(xs)[int(0.95 * (len(xs) - 1))]  # noqa: E731
            print(f"ratio answer/bare p95: {p95(latencies['answer']) / p95(latencies['bare']):.2f}  (target <= 3)")
        for error in env.stats.errors.values():
            print(f"error {error.method} {error.name}: {error.error} × {error.occurrences}")
        return 0 if stats.num_failures == 0 else 1
    finally:
        stack.stop()


if __name__ == "__main__":
    sys.exit(main())
