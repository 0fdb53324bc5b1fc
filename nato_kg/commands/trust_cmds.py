"""``nato-kg validate``, ``nato-kg check`` and ``nato-kg audit``: who says so, and does anyone say otherwise."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .common import Context, pass_context, working

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
    from ..tables import render_table, terminal_width

    click.echo(render_table(columns, rows, terminal_width(), title=title), nl=False)


@click.command(epilog=TRUST_EXIT.format(what="the graph does not conform"))
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Processes that validate a large graph at once (one per shape with targets)  [default: the CPUs this process may use]")
@click.option("--full", is_flag=True,
              help="Validate the whole graph, not only the nodes an edit since the last validation can affect.")
@pass_context
def validate(obj: Context, fmt: str, jobs: int | None, full: bool) -> None:
    """Validate the graph against the SHACL shapes in ontology/shapes.ttl.

    Each violation is reported with the seed file and line of the offending fact. After an
    edit, only the nodes whose results it can change are validated again (--full: all).
    """
    from ..built import load_with_positions
    from ..parallel import available_cpus
    from ..trust.validate import load_shapes, validate_workspace
    from ..vocab import PREFIXES

    ws = obj.workspace()
    shapes = load_shapes(ws)
    with working("loading the graph…"):
        graph, positions, _ = load_with_positions(ws)
    with working("validating the graph against the SHACL shapes…"):
        report = validate_workspace(ws, graph, shapes, positions, jobs=jobs or available_cpus(), reuse=not full)
    if report.revalidated == 0:
        click.echo("nato-kg: nothing the shapes read changed since the last validation; its results stand "
                   "(--full validates everything)", err=True)
    elif report.revalidated is not None:
        click.echo(f"nato-kg: validated {report.revalidated} node(s) an edit can affect; the others' results are "
                   "the last validation's (--full validates everything)", err=True)
    if fmt == "json":
        click.echo(_json({"conforms": report.conforms, "violations": report.violations}))
    elif report.violations:
        _table(f"{len(report.violations)} SHACL results", ["seed", "severity", "node", "path", "message"],
               [[_where(v.position), v.severity, v.shown({**PREFIXES, "id": ws.base_iri}), v.path or "",
                 v.message + (f" (value: {v.value})" if v.value else "")] for v in report.violations])
    click.echo("conforms" if report.conforms else f"does not conform: {len(report.violations)} results", err=True)
    sys.exit(0 if report.conforms else 1)


@click.command(epilog=TRUST_EXIT.format(what="conflicts at or above --fail-on"))
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json", "md", "html"]), default="table", show_default=True,
              help="table: for the terminal; md: Markdown for a memo or an article; html: one offline page.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write the report to this file (atomically) instead of stdout; .md/.html/.json set the format.")
@click.option("--fail-on", type=click.Choice(["never", "info", "warning", "error"]), default="never", show_default=True,
              help="Exit 1 when a conflict of this severity or higher is found (for CI).")
@click.option("--rule", "rules", multiple=True,
              type=click.Choice(["attribution", "office", "status", "value", "paraphrase", "duplicate", "wording"]),
              help="Run only this rule (repeatable).")
@pass_context
def check(obj: Context, fmt: str, output: str | None, fail_on: str, rules: tuple[str, ...]) -> None:
    """List conflicts between sources: attribution, office, status, value, paraphrase and duplicates.

    Sources that disagree are surfaced, each side with its sources and seed line, never
    silently resolved.
    """
    from ..built import load_with_positions
    from ..names import source_titles
    from ..tables import terminal_width
    from ..trust.conflicts import check_graph, severity_rank
    from ..trust.report import conflicts_html, conflicts_markdown, conflicts_text
    from .common import emit

    ws = obj.workspace()
    if output and output != "-" and fmt == "table":
        fmt = {".md": "md", ".html": "html", ".htm": "html", ".json": "json"}.get(Path(output).suffix.lower(), "table")
    with working("loading the graph…"):
        graph, positions, _ = load_with_positions(ws)
    with working("looking for conflicts between sources…"):
        conflicts = check_graph(graph, positions, rules or None, ws.cache_dir("check"))
    titles = source_titles(graph)
    if fmt == "json":
        text = _json(conflicts) + "\n"
    elif fmt == "md":
        text = conflicts_markdown(conflicts, titles)
    elif fmt == "html":
        text = conflicts_html(conflicts, titles)
    else:
        text = conflicts_text(conflicts, terminal_width() if output in (None, "-") else None, titles)
    emit(text.encode("utf-8"), output)
    click.echo(f"{len(conflicts)} conflict{'s' if len(conflicts) != 1 else ''}", err=True)
    failing = fail_on != "never" and any(severity_rank(c.severity) >= severity_rank(fail_on) for c in conflicts)
    sys.exit(1 if failing else 0)


@click.command(epilog=TRUST_EXIT.format(what="a quote not found in its article, or a missing article"))
@click.option("--articles", "articles", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              help="A folder of article texts (repeatable, searched in order); default: [audit] articles in "
                   "nato-kg.toml, else articles/ in the workspace.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@pass_context
def audit(obj: Context, articles: tuple[Path, ...], fmt: str) -> None:
    """Check that every evidence quote is found in the article it cites.

    Tolerant of white space, typographic quotes, dashes and ellipses; a quote not found is
    shown with the article's closest passage. A source's file is a name looked for in the
    folders, or a path from the workspace. Reference sources (without a file) are skipped and named.
    """
    from ..built import load_with_positions
    from ..errors import WorkspaceError
    from ..trust.audit import audit_graph

    ws = obj.workspace()
    folders = list(articles)
    if not folders:
        configured = ws.config.get("audit", {}).get("articles", [])
        folders = [ws.root / p for p in ([configured] if isinstance(configured, str) else configured)]
        if not folders and (ws.root / "articles").is_dir():
            folders = [ws.root / "articles"]
    if not folders:
        raise WorkspaceError("no article folders: give --articles DIR, or set [audit] articles = [\"DIR\"] in nato-kg.toml")
    with working("loading the graph…"):
        graph, positions, _ = load_with_positions(ws)
    with working("looking for every quote in its article…"):
        report = audit_graph(graph, folders, positions, ws.root)
    if fmt == "json":
        click.echo(_json(report))
    elif report.missing:
        _table(f"{len(report.missing)} quotes not found", ["seed", "fact", "source", "evidence", "closest passage"],
               [[_where(m.position), m.fact, m.source, m.evidence,
                 f"{m.closest} ({m.similarity:g} % alike)" if m.closest else ""] for m in report.missing])
    where = ", ".join(str(f) for f in folders)
    for name in report.missing_files:
        click.echo(f"nato-kg: article file {name} not found in {where}", err=True)
    skipped = f"; skipped reference sources without an article: {', '.join(report.skipped_sources)}" if report.skipped_sources else ""
    click.echo(f"{report.checked} quotes checked, {len(report.missing)} not found{skipped}", err=True)
    sys.exit(0 if report.ok else 1)
