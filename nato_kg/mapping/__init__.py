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
    such as :class:`nato_kg.fragments.TripleList` for bulk loading into another store.
    """
    g = bind_prefixes(graph if graph is not None else Graph(), base_iri)
    map_records(g, seeds, seeds, Iris(base_iri, seeds))
    return g


def map_records(g: Any, part: Seeds, seeds: Seeds, iris: Iris) -> None:
    """Add the triples of the records in ``part`` (all of ``seeds``, or one seed file's) to ``g``.

    A record's triples depend on other records only through ``iris`` (an entity's type, a
    role's label, a source's date, a fact's kind), so mapping the files one by one gives the
    same triples as mapping all at once.
    """
    entities.add_sources(g, part, iris)
    entities.add_entities(g, part, iris)
    entities.add_roles(g, part, iris)
    for fact in part.facts:
        _FACT_MAPPERS[fact.kind](g, fact, seeds, iris)


__all__ = ["seeds_to_graph", "map_records", "seed_positions", "Iris"]
