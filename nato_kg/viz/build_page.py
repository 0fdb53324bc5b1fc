"""From a graph to a page: project, filter, cap, lay out and render (what ``nato-kg viz`` does)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..collector import paused
from .filters import DEFAULT_MAX_NODES, around, by_kinds, by_source, check_size


@dataclass
class VizRequest:
    """What to draw: the whole graph, or a part of it."""

    focus: str | None = None
    depth: int = 2
    source: str | None = None
    kinds: tuple[str, ...] = ()
    max_nodes: int = DEFAULT_MAX_NODES
    title: str = "nato-kg: who said what about NATO defence spending and aid to Ukraine"
    #: "overview" (entities, facts as links; the default) or "facts" (every fact a node, with its articles)
    view: str = "overview"
    #: a folder of the build's where the conflict rules keep the similar claims they found for the next run (as
    #: ``nato-kg check`` does), or None
    keep_in: Path | None = None


@dataclass
class Page:
    """A rendered page and what it shows."""

    html: str
    nodes: int
    edges: int
    network: object = field(repr=False, default=None)


def project(graph, generic: bool = False, keep_in: Path | None = None):
    """The networkx projection of ``graph``: facts (with conflicts marked), or any triples.

    One read model (:class:`~nato_kg.facts_view.FactsView`) feeds both the conflict rules and
    the picture, so what the page says about a fact is what ``check`` says about it.
    """
    from .project import project_facts, project_triples

    if generic:
        return project_triples(graph)
    from ..facts_view import FactsView
    from ..trust.conflicts import Checker

    view = FactsView(graph)
    return project_facts(view, Checker(graph, view=view, cache_dir=keep_in).run())


def narrow(net, request: VizRequest, graph=None):
    """Apply ``--kind``, ``--source`` and ``--focus`` to the projection, then the node cap."""
    if request.kinds:
        net = by_kinds(net, request.kinds)
    if request.source:
        net = by_source(net, request.source)
    if request.focus:
        net = around(net, _center(graph, request.focus), request.depth)
    check_size(net, request.max_nodes)
    return net


def _center(graph, focus: str) -> str:
    """The IRI of the entity ``--focus`` names (slug, label or IRI)."""
    from ..names import EntityIndex, NameNotFound
    from .filters import VizError

    try:
        return str(EntityIndex(graph).find(focus))
    except NameNotFound as exc:
        raise VizError(f"--focus: {exc}") from None


def refuse_early(graph, request: VizRequest) -> None:
    """Refuse an unfiltered picture of too many facts before any work (projection, conflicts, layout).

    Every fact is a node of the fact view, so the fact count alone is a floor on its size.
    """
    from rdflib.namespace import RDF

    from ..vocab import NKG
    from .filters import VizError

    if request.focus or request.source or request.kinds:
        return
    facts = 0
    for _ in graph.subjects(RDF.type, NKG.Fact):
        facts += 1
        if facts > request.max_nodes:
            raise VizError(f"the graph has more than {request.max_nodes} facts, more than a browser page shows usefully; "
                           "narrow it with --focus ENTITY [--depth N], --source ID or --kind KIND, or raise --max-nodes")


def narrowed_overview(graph, request: VizRequest, view=None, conflicts: list | None = None):
    """The overview network of ``graph`` with ``--kind``, ``--source`` and ``--focus`` applied (no node cap).

    ``conflicts`` default to the conflict rules' findings; ``[]`` skips them where only the
    facts drawn matter (the charts of ``nato-kg chart --focus``)."""
    from ..facts_view import FactsView
    from ..trust.conflicts import Checker
    from .overview import overview_by_kinds, overview_by_source, project_overview

    view = view if view is not None else FactsView(graph)
    net = project_overview(view, Checker(graph, view=view, cache_dir=request.keep_in).run() if conflicts is None else conflicts)
    if request.kinds:
        net = overview_by_kinds(net, request.kinds)
    if request.source:
        net = overview_by_source(net, request.source)
    if request.focus:
        net = around(net, _center(graph, request.focus), request.depth)
    return net


def drawn_facts(net) -> list[dict]:
    """The facts a network draws, on its nodes and its links (a fact on two links is listed twice)."""
    return [f for _, d in net.nodes(data=True) for f in d.get("facts", [])] + \
        [f for _, _, d in net.edges(data=True) for f in d.get("facts", [])]


def make_overview(graph, request: VizRequest, charts: dict | None = None) -> Page:
    """The entity-first overview page, narrowed as asked, with ``charts`` (see :mod:`nato_kg.viz.charts`)."""
    from ..facts_view import FactsView
    from .page import render_page

    view = FactsView(graph)
    net = narrowed_overview(graph, request, view)
    check_size(net, request.max_nodes)
    sources = sorted(({"id": s.id, "title": s.title, "date": s.published} for s in view.source_nodes()),
                     key=lambda s: s["id"])
    if charts is not None and (request.kinds or request.source or request.focus):
        from .charts import narrow_charts

        # the charts tell the same part of the story as the network drawn beside them
        charts = narrow_charts(charts, drawn_facts(net), request.source)
    html = render_page(net, request.title, sources, overview=True, charts=charts)
    return Page(html, net.number_of_nodes(), net.number_of_edges(), net)


@paused()  # the loaded graph's objects would be rescanned by each collection (see nato_kg.collector)
def make_page(graph, request: VizRequest, generic: bool = False, charts: dict | None = None) -> Page:
    """Project ``graph``, narrow it as asked, and render the page (the overview unless asked for the fact view).

    ``charts`` (Vega-Lite specs of the whole graph) add the overview's charts and conflicts views."""
    from .page import render_page

    if not generic and request.view == "overview":
        return make_overview(graph, request, charts)
    if not generic:
        refuse_early(graph, request)
    net = narrow(project(graph, generic, request.keep_in), request, graph)
    sources = sorted(({"id": d["sources"][0], "title": d["info"][0][1],
                       "date": next((v for k, v in d["info"] if k == "published"), "")}
                      for _, d in net.nodes(data=True) if d["kind"] == "article" and d["sources"]),
                     key=lambda s: s["id"])
    html = render_page(net, request.title, sources)
    return Page(html, net.number_of_nodes(), net.number_of_edges(), net)
