"""``nato-kg show`` and ``nato-kg stats``: one thing with all its sources, and the graph at a glance."""

from __future__ import annotations

from pathlib import Path

import click

from .common import Context, emit, pass_context

SHOW_EXIT = "Exit codes: 0 success; 2 usage or input error (nothing by that name, bad seeds)."


def _graph_and_conflicts(ws):
    from ..built import load_with_positions
    from ..trust.conflicts import check_graph
    from .common import working

    with working("loading the graph…"):
        graph, positions, _ = load_with_positions(ws)
    with working("looking for conflicts between sources…"):
        return graph, positions, check_graph(graph, positions, cache_dir=ws.cache_dir("check"))


@click.command(epilog=SHOW_EXIT)
@click.argument("name")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "md", "json"]), default=None,
              help="text (the default), md (Markdown) or json; or from the -o extension.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), help="Write to this file instead of stdout.")
@pass_context
def show(obj: Context, name: str, fmt: str | None, output: str | None) -> None:
    """Everything about one entity, fact or source: each fact with every source's title, date and quote, and its conflicts.

    NAME is an entity's slug, label or alias ("Mark Rutte", mark-rutte, Rute), a fact id
    or a source id.
    """
    from ..show import show as show_report
    from ..show import to_json, to_markdown, to_text
    from ..tables import terminal_width

    if fmt is None:
        fmt = {".md": "md", ".json": "json"}.get(Path(output).suffix.lower(), "text") if output and output != "-" else "text"
    graph, positions, conflicts = _graph_and_conflicts(obj.workspace())
    report = show_report(graph, name, positions, conflicts)
    text = {"md": to_markdown, "json": to_json}.get(fmt, lambda r: to_text(r, terminal_width()))(report)
    emit(text.encode("utf-8"), output)


@click.command(epilog="Exit codes: 0 success; 2 usage or input error.")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_context
def stats(obj: Context, fmt: str) -> None:
    """Counts: facts by kind, by source and by month; entities without facts; conflicts by rule."""
    import dataclasses
    import json

    from ..names import source_titles
    from ..stats import graph_stats
    from ..tables import render_table, terminal_width

    graph, _, conflicts = _graph_and_conflicts(obj.workspace())
    s = graph_stats(graph, conflicts)
    if fmt == "json":
        click.echo(json.dumps(dataclasses.asdict(s), indent=2, ensure_ascii=False))
        return
    width = terminal_width()
    titles = source_titles(graph)
    out = [render_table(["kind", "facts"], [[k, str(n)] for k, n in s.facts_by_kind.items()], width, {1},
                        title=f"{sum(s.facts_by_kind.values())} facts, {s.entities} entities, {s.sources} sources")]
    out.append(render_table(["source", "facts", "title"], [[k, str(n), titles.get(k, "")]
                                                           for k, n in s.facts_by_source.items()], width, {1},
                            title="facts by source"))
    out.append(render_table(["month", "facts"], [[k, str(n)] for k, n in s.facts_by_month.items()], width, {1},
                            title="facts by month of the source's date"))
    out.append(render_table(["rule", "conflicts"], [[k, str(n)] for k, n in s.conflicts_by_rule.items()], width, {1},
                            title=f"{sum(s.conflicts_by_rule.values())} conflicts"))
    idle = ", ".join(s.entities_without_facts) or "none"
    click.echo("\n".join(out) + f"entities without facts ({len(s.entities_without_facts)}): {idle}")
