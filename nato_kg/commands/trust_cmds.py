"""``nato-kg validate``, ``nato-kg check`` and ``nato-kg audit``: who says so, and does anyone say otherwise."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .common import Context, pass_context

TRUST_EXIT = ("Exit codes: 0 no problem found; 1 problems found ({what}); "
              "2 usage or input error (bad seeds, missing shapes or articles).")


def _where(position) -> str:
    return str(position) if position else "-"


def _plain(value):
    """Dataclasses and positions as JSON-ready dicts and lists (a Position is a named tuple)."""
    from dataclasses import fields, is_dataclass

    from ..errors import Position

    if isinstance(value, Position):
        return dict(value._asdict())
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _json(value) -> str:
    return json.dumps(_plain(value), indent=2, default=str)


def _table(title: str, columns: list[str], rows: list[list[str]]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ..terminal import printable

    table = Table(title=title, title_justify="left", show_lines=True)
    for c in columns:
        table.add_column(c, overflow="fold")
    for row in rows:
        table.add_row(*(Text(printable(cell)) for cell in row))  # Text: data is never read as rich markup
    Console(highlight=False, soft_wrap=False, width=None if sys.stdout.isatty() else 160).print(table)


@click.command(epilog=TRUST_EXIT.format(what="the graph does not conform"))
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@pass_context
def validate(obj: Context, fmt: str) -> None:
    """Validate the graph against the SHACL shapes in ontology/shapes.ttl.

    Each violation is reported with the seed file and line of the offending fact.
    """
    from ..build import build_graph
    from ..trust.validate import load_shapes, validate_graph
    from ..vocab import PREFIXES

    ws = obj.workspace()
    shapes = load_shapes(ws)
    built = build_graph(ws)
    report = validate_graph(built.graph, shapes, built.positions, ws)
    if fmt == "json":
        click.echo(_json({"conforms": report.conforms, "violations": report.violations}))
    elif report.violations:
        _table(f"{len(report.violations)} SHACL results", ["seed", "severity", "node", "path", "message"],
               [[_where(v.position), v.severity, v.shown({**PREFIXES, "id": ws.base_iri}), v.path or "",
                 v.message + (f" (value: {v.value})" if v.value else "")] for v in report.violations])
    click.echo("conforms" if report.conforms else f"does not conform: {len(report.violations)} results", err=True)
    sys.exit(0 if report.conforms else 1)


@click.command(epilog=TRUST_EXIT.format(what="conflicts at or above --fail-on"))
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--fail-on", type=click.Choice(["never", "info", "warning", "error"]), default="never", show_default=True,
              help="Exit 1 when a conflict of this severity or higher is found (for CI).")
@click.option("--rule", "rules", multiple=True,
              type=click.Choice(["attribution", "office", "status", "value", "paraphrase"]),
              help="Run only this rule (repeatable).")
@pass_context
def check(obj: Context, fmt: str, fail_on: str, rules: tuple[str, ...]) -> None:
    """List conflicts between sources: attribution, office, status, value and paraphrase.

    Sources that disagree are surfaced, each side with its sources and seed line, never
    silently resolved.
    """
    from ..build import build_graph
    from ..trust.conflicts import check_graph, severity_rank

    ws = obj.workspace()
    built = build_graph(ws)
    conflicts = check_graph(built.graph, built.positions, rules or None)
    if fmt == "json":
        click.echo(_json(conflicts))
    elif conflicts:
        rows = []
        for c in conflicts:
            sides = "\n".join(f"• {s.statement}\n  {s.fact} [{' '.join(s.sources)}] {_where(s.position)}" for s in c.sides)
            rows.append([c.rule, c.severity, c.message, sides])
        _table(f"{len(conflicts)} conflicts", ["rule", "severity", "conflict", "sides (fact, sources, seed)"], rows)
    click.echo(f"{len(conflicts)} conflict{'s' if len(conflicts) != 1 else ''}", err=True)
    failing = fail_on != "never" and any(severity_rank(c.severity) >= severity_rank(fail_on) for c in conflicts)
    sys.exit(1 if failing else 0)


@click.command(epilog=TRUST_EXIT.format(what="a quote not found in its article, or a missing article"))
@click.option("--articles", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="The folder holding the article texts the sources name (e.g. ../shared/seeds).")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@pass_context
def audit(obj: Context, articles: Path, fmt: str) -> None:
    """Check that every evidence quote is found in the article it cites.

    Tolerant of white space, typographic quotes, dashes and ellipses. Reference sources
    (without an article file) are skipped and named.
    """
    from ..build import build_graph
    from ..trust.audit import audit_graph

    ws = obj.workspace()
    built = build_graph(ws)
    report = audit_graph(built.graph, articles, built.positions)
    if fmt == "json":
        click.echo(_json(report))
    elif report.missing:
        _table(f"{len(report.missing)} quotes not found", ["seed", "fact", "source", "evidence"],
               [[_where(m.position), m.fact, m.source, m.evidence] for m in report.missing])
    for name in report.missing_files:
        click.echo(f"nato-kg: article file {name} not found in {articles}", err=True)
    skipped = f"; skipped reference sources without an article: {', '.join(report.skipped_sources)}" if report.skipped_sources else ""
    click.echo(f"{report.checked} quotes checked, {len(report.missing)} not found{skipped}", err=True)
    sys.exit(0 if report.ok else 1)
