"""Where each node of the graph came from in the seeds, for messages that point at a line.

pySHACL and the checks see only IRIs; this map turns a focus node back into the
``file:line:col`` an analyst has to edit.
"""

from __future__ import annotations

from rdflib import URIRef

from ..errors import Position
from ..records import Pledge, Seeds
from .iris import Iris, amount, derivation


def seed_positions(seeds: Seeds, iris: Iris) -> dict[URIRef, Position]:
    """Map every IRI the mapping creates (facts, derivations, amounts, sources, entities, roles) to its seed position."""
    where: dict[URIRef, Position] = {}
    for s in seeds.sources.values():
        where[iris.source(s.id)] = s.position
    for e in seeds.entities.values():
        where[iris.entity(e.id)] = e.position
    for r in seeds.roles.values():
        where[iris.role(r.id)] = r.position
    for fact in seeds.facts:
        node = iris.fact(fact)
        where[node] = fact.position
        for c in fact.citations:
            where[derivation(node, c.source)] = c.position
        if isinstance(fact, Pledge):
            where[amount(node)] = fact.position
            where[amount(node, usd=True)] = fact.position
    return where
