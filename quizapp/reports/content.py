"""The report's content: one canonical JSON document holding everything the report states.

The same document feeds the web page, the PDF and the signature, so what is shown is exactly what is signed.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime
from typing import Any

from flask import current_app

from quizapp.assess.services import topic_estimates
from quizapp.bank.concepts import read_concept_map
from quizapp.models import Attempt, Checklist, User
from quizapp.reports.checklist import checklist_snapshot
from quizapp.reports.concepts import concept_summary
from quizapp.reports.levels import band, cut_scores, is_provisional, level_for, provisional_threshold

FORMAT_VERSION = 1
# Crockford-style base32 without I, L, O, U: nothing to misread when typed from paper.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ0123456789"
CODE_LENGTH = 12  # 12 symbols × 5 bits = 60 bits: unguessable at any request rate a server allows


def new_code() -> str:
    """A fresh random verification code, grouped ``ABCD-EFGH-JKMN``."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4))


def normalize_code(text: str) -> str:
    """What a person typed, as a stored code: upper case, separators re-grouped, O→0 and I/L→1 forgiven."""
    cleaned = "".join(c for c in text.upper() if c.isalnum()).translate(str.maketrans("OIL", "011"))
    return "-".join(cleaned[i:i + 4] for i in range(0, len(cleaned), 4))


def is_well_formed_code(text: str) -> bool:
    """Whether ``text`` reads as a verification code at all (12 symbols of the code alphabet, once normalised)."""
    symbols = normalize_code(text).replace("-", "")
    return len(symbols) == CODE_LENGTH and all(c in CODE_ALPHABET for c in symbols)


def canonical_json(payload: dict[str, Any]) -> str:
    """Sorted keys, no whitespace, UTF-8 kept: the byte string that is signed."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _iso(moment: datetime | None) -> str | None:
    return moment.replace(microsecond=0).isoformat() + "Z" if moment else None


def build_payload(code: str, attempt: Attempt, user: User, checklist: Checklist | None, locale: str,
                  issued_at: datetime) -> dict[str, Any]:
    """Everything the report states: applicant, conditions, topics (θ, SE, band, level, provisional), concepts,
    checklist."""
    cuts = cut_scores()
    se_target = float(current_app.config["QUIZ_TOPIC_SE_TARGET"])
    topics = []
    for est in topic_estimates(attempt):
        low, high = band(est.theta, est.se)
        topics.append({
            "topic": est.topic, "theta": round(est.theta, 3), "se": round(est.se, 3), "low": round(low, 3),
            "high": round(high, 3), "level": level_for(est.theta, cuts[est.topic]), "items": est.items,
            "correct": est.correct, "seconds": round(est.seconds), "cut": cuts[est.topic],
            "provisional": is_provisional(est.theta, est.se, se_target, cuts[est.topic]),
        })
    concept_map = read_concept_map(current_app.config["QUESTION_BANK"])
    answered = [r for r in attempt.responses if r.is_answered]
    return {
        "format": FORMAT_VERSION, "code": code, "issued_at": _iso(issued_at), "locale": locale,
        "applicant": {"name": user.name, "email": user.email, "email_confirmed": user.email_confirmed_at is not None},
        "attempt": {"id": attempt.id, "mode": attempt.mode, "started_at": _iso(attempt.started_at),
                    "finished_at": _iso(attempt.finished_at), "stop_reason": attempt.stop_reason,
                    "items": len(answered), "seconds": round(sum(t["seconds"] for t in topics)),
                    "provisional_above": provisional_threshold(se_target)},
        "topics": topics,
        "concepts": concept_summary(answered, concept_map),
        "checklist": checklist_snapshot(checklist),
    }
