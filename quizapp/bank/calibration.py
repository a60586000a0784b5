"""``bank calibrate``: fit item parameters from stored responses and keep what the adaptive engine needs.

The answers of every attempt form an examinees × items matrix (NaN = not seen). Items with enough answers get
their 2PL parameters replaced (provenance recorded on the version); every item's fit flags, and the population
(between-topic means and covariance) the engine uses as its prior, are stored as settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
from sqlalchemy import select

from quizapp.adaptive.calibrate import calibrate_2pl
from quizapp.assess.selection import POPULATION_SETTING
from quizapp.extensions import db
from quizapp.models import Item, ItemVersion, Response, set_setting

CALIBRATION_SETTING = "bank.calibration"


@dataclass(frozen=True)
class CalibrationSummary:
    """What a calibration run did."""

    examinees: int
    items: int
    calibrated: int
    flagged: dict[str, list[str]]


def response_matrix() -> tuple[np.ndarray, list[Item]]:
    """Decided answers of every attempt on live items: rows are attempts, columns items."""
    items = list(db.session.scalars(select(Item).where(Item.active.is_(True)).order_by(Item.topic, Item.id)))
    column = {item.id: j for j, item in enumerate(items)}
    rows: dict[int, dict[int, float]] = {}
    query = select(Response).where(Response.answered_at.is_not(None), Response.correct.is_not(None))
    for response in db.session.scalars(query):
        j = column.get(response.item_version.item_id)
        if j is not None:
            rows.setdefault(response.attempt_id, {})[j] = 1.0 if response.correct else 0.0
    matrix = np.full((len(rows), len(items)), np.nan)
    for i, answers in enumerate(rows.values()):
        for j, value in answers.items():
            matrix[i, j] = value
    return matrix, items


def calibrate_bank(min_responses: int = 50) -> CalibrationSummary:
    """Fit the 2PL per topic, update live versions that have enough answers, store flags and population."""
    matrix, items = response_matrix()
    if matrix.shape[0] == 0 or not items:
        return CalibrationSummary(matrix.shape[0], len(items), 0, {})
    result = calibrate_2pl(matrix, min_responses=min_responses, topics=[item.topic for item in items])
    stamp = datetime.now(UTC).strftime("%Y-%m-%d")
    report: dict[str, Any] = {}
    for j, item in enumerate(items):
        version: ItemVersion | None = item.current_version
        entry = {"n": int(result.n[j]), "flags": result.flags[j]}
        if result.calibrated[j] and version is not None:
            version.irt_a, version.irt_b = float(result.a[j]), float(result.b[j])
            version.irt_source = f"2PL MML-EM {stamp} (n={int(result.n[j])})"
            entry.update(a=float(result.a[j]), b=float(result.b[j]), se_a=float(result.se_a[j]),
                         se_b=float(result.se_b[j]))
        report[item.id] = entry
    set_setting(CALIBRATION_SETTING, {"date": stamp, "provenance": result.provenance, "items": report,
                                      "converged": bool(result.converged)})
    set_setting(POPULATION_SETTING, result.population.to_dict())
    db.session.commit()
    flagged = {item_id: e["flags"] for item_id, e in report.items() if e["flags"]}
    return CalibrationSummary(matrix.shape[0], len(items), int(result.calibrated.sum()), flagged)
