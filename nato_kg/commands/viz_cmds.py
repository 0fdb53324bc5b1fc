"""``nato-kg viz`` and ``nato-kg export``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..kinds import NAMES as FACT_KIND_NAMES
from ..viz.charts import CHARTS
from .common import EXIT_OK_OR_INPUT, Context, emit, pass_context, working

KIND_CHOICE = click.Choice(list(FACT_KIND_NAMES))


def _graph_and_request(obj: Context, query: str | None, focus, depth, source, kinds, max_nodes):
    from ..built import load_built_graph
    from ..viz.build_page import VizRequest

    ws = obj.workspace()
    with working("loading the graph…"):
        graph, rebuilt = load_built_graph(ws)
    if rebuilt:
        click.echo("nato-kg: seeds/ or ontology/ changed since the last build; rebuilt build/nato_kg.ttl", err=True)
    # (a query's graph holds some claims only: what its check found is not kept for the workspace's)
    request = VizRequest(focus=focus, depth=depth, source=source, kinds=kinds, max_nodes=max_nodes,
                         keep_in=None if query else ws.cache_dir("check"))
    if query:
        graph = _query_graph(ws, graph, query)
    return ws, graph, request


def _query_graph(ws, graph, spec: str):
    """The graph a CONSTRUCT/DESCRIBE gives, or the triples of a SELECT ?s ?p ?o."""
    from rdflib import Graph

    from ..query.errors import QueryError
    from ..query.named import load_query
    from ..query.runner import answer
    from ..vocab import bind_prefixes

    named = load_query(spec, ws.queries_dir, sys.stdin.read() if spec == "-" else None)
    result = answer(ws, named, {}, graph=graph).result
    if result.graph is not None:
        return result.graph
    if result.type == "SELECT" and {"s", "p", "o"} <= set(result.vars):
        out = bind_prefixes(Graph(), ws.base_iri)
        for row in result.rows:
            s, p, o = (row[result.vars.index(v)] for v in ("s", "p", "o"))
            if s is not None and p is not None and o is not None:
                out.add((s, p, o))
        return out
    raise QueryError("--query needs a CONSTRUCT or DESCRIBE query, or a SELECT with ?s ?p ?o")


def _narrowing_options(f):
    """--focus, --depth, --source and --kind: the part of the graph a page or a chart tells."""
    for option in reversed([
        click.option("--focus", help="Only the neighbourhood of this entity (slug, label or <IRI>)."),
        click.option("--depth", type=click.IntRange(0, 10), default=2, show_default=True,
                     help="How many links from --focus (a fact node counts as one step)."),
        click.option("--source", help="Only what this source article states (its id)."),
        click.option("--kind", "kinds", multiple=True, type=KIND_CHOICE, help="Only facts of this kind (repeatable)."),
    ]):
        f = option(f)
    return f


def _focus_options(f):
    for option in reversed([
        click.option("--query", help="Draw the result of this CONSTRUCT/DESCRIBE (or SELECT ?s ?p ?o) query: a name, file or -."),
        click.option("--max-nodes", type=click.IntRange(1), default=2500, show_default=True,
                     help="Refuse a network with more nodes than this."),
    ]):
        f = option(f)
    return _narrowing_options(f)


@click.command(epilog=EXIT_OK_OR_INPUT)
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Where to write the page (default: build/nato_kg.html; - for stdout).")
@click.option("--open", "open_page", is_flag=True, help="Open the page in the default browser.")
@click.option("--title", help="The page's title (default: [viz] title in nato-kg.toml, else the workspace's name).")
@click.option("--view", type=click.Choice(["overview", "facts"]), default="overview", show_default=True,
              help="overview: countries, people and organisations, with pledges, roles and targets as links "
                   "and claims counted on their speakers; facts: every fact a node, linked to its entities and articles.")
@_focus_options
@pass_context
def viz(obj: Context, output, open_page, title, view, focus, depth, source, kinds, query, max_nodes) -> None:
    """Draw the graph as an interactive network in one HTML file that works offline.

    The overview (default) shows who pledged what to whom, who holds which office and who
    said what; clicking a node or a link opens a panel with every fact of it, each with
    its sources (title, date), evidence quote and the conflicts it is part of, and a
    "focus here" action. A search box, filters by kind and source; what sources disagree
    on is red and dashed. '--view facts' draws every fact as a node, with its articles.
    The overview also has a Charts view (pledges by donor, targets by year, facts over
    time; a click on a mark opens its facts) and a Conflicts view (both sides of each,
    with a jump to the graph); 'nato-kg chart' writes the same charts as files.
    """
    from ..viz.build_page import make_page

    ws, graph, request = _graph_and_request(obj, query, focus, depth, source, kinds, max_nodes)
    request.view = view
    request.title = title or ws.config.get("viz", {}).get("title") or f"nato-kg: {ws.root.resolve().name}"
    with working("drawing the network…"):
        charts = None
        if view == "overview" and not query:
            from ..viz.charts import chart_rows, chart_specs

            charts = chart_specs(chart_rows(ws, graph))
        page = make_page(graph, request, generic=bool(query), charts=charts)
    target = output or str(ws.build_dir / "nato_kg.html")
    emit(page.html.encode("utf-8"), target)
    if target != "-":
        click.echo(f"{page.nodes} nodes, {page.edges} edges", err=True)
        if open_page:
            click.launch(str(Path(target).resolve()))


@click.command(epilog=EXIT_OK_OR_INPUT)
@click.option("-f", "--format", "fmt", help="ttl, nt, nq, trig, jsonld, xml (RDF); graphml, csv (the network).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write to this file (atomically); its extension sets the format. Default: stdout.")
@click.option("--owl-dl", is_flag=True,
              help="For OWL 2 DL tools (Protégé's reasoners, HermiT): dates written as plain strings.")
@_focus_options
@pass_context
def export(obj: Context, fmt, output, owl_dl, focus, depth, source, kinds, query, max_nodes) -> None:
    """Export the graph (RDF, deterministic bytes) or its network (GraphML, CSV edge list).

    N-Quads and TriG put each source's facts in a named graph of their own. --focus,
    --source, --kind and --query narrow the network formats as in 'nato-kg viz'.
    --owl-dl writes the dates (xsd:date, xsd:gYear, xsd:gYearMonth: outside the OWL 2
    datatype map) as strings, so that the vocabulary with its data is in OWL 2 DL.
    """
    from ..built import load_built_graph
    from ..export import NETWORK_FORMATS, export_format, export_network, export_rdf

    chosen = export_format(fmt, output)
    if chosen in NETWORK_FORMATS:
        from ..viz.build_page import narrow, project

        if owl_dl:
            raise click.UsageError("--owl-dl applies to the RDF formats only")
        ws, graph, request = _graph_and_request(obj, query, focus, depth, source, kinds, max_nodes=10**9)
        data = export_network(narrow(project(graph, generic=bool(query), keep_in=request.keep_in), request, graph), chosen)
    else:
        if any((focus, source, kinds, query)):
            raise click.UsageError("--focus, --source, --kind and --query apply to graphml and csv only")
        ws = obj.workspace()
        from ..stamp import is_current

        if chosen == "ttl" and not owl_dl and is_current(ws):
            # The build wrote these very bytes (the same sorted Turtle): copy them, parse nothing.
            emit(ws.graph_path.read_bytes(), output)
            return
        graph, _ = load_built_graph(ws)
        if owl_dl:
            from ..export import owl_dl_graph

            graph = owl_dl_graph(graph)
        data = export_rdf(graph, chosen, ws.base_iri)
    emit(data, output)


@click.command(epilog=EXIT_OK_OR_INPUT)
@click.argument("name", type=click.Choice(CHARTS))
@click.option("-f", "--format", "fmt", help="svg, png, or json (the Vega-Lite specification).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write to this file (atomically); its extension sets the format. Default: SVG on stdout.")
@click.option("--width", type=click.IntRange(200, 4000), default=560, show_default=True, help="The plot's width in pixels.")
@_narrowing_options
@pass_context
def chart(obj: Context, name, fmt, output, width, focus, depth, source, kinds) -> None:
    """Write a chart as SVG, PNG or a Vega-Lite spec: pledges by donor, targets by year, facts over time.

    The same charts as the page's Charts view, drawn offline from the named queries'
    rows: 'pledges' are the packages pledge-totals adds (USD, stacked per pledge, by
    aid type), 'targets' every spending target by actor and year, 'timeline' the facts
    of each source by its date and kind. --focus, --source and --kind keep the rows of
    the facts that 'nato-kg viz' with the same options draws.
    """
    from ..built import load_query_graph
    from ..viz.charts import chart_format, chart_rows, chart_specs, render_chart

    chosen = chart_format(fmt, output)
    if chosen == "png" and output in (None, "-") and sys.stdout.isatty():
        raise click.UsageError("a PNG is not for the terminal: give -o FILE.png (or pipe it)")
    ws = obj.workspace()
    with working("drawing the chart…"):
        graph, _ = load_query_graph(ws)  # the charts need only the named queries' rows
        specs = chart_specs(chart_rows(ws, graph), width=width)
        if focus or source or kinds:
            from ..viz.build_page import VizRequest, drawn_facts, narrowed_overview
            from ..viz.charts import narrow_charts

            # the page's narrowing, without its conflict rules: only which facts are drawn matters here
            net = narrowed_overview(graph, VizRequest(focus=focus, depth=depth, source=source, kinds=kinds), conflicts=[])
            specs = narrow_charts(specs, drawn_facts(net), source)
        data = render_chart(specs[name], chosen)
    emit(data, output)
