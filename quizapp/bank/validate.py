"""Deep validation of the bank: every item generates its variants deterministically and passes its self-tests.

Run by ``flask --app quizapp bank validate`` (and in CI) before items go live.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from quizapp.bank.loader import BankError, LoadedItem, load_bank
from quizapp.qtypes import REGISTRY, AnswerFormatError, QuestionType, Variant
from quizapp.qtypes.templating import TemplateProblem
from quizapp.rendering import markdown_to_html

MIN_DISTINCT_VARIANTS = 20


@dataclass
class ValidationReport:
    """What ``bank validate`` found: the items that passed, and every error with its file and field."""

    items: list[LoadedItem] = field(default_factory=list)
    errors: list[BankError] = field(default_factory=list)
    checked_variants: int = 0
    self_tests: int = 0

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.errors


MATH_SPAN = re.compile(r'<(span|div) class="math [a-z]+">.*?</\1>', re.S)
CODE_SPAN = re.compile(r"<(code|pre)>.*?</\1>", re.S)


def stray_dollar(html: str) -> bool:
    """True when a ``$`` is left in the rendered HTML outside math and code: broken math in the source."""
    return "$" in CODE_SPAN.sub("", MATH_SPAN.sub("", html))


# Texts of parameterised items are rendered (not self-tested) for this many seeds.
RENDER_SEEDS = 100


class MathSlip(NamedTuple):
    """A way rendered math can read wrong: the pattern that finds it and what to tell the author."""

    pattern: re.Pattern[str]
    advice: str  # formatted with ``found``, the text the pattern matched


MATH_SLIPS = (
    # In TeX a superscript or subscript without braces takes one character: 2^10 shows as 2¹0, x^-1 as x⁻1.
    MathSlip(re.compile(r"(?<!\\)[\^_](?:\d{2,}|-\d)"),
             "shows only its first character raised or lowered; write {found[0]}{{{found_tail}}} "
             "(in a template: {found[0]}{{ {{@x@}} }})"),
    # A drawn coefficient of one written out: "1x", "-1\,y", "1y^2".
    MathSlip(re.compile(r"(?<![\w.}^_\\])-?1(?:\\,)?[a-zA-Z](?![a-zA-Z])"),
             "a coefficient of one is not written; use {{@a|coef@}} before a variable"),
    # A drawn exponent of one or zero, or a denominator of one, as templates write them ("x^{ {@k@} }").
    MathSlip(re.compile(r"(?<=[a-zA-Z)])\^\{ [01] \}|\\[dt]?frac\{(?:[^{}]|\{[^{}]*\})*\}\{ 1 \}"),
             "a power of one or zero, or a denominator of one, is not written; leave it out with {{% if %}}"),
    # A drawn negative number after an operator: "x - -10", "+ -7", "2\cdot-4".
    MathSlip(re.compile(r"(?:[-+]|\\pm|\\mp|\\cdot|\\times)\s*-\s*\d[\d.]*"),
             "an operator before a negative number; write {{@b|signed@}} for a term, {{@b|paren@}} for a factor"),
)


def math_slips(html: str) -> list[str]:
    """What reads wrong in the rendered math of ``html``: one message per kind of slip, naming the first case."""
    bodies = [span.group(0).split(">", 1)[1] for span in MATH_SPAN.finditer(html)]  # not the tag's own text
    messages = []
    for slip in MATH_SLIPS:
        found = next((m.group(0) for body in bodies if (m := slip.pattern.search(body))), None)
        if found:
            messages.append(f"'{found}' in math: " + slip.advice.format(found=found, found_tail=found[1:]))
    return messages


def is_parameterised(item: LoadedItem) -> bool:
    """Items with drawn parameters must produce many distinct variants; fixed items produce one."""
    return bool(item.spec.parameters) or item.spec.generator_source is not None


def variant_fingerprint(variant: Variant) -> tuple[Any, ...]:
    """What the applicant sees, to count distinct variants."""
    return (variant.prompt, tuple(c.text for c in variant.choices), str(variant.answer))


def run_self_test(qtype: QuestionType, item: LoadedItem, variant: Variant, rel: str) -> tuple[int, list[BankError]]:
    """Run the item's self-test cases on one variant; returns (cases run, errors)."""
    errors: list[BankError] = []
    cases = qtype.self_test(item.spec, variant)
    for case in cases:
        where = f"self_test (seed {variant.seed}, {case.label})"
        try:
            parsed = qtype.parse(item.spec, variant, case.raw)
        except AnswerFormatError as exc:
            if case.expect != "invalid":
                errors.append(BankError(rel, where, f"expected {case.expect}, but the answer was refused: {exc}"))
            continue
        if case.expect == "invalid":
            errors.append(BankError(rel, where, "expected the input to be refused as unreadable, but it was read"))
            continue
        grade = qtype.grade(item.spec, variant, parsed)
        if case.expect == "correct" and not grade.correct:
            errors.append(BankError(rel, where, f"expected full marks, got {grade.score:.2f} ({grade.feedback})"))
        elif case.expect == "wrong" and grade.correct:
            errors.append(BankError(rel, where, "expected less than full marks, got full marks"))
        elif case.feedback and case.feedback not in grade.feedback:
            errors.append(BankError(rel, where, f"expected the feedback {case.feedback!r}, got {grade.feedback!r}"))
    return len(cases), errors


