"""The built graph: loading it, with the seed positions of its nodes (rebuilding first if stale).

Kept apart from :mod:`nato_kg.build` so that a query on an unchanged workspace does not
import the YAML loader and the RDF mapping at all; every command that reads the graph
(query, viz, export, push, check, validate, audit, show, stats) goes through here.
"""

from __future__ import annotations

from rdflib import Graph

from .stamp import is_current, positions_path
from .vocab import bind_prefixes
from .workspace import Workspace


def read_turtle(path) -> Graph:
    """A Turtle file into an rdflib memory graph, parsed by pyoxigraph (2–3x faster than rdflib's
    parser on the built graph); each distinct term is converted once."""
    import pyoxigraph as ox

    from .store import rdflib_triples

    graph = Graph()
    add = graph.add
    for triple in rdflib_triples(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)):
        add(triple)
    return graph


def load_built_graph(ws: Workspace) -> tuple[Graph, bool]:
    """The workspace's graph, and whether it had to be rebuilt first.

    An unchanged workspace pays only for reading the built Turtle; a changed one
    (seeds, ontology or settings) is rebuilt and written first.
    """
    if is_current(ws):
        from .store import choose_store, open_oxigraph_graph, store_dir

        if choose_store(ws) == "oxigraph" and store_dir(ws).is_dir():
            return bind_prefixes(open_oxigraph_graph(store_dir(ws)), ws.base_iri), False
        return bind_prefixes(read_turtle(ws.graph_path), ws.base_iri), False
    from .build import build

    return build(ws).graph, True


def load_positions(ws: Workspace) -> dict:
    """The seed position of each node, as the last build recorded them (``build/positions.json``)."""
    import json

    from rdflib import URIRef

    from .errors import Position

    path = positions_path(ws)
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {URIRef(iri): Position(p[0], p[1], p[2]) for iri, p in data.items()}


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
