"""``nato-kg query`` and ``nato-kg queries``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .common import EXIT_CODES_HELP, Context, emit, pass_context

QUERY_HELP = """Run a SPARQL query on the built graph and print the result.

QUERY is a named query (see 'nato-kg queries'), a .rq file, or '-' for stdin; or give
the text with -e. The graph is rebuilt first if seeds/ or ontology/ changed.

\b
Formats (-f, or from the -o file's extension):
  SELECT/ASK:         table (default on a terminal), csv (default in a pipe), tsv, json, xml, md
  CONSTRUCT/DESCRIBE: ttl (default), nt, jsonld, xml

Read-only and offline: UPDATE, SERVICE and FROM are refused.

\b
Exit codes: 0 success; 2 usage, input or query error (unknown query, bad
parameter, syntax error, refused query, timeout)."""


@click.command(help=QUERY_HELP)
@click.argument("query", required=False)
@click.option("-e", "--expression", help="The SPARQL text itself, instead of QUERY.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter of the query (repeatable); bound as an RDF term, never pasted into the text.")
@click.option("-f", "--format", "fmt", help="Output format (see above).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write to this file (atomically) instead of stdout; its extension sets the format.")
@click.option("--timeout", type=float, default=30.0, show_default=True,
              help="Stop the query after this many seconds (0: no limit).")
@click.option("--endpoint", metavar="URL",
              help="Run on this SPARQL endpoint (e.g. http://127.0.0.1:7878/query) instead of the built graph.")
@pass_context
def query(obj: Context, query: str | None, expression: str | None, params: tuple[str, ...],
          fmt: str | None, output: str | None, timeout: float, endpoint: str | None) -> None:
    from ..query.formats import choose_format, render
    from ..query.named import load_query, parse_header
    from ..query.params import parse_assignments
    from ..query.runner import answer

    if bool(query) == bool(expression):
        raise click.UsageError("give a QUERY (name, file or -) or -e 'SPARQL …', not both")
    ws = obj.workspace()
    if expression:
        named = parse_header("-e", Path("-e"), expression)
    else:
        named = load_query(query, ws.queries_dir, sys.stdin.read() if query == "-" else None)
    given = parse_assignments(params)
    from ..query.safety import prepare, query_type

    prepared = prepare(named.text)
    to_terminal = output in (None, "-") and sys.stdout.isatty()
    chosen = choose_format(fmt, output, query_type(prepared), to_terminal)
    result = answer(ws, named, given, timeout or None, prepared=prepared, endpoint=endpoint)
    if result.rebuilt:
        click.echo("nato-kg: seeds/ or ontology/ changed since the last build; rebuilt build/nato_kg.ttl", err=True)
    width = click.get_terminal_size()[0] if to_terminal else None
    emit(render(result.result, chosen, result.prefixes, width=width), output)


@click.command()
@pass_context
def queries(obj: Context) -> None:
    """List the named queries with their descriptions and parameters."""
    from ..query.named import list_named

    ws = obj.workspace()
    for q in list_named(ws.queries_dir):
        click.echo(f"{q.name:<18} {q.description or q.title}")
        for p in q.params:
            how = f"default {p.default}" if p.default else ("optional" if p.optional else "required")
            click.echo(f"{'':<18}   --param {p.name}=<{p.type}>  ({how}) {p.doc}")


@click.command(epilog=EXIT_CODES_HELP)
@click.option("--endpoint", required=True, metavar="URL",
              help="The Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph), "
                   "http://localhost:3030/ds/data (Fuseki).")
@click.option("--graph", "graph_iri", metavar="IRI", help="The named graph to replace (default: the default graph).")
@pass_context
def push(obj: Context, endpoint: str, graph_iri: str | None) -> None:
    """Replace a graph on a SPARQL server with the built graph (SPARQL 1.1 Graph Store Protocol, PUT)."""
    from ..built import load_built_graph
    from ..export import export_rdf
    from ..remote import push as push_graph

    ws = obj.workspace()
    graph, _ = load_built_graph(ws)
    status = push_graph(export_rdf(graph, "nt", ws.base_iri), endpoint, graph_iri)
    click.echo(f"pushed {len(graph)} triples to {graph_iri or 'the default graph'} at {endpoint} (HTTP {status})", err=True)