def check_rendered_texts(variant: Variant, rel: str, seed: int) -> list[BankError]:
    """Problems that only show once a variant's texts are rendered: prompt, solution, choices, mistake feedback."""
    errors: list[BankError] = []
    texts = [("prompt", variant.prompt), ("solution", variant.solution)]
    for i, choice in enumerate(variant.choices):
        texts += [(f"choices.{i}.text", choice.text), (f"choices.{i}.feedback", choice.feedback)]
    texts += [(f"mistakes.{i}.feedback", m[1]) for i, m in enumerate(variant.extra.get("mistakes", ()))]
    for name, text in texts:
        if "{@" in text or "@}" in text:
            errors.append(BankError(rel, name, f"seed {seed}: an unrendered '{{@' or '@}}' is left"))
        html = markdown_to_html(text)
        if stray_dollar(html):
            errors.append(BankError(rel, name, f"seed {seed}: a '$' is left outside math after rendering "
                                    "(a line starting with '+ ', '- ' or '* ' inside $$…$$ becomes a list; "
                                    "write money as \\$)"))
        errors.extend(BankError(rel, name, f"seed {seed}: {message}") for message in math_slips(html))
    return errors


def count_distinct_variants(qtype: QuestionType, item: LoadedItem, wanted: int) -> int:
    """How many distinct variants the first ``3 * wanted`` seeds give (stops once ``wanted`` are found)."""
    seen: set[tuple[Any, ...]] = set()
    for seed in range(3 * wanted):
        seen.add(variant_fingerprint(qtype.generate(item.spec, seed)))
        if len(seen) >= wanted:
            break
    return len(seen)


def validate_item(item: LoadedItem, bank_dir: Path, variants: int) -> tuple[int, int, list[BankError]]:
    """Generate variants, check determinism and distinctness, render the texts, run the self-tests."""
    rel = item.path.relative_to(bank_dir.parent).as_posix()
    qtype = REGISTRY[item.spec.type]
    n_variants = variants if is_parameterised(item) else 1
    errors: list[BankError] = []
    reported: set[str] = set()
    cases_run, self_testing = 0, True
    # Rendering is cheap: texts are checked on many more variants than the self-tests run, because a slip
    # such as a coefficient of one shows only for some parameter values.
    for seed in range(max(n_variants, RENDER_SEEDS) if is_parameterised(item) else 1):
        try:
            variant = qtype.generate(item.spec, seed)
            # one report per field: the same template mistake shows in most seeds
            errors.extend(e for e in check_rendered_texts(variant, rel, seed) if e.field not in reported)
            reported.update(e.field for e in errors)
            if not self_testing or seed >= n_variants:
                continue
            if variant_fingerprint(qtype.generate(item.spec, seed)) != variant_fingerprint(variant):
                errors.append(BankError(rel, "parameters", f"seed {seed} gives different variants on two runs"))
            ran, case_errors = run_self_test(qtype, item, variant, rel)
        except TemplateProblem as exc:
            errors.append(BankError(rel, exc.field, f"seed {seed}: {exc.reason}"))
            break
        cases_run += ran
        errors.extend(case_errors)
        self_testing = not case_errors  # one failing variant is enough to report; the rest would repeat it
    if is_parameterised(item) and not errors:
        distinct = count_distinct_variants(qtype, item, MIN_DISTINCT_VARIANTS)
        if distinct < MIN_DISTINCT_VARIANTS:
            errors.append(BankError(rel, "parameters", f"only {distinct} distinct variants in "
                                    f"{3 * MIN_DISTINCT_VARIANTS} seeds; widen the parameter ranges "
                                    f"(at least {MIN_DISTINCT_VARIANTS} are needed)"))
    return n_variants, cases_run, errors


