"""Staff review: dashboard filters and search, evidence, CSV export, statistics, audit log."""

from __future__ import annotations

import csv
import io
import re

from sqlalchemy import select, update

from quizapp.extensions import db
from quizapp.models import AuditEntry, ReportTopic
from tests.reports.conftest import create_report, finish_assessment, post_cut_scores


def _submitted(client, auth, app, email: str, name: str, correct: bool) -> int:
    auth.register(email=email, name=name)
    report_id = create_report(client, finish_assessment(client, app, ["analysis"], correct=correct))
    client.post("/reports/checklist", data={"report_id": report_id, "round_id": "2027-r1"})
    client.post(f"/reports/{report_id}/submit")
    auth.logout()
    return report_id


def _staff_with_two_reports(client, auth, app, make_staff) -> tuple[int, int]:
    strong = _submitted(client, auth, app, "ada@example.org", "Ada Lovelace", correct=True)
    weak = _submitted(client, auth, app, "bob@example.org", "Bob Weak", correct=False)
    make_staff()
    auth.login("sam@example.org")
    return strong, weak


def test_dashboard_search_and_level_filter(client, auth, app, make_staff) -> None:
    _staff_with_two_reports(client, auth, app, make_staff)
    page = client.get("/review/?search=lovelace").get_data(as_text=True)
    assert "Ada Lovelace" in page and "Bob Weak" not in page
    page = client.get("/review/?topic=analysis&level=ready").get_data(as_text=True)
    assert "Ada Lovelace" in page and "Bob Weak" not in page
    page = client.get("/review/?round_id=2027-r2").get_data(as_text=True)
    assert "Ada Lovelace" not in page and "No submitted report matches" in page
    page = client.get("/review/?sort=name").get_data(as_text=True)
    assert page.index("Ada Lovelace") < page.index("Bob Weak")


def test_report_page_shows_evidence_and_writes_the_audit_log(client, auth, app, make_staff) -> None:
    strong, _ = _staff_with_two_reports(client, auth, app, make_staff)
    page = client.get(f"/review/reports/{strong}").get_data(as_text=True)
    assert "Evidence" in page and "<strong>Genuine</strong>" in page
    assert page.count('class="evidence-item"') == 2 and "seed" in page
    client.get(f"/review/reports/{strong}/pdf")
    with app.app_context():
        actions = [(e.actor_email, e.action, e.report_id) for e in db.session.scalars(select(AuditEntry))]
    assert ("sam@example.org", "view_report", strong) in actions
    assert ("sam@example.org", "download_pdf", strong) in actions


def test_evidence_of_a_code_answer_shows_the_code_and_each_hidden_test(client, auth, app, make_staff) -> None:
    auth.register(email="cy@example.org", name="Cy Coder")
    report_id = create_report(client, finish_assessment(client, app, ["python"]))
    client.post("/reports/checklist", data={"report_id": report_id, "round_id": "2027-r1"})
    client.post(f"/reports/{report_id}/submit")
    auth.logout()
    make_staff()
    auth.login("sam@example.org")
    page = client.get(f"/review/reports/{report_id}").get_data(as_text=True)
    assert re.search(r'<pre class="submitted-code"><code>def fib', page)  # the code itself, not a dash
    assert re.search(r'<li class="ok">\s*<span aria-hidden="true">✔</span>.*?fib\(1\) again</li>', page, re.S)


def test_csv_export_lists_the_filtered_reports(client, auth, app, make_staff) -> None:
    _staff_with_two_reports(client, auth, app, make_staff)
    response = client.get("/review/export.csv?search=bob")
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert response.mimetype == "text/csv"
    assert [r["name"] for r in rows] == ["Bob Weak"] and rows[0]["round"] == "2027-r1"
    assert rows[0]["analysis_level"] in {"ready", "review", "not_ready"} and rows[0]["analysis_theta"]
    assert rows[0]["analysis_provisional"] in {"True", "False"}
    with app.app_context():
        assert db.session.scalar(select(AuditEntry).where(AuditEntry.action == "export_csv")) is not None


def test_cohort_statistics_draw_each_topic(client, auth, app, make_staff) -> None:
    _staff_with_two_reports(client, auth, app, make_staff)
    page = client.get("/review/stats").get_data(as_text=True)
    assert "Submitted reports: 2" in page and page.count('class="cohort-chart"') == 2  # analysis + per round
    assert "n = 2" in page


