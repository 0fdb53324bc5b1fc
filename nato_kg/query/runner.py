"""Answer a query on a workspace: load (or rebuild) the graph, bind parameters, run safely."""

from __future__ import annotations

from dataclasses import dataclass

from ..workspace import Workspace
from .engine import DEFAULT_MEMORY_LIMIT, DEFAULT_TIMEOUT, QueryResult, run_query
from .named import NamedQuery
from .params import bind
from .safety import final_text, prepare


@dataclass
class Answer:
    """A query's result, the prefixes for showing it, and whether the graph was rebuilt first."""

    result: QueryResult
    prefixes: dict[str, str]
    rebuilt: bool
    #: The local graph the answer came from (None for an endpoint that needed none), for a
    #: table's footnote of source titles.
    graph: object | None = None


def answer(ws: Workspace, query: NamedQuery, given: dict[str, str] | None = None,
           timeout: float | None = DEFAULT_TIMEOUT, graph=None, prepared=None, endpoint: str | None = None,
           memory_limit: int | None = DEFAULT_MEMORY_LIMIT, default_graphs: tuple[str, ...] = (),
           credentials=None, reuse: bool = True) -> Answer:
    """Run ``query`` on the workspace's built graph (rebuilt first if the inputs changed),
    or on a SPARQL ``endpoint``.

    The query is checked (see :func:`~nato_kg.query.safety.prepare`, or pass its result as
    ``prepared``) before the graph is loaded, so a refused or broken query costs nothing.
    On an endpoint, entity parameters are resolved against the local graph and sent as a
    VALUES block; ``default_graphs`` are sent as ``default-graph-uri`` (the graph the query reads).
    Locally, a SELECT or ASK answer is kept until the next build (see :mod:`.results_cache`);
    ``reuse=False`` runs the query again all the same.
    """
    from ..built import load_built_graph, load_query_graph

    prepared = prepared if prepared is not None else prepare(query.text)
    # an entity parameter is resolved against the local graph, which must then be loaded
    needs_graph = any(p.type == "entity" for p in query.params if p.name in (given or {}) or p.default)
    if endpoint:
        from ..remote import remote_query
        from ..vocab import PREFIXES
        from .safety import query_type

        rebuilt = False
        if needs_graph and graph is None:
            graph, rebuilt = load_built_graph(ws)
        bindings = bind(query.params, given or {}, graph, strict=query.declared)
        result = remote_query(endpoint, final_text(prepared, bindings), query_type(prepared), timeout or 300,
                              default_graphs, credentials)
        return Answer(result, {**PREFIXES, "id": ws.base_iri}, rebuilt, graph)
    from ..stamp import is_current
    from .results_cache import cached, keep, repeatable

    rebuilt = False
    reuse = reuse and graph is None  # only the workspace's own build is answered from what was kept of it
    looked_up = None  # the text already looked for among the kept answers
    if reuse and not needs_graph and is_current(ws):
        # asked before of this very build: neither the graph nor the engine is needed (nor imported)
        from ..vocab import PREFIXES

        text = final_text(prepared, bind(query.params, given or {}, None, strict=query.declared))
        if repeatable(text):
            looked_up, kept = text, cached(ws, text)
            if kept is not None:
                return Answer(kept, {**PREFIXES, "id": ws.base_iri}, False, None)
    if graph is None:
        graph, rebuilt = load_query_graph(ws)
    bindings = bind(query.params, given or {}, graph, strict=query.declared)
    text = final_text(prepared, bindings)
    reuse = reuse and repeatable(text)
    result = cached(ws, text) if reuse and text != looked_up else None
    if result is None:
        result = run_query(graph, prepared, bindings, timeout, text=text, memory_limit=memory_limit)
        if reuse:
            keep(ws, text, result)
    prefixes = {p: str(ns) for p, ns in graph.namespaces()}
    return Answer(result, prefixes, rebuilt, graph)
