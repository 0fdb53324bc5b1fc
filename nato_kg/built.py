"""The built graph: loading it, with the seed positions of its nodes (rebuilding first if stale).

Kept apart from :mod:`nato_kg.build` so that a query on an unchanged workspace does not
import the YAML loader and the RDF mapping at all; every command that reads the graph
(query, viz, export, push, check, validate, audit, show, stats) goes through here.
"""

from __future__ import annotations

from rdflib import Graph

from .stamp import is_current, load_positions, positions_path
from .vocab import bind_prefixes
from .workspace import Workspace


def load_built_graph(ws: Workspace, current: bool | None = None) -> tuple[Graph, bool]:
    """The workspace's graph, and whether it had to be rebuilt first.

    An unchanged workspace pays only for reading the built Turtle; a changed one
    (seeds, ontology or settings) is rebuilt and written first. ``current`` is what
    :func:`~nato_kg.stamp.is_current` said a moment ago, if the caller asked it already
    (it reads every seed file).
    """
    if is_current(ws) if current is None else current:
        from .store import open_built

        return open_built(ws), False
    from .build import build

    return build(ws).graph, True


def load_query_graph(ws: Workspace, current: bool | None = None) -> tuple[Graph, bool]:
    """The graph queries run on, and whether it had to be rebuilt first: the workspace's Oxigraph
    store, or (for a workspace kept in memory) its built Turtle loaded into an in-memory Oxigraph
    store, never rdflib's engine (see :func:`~nato_kg.store.oxigraph_memory_graph`). ``current``:
    as for :func:`load_built_graph`."""
    from .store import choose_store

    current = is_current(ws) if current is None else current
    if current and choose_store(ws) == "memory":
        return _built_in_oxigraph(ws), False  # no rdflib graph to read first
    graph, rebuilt = load_built_graph(ws, current)
    return query_graph(ws, graph), rebuilt


def query_graph(ws: Workspace, graph: Graph) -> Graph:
    """``graph`` (the workspace's built graph) as one that Oxigraph's engine queries."""
    from .store import is_oxigraph

    return graph if is_oxigraph(graph) else _built_in_oxigraph(ws)


def _built_in_oxigraph(ws: Workspace) -> Graph:
    from .store import oxigraph_memory_graph

    return bind_prefixes(oxigraph_memory_graph(ws.graph_path), ws.base_iri)


def load_with_positions(ws: Workspace) -> tuple[Graph, dict, bool]:
    """The workspace's graph, the seed position of each of its nodes, and whether it was rebuilt.

    An unchanged workspace reads the built graph and ``build/positions.json`` (no YAML, no
    mapping); a changed one is rebuilt first.
    """
    if is_current(ws) and positions_path(ws).is_file():
        graph, _ = load_built_graph(ws)
        return graph, load_positions(ws), False
    from .build import build

    result = build(ws)
    return result.graph, result.positions, True


def in_memory(graph) -> Graph:
    """``graph`` as an rdflib memory graph (pySHACL walks a graph triple by triple; Oxigraph through
    oxrdflib is slow at that). A memory graph is returned as it is."""
    from .store import inner_store, is_oxigraph, rdflib_triples

    if not is_oxigraph(graph):
        return graph
    import pyoxigraph as ox

    out = bind_prefixes(Graph())
    for triple in rdflib_triples(inner_store(graph).quads_for_pattern(None, None, None, ox.DefaultGraph())):
        out.add(triple)
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns, override=True, replace=True)
    return out