def test_cohort_statistics_count_each_theta_in_its_half_sd_bar(client, auth, app, make_staff) -> None:
    strong, weak = _staff_with_two_reports(client, auth, app, make_staff)
    with app.app_context():  # θ on a bar's edge belongs to the bar above it; beyond ±3 to the end bars
        for report_id, theta in ((strong, 0.0), (weak, -3.4)):
            db.session.execute(update(ReportTopic).where(ReportTopic.report_id == report_id).values(theta=theta))
        db.session.commit()
    page = client.get("/review/stats").get_data(as_text=True)
    histogram = page[page.index("<svg", page.index("Ability per topic")):]
    bars = [int(n) for n in re.findall(r"<rect [^>]*><title>(\d+)</title>", histogram[:histogram.index("</svg>")])]
    assert bars == [1] + [0] * 5 + [1] + [0] * 5  # bar 6 holds 0 ≤ θ < 0.5
    assert "mean θ = -1.70" in page and "n = 2" in page


def test_a_filter_edited_into_nonsense_is_named_and_not_applied(client, auth, app, make_staff) -> None:
    _staff_with_two_reports(client, auth, app, make_staff)
    for url in ("/review/?round_id=nope&since=garbage&level=ready", "/review/stats?round_id=nope&since=garbage"):
        page = client.get(url).get_data(as_text=True)
        assert "Not valid, so not applied: Round, Submitted from." in page
    dashboard = client.get("/review/?round_id=nope&search=ada").get_data(as_text=True)
    assert "Ada Lovelace" in dashboard and "Bob Weak" not in dashboard  # the valid filters still apply
    assert "Submitted reports: 2" in client.get("/review/stats?round_id=nope").get_data(as_text=True)
    assert "Not valid" not in client.get("/review/?round_id=2027-r1").get_data(as_text=True)


def test_dashboard_pages_keep_the_filter(client, auth, app, make_staff) -> None:
    for n in range(3):
        _submitted(client, auth, app, f"p{n}@example.org", f"Person {n}", correct=True)
    make_staff()
    auth.login("sam@example.org")
    app.config["REVIEW_PAGE_SIZE"] = 2
    first = client.get("/review/?sort=name").get_data(as_text=True)
    assert "Reports 1–2 of 3" in first and "Person 0" in first and "Person 1" in first and "Person 2" not in first
    next_link = re.search(r'href="([^"]+)" rel="next"', first).group(1).replace("&amp;", "&")
    assert "sort=name" in next_link and "page=2" in next_link
    second = client.get(next_link).get_data(as_text=True)
    assert "Report 3 of 3" in second and "Person 2" in second and "Person 0" not in second
    assert 'rel="next"' not in second and 'rel="prev"' in second
    assert "Person 2" in client.get("/review/?sort=name&page=99").get_data(as_text=True)  # past the end: last page
    csv_text = client.get("/review/export.csv?sort=name&page=1").get_data(as_text=True)
    assert all(f"Person {n}" in csv_text for n in range(3))  # the export is the whole filtered list


def test_level_filter_follows_a_draft_reissued_under_new_cut_scores(client, auth, app, make_staff) -> None:
    auth.register(email="ada@example.org", name="Ada Lovelace")
    report_id = create_report(client, finish_assessment(client, app, ["analysis"], correct=True))
    auth.logout()
    make_staff()
    auth.login("sam@example.org")
    post_cut_scores(client, ready=3.5, review=3.0)
    auth.logout()
    auth.login("ada@example.org")
    client.post("/reports/checklist", data={"report_id": report_id, "round_id": "2027-r1"})  # re-signs the draft
    client.post(f"/reports/{report_id}/submit")
    auth.logout()
    auth.login("sam@example.org")
    assert "Ada Lovelace" not in client.get("/review/?topic=analysis&level=ready").get_data(as_text=True)
    assert "Ada Lovelace" in client.get("/review/?topic=analysis&level=not_ready").get_data(as_text=True)
    assert "Submitted reports: 1" in client.get("/review/stats?level=not_ready").get_data(as_text=True)
