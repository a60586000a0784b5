"""Authorization matrix: every route of the app × every identity gets the outcome the table promises."""

from __future__ import annotations

import pytest
from werkzeug.test import TestResponse

from tests.security.routes import ROUTES, Route, route_id
from tests.security.world import IDENTITIES, World

IGNORED_METHODS = {"HEAD", "OPTIONS"}


def outcome(response: TestResponse) -> str:
    """What a visitor sees: the status, with redirects to the login page told apart."""
    if response.status_code == 302:
        return "login" if response.headers["Location"].split("?")[0].endswith("/auth/login") else "302"
    return str(response.status_code)


def call(world: World, route: Route, identity: str) -> TestResponse:
    """Send the route's request as ``identity``."""
    client = world.client(identity)
    return client.open(route.url_for(world.ids), method=route.method, data=route.data_for(world.ids))


def test_every_route_has_a_row_in_the_table(world: World) -> None:
    served = {(rule.endpoint, method) for rule in world.app.url_map.iter_rules()
              for method in (rule.methods or set()) - IGNORED_METHODS}
    listed = {(route.endpoint, route.method) for route in ROUTES}
    missing = sorted(served - listed)
    assert not missing, ("routes without an expected outcome per identity in tests/security/routes.py: "
                         + ", ".join(f"{endpoint} {method}" for endpoint, method in missing))
    assert not listed - served, f"rows for routes the app no longer serves: {sorted(listed - served)}"


@pytest.mark.parametrize("route", ROUTES, ids=route_id)
def test_route_answers_each_identity_as_the_table_says(world: World, route: Route) -> None:
    wrong = []
    for identity in IDENTITIES:
        response = call(world, route, identity)
        got = outcome(response)
        response.close()  # static files are streamed: close them, or the open file warns
        if got != route.outcome_for(identity):
            wrong.append(f"{identity}: expected {route.outcome_for(identity)}, got {got}")
    assert not wrong, f"{route.method} {route.url}: " + "; ".join(wrong)


def test_staff_never_see_an_unsubmitted_report(world: World) -> None:
    draft = world.ids["draft_report"]
    for identity in ("staff", "admin"):
        client = world.client(identity)
        assert client.get(f"/review/reports/{draft}").status_code == 404
        assert client.get(f"/review/reports/{draft}/pdf").status_code == 404
        assert world.ids["draft_code"] not in client.get("/review/").get_data(as_text=True)
        assert world.ids["draft_code"] not in client.get("/review/export.csv").get_data(as_text=True)
    # The submitted one is listed: the absence above is not an empty dashboard.
    assert world.ids["submitted_code"] in world.client("staff").get("/review/").get_data(as_text=True)

