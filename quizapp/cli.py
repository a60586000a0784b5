"""Command-line tools: ``flask --app quizapp bank …``, ``users …``, ``demo``, ``setup`` (and the ``quizapp`` script)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
from flask import Flask, current_app
from flask.cli import FlaskGroup, with_appcontext

from quizapp.bank.schema import TOPICS
from quizapp.models import Role

if TYPE_CHECKING:
    from quizapp.bank.sync import SyncSummary

DEMO_PASSWORD = "demo-password"
DEMO_ACCOUNTS = (
    ("applicant@example.org", "Ada Applicant", Role.APPLICANT),
    ("applicant2@example.org", "Bruno Applicant", Role.APPLICANT),
    ("staff@example.org", "Sam Staff", Role.STAFF),
    ("instructor@example.org", "Ines Instructor", Role.INSTRUCTOR),
    ("admin@example.org", "Alex Admin", Role.ADMIN),
)

bank_cli = click.Group("bank", help="Validate the question bank and load it into the database.")
users_cli = click.Group("users", help="Manage accounts.")


@bank_cli.command("validate")
@click.option("--coverage", is_flag=True, help="Also print coverage per topic and concept.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--variants", default=20, show_default=True, type=click.IntRange(min=1),
              help="Variants generated and self-tested per item.")
@click.option("--topic", "topics", multiple=True, type=click.Choice(TOPICS),
              help="Only items of this topic (repeatable).")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@with_appcontext
def bank_validate(coverage: bool, as_json: bool, variants: int, topics: tuple[str, ...], paths: tuple[Path, ...],
                  ) -> None:
    """Check every item (schema, variants, self-tests), or only those under PATHS (item files or folders of the
    bank); exit 1 with file, field and reason on any error."""
    from collections import Counter

    from quizapp.bank.concepts import read_concept_map
    from quizapp.bank.validate import coverage as coverage_table
    from quizapp.bank.validate import validate_bank
    from quizapp.qtypes import REGISTRY

    bank_dir = current_app.config["QUESTION_BANK"]
    outside = [p for p in paths if not p.resolve().is_relative_to(Path(bank_dir).resolve())]
    if outside:
        raise click.BadParameter(f"{outside[0]} is not in the question bank ({bank_dir})", param_hint="PATHS")
    report = validate_bank(bank_dir, variants=variants, topics=set(topics) or None, paths=list(paths) or None)
    if paths and not report.items and report.ok:
        raise click.ClickException(f"no item under {', '.join(map(str, paths))}")
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    if as_json:
        out: dict[str, object] = {
            "items": len(report.items), "errors": [str(e) for e in report.errors],
            "variants": report.checked_variants, "self_tests": report.self_tests,
            "choice_items": sum(REGISTRY[i.spec.type].multiple_choice for i in report.items),
            "code_items": dict(Counter(i.spec.topic for i in report.items if REGISTRY[i.spec.type].needs_sandbox)),
        }
        if coverage:
            out.update(coverage_table(report.items, read_concept_map(bank_dir)))
        click.echo(json.dumps(out, indent=2))
    else:
        click.echo(f"{len(report.items)} items, {report.checked_variants} variants, {report.self_tests} self-test "
                   f"cases, {len(report.errors)} errors")
        if coverage:
            table = coverage_table(report.items, read_concept_map(bank_dir))["topics"]
            for topic, concepts in table.items():
                for concept, cell in concepts.items():
                    click.echo(f"  {topic:15} {concept:26} {cell['templates']:3} templates, levels {cell['levels']}")
    if not report.ok:
        sys.exit(1)


@bank_cli.command("load")
@with_appcontext
def bank_load() -> None:
    """Load the bank into the database (new items and versions; items removed from disk are retired)."""
    summary = load_bank_into_db()
    click.echo(f"bank loaded: {summary.added} new items, {summary.new_versions} new versions, "
               f"{summary.unchanged} unchanged, {summary.retired} retired")


@bank_cli.command("new")
@click.argument("topic")
@click.argument("concept")
@click.argument("qtype", metavar="TYPE")
@click.option("--title", default=None, help="Item title (also gives the file name). Default: from the concept.")
@with_appcontext
def bank_new(topic: str, concept: str, qtype: str, title: str | None) -> None:
    """Scaffold a documented, valid item TOPIC/CONCEPT of type TYPE, ready to edit and validate."""
    from quizapp.bank.concepts import load_concepts
    from quizapp.bank.scaffold import scaffold_item
    from quizapp.qtypes import REGISTRY

    bank_dir = current_app.config["QUESTION_BANK"]
    concepts, _ = load_concepts(bank_dir)
    if topic not in concepts:
        raise click.BadParameter(f"unknown topic; choose one of {', '.join(sorted(concepts))}", param_hint="TOPIC")
    if concept not in concepts[topic]:
        raise click.BadParameter(f"unknown concept for {topic}; choose one of {', '.join(sorted(concepts[topic]))}",
                                 param_hint="CONCEPT")
    if qtype not in REGISTRY:
        raise click.BadParameter(f"unknown type; choose one of {', '.join(REGISTRY)}", param_hint="TYPE")
    try:
        path = scaffold_item(bank_dir, topic, concept, qtype, title or f"New {concept.replace('_', ' ')} item")
    except (FileExistsError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"created {path}\nnext: edit it, then run: flask --app quizapp bank validate {path}")


@bank_cli.command("export")
@click.option("--format", "fmt", type=click.Choice(["moodle", "gift"]), default="moodle", show_default=True)
@click.option("--topic", "topics", multiple=True, type=click.Choice(TOPICS), help="Only these topics.")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), required=True, help="File to write.")
@with_appcontext
def bank_export(fmt: str, topics: tuple[str, ...], out: str) -> None:
    """Export the bank (variant 0 of each item) to Moodle XML or GIFT."""
    from pathlib import Path

    from quizapp.bank.interchange.common import flatten
    from quizapp.bank.interchange.gift import export_gift
    from quizapp.bank.interchange.moodle_xml import export_moodle
    from quizapp.bank.loader import load_bank

    items, errors = load_bank(current_app.config["QUESTION_BANK"])
    if errors:
        raise click.ClickException(f"{len(errors)} errors in the bank; run 'bank validate' first")
    flat = [flatten(i) for i in items if not topics or i.spec.topic in topics]
    Path(out).write_text(export_moodle(flat) if fmt == "moodle" else export_gift(flat), encoding="utf-8")
    click.echo(f"wrote {len(flat)} questions to {out}")


@bank_cli.command("import")
@click.argument("source", type=click.Path(exists=True, dir_okay=False))
@click.option("--topic", required=True, help="Topic for questions outside a quizapp category.")
@click.option("--concept", required=True, help="Concept for questions without quizapp tags.")
@click.option("--level", default=2, show_default=True, type=click.IntRange(1, 5))
@with_appcontext
def bank_import(source: str, topic: str, concept: str, level: int) -> None:
    """Import Moodle XML (multichoice, numerical, truefalse, shortanswer) as bank files."""
    from pathlib import Path

    from quizapp.bank.interchange.files import write_items
    from quizapp.bank.interchange.moodle_xml import ImportProblem, import_moodle
    from quizapp.bank.loader import load_bank

    skipped: list[str] = []
    try:
        items = import_moodle(Path(source), topic, concept, level, skipped)
        for message in skipped:
            click.echo(f"skipped {message}", err=True)
        bank_dir = current_app.config["QUESTION_BANK"]
        paths = write_items(items, bank_dir, {i.spec.id for i in load_bank(bank_dir)[0]})
    except (ImportProblem, FileExistsError) as exc:
        raise click.ClickException(str(exc)) from exc
    for path in paths:
        click.echo(f"created {path}")
    click.echo("next: flask --app quizapp bank validate")


@bank_cli.command("calibrate")
# Below ten answers a 2PL fit is the prior talking: refuse rather than overwrite the level-based parameters.
@click.option("--min-responses", default=50, show_default=True, type=click.IntRange(min=10),
              help="Answers an item needs to be calibrated (at least 10).")
@with_appcontext
def bank_calibrate(min_responses: int) -> None:
    """Fit 2PL item parameters from stored responses (MML-EM) and flag misfitting items."""
    from quizapp.bank.calibration import calibrate_bank

    summary = calibrate_bank(min_responses)
    click.echo(f"{summary.examinees} attempts, {summary.items} items: {summary.calibrated} calibrated "
               f"(at least {min_responses} answers each)")
    for item_id, flags in sorted(summary.flagged.items()):
        click.echo(f"  flagged {item_id}: {', '.join(flags)}")


def load_bank_into_db() -> SyncSummary:
    """Validate the files' schema and load them; refuses to load anything if a file is broken."""
    from quizapp.bank.loader import load_bank
    from quizapp.bank.sync import sync_items

    items, errors = load_bank(current_app.config["QUESTION_BANK"])
    if errors:
        for error in errors:
            click.echo(f"error: {error}", err=True)
        raise click.ClickException(f"{len(errors)} errors in the bank; nothing was loaded")
    return sync_items(items)


