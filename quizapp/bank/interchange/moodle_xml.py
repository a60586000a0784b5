"""Moodle XML export (every type, the closest Moodle type with a note) and import (multichoice, numerical,
truefalse, shortanswer). Uploaded XML is parsed with defusedxml: no entities, no external references."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import defusedxml.ElementTree as SafeET

from quizapp.bank.interchange.common import (
    MOODLE_TYPES,
    FlatChoice,
    FlatItem,
    from_moodle_math,
    metadata_tags,
    to_moodle_math,
)

IMPORTABLE = {"multichoice", "numerical", "truefalse", "shortanswer"}


class ImportProblem(ValueError):
    """A Moodle file that cannot be imported; names the question and the reason."""


def _text(parent: ET.Element, tag: str, text: str, fmt: str | None = "markdown") -> ET.Element:
    node = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(node, "text").text = text
    return node


def _fraction(choice: FlatChoice, n_correct: int, n_wrong: int, single: bool) -> str:
    if choice.correct:
        return "100" if single else f"{100 / n_correct:.5g}"
    return "0" if single else f"{-100 / max(1, n_wrong):.5g}"


def export_moodle(items: list[FlatItem]) -> str:
    """A Moodle XML quiz file: one category per topic, one question per item."""
    quiz = ET.Element("quiz")
    for topic in dict.fromkeys(i.topic for i in items):
        category = ET.SubElement(quiz, "question", {"type": "category"})
        _text(category, "category", f"$course$/quizapp/{topic}", None)
        for item in (i for i in items if i.topic == topic):
            quiz.append(_question(item))
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"


def _question(item: FlatItem) -> ET.Element:
    qtype = MOODLE_TYPES[item.type]
    q = ET.Element("question", {"type": qtype})
    _text(q, "name", item.title, None)
    prompt = to_moodle_math(item.prompt) + (f"\n\n*{item.note}*" if item.note else "")
    _text(q, "questiontext", prompt)
    _text(q, "generalfeedback", to_moodle_math(item.solution))
    ET.SubElement(q, "defaultgrade").text = "1"
    ET.SubElement(q, "idnumber").text = item.id
    if qtype == "multichoice":
        single = item.type == "single_choice"
        n_correct = sum(c.correct for c in item.choices)
        ET.SubElement(q, "single").text = "true" if single else "false"
        ET.SubElement(q, "shuffleanswers").text = "1"
        ET.SubElement(q, "answernumbering").text = "abc"
        for choice in item.choices:
            fraction = _fraction(choice, n_correct, len(item.choices) - n_correct, single)
            answer = _text(q, "answer", to_moodle_math(choice.text))
            answer.set("fraction", fraction)
            _text(answer, "feedback", to_moodle_math(choice.feedback))
    elif qtype == "numerical":
        answer = ET.SubElement(q, "answer", {"fraction": "100"})
        ET.SubElement(answer, "text").text = item.answers[0]
        ET.SubElement(answer, "tolerance").text = repr(item.tolerance)
    elif qtype == "shortanswer":
        ET.SubElement(q, "usecase").text = "1"
        for text in item.answers:
            answer = ET.SubElement(q, "answer", {"fraction": "100", "format": "moodle_auto_format"})
            ET.SubElement(answer, "text").text = text
    tags = ET.SubElement(q, "tags")
    for tag in metadata_tags(item):
        ET.SubElement(ET.SubElement(tags, "tag"), "text").text = tag
    return q


def _field(q: ET.Element, path: str) -> str:
    node = q.find(path)
    return (node.text or "") if node is not None else ""


def import_moodle(source: str | bytes | Path, topic: str, concept: str, level: int = 2,
                  skipped: list[str] | None = None) -> list[FlatItem]:
    """Read the importable questions of a Moodle XML file.

    Questions of other types are left out, each with a message appended to ``skipped`` when it is given (and
    refused with :class:`ImportProblem` when it is not).
    """
    raw = Path(source).read_bytes() if isinstance(source, Path) else source
    try:
        root = SafeET.fromstring(raw)
    except Exception as exc:  # defusedxml raises several types for hostile or broken XML
        raise ImportProblem(f"not a readable Moodle XML file: {exc}") from exc
    items: list[FlatItem] = []
    current_topic = topic
    for q in root.iter("question"):
        qtype = q.get("type", "")
        if qtype == "category":
            parts = _field(q, "category/text").strip("/").split("/")
            current_topic = parts[2] if len(parts) > 2 and parts[1] == "quizapp" else topic
            continue
        name = _field(q, "name/text") or "(unnamed)"
        if qtype not in IMPORTABLE:
            message = (f"question {name!r}: type {qtype!r} cannot be imported "
                       f"(importable: {', '.join(sorted(IMPORTABLE))})")
            if skipped is None:
                raise ImportProblem(message)
            skipped.append(message)
            continue
        items.append(_read_question(q, qtype, name, current_topic, concept, level))
    return items


def _read_question(q: ET.Element, qtype: str, name: str, topic: str, concept: str, level: int) -> FlatItem:
    tags = [t.text or "" for t in q.iter("text") if (t.text or "").startswith("quizapp-")]
    level = next((int(t.rsplit("-", 1)[1]) for t in tags if t.startswith("quizapp-level-")), level)
    concepts = tuple(t.removeprefix("quizapp-concept-") for t in tags if t.startswith("quizapp-concept-")) or (concept,)
    prompt = from_moodle_math(_field(q, "questiontext/text"))
    solution = from_moodle_math(_field(q, "generalfeedback/text")) or "See the answer."
    item_id = _field(q, "idnumber") or ""
    answers = q.findall("answer")
    common = {"id": item_id, "title": name, "topic": topic, "concepts": concepts, "level": level,
              "prompt": prompt, "solution": solution}
    if qtype in {"multichoice", "truefalse"}:
        single = qtype == "truefalse" or _field(q, "single").strip().lower() in {"true", "1"}
        choices = tuple(FlatChoice(from_moodle_math(_field(a, "text")), float(a.get("fraction", "0")) > 0,
                                   from_moodle_math(_field(a, "feedback/text"))) for a in answers)
        if not any(c.correct for c in choices):
            raise ImportProblem(f"question {name!r}: no answer has a positive fraction")
        return FlatItem(**common, type="single_choice" if single else "multiple_choice", choices=choices)
    right = [a for a in answers if float(a.get("fraction", "0")) >= 100]
    if not right:
        raise ImportProblem(f"question {name!r}: no answer with fraction 100")
    if qtype == "numerical":
        tolerance = float(_field(right[0], "tolerance") or 0)
        return FlatItem(**common, type="numeric", answers=(_field(right[0], "text"),), tolerance=tolerance)
    return FlatItem(**common, type="short_text", answers=tuple(_field(a, "text") for a in right))
