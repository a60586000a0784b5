"""Concept-level strengths and gaps from the answered items, with study resources for each gap."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from quizapp.models import Response

STRENGTH_AT = 0.75  # mean score on the concept's items at or above which it counts as a strength
GAP_BELOW = 0.5  # mean score below which it is a gap; in between it is "partial" (resources are still listed)


def concept_summary(responses: Iterable[Response], concept_map: dict[str, dict[str, dict[str, Any]]]
                    ) -> list[dict[str, Any]]:
    """One entry per concept met in the attempt: items, correct, mistake tags, status and resources.

    An item tagged with several concepts counts towards each: the evidence is shared, not split.
    """
    scores: dict[tuple[str, str], list[float]] = defaultdict(list)
    tags: dict[tuple[str, str], set[str]] = defaultdict(set)
    for response in responses:
        if not response.is_answered:
            continue
        version = response.item_version
        for concept in version.concepts or []:
            key = (version.topic, concept)
            scores[key].append(float(response.score or 0.0))
            tags[key].update(t for t in (response.tags or []) if t)
    out = []
    for (topic, concept), values in sorted(scores.items()):
        mean = sum(values) / len(values)
        status = "strength" if mean >= STRENGTH_AT else "gap" if mean < GAP_BELOW else "partial"
        info = concept_map.get(topic, {}).get(concept) or {}
        out.append({
            "topic": topic, "concept": concept, "title": str(info.get("title") or concept.replace("_", " ")),
            "items": len(values), "correct": sum(v >= 1.0 for v in values), "score": round(mean, 3),
            "tags": sorted(tags[(topic, concept)]), "status": status,
            "resources": [str(r) for r in info.get("resources") or []] if status != "strength" else [],
        })
    return out