def _check_password_length(password: str) -> None:
    """The registration form's minimum length, for passwords set from the command line."""
    from quizapp.auth.forms import MIN_PASSWORD_LENGTH

    if len(password) < MIN_PASSWORD_LENGTH:
        raise click.BadParameter(f"use at least {MIN_PASSWORD_LENGTH} characters", param_hint="--password")


@users_cli.command("create")
@click.option("--email", required=True)
@click.option("--name", required=True)
@click.option("--role", type=click.Choice([r.value for r in Role]), default=Role.STAFF.value, show_default=True)
@click.password_option(help="Prompted for (twice) when omitted.")
@with_appcontext
def users_create(email: str, name: str, role: str, password: str) -> None:
    """Create a staff, instructor, admin (or applicant) account."""
    from email_validator import EmailNotValidError, validate_email

    from quizapp.auth.services import AccountError, create_user

    try:  # the same check as the registration form (WTForms' Email validator uses email_validator too)
        validate_email(email.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        raise click.BadParameter(str(exc), param_hint="--email") from exc
    if not name.strip():
        raise click.BadParameter("give the person's name", param_hint="--name")
    _check_password_length(password)
    try:
        user = create_user(email, name, password, Role(role))
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"created {user.role.value} account {user.email}")


@users_cli.command("set-password")
@click.option("--email", required=True)
@click.password_option(help="Prompted for (twice) when omitted.")
@with_appcontext
def users_set_password(email: str, password: str) -> None:
    """Set an account's password (someone who forgot theirs, on a site without mail); lifts any lock-out."""
    from quizapp.auth.services import find_user, set_new_password

    user = find_user(email)
    if user is None:
        raise click.BadParameter(f"no account has the email {email.strip()!r}", param_hint="--email")
    _check_password_length(password)
    set_new_password(user, password, how="cli")
    click.echo(f"password set for {user.email}; their other sessions are logged out")


