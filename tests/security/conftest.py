"""Fixtures of the security suite: a populated app shared by the tests of one module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.security.world import World, build_world, drop_app


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """Accounts for every identity and real objects owned by "applicant" (see :mod:`tests.security.world`)."""
    built = build_world(tmp_path_factory.mktemp("world"))
    yield built
    drop_app(built.app)
