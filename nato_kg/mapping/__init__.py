"""Records → RDF triples: one module per fact kind, plus entities and provenance.

:func:`seeds_to_graph` is the entry point. IRIs come from the slugs kept in the seeds
(never from labels), under a configurable base.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

from rdflib import Graph

from ..kinds import KINDS
from ..records import Seeds
from ..vocab import bind_prefixes
from . import entities
from .iris import Iris
from .positions import seed_positions


def _mapper(spec: str) -> Callable[..., None]:
    """The mapping function a kind names (``"pledges:add_pledge"``), from this package."""
    module, function = spec.split(":")
    return getattr(import_module(f".{module}", __package__), function)


_FACT_MAPPERS: dict[str, Callable[..., None]] = {k.name: _mapper(k.mapper) for k in KINDS}


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