@click.command("demo")
@with_appcontext
def demo() -> None:
    """Create the demo accounts listed in the README and the demo applicants' submitted reports (skips what exists)."""
    from quizapp.auth.services import create_user, find_user
    from quizapp.demo import DEMO_APPLICANTS, seed_demo_report
    from quizapp.extensions import db
    from quizapp.models._time import utcnow

    for email, name, role in DEMO_ACCOUNTS:
        user = find_user(email)
        if user is None:
            user = create_user(email, name, DEMO_PASSWORD, role)
            click.echo(f"demo account {email} ({role.value}) / {DEMO_PASSWORD}")
        if user.email_confirmed_at is None:  # example.org receives no mail: the demo addresses count as confirmed
            user.email_confirmed_at = utcnow()
            db.session.commit()
    for applicant in DEMO_APPLICANTS:
        report = seed_demo_report(find_user(applicant.email), applicant)
        if report is not None:
            click.echo(f"demo report {report.code} submitted for {applicant.email}")


@click.command("setup")
@click.option("--demo/--no-demo", "with_demo", default=True, help="Also create the demo accounts.")
@click.pass_context
@with_appcontext
def setup(ctx: click.Context, with_demo: bool) -> None:
    """Migrate the database, load the question bank and (by default) create the demo accounts."""
    from flask_migrate import upgrade

    upgrade()
    ctx.invoke(bank_load)
    if with_demo:
        ctx.invoke(demo)


@click.command("keys")
@click.argument("action", type=click.Choice(["generate"]))
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="Key file (default: QUIZAPP_SIGNING_KEY_FILE, else instance/signing_key.pem).")
def keys(action: str, out: str | None) -> None:
    """Generate the Ed25519 key that signs readiness reports (never overwrites an existing key)."""
    import os
    from pathlib import Path

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = Path(out or os.environ.get("QUIZAPP_SIGNING_KEY_FILE") or "instance/signing_key.pem")
    if path.exists():
        raise click.ClickException(f"{path} exists; not overwritten (reports signed with it must stay verifiable)")
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                     serialization.NoEncryption())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    click.echo(f"wrote {path} (keep it secret; every web host needs the same file)")


@click.command("worker")
@click.option("--workers", type=int, default=None, help="Worker processes (default: cores - 1).")
@with_appcontext
def worker(workers: int | None) -> None:
    """Serve code runs from Redis (RQ); needs REDIS_URL."""
    from quizapp.jobs import run_worker

    redis_url = current_app.config.get("REDIS_URL")
    if not redis_url:
        raise click.ClickException("REDIS_URL is not set: without it code runs use the in-process pool")
    from graders.sandbox import sandbox_status

    status = sandbox_status()
    click.echo(f"sandbox: {status.mode} — {status.reason}", err=True)
    if not status.ok:
        raise click.ClickException("this host cannot isolate code runs; refusing to serve them")
    run_worker(redis_url, workers)


def init_app(app: Flask) -> None:
    """Register the command groups on the app."""
    for command in (bank_cli, users_cli, demo, setup, keys, worker):
        app.cli.add_command(command)


def main() -> None:
    """The ``quizapp`` console script: the same commands as ``flask --app quizapp``."""
    from quizapp import create_app

    FlaskGroup(create_app=create_app)(prog_name="quizapp")
