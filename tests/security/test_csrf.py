"""CSRF: with protection on (as in production), every state-changing route refuses a request without a valid
token, and serves the same request with one. The JSON endpoints used by the page's scripts take the header."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask.testing import FlaskClient

from tests.security.routes import ROUTES, Route, route_id
from tests.security.test_authorization import outcome
from tests.security.world import IDENTITIES, World, csrf_token_of

# Routes deliberately reachable without a token, with the reason. None today: the JSON endpoints (preview, code
# runs) are called by our own scripts, which send the X-CSRFToken header; /health is GET only.
CSRF_EXEMPT: dict[tuple[str, str], str] = {}
STATE_CHANGING = {"POST", "PUT", "PATCH", "DELETE"}
UNSAFE_ROUTES = [route for route in ROUTES if route.method in STATE_CHANGING]


@pytest.fixture(scope="module")
def csrf_world(world: World) -> Iterator[World]:
    """The shared world with CSRF protection switched on, as in development and production."""
    world.app.config["WTF_CSRF_ENABLED"] = True
    yield world
    world.app.config["WTF_CSRF_ENABLED"] = False


def allowed_identity(route: Route) -> str:
    """The first identity the route serves (an anonymous visitor for login, the owner for an attempt…)."""
    return next(i for i in IDENTITIES if route.outcome_for(i) not in {"login", "403", "404"})


def client_with_token(world: World, identity: str) -> tuple[FlaskClient, str]:
    """A client as ``identity`` and the CSRF token a page gave it."""
    client = world.client(identity)
    return client, csrf_token_of(client.get("/").get_data(as_text=True))


def refusal_reason(client: FlaskClient, route: Route, world: World, **extra: object) -> str:
    """The error message of a refused request (asked as JSON, which carries the reason), or '' if served."""
    response = client.open(route.url_for(world.ids), method=route.method, data=route.data_for(world.ids),
                           headers={"Accept": "application/json"}, **extra)
    return response.get_json()["message"] if response.status_code == 400 and response.is_json else ""


def test_every_state_changing_route_is_in_the_csrf_checks(world: World) -> None:
    served = {(rule.endpoint, method) for rule in world.app.url_map.iter_rules()
              for method in (rule.methods or set()) & STATE_CHANGING}
    checked = {(route.endpoint, route.method) for route in UNSAFE_ROUTES}
    assert served <= checked | set(CSRF_EXEMPT), f"not checked for CSRF: {sorted(served - checked)}"


@pytest.mark.parametrize("route", UNSAFE_ROUTES, ids=route_id)
def test_state_changing_route_needs_a_valid_token(csrf_world: World, route: Route) -> None:
    identity = allowed_identity(route)
    client, token = client_with_token(csrf_world, identity)
    if (route.endpoint, route.method) in CSRF_EXEMPT:
        assert "CSRF" not in refusal_reason(client, route, csrf_world)
        return
    assert "CSRF token is missing" in refusal_reason(client, route, csrf_world)
    forged = {**route.data_for(csrf_world.ids), "csrf_token": "forged" + token[6:]}
    response = client.open(route.url_for(csrf_world.ids), method=route.method, data=forged)
    assert response.status_code == 400
    # Same request with the page's token: exactly what the authorization table promises.
    response = client.open(route.url_for(csrf_world.ids), method=route.method,
                           data={**route.data_for(csrf_world.ids), "csrf_token": token})
    assert outcome(response) == route.outcome_for(identity)


def test_token_of_another_session_is_refused(csrf_world: World) -> None:
    # A token lifted from the attacker's own session must not work in the victim's.
    _, attacker_token = client_with_token(csrf_world, "other_applicant")
    victim, _ = client_with_token(csrf_world, "applicant")
    response = victim.post(f"/assess/{csrf_world.ids['spare_attempt']}/finish", data={"csrf_token": attacker_token})
    assert response.status_code == 400


def test_page_scripts_send_the_token_as_a_header(csrf_world: World) -> None:
    client, token = client_with_token(csrf_world, "applicant")
    preview = {"response_id": csrf_world.ids["math_response"], "answer": "2"}
    assert client.post("/assess/preview", data=preview).status_code == 400
    response = client.post("/assess/preview", data=preview, headers={"X-CSRFToken": token})
    assert response.status_code == 200 and response.get_json()["latex"] == "2"
