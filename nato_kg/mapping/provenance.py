"""What every fact node carries: its types, sources, evidence and qualified derivations."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, SKOS

from ..records import Fact
from ..vocab import NKG
from .iris import Iris
from .iris import derivation as derivation_iri
from .literals import term_literal, text_literal


def add_fact_node(g: Graph, fact: Fact, iris: Iris, *types: URIRef) -> URIRef:
    """Create the fact node with its types, ``prov:wasDerivedFrom`` each source and the evidence.

    Each source also gets a ``prov:Derivation`` node (``…/from/{source}``) that ties
    that source to its own evidence quote, since a fact stated by two articles has
    two quotes.
    """
    node = iris.fact(fact)
    g.add((node, RDF.type, NKG.Fact))
    g.add((node, RDF.type, PROV.Entity))
    for t in types:
        g.add((node, RDF.type, t))
    for c in fact.citations:
        src = iris.source(c.source)
        evidence = Literal(c.evidence)
        g.add((node, PROV.wasDerivedFrom, src))
        g.add((node, NKG.evidence, evidence))
        derivation = derivation_iri(node, c.source)
        g.add((node, PROV.qualifiedDerivation, derivation))
        g.add((derivation, RDF.type, PROV.Derivation))
        g.add((derivation, PROV.entity, src))
        g.add((derivation, NKG.evidence, evidence))
    if fact.note:
        g.add((node, SKOS.note, text_literal(fact.note)))
    if fact.date_status:
        g.add((node, NKG.dateStatus, term_literal(fact.date_status)))
    if fact.date_basis:
        g.add((node, NKG.dateBasis, text_literal(fact.date_basis)))
    return node
