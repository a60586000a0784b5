"""Cohort charts as inline SVG built on the server: θ histograms per topic, level counts per round."""

from __future__ import annotations

from collections import Counter
from typing import Any

from markupsafe import Markup, escape

LEVEL_FILL = {"ready": "#2e7d32", "review": "#b26a00", "not_ready": "#b3261e"}
LEVEL_ORDER = ("ready", "review", "not_ready")
BIN_WIDTH = 0.5
LOW, HIGH = -3.0, 3.0
N_BINS = int((HIGH - LOW) / BIN_WIDTH)  # θ below LOW or above HIGH lands in the end bins


def histogram(counts: list[int], title: str, cuts: dict[str, float] | None = None) -> Markup:
    """A θ histogram (``N_BINS`` counts, half an SD each, from LOW) with the current cut scores drawn over it."""
    width, height, pad = 360, 150, 22
    peak = max(counts) or 1
    bar_w = (width - 2 * pad) / len(counts)

    def x_of(value: float) -> float:
        return round(pad + (value - LOW) / (HIGH - LOW) * (width - 2 * pad), 1)

    parts = [f'<svg class="cohort-chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    base = height - pad
    for i, count in enumerate(counts):
        h = round(count / peak * (height - 2 * pad), 1)
        parts.append(f'<rect x="{round(pad + i * bar_w + 1, 1)}" y="{base - h}" width="{round(bar_w - 2, 1)}" '
                     f'height="{h}" fill="#1a56c4"><title>{count}</title></rect>')
    for tick in range(int(LOW), int(HIGH) + 1):
        parts.append(f'<text x="{x_of(tick)}" y="{base + 14}" font-size="10" text-anchor="middle">{tick:+d}</text>')
    for key, dash in (("review", ' stroke-dasharray="3 2"'), ("ready", "")):
        if cuts and key in cuts:
            parts.append(f'<line x1="{x_of(cuts[key])}" y1="{pad / 2}" x2="{x_of(cuts[key])}" y2="{base}" '
                         f'stroke="#222"{dash}/>')
    parts.append(f'<line x1="{pad}" y1="{base}" x2="{width - pad}" y2="{base}" stroke="#888"/></svg>')
    return Markup("".join(parts))


def level_bars(counts: dict[str, Counter[str]], labels: dict[str, Any], title: str) -> Markup:
    """One stacked horizontal bar per group (a round): how many topic results at each level."""
    width, row_h, label_w = 560, 26, 170
    height = row_h * max(len(counts), 1) + 8
    total_max = max((sum(c.values()) for c in counts.values()), default=0) or 1
    parts = [f'<svg class="cohort-chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for i, (group, counter) in enumerate(counts.items()):
        y = 4 + i * row_h
        parts.append(f'<text x="2" y="{y + 16}" font-size="12">{escape(group)}</text>')
        x = float(label_w)
        for level in LEVEL_ORDER:
            w = round(counter.get(level, 0) / total_max * (width - label_w - 10), 1)
            if w:
                parts.append(f'<rect x="{x}" y="{y + 3}" width="{w}" height="{row_h - 8}" fill="{LEVEL_FILL[level]}">'
                             f'<title>{escape(labels[level])}: {counter[level]}</title></rect>')
            x += w
    parts.append("</svg>")
    return Markup("".join(parts))
