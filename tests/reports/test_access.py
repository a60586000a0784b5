"""Who sees what: an applicant only their own reports; staff only submitted ones; applicants no staff page."""

from __future__ import annotations

from tests.reports.conftest import create_report, finish_assessment


def test_another_applicant_gets_404(client, auth, app) -> None:
    auth.register()
    report_id = create_report(client, finish_assessment(client, app, ["analysis"]))
    attempt_id = finish_assessment(client, app, ["analysis"])
    auth.logout()
    auth.register(email="eve@example.org", name="Eve")
    for url in (f"/reports/{report_id}", f"/reports/{report_id}/pdf"):
        assert client.get(url).status_code == 404
    assert client.post(f"/reports/{report_id}/submit").status_code == 404
    assert client.post(f"/reports/create/{attempt_id}").status_code == 404
    assert client.get("/review/").status_code == 403
    assert client.get(f"/review/reports/{report_id}").status_code == 403


def test_staff_see_a_report_only_once_submitted(client, auth, app, make_staff) -> None:
    make_staff()
    auth.register()
    report_id = create_report(client, finish_assessment(client, app, ["analysis"]))
    auth.logout()
    auth.login("sam@example.org")
    assert client.get(f"/review/reports/{report_id}").status_code == 404
    assert "Ada" not in client.get("/review/").get_data(as_text=True)
    auth.logout()
    auth.login()
    client.post(f"/reports/{report_id}/submit")
    auth.logout()
    auth.login("sam@example.org")
    assert client.get(f"/review/reports/{report_id}").status_code == 200
    assert "Ada" in client.get("/review/").get_data(as_text=True)


def test_unfinished_attempt_makes_no_report(client, auth) -> None:
    auth.register()
    posted = client.post("/assess/start", data={"topics": ["analysis"], "mode": "assessment"})
    attempt_id = int(posted.headers["Location"].rstrip("/").split("/")[-1])
    client.get(f"/assess/{attempt_id}")
    response = client.post(f"/reports/create/{attempt_id}")
    assert response.status_code == 302 and "/results" in response.headers["Location"]


def test_a_second_click_opens_the_attempts_report_instead_of_minting_another(client, auth, app) -> None:
    auth.register()
    attempt_id = finish_assessment(client, app, ["analysis"])
    assert f"/reports/create/{attempt_id}" in client.get(f"/assess/{attempt_id}/results").get_data(as_text=True)
    first = create_report(client, attempt_id)
    results = client.get(f"/assess/{attempt_id}/results").get_data(as_text=True)
    assert f'href="/reports/{first}">Open my readiness report' in results  # the results page now opens it
    assert f"/reports/create/{attempt_id}" not in results
    assert create_report(client, attempt_id) == first
    assert "already has its report" in client.get(f"/reports/{first}").get_data(as_text=True)
    index = client.get("/reports/").get_data(as_text=True)
    assert f"/reports/create/{attempt_id}" not in index and "Every finished attempt has its report" in index
