"""The topic chart for web pages: inline SVG built on the server (no script, so the CSP stays strict)."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from quizapp.assess.forms import TOPIC_LABELS

LEVEL_FILL = {"ready": "#2e7d32", "review": "#b26a00", "not_ready": "#b3261e"}
SCALE = (-3.0, 3.0)


def topic_chart(topics: list[dict[str, Any]], title: str) -> Markup:
    """θ (dot) with its 95 % band (bar) per topic, the cut scores as ticks (dashed: review; solid: ready)."""
    width, label_w, row_h, top, bottom = 640, 150, 30, 10, 26
    height = top + row_h * len(topics) + bottom
    left, right = label_w, width - 10

    def x_of(value: float) -> float:
        clipped = min(max(value, SCALE[0]), SCALE[1])
        return round(left + (clipped - SCALE[0]) / (SCALE[1] - SCALE[0]) * (right - left), 1)

    parts = [f'<svg class="report-chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    axis_y = height - bottom + 4
    for tick in range(int(SCALE[0]), int(SCALE[1]) + 1):
        x = x_of(tick)
        parts.append(f'<line x1="{x}" y1="{top}" x2="{x}" y2="{axis_y}" stroke="#ddd"/>'
                     f'<text x="{x}" y="{axis_y + 14}" font-size="11" text-anchor="middle">{tick:+d}</text>')
    for i, t in enumerate(topics):
        y = top + i * row_h + row_h / 2
        fill = LEVEL_FILL[t["level"]]
        label = escape(TOPIC_LABELS.get(t["topic"], t["topic"]))
        low, high = x_of(t["low"]), x_of(t["high"])
        parts.append(
            f'<text x="4" y="{y + 4}" font-size="13">{label}</text>'
            f'<rect x="{low}" y="{y - 7}" width="{round(high - low, 1)}" height="14" fill="{fill}" '
            f'fill-opacity="0.25" stroke="{fill}"/>'
            f'<line x1="{x_of(t["cut"]["review"])}" y1="{y - 11}" x2="{x_of(t["cut"]["review"])}" y2="{y + 11}" '
            f'stroke="#222" stroke-dasharray="3 2"/>'
            f'<line x1="{x_of(t["cut"]["ready"])}" y1="{y - 11}" x2="{x_of(t["cut"]["ready"])}" y2="{y + 11}" '
            f'stroke="#222" stroke-width="1.5"/>'
            f'<circle cx="{x_of(t["theta"])}" cy="{y}" r="5" fill="{fill}" stroke="#fff"/>')
    parts.append("</svg>")
    return Markup("".join(parts))
