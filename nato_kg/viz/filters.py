"""Narrowing the network: by kind of fact, by source article, by neighbourhood; and the node cap."""

from __future__ import annotations

import networkx as nx

from ..errors import NatoKGError

FACT_NODE_KINDS = ("role", "pledge", "target", "claim")
#: Above this many nodes a browser page is no longer useful (and slow to draw).
DEFAULT_MAX_NODES = 2500


class VizError(NatoKGError):
    """The network cannot be drawn as asked (too large, unknown entity or source)."""


def _facts_and_neighbours(net: nx.MultiDiGraph, keep_fact) -> nx.MultiDiGraph:
    facts = [n for n, d in net.nodes(data=True) if d["kind"] in FACT_NODE_KINDS and keep_fact(n, d)]
    keep = set(facts)
    for f in facts:
        keep.update(net.predecessors(f))
        keep.update(net.successors(f))
    return net.subgraph(keep).copy()


def by_kinds(net: nx.MultiDiGraph, kinds: tuple[str, ...]) -> nx.MultiDiGraph:
    """Only facts of these kinds (role, pledge, target, claim), with the entities and articles they link."""
    unknown = [k for k in kinds if k not in FACT_NODE_KINDS]
    if unknown:
        raise VizError(f"unknown kind {unknown[0]!r}; kinds are {', '.join(FACT_NODE_KINDS)}")
    return _facts_and_neighbours(net, lambda n, d: d["kind"] in kinds)


def by_source(net: nx.MultiDiGraph, source_id: str) -> nx.MultiDiGraph:
    """Only what one article states: its facts, their entities, and the article."""
    known = {s for _, d in net.nodes(data=True) if d["kind"] == "article" for s in d["sources"]}
    if source_id not in known:
        from ..suggest import did_you_mean

        raise VizError(f"no source {source_id!r}{did_you_mean(source_id, known)}")
    sub = _facts_and_neighbours(net, lambda n, d: source_id in d["sources"])
    others = [n for n, d in sub.nodes(data=True) if d["kind"] == "article" and d["sources"] != [source_id]]
    sub.remove_nodes_from(others)
    return sub


def around(net: nx.MultiDiGraph, center: str, depth: int) -> nx.MultiDiGraph:
    """The neighbourhood of one node, ``depth`` links away in either direction."""
    if center not in net:
        raise VizError(f"{center} is not in the network")
    return nx.ego_graph(net, center, radius=depth, undirected=True).copy()


def check_size(net: nx.MultiDiGraph, max_nodes: int) -> None:
    """Refuse a network too large to be useful in a browser."""
    if net.number_of_nodes() > max_nodes:
        raise VizError(
            f"the network has {net.number_of_nodes()} nodes, more than the {max_nodes} a browser page shows usefully; "
            "narrow it with --focus ENTITY [--depth N], --source ID or --kind KIND, or raise --max-nodes"
        )
