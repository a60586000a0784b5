"""Benchmark: time to produce a readiness-report PDF, against a bare one-page ReportLab PDF in the same run.

Usage: .venv/bin/python bench/pdf.py [--runs 20]
The report is a worst realistic case: all 8 topics, 3 concepts each (gaps with resources), a full checklist,
in English and in French. The target is <= 1 s per report; the ratio shows the cost over ReportLab's floor.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from typing import Any

from quizapp.bank.schema import TOPICS


def sample_payload(locale: str) -> dict[str, Any]:
    """A report payload with every topic measured and many gaps."""
    topics, concepts = [], []
    for i, topic in enumerate(TOPICS):
        theta, se = -1.6 + 0.45 * i, 0.32 + 0.02 * i
        level = "ready" if theta >= 0 else "review" if theta >= -1 else "not_ready"
        topics.append({"topic": topic, "theta": theta, "se": se, "low": theta - 1.96 * se, "high": theta + 1.96 * se,
                       "level": level, "items": 9, "correct": 5, "seconds": 410, "cut": {"ready": 0.0, "review": -1.0}})
        for j, status in enumerate(("strength", "partial", "gap")):
            concepts.append({"topic": topic, "concept": f"c{j}", "title": f"Concept {j} of {topic} – Cauchy–Schwarz",
                             "items": 3, "correct": 3 - j, "score": 1 - j / 3, "tags": ["sign_error"] if j else [],
                             "status": status, "resources": [] if j == 0 else
                             ["Strang, MIT OCW 18.06, lectures 14–17", "Wasserman, All of Statistics, ch. 6"]})
    return {
        "format": 1, "code": "ABCD-EFGH-JKMN", "issued_at": "2026-11-29T09:00:00Z", "locale": locale,
        "applicant": {"name": "Adèle Lovelace-Żółć θ", "email": "ada@example.org"},
        "attempt": {"id": 1, "mode": "assessment", "started_at": "2026-11-29T08:00:00Z",
                    "finished_at": "2026-11-29T09:00:00Z", "stop_reason": "precision", "items": 72, "seconds": 3280},
        "topics": topics, "concepts": concepts,
        "checklist": {"degree": "MSc Physics, Université Lyon 1, 2024", "english_test": "toeic", "english_score": "780",
                      "english_ok": True, "mooc_done": True,
                      "mooc_attestation": {"type": "application/pdf", "sha256": "ab" * 32},
                      "round": {"id": "2027-r1", "name": "2027 intake, round 1", "deadline": "2027-01-31"}},
    }


def bare_reportlab_pdf() -> bytes:
    """ReportLab's floor: one page, one line of text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.drawString(72, 720, "Hello")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def timed(fn: Any, runs: int) -> list[float]:
    """Wall-clock seconds of ``runs`` calls."""
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    """Print first-call and steady-state timings, pages and size, and the ratio to the bare PDF."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    from quizapp import create_app
    from quizapp.reports.pdf import render_pdf

    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://", "SECRET_KEY": "bench"})
    url = "https://quizapp.example.org/verify/ABCD-EFGH-JKMN"
    with app.app_context():
        start = time.perf_counter()
        first = render_pdf(sample_payload("en"), url)
        cold = time.perf_counter() - start
        bare = statistics.median(timed(bare_reportlab_pdf, args.runs))
        from pypdf import PdfReader

        pages = len(PdfReader(io.BytesIO(first)).pages)
        print(f"first report PDF (cold, incl. font/style setup): {cold * 1000:7.1f} ms")
        for locale in ("en", "fr"):
            payload = sample_payload(locale)
            times = timed(lambda p=payload: render_pdf(p, url), args.runs)
            median = statistics.median(times)
            print(f"report PDF [{locale}] median of {args.runs}: {median * 1000:7.1f} ms  "
                  f"(max {max(times) * 1000:.1f} ms, {pages} page(s), {len(first) // 1024} KiB)  "
                  f"ratio to bare ReportLab page: {median / bare:6.1f}x")
        print(f"bare one-page ReportLab PDF median:        {bare * 1000:7.1f} ms")
        print("target: <= 1000 ms per report ->", "OK" if cold <= 1.0 else "TOO SLOW")


if __name__ == "__main__":
    main()
