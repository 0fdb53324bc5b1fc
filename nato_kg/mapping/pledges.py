"""Pledges: donor, recipient and a ``schema:MonetaryAmount`` (plus the USD figure the source gives),
what kind of figure it is, and its amount converted into USD and EUR (marked as computed)."""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from ..conversion import RATE_SOURCE, TARGETS, conversion_day, shared_converter
from ..records import Pledge, Seeds
from ..vocab import NKG, SCHEMA
from .iris import Iris, amount, converted
from .literals import date_literal, day_literal, decimal_literal, term_literal, text_literal
from .provenance import add_fact_node


def _money(g: Graph, node: URIRef, value: Decimal, currency: str) -> URIRef:
    g.add((node, RDF.type, SCHEMA.MonetaryAmount))
    g.add((node, SCHEMA.value, decimal_literal(value)))
    g.add((node, SCHEMA.currency, term_literal(currency)))
    return node


def add_pledge(g: Graph, fact: Pledge, seeds: Seeds, iris: Iris) -> None:
    """Add a pledge node, its amounts, and the direct edge donor ``nkg:pledgedTo`` recipient."""
    # Also a schema:MonetaryGrant: the schema.org type whose schema:amount the pledge carries.
    node = add_fact_node(g, fact, iris, NKG.Pledge, SCHEMA.MonetaryGrant)
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
    g.add((node, NKG.pledgeFigure, term_literal(fact.figure)))
    g.add((node, NKG.aidType, term_literal(fact.aid_type)))
    if fact.status:
        g.add((node, NKG.pledgeStatus, term_literal(fact.status)))
    if fact.period:
        g.add((node, NKG.period, text_literal(fact.period)))
    for other in fact.joint_with:
        g.add((node, NKG.jointDonor, iris.entity(other)))
    if fact.share_of:
        g.add((node, NKG.shareOf, iris.fact_by_id(fact.share_of, "pledge")))
    _add_conversions(g, node, fact, iris)


def _add_conversions(g: Graph, node: URIRef, fact: Pledge, iris: Iris) -> None:
    """The amount in each target currency other than its own, computed at the ECB rate of the pledge's day."""
    converter = shared_converter()  # (made on first use: reading the rate table costs 0.2 s)
    known = (iris.answer("source", c.source) for c in fact.citations)
    day = conversion_day(fact.date, [d for d in known if d is not None])
    if day is None:
        return
    for target in TARGETS:
        if target == fact.currency:
            continue
        found = converter.convert(fact.amount, fact.currency, target, day)
        if found is None:
            continue
        out = converted(node, target)
        _money(g, out, found.value, target)
        g.add((out, RDF.type, NKG.ComputedValue))
        g.add((out, NKG.exchangeRate, decimal_literal(found.rate)))
        g.add((out, NKG.rateDate, day_literal(found.rate_date)))
        g.add((out, NKG.rateSource, term_literal(RATE_SOURCE)))
        g.add((node, NKG.convertedAmount, out))
