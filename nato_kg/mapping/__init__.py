"""Records → RDF triples: one module per fact kind, plus entities and provenance.

:func:`seeds_to_graph` is the entry point. IRIs come from the slugs kept in the seeds
(never from labels), under a configurable base.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rdflib import Graph

from ..records import Seeds
from ..vocab import bind_prefixes
from . import claims, entities, pledges, roles, targets
from .iris import Iris
from .positions import seed_positions

_FACT_MAPPERS: dict[str, Callable[..., None]] = {
    "role": roles.add_role, "pledge": pledges.add_pledge, "target": targets.add_target, "claim": claims.add_claim}


def seeds_to_graph(seeds: Seeds, base_iri: str, graph: Any = None) -> Any:
    """Add the triples of ``seeds`` to ``graph`` (a new in-memory graph by default) and return it.

    ``graph`` may be anything with ``add(triple)`` and ``bind(prefix, namespace, …)``,
    such as :class:`nato_kg.build.TripleList` for bulk loading into another store.
    """
    g = bind_prefixes(graph if graph is not None else Graph(), base_iri)
    iris = Iris(base_iri, seeds)
    entities.add_sources(g, seeds, iris)
    entities.add_entities(g, seeds, iris)
    entities.add_roles(g, seeds, iris)
    for fact in seeds.facts:
        _FACT_MAPPERS[fact.kind](g, fact, seeds, iris)
    return g


__all__ = ["seeds_to_graph", "seed_positions", "Iris"]
