"""``nato-kg query`` and ``nato-kg queries``."""

from __future__ import annotations

import shutil
import sys

import click

from .common import EXIT_OK_OR_INPUT, Context, credentials_for, emit, pass_context, remote_state, user_option

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
@click.option("--timeout", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Stop the query after this many seconds, parsing included (0: no limit).")
@click.option("--memory-limit", type=click.IntRange(min=0), default=4096, show_default=True, metavar="MIB",
              help="Stop a local query that needs more memory than this (MiB; 0: no limit).")
@click.option("--endpoint", metavar="URL",
              help="Run on this SPARQL endpoint (e.g. http://127.0.0.1:7878/query) instead of the built graph.")
@click.option("--graph", "graph_iri", metavar="IRI",
              help="With --endpoint: the graph to read (SPARQL Protocol default-graph-uri; default: the graph "
                   "'nato-kg push' last sent to that server, else the server's default graph).")
@user_option
@click.option("--no-cache", "fresh", is_flag=True,
              help="Run the query again even if this build already answered it (answers are kept until the next build).")
@click.option("--spreadsheet-guard/--no-spreadsheet-guard", "guard", default=True, show_default=True,
              help="In CSV, prefix cells a spreadsheet would run as a formula (=, +, -, @) with '; "
                   "--no-spreadsheet-guard writes the values exactly (W3C SPARQL CSV).")
@pass_context
def query(obj: Context, query: str | None, expression: str | None, params: tuple[str, ...],
          fmt: str | None, output: str | None, timeout: float, memory_limit: int, endpoint: str | None,
          graph_iri: str | None, user: str | None, guard: bool, fresh: bool) -> None:
    import time

    from ..names import source_titles
    from ..query.again import look_up, prepare_question
    from ..query.errors import QueryTimeout
    from ..query.formats import choose_format, get_ready, names_sources, render, wants_native
    from ..query.results_cache import keep_output
    from ..query.runner import answer
    from ..query.safety import query_type

    if query and expression:
        raise click.UsageError("give a QUERY (name, file or -) or -e 'SPARQL …', not both")
    if not query and not expression:
        if sys.stdin is None or sys.stdin.isatty():
            raise click.UsageError("give a QUERY (name, file or -) or -e 'SPARQL …', or pipe the query on stdin")
        query = "-"
    ws = obj.workspace()
    started = time.monotonic()
    too_long = lambda: QueryTimeout.after(timeout)  # noqa: E731
    question = prepare_question(ws, query, expression, params, sys.stdin.read() if not expression and query in (None, "-") else None,
                                timeout, too_long)
    named, given, prepared = question.named, question.given, question.prepared
    to_terminal = output in (None, "-") and sys.stdout.isatty()
    chosen = choose_format(fmt, output, query_type(prepared), to_terminal)
    left = max(timeout - (time.monotonic() - started), 0.001) if timeout else None
    graphs: tuple[str, ...] = ()
    if graph_iri and not endpoint:
        raise click.UsageError("--graph goes with --endpoint (the built graph is one graph)")
    if endpoint:
        from ..remote import pushed_graph

        pushed, remembered = pushed_graph(remote_state(ws), endpoint)
        if graph_iri:
            graphs = (graph_iri,)
        elif pushed and remembered:
            graphs = (remembered,)
            click.echo(f"nato-kg: reading graph <{remembered}>, which 'nato-kg push' sent to this server "
                       "(--graph IRI reads another)", err=True)
    found = look_up(ws, question, chosen, guard, afresh=fresh) if not endpoint else None
    form, current, looked_up = (found.form, found.current, found.text) if found else (None, None, None)
    if found and found.kept is not None:  # written before for this very build: the same bytes again
        emit(found.kept, output)
        return
    try:
        result = answer(ws, named, given, left, prepared=prepared, endpoint=endpoint,
                        memory_limit=memory_limit * 2**20 or None, default_graphs=graphs,
                        credentials=credentials_for(user) if endpoint else None, reuse=not fresh, looked_up=looked_up,
                        current=current, while_waiting=lambda: get_ready(chosen), native=wants_native(chosen))
    except QueryTimeout:  # say the limit the user gave, not what was left of it after parsing
        raise too_long() from None
    if result.rebuilt:
        click.echo("nato-kg: seeds/ or ontology/ changed since the last build; rebuilt build/nato_kg.ttl", err=True)
    if endpoint and result.result.type == "SELECT" and not result.result.rows:
        if graphs:
            click.echo(f"nato-kg: the server's graph <{graphs[0]}> gave no rows; is that where the data is?", err=True)
        else:
            click.echo("nato-kg: the server's default graph gave no rows; if the data was pushed to a named graph, "
                       "read it with --graph IRI", err=True)
    width = shutil.get_terminal_size().columns if to_terminal else None
    graph = result.graph
    titled = chosen == "table" and names_sources(result.result)  # only tables show titles, of the sources named
    if titled and graph is None and not endpoint:  # an answer kept from this build: titles from its graph
        from ..built import load_query_graph

        graph = load_query_graph(ws, current)[0]
    titles = source_titles(graph) if titled and graph is not None else None
    data = render(result.result, chosen, result.prefixes, width=width, titles=titles, guard=guard)
    if form and result.kept_as is not None:
        keep_output(ws, result.kept_as, form, data)
    emit(data, output)


@click.command(epilog=EXIT_OK_OR_INPUT)
@click.option("--refresh", is_flag=True,
              help="Replace this workspace's copies of nato-kg's named queries with this version's (each changed "
                   "one kept as NAME.rq.bak; queries you wrote are left alone).")
@pass_context
def queries(obj: Context, refresh: bool) -> None:
    """List the named queries with their descriptions and parameters.

    A workspace keeps the copies of the named queries it was created with; the list marks those
    that differ from the ones this version of nato-kg ships, and --refresh brings them up to date.
    """
    from ..query.named import list_named
    from ..tables import render_table, terminal_width
    from ..workspace import refresh_queries, stale_queries

    ws = obj.workspace()
    if refresh:
        for name, state in sorted(refresh_queries(ws).items()):
            click.echo(f"nato-kg: {name}: " + ("added" if state == "missing" else f"replaced (the old copy is {name}.rq.bak)"),
                       err=True)
    stale = stale_queries(ws)
    rows = []
    for q in list_named(ws.queries_dir):
        params = "\n".join(f"-p {p.name}=<{p.type}> ({f'default {p.default}' if p.default else 'optional' if p.optional else 'required'})"
                           + (f": {p.doc}" if p.doc else "") for p in q.params)
        note = " (differs from this version's; 'nato-kg queries --refresh' updates it)" if stale.get(q.name) == "differs" else ""
        rows.append([q.name, (q.description or q.title) + note, params])
    click.echo(render_table(["query", "description", "parameters"], rows, terminal_width()), nl=False)
    missing = sorted(n for n, state in stale.items() if state == "missing")
    if missing:
        click.echo(f"nato-kg: this version ships named queries this workspace lacks: {', '.join(missing)} "
                   "('nato-kg queries --refresh' adds them)", err=True)


@click.command(epilog=EXIT_OK_OR_INPUT)
@click.option("--endpoint", required=True, metavar="URL",
              help="The Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph), "
                   "http://localhost:3030/ds/data (Fuseki).")
@click.option("--graph", "graph_iri", metavar="IRI", help="The named graph to replace (default: the default graph).")
@user_option
@pass_context
def push(obj: Context, endpoint: str, graph_iri: str | None, user: str | None) -> None:
    """Replace a graph on a SPARQL server with the built graph (SPARQL 1.1 Graph Store Protocol, PUT).

    The workspace remembers which graph it pushed to which server (build/remote.json), and
    'nato-kg query --endpoint' on that server reads that graph unless told otherwise.
    """
    from ..built import load_built_graph
    from ..export import export_rdf
    from ..remote import push as push_graph
    from ..remote import remember_push

    ws = obj.workspace()
    credentials = credentials_for(user)
    graph, _ = load_built_graph(ws)
    status = push_graph(export_rdf(graph, "nt", ws.base_iri), endpoint, graph_iri, credentials=credentials)
    remember_push(remote_state(ws), endpoint, graph_iri)
    click.echo(f"pushed {len(graph)} triples to {graph_iri or 'the default graph'} at {endpoint} (HTTP {status})", err=True)
