"""The report as a PDF, with ReportLab only (pip-installable, no system libraries): text, chart, QR code.

ReportLab's own graphics draw the chart and the QR code (from segno's module matrix) as vectors: no image
library and no matplotlib import, which alone would cost about a second.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

import segno
from flask_babel import force_locale
from flask_babel import gettext as _
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from quizapp.assess.forms import TOPIC_LABELS
from quizapp.reports import fonts
from quizapp.reports.labels import (
    ENGLISH_LABELS,
    LEVEL_LABELS,
    MODE_LABELS,
    STATUS_LABELS,
    duration,
    mistake_labels,
)

LEVEL_COLOURS = {"ready": colors.HexColor("#2e7d32"), "review": colors.HexColor("#b26a00"),
                 "not_ready": colors.HexColor("#b3261e")}
SCALE = (-3.0, 3.0)  # θ axis of the chart: ±3 SD covers the population
# The standard PDF fonts speak Windows-1252 only; these are the symbols our texts use beyond it.
_SUBSTITUTES = str.maketrans({"θ": "theta", "≥": ">=", "≤": "<=", "−": "-", "σ": "sigma"})


def _text(value: object) -> str:
    """Escaped for Paragraph markup (and limited to what Helvetica can draw if the Unicode font is missing)."""
    if fonts.register():
        return escape(str(value))
    plain = str(value).translate(_SUBSTITUTES).encode("cp1252", "replace").decode("cp1252")
    return escape(plain)


def render_pdf(payload: dict[str, Any], verify_url: str) -> bytes:
    """The PDF bytes of a report, in the report's language."""
    with force_locale(payload.get("locale") or "en"):
        return _render(payload, verify_url)


def _render(payload: dict[str, Any], verify_url: str) -> bytes:
    styles = getSampleStyleSheet()
    for style in styles.byName.values():  # the Unicode font everywhere (names, θ, ≥)
        if hasattr(style, "fontName"):
            style.fontName = fonts.font(bold="Bold" in style.fontName)
    small = ParagraphStyle("small", parent=styles["BodyText"], fontSize=8, leading=10)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm,
                            bottomMargin=14 * mm, title=_("Readiness report"),
                            author="quizapp", subject=payload["code"])
    story: list[Any] = [_header(payload, verify_url, styles, small), Spacer(1, 4 * mm)]
    if payload["attempt"]["mode"] != "assessment":
        story.append(Paragraph(_text(_("Practice mode: feedback was shown during the attempt, so these estimates "
                                       "are indicative only.")), small))
    story += [Paragraph(_text(_("Topics")), styles["Heading2"]), _topic_table(payload, small),
              Spacer(1, 3 * mm), _chart(payload["topics"]),
              Paragraph(_text(_("Levels: Ready when the ability is at or above the topic's upper cut score; "
                                "Review recommended between the two cut scores; Not yet ready below. Ability is "
                                "on a scale where the reference population has mean 0 and standard deviation 1; "
                                "the band is the %(level)s confidence interval.", level="95 %")), small)]
    if any(t.get("provisional") for t in payload["topics"]):
        story.append(Paragraph(_text(_(
            "Provisional: the topic was measured with too few items for a firm level (SE above %(target)s, and a "
            "band reaching into another level), usually because the attempt stopped early; read its band rather "
            "than its level.",
            target=f"{payload['attempt']['provisional_above']:.2f}")), small))
    if payload["concepts"]:
        story += [Paragraph(_text(_("Strengths and gaps")), styles["Heading2"]), _concept_table(payload, small)]
    story += [Paragraph(_text(_("Application checklist (self-declared)")), styles["Heading2"]),
              _checklist_table(payload["checklist"], small)]
    story += [Spacer(1, 4 * mm), Paragraph(_text(_(
        "This report is signed by the programme (Ed25519). Check it at %(url)s with the code %(code)s, or upload "
        "this PDF there: any change to the file is detected.", url=verify_url, code=payload["code"])), small)]
    doc.build(story)
    return buffer.getvalue()


