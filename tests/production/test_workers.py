"""With Redis configured, report PDFs are rendered by the RQ workers, not the web processes."""

from __future__ import annotations

import pytest
from redis import Redis
from rq.registry import FinishedJobRegistry

from quizapp.jobs import PDF_QUEUE
from tests.production.test_faults import answer, on_screen, rows

pytestmark = pytest.mark.slow


def test_report_pdf_is_rendered_by_a_worker(stack, new_applicant) -> None:
    applicant = new_applicant("pdf-worker@example.org")
    attempt_id = applicant.start(["analysis"])
    while True:
        page = applicant.get(f"/assess/{attempt_id}")
        if "/results" in page.url:
            break
        response_id, _, raw = on_screen(stack, attempt_id)
        answer(applicant, attempt_id, response_id, raw)
    finished = FinishedJobRegistry(PDF_QUEUE, connection=Redis.from_url(stack.env["REDIS_URL"]))
    before = finished.count
    created = applicant.post(f"/reports/create/{attempt_id}", {})
    assert created.status_code == 302, created.text[:300]
    assert finished.count == before + 1
    report_id = int(created.headers["Location"].rstrip("/").split("/")[-1])
    pdf = applicant.http.get(f"{stack.url}/reports/{report_id}/pdf", timeout=30)
    assert pdf.content.startswith(b"%PDF") and rows(stack, "SELECT count(*) FROM reports") >= [(1,)]
