"""GIFT export (Moodle's plain-text format): multichoice, numerical, short answer; other types with a note."""

from __future__ import annotations

from quizapp.bank.interchange.common import MOODLE_TYPES, FlatItem, to_moodle_math

SPECIAL = "~=#{}:"


def escape(text: str) -> str:
    """Backslash GIFT's special characters and keep line breaks inside one question."""
    out = "".join(f"\\{ch}" if ch in SPECIAL else ch for ch in text.replace("\\", "\\\\"))
    return out.replace("\n", "\\n")


def export_gift(items: list[FlatItem]) -> str:
    """A GIFT file: ``$CATEGORY`` per topic, one question per item, blank lines between questions."""
    blocks: list[str] = []
    for topic in dict.fromkeys(i.topic for i in items):
        blocks.append(f"$CATEGORY: $course$/quizapp/{topic}")
        blocks.extend(_question(i) for i in items if i.topic == topic)
    return "\n\n".join(blocks) + "\n"


def _question(item: FlatItem) -> str:
    head = f"// {item.id} (level {item.level}; {', '.join(item.concepts)})\n::{escape(item.title)}::[markdown]"
    prompt = escape(to_moodle_math(item.prompt) + (f"\n\n*{item.note}*" if item.note else ""))
    qtype = MOODLE_TYPES[item.type]
    if qtype == "multichoice":
        single = item.type == "single_choice"
        n_correct = sum(c.correct for c in item.choices)
        n_wrong = len(item.choices) - n_correct
        parts = []
        for c in item.choices:
            if single:
                mark = "=" if c.correct else "~"
            else:
                mark = f"~%{100 / n_correct:.5g}%" if c.correct else f"~%{-100 / max(1, n_wrong):.5g}%"
            feedback = f"#{escape(to_moodle_math(c.feedback))}" if c.feedback else ""
            parts.append(f"\t{mark}{escape(to_moodle_math(c.text))}{feedback}")
        body = "\n" + "\n".join(parts)
    elif qtype == "numerical":
        body = f"#{item.answers[0]}:{item.tolerance:g}"
    elif qtype == "shortanswer":
        body = " ".join(f"={escape(a)}" for a in item.answers)
    else:
        body = ""  # essay
    general = f"\n\t####{escape(to_moodle_math(item.solution))}" if item.solution else ""
    return f"{head}{prompt}{{{body}{general}\n}}"