def _email_status(applicant: dict[str, Any]) -> str:
    """Whether the address was confirmed; nothing for reports issued before addresses were confirmed."""
    if "email_confirmed" not in applicant:
        return ""
    return " " + _text(_("(email confirmed)") if applicant["email_confirmed"] else _("(email not confirmed)"))


def _header(payload: dict[str, Any], verify_url: str, styles: Any, small: ParagraphStyle) -> Table:
    attempt = payload["attempt"]
    lines = [
        Paragraph(_text(_("Readiness report")), styles["Title"]),
        Paragraph(f"<b>{_text(payload['applicant']['name'])}</b> — {_text(payload['applicant']['email'])}"
                  + _email_status(payload["applicant"]), styles["BodyText"]),
        Paragraph(_text(_("Issued %(date)s · %(mode)s · items answered: %(items)s · time spent %(time)s",
                          date=payload["issued_at"][:10], mode=MODE_LABELS[attempt["mode"]],
                          items=attempt["items"], time=duration(attempt["seconds"]))), small),
        Paragraph(_text(_("Verification code")) + f": <b>{_text(payload['code'])}</b><br/>{_text(verify_url)}",
                  small),
    ]
    table = Table([[lines, _qr(verify_url)]], colWidths=[140 * mm, 38 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    return table


def _qr(url: str, size: float = 34 * mm) -> Drawing:
    """The verification URL as a QR code, drawn module by module."""
    qr = segno.make(url, error="m", micro=False)
    matrix = [list(row) for row in qr.matrix]
    border = 2
    count = len(matrix) + 2 * border
    cell = size / count
    drawing = Drawing(size, size)
    drawing.add(Rect(0, 0, size, size, fillColor=colors.white, strokeColor=None))
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):  # one rectangle per horizontal run of dark modules: far fewer shapes to write
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            drawing.add(Rect((start + border) * cell, size - (r + border + 1) * cell, (c - start) * cell, cell,
                             fillColor=colors.black, strokeColor=None, strokeWidth=0))
    return drawing


def _topic_table(payload: dict[str, Any], small: ParagraphStyle) -> Table:
    rows: list[list[Any]] = [[_("Topic"), _("Level"), _("Ability"), _("SE"), _("95 % band"), _("Right / items"),
                              _("Time")]]
    for t in payload["topics"]:
        level = str(LEVEL_LABELS[t["level"]]) + (f" ({_('provisional')})" if t.get("provisional") else "")
        rows.append([_text(TOPIC_LABELS.get(t["topic"], t["topic"])), _text(level),
                     f"{t['theta']:+.2f}", f"{t['se']:.2f}", f"[{t['low']:+.2f}, {t['high']:+.2f}]",
                     f"{t['correct']}/{t['items']}", duration(t["seconds"])])
    table = Table(rows, repeatRows=1, hAlign="LEFT")
    style = [("FONTNAME", (0, 0), (-1, 0), fonts.font(bold=True)), ("FONTSIZE", (0, 0), (-1, -1), 9),
             ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("ALIGN", (2, 1), (-1, -1), "RIGHT")]
    for i, t in enumerate(payload["topics"], start=1):
        style += [("TEXTCOLOR", (1, i), (1, i), LEVEL_COLOURS[t["level"]]), ("FONTNAME", (1, i), (1, i),
                                                                            fonts.font(bold=True))]
    table.setStyle(TableStyle(style))
    return table


def _chart(topics: list[dict[str, Any]], width: float = 178 * mm) -> Drawing:
    """Per topic: the 95 % band as a bar, θ as a dot, the two cut scores as ticks, on a −3…3 axis."""
    label_w, row_h, top = 40 * mm, 9 * mm, 6 * mm
    height = top + row_h * len(topics) + 10 * mm
    drawing = Drawing(width, height)
    left, right = label_w, width - 4 * mm

    def x_of(value: float) -> float:
        clipped = min(max(value, SCALE[0]), SCALE[1])
        return left + (clipped - SCALE[0]) / (SCALE[1] - SCALE[0]) * (right - left)

    axis_y = 8 * mm
    drawing.add(Line(left, axis_y, right, axis_y, strokeColor=colors.grey, strokeWidth=0.5))
    for tick in range(int(SCALE[0]), int(SCALE[1]) + 1):
        drawing.add(Line(x_of(tick), axis_y, x_of(tick), height - top / 2, strokeColor=colors.HexColor("#dddddd"),
                         strokeWidth=0.4))
        drawing.add(String(x_of(tick), axis_y - 9, f"{tick:+d}" if tick else "0", fontSize=7,
                           fontName=fonts.font(), textAnchor="middle"))
    for i, t in enumerate(topics):
        y = height - top - (i + 0.5) * row_h
        drawing.add(String(2, y - 3, _text(TOPIC_LABELS.get(t["topic"], t["topic"])), fontSize=8,
                           fontName=fonts.font()))
        colour = LEVEL_COLOURS[t["level"]]
        drawing.add(Rect(x_of(t["low"]), y - 2.2 * mm, x_of(t["high"]) - x_of(t["low"]), 4.4 * mm,
                         fillColor=colors.Color(colour.red, colour.green, colour.blue, alpha=0.25),
                         strokeColor=colour, strokeWidth=0.5))
        for cut, dash in ((t["cut"]["review"], (2, 2)), (t["cut"]["ready"], None)):
            drawing.add(Line(x_of(cut), y - 3.5 * mm, x_of(cut), y + 3.5 * mm, strokeColor=colors.black,
                             strokeWidth=0.8, strokeDashArray=dash))
        drawing.add(Circle(x_of(t["theta"]), y, 1.4 * mm, fillColor=colour, strokeColor=colors.white))
    return drawing


def _concept_table(payload: dict[str, Any], small: ParagraphStyle) -> Table:
    rows: list[list[Any]] = [[_("Concept"), _("Result"), _("Status"), _("What to study")]]
    for c in payload["concepts"]:
        study = "<br/>".join(_text(r) for r in c["resources"]) or "—"
        tags = f"<br/><i>{_text(mistake_labels(c['tags']))}</i>" if c["tags"] else ""
        topic = _text(TOPIC_LABELS.get(c["topic"], c["topic"]))
        rows.append([Paragraph(_text(c["title"]) + f" <font color='#666666'>({topic})</font>", small),
                     f"{c['correct']}/{c['items']}", Paragraph(_text(STATUS_LABELS[c["status"]]) + tags, small),
                     Paragraph(study, small)])
    table = Table(rows, colWidths=[58 * mm, 16 * mm, 30 * mm, 74 * mm], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), fonts.font(bold=True)), ("FONTSIZE", (0, 0), (-1, -1), 8),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb"))]))
    return table


def _checklist_table(checklist: dict[str, Any], small: ParagraphStyle) -> Table:
    yes, no, unknown = _("yes"), _("no"), _("not stated")
    english = "—"
    if checklist["english_test"]:
        verdict = {True: _("meets the threshold"), False: _("below the threshold"), None: _("to be checked")}
        english = (f"{ENGLISH_LABELS.get(checklist['english_test'], checklist['english_test'])}: "
                   f"{checklist['english_score'] or '—'} ({verdict[checklist['english_ok']]})")
    mooc = yes if checklist["mooc_done"] else no
    if checklist["mooc_attestation"]:
        mooc += " — " + _("attestation uploaded (SHA-256 %(hash)s)", hash=checklist["mooc_attestation"]["sha256"][:16])
    chosen = checklist["round"]
    rows = [[_("Degree"), checklist["degree"] or unknown], [_("English level"), english],
            [_("\"Basics of Big Data\" MOOC completed"), mooc],
            [_("Application round"), f"{chosen['name']} ({_('deadline')} {chosen['deadline']})" if chosen else unknown]]
    table = Table([[Paragraph(_text(a), small), Paragraph(_text(b), small)] for a, b in rows],
                  colWidths=[58 * mm, 120 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table
