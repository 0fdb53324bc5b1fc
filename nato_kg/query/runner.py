"""Answer a query on a workspace: load (or rebuild) the graph, bind parameters, run safely."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..workspace import Workspace
from .engine import DEFAULT_MEMORY_LIMIT, DEFAULT_TIMEOUT, QueryResult
from .named import NamedQuery
from .params import bind
from .safety import final_text, prepare, query_type


@dataclass
class Answer:
    """A query's result, the prefixes for showing it, and whether the graph was rebuilt first."""

    result: QueryResult
    prefixes: dict[str, str]
    rebuilt: bool
    #: The local graph the answer came from (None for an endpoint that needed none), for a
    #: table's footnote of source titles.
    graph: object | None = None
    #: The text the engine answered, when that answer is kept for this build (see :mod:`.results_cache`).
    kept_as: str | None = None


def answer(ws: Workspace, query: NamedQuery, given: dict[str, str] | None = None,
           timeout: float | None = DEFAULT_TIMEOUT, graph=None, prepared=None, endpoint: str | None = None,
           memory_limit: int | None = DEFAULT_MEMORY_LIMIT, default_graphs: tuple[str, ...] = (),
           credentials=None, reuse: bool = True, looked_up: str | None = None,
           current: bool | None = None, while_waiting: Callable[[], object] | None = None,
           native: bool = False) -> Answer:
    """Run ``query`` on the workspace's built graph (rebuilt first if the inputs changed),
    or on a SPARQL ``endpoint``.

    The query is checked (see :func:`~nato_kg.query.safety.prepare`, or pass its result as
    ``prepared``) before the graph is loaded, so a refused or broken query costs nothing.
    On an endpoint, entity parameters are resolved against the local graph and sent as a
    VALUES block; ``default_graphs`` are sent as ``default-graph-uri`` (the graph the query reads).
    Locally, a SELECT or ASK answer is kept until the next build (see :mod:`.results_cache`);
    ``reuse=False`` runs the query again all the same. ``looked_up`` is the :func:`kept_text` the caller
    already found for this query (finding it hashes the workspace's inputs, which need not be done twice);
    ``current`` what :func:`~nato_kg.stamp.is_current` said of the workspace, if the caller asked it already.
    ``while_waiting`` is called while the engine runs in its own process (to import what writing the answer
    needs, say), when the build is current and the query needs nothing from the graph but the engine; then,
    with ``native``, the rows keep the engine's own terms (see :attr:`~nato_kg.query.engine.QueryResult.native`).
    """
    prepared = prepared if prepared is not None else prepare(query.text)
    needs_graph = _needs_graph(query, given)
    if endpoint:
        from ..built import load_built_graph
        from ..prefixes import PREFIXES
        from ..remote import remote_query

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
    if graph is None and current is None:
        current = is_current(ws)  # once: it reads every seed file
    looked_up = (looked_up or kept_text(ws, query, given, prepared, current)) if reuse else None
    if looked_up is not None:
        # asked before of this very build: neither the graph nor the engine is needed (nor imported)
        from ..prefixes import PREFIXES

        kept = cached(ws, looked_up)
        if kept is not None:
            return Answer(kept, {**PREFIXES, "id": ws.base_iri}, False, None, looked_up)
    kind = query_type(prepared)
    if graph is None and current and kind in ("SELECT", "ASK") and not needs_graph:
        from ..store import built_for_engine

        where = built_for_engine(ws)
        if where is not None:  # the engine opens the build itself: started before rdflib is even imported here
            from ..prefixes import PREFIXES
            from .engine import start_on_built

            text = final_text(prepared, bind(query.params, given or {}, None, strict=query.declared))
            running = start_on_built(where, text, kind, memory_limit)
            if while_waiting is not None:
                while_waiting()
            result = running.result(timeout, native=native)
            reuse = reuse and repeatable(text)
            if reuse:
                keep(ws, text, result)
            return Answer(result, {**PREFIXES, "id": ws.base_iri}, False, None, text if reuse else None)
    from ..built import load_query_graph
    from .engine import run_query

    if graph is None:
        graph, rebuilt = load_query_graph(ws, current)
    bindings = bind(query.params, given or {}, graph, strict=query.declared)
    text = final_text(prepared, bindings)
    reuse = reuse and repeatable(text)
    result = cached(ws, text) if reuse and text != looked_up else None
    if result is None:
        result = run_query(graph, prepared, bindings, timeout, text=text, memory_limit=memory_limit)
        if reuse:
            keep(ws, text, result)
    prefixes = {p: str(ns) for p, ns in graph.namespaces()}
    return Answer(result, prefixes, rebuilt, graph, text if reuse else None)


def _needs_graph(query: NamedQuery, given: dict[str, str] | None) -> bool:
    """Whether an entity parameter must be resolved against the local graph, which must then be loaded."""
    return any(p.type == "entity" for p in query.params if p.name in (given or {}) or p.default)


def kept_text(ws: Workspace, query: NamedQuery, given: dict[str, str] | None, prepared,
              current: bool | None = None) -> str | None:
    """The text whose answer may be kept from the current build (parameters bound without the graph), or None
    when the build is not current, a parameter needs the graph, or the answer changes by itself: the name of
    the kept answer and of the bytes written for it (:func:`.results_cache.kept_output`). ``current``: what
    :func:`~nato_kg.stamp.is_current` said of ``ws``, if the caller asked it already."""
    from ..stamp import is_current
    from .results_cache import repeatable

    if _needs_graph(query, given) or not (is_current(ws) if current is None else current):
        return None
    text = final_text(prepared, bind(query.params, given or {}, None, strict=query.declared))
    return text if repeatable(text) else None