def _validate_one(args: tuple[LoadedItem, Path, int]) -> tuple[int, int, list[BankError]]:
    return validate_item(*args)


def validate_bank(bank_dir: Path, variants: int = MIN_DISTINCT_VARIANTS, topics: set[str] | None = None,
                  jobs: int | None = None, paths: list[Path] | None = None) -> ValidationReport:
    """Validate the whole bank (or some topics, or the items under some ``paths``); the report lists every
    error with file, field and reason.

    Items are checked in parallel, one process per core (``jobs``), in a stable order.
    """
    items, errors = load_bank(bank_dir)
    if topics:
        items = [i for i in items if i.spec.topic in topics]
    if paths:
        items, errors = _under(paths, bank_dir, items, errors)
    report = ValidationReport(items=items, errors=list(errors))
    jobs = jobs or os.cpu_count() or 1
    work = [(item, bank_dir, variants) for item in items]
    if jobs > 1 and len(work) > 1:
        # spawn: a clean interpreter per worker (no inherited math-grader pool or database connections)
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
            results = list(pool.map(_validate_one, work, chunksize=4))
    else:
        results = [_validate_one(w) for w in work]
    for n, cases, item_errors in results:
        report.checked_variants += n
        report.self_tests += cases
        report.errors.extend(item_errors)
    return report


def _under(paths: list[Path], bank_dir: Path, items: list[LoadedItem], errors: list[BankError],
           ) -> tuple[list[LoadedItem], list[BankError]]:
    """The items under ``paths`` (files or folders), and the errors of their files plus the bank-wide ones
    (concept map, topic folders), which concern every item."""
    roots = [p.resolve() for p in paths]

    def inside(path: Path) -> bool:
        return any(path.resolve().is_relative_to(root) for root in roots)

    def item_file(error: BankError) -> bool:
        path = bank_dir.parent / error.file
        return path.is_file() and path.resolve().parent != bank_dir.resolve()

    return ([i for i in items if inside(i.path)],
            [e for e in errors if not item_file(e) or inside(bank_dir.parent / e.file)])


def coverage(items: list[LoadedItem], concept_map: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """``{"topics": {topic: {concept: {"templates": n, "levels": [...], "types": {type: n}}}}}``."""
    table: dict[str, dict[str, dict[str, Any]]] = {
        topic: {c: {"templates": 0, "levels": set(), "types": Counter()} for c in concepts or {}}
        for topic, concepts in concept_map.items()
    }
    for item in items:
        for concept in item.spec.concepts:
            cell = table.setdefault(item.spec.topic, defaultdict(dict)).setdefault(
                concept, {"templates": 0, "levels": set(), "types": Counter()})
            cell["templates"] += 1
            cell["levels"].add(item.spec.level)
            cell["types"][item.spec.type] += 1
    return {"topics": {
        topic: {c: {"templates": v["templates"], "levels": sorted(v["levels"]), "types": dict(v["types"])}
                for c, v in concepts.items()}
        for topic, concepts in table.items()
    }}
