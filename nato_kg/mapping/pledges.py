"""Pledges: donor, recipient and a ``schema:MonetaryAmount`` (plus the USD figure the source gives)."""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from ..records import Pledge, Seeds
from ..vocab import NKG, SCHEMA
from .iris import Iris, amount
from .literals import date_literal, decimal_literal, text_literal
from .provenance import add_fact_node


def _money(g: Graph, node: URIRef, value: Decimal, currency: str) -> URIRef:
    g.add((node, RDF.type, SCHEMA.MonetaryAmount))
    g.add((node, SCHEMA.value, decimal_literal(value)))
    g.add((node, SCHEMA.currency, Literal(currency)))
    return node


def add_pledge(g: Graph, fact: Pledge, seeds: Seeds, iris: Iris) -> None:
    """Add a pledge node, its amounts, and the direct edge donor ``nkg:pledgedTo`` recipient."""
    node = add_fact_node(g, fact, iris, NKG.Pledge)
    donor, recipient = iris.entity(fact.donor), iris.entity(fact.recipient)
    g.add((node, NKG.donor, donor))
    g.add((node, NKG.recipient, recipient))
    g.add((node, SCHEMA.amount, _money(g, amount(node), fact.amount, fact.currency)))
    usd = fact.amount if fact.currency == "USD" else fact.amount_usd
    if usd is not None:
        g.add((node, NKG.amountUSD, _money(g, amount(node, usd=True), usd, "USD")))
    if fact.purpose:
        g.add((node, NKG.purpose, text_literal(fact.purpose)))
    if fact.date:
        g.add((node, NKG.announced, date_literal(fact.date)))
    g.add((donor, NKG.pledgedTo, recipient))
