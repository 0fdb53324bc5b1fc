"""Claims: a ``schema:Claim`` with its text, speaker (``schema:author``) and the article it appears in."""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import PROV

from ..records import Claim, Seeds
from ..vocab import NKG, SCHEMA
from .iris import Iris
from .literals import date_literal, term_literal, text_literal
from .provenance import add_fact_node


def add_claim(g: Graph, fact: Claim, seeds: Seeds, iris: Iris) -> None:
    """Add a claim node; ``schema:author`` is the direct edge claim → speaker."""
    node = add_fact_node(g, fact, iris, SCHEMA.Claim)
    g.add((node, SCHEMA.text, text_literal(fact.text)))
    g.add((node, SCHEMA.author, iris.entity(fact.speaker)))
    g.add((node, NKG.claimKind, term_literal(fact.claim_kind)))
    for source in fact.sources:
        g.add((node, SCHEMA.appearance, iris.source(source)))
    if fact.date:
        g.add((node, SCHEMA.dateCreated, date_literal(fact.date)))
    for about in fact.about:
        g.add((node, SCHEMA.about, iris.entity(about)))
    if fact.topic:
        g.add((node, NKG.topic, text_literal(fact.topic)))
    # The same statement rendered by another claim: PROV's "alternate of" (two entities that
    # present aspects of the same thing), stated both ways so either end finds the other.
    for other_id in fact.same_statement_as:
        other = iris.fact_by_id(other_id, str(iris.answer("fact", other_id)))
        g.add((node, PROV.alternateOf, other))
        g.add((other, PROV.alternateOf, node))
