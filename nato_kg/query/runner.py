"""Answer a query on a workspace: load (or rebuild) the graph, bind parameters, run safely."""

from __future__ import annotations

from dataclasses import dataclass

from ..workspace import Workspace
from .engine import DEFAULT_TIMEOUT, QueryResult, run_query
from .named import NamedQuery
from .params import bind
from .safety import prepare


@dataclass
class Answer:
    """A query's result, the prefixes for showing it, and whether the graph was rebuilt first."""

    result: QueryResult
    prefixes: dict[str, str]
    rebuilt: bool


def answer(ws: Workspace, query: NamedQuery, given: dict[str, str] | None = None,
           timeout: float | None = DEFAULT_TIMEOUT, graph=None, prepared=None) -> Answer:
    """Run ``query`` on the workspace's built graph (rebuilt first if the inputs changed).

    The query is checked (see :func:`~nato_kg.query.safety.prepare`, or pass its result as
    ``prepared``) before the graph is loaded, so a refused or broken query costs nothing.
    """
    from ..built import load_built_graph

    prepared = prepared if prepared is not None else prepare(query.text)
    rebuilt = False
    if graph is None:
        graph, rebuilt = load_built_graph(ws)
    bindings = bind(query.params, given or {}, graph, strict=query.declared)
    result = run_query(graph, prepared, bindings, timeout, text=query.text)
    prefixes = {p: str(ns) for p, ns in graph.namespaces()}
    return Answer(result, prefixes, rebuilt)
