"""Fixtures for fault tests on a production-like stack: gunicorn (2 processes) + PostgreSQL + Redis + RQ worker.

They run when TEST_POSTGRES_URL and TEST_REDIS_URL are set (``.ci/run`` starts both with
``scripts/services.sh``); skipped with the reason otherwise.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.production.stack import Applicant, Stack, fresh_postgres_database


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """gunicorn + PostgreSQL + Redis + RQ worker, migrated and loaded with the fixture bank."""
    database, redis_url = os.environ.get("TEST_POSTGRES_URL", ""), os.environ.get("TEST_REDIS_URL", "")
    if not database.startswith("postgresql") or not redis_url:
        pytest.skip("needs TEST_POSTGRES_URL and TEST_REDIS_URL: eval $(scripts/services.sh start)")
    import redis

    redis.Redis.from_url(redis_url).flushdb()
    stack = Stack(tmp_path_factory.mktemp("stack"), fresh_postgres_database(database, "quizapp_faults"), redis_url)
    stack.run("setup", "--no-demo")
    stack.start_web()
    stack.start_worker()
    yield stack
    stack.stop()


@pytest.fixture
def new_applicant(stack: Stack):
    """``new_applicant(email)``: a registered, logged-in applicant on the stack."""

    def make(email: str) -> Applicant:
        applicant = Applicant(stack.url)
        applicant.register(email)
        return applicant

    return make
