"""Spending targets: who, what % of GDP, by which year, proposed or demanded by whom."""

from __future__ import annotations

from rdflib import Graph, Literal

from ..records import Seeds, SpendingTarget
from ..vocab import NKG
from .iris import Iris
from .literals import date_literal, decimal_literal, year_literal
from .provenance import add_fact_node


def add_target(g: Graph, fact: SpendingTarget, seeds: Seeds, iris: Iris) -> None:
    """Add a spending-target node with its actor, percentage, year and proposers."""
    node = add_fact_node(g, fact, iris, NKG.SpendingTarget)
    g.add((node, NKG.actor, iris.entity(fact.actor)))
    g.add((node, NKG.percentOfGDP, decimal_literal(fact.percent_gdp)))
    if fact.year:
        g.add((node, NKG.targetYear, year_literal(fact.year)))
    for who in fact.proposed_by:
        g.add((node, NKG.proposedBy, iris.entity(who)))
    if fact.status:
        g.add((node, NKG.targetStatus, Literal(fact.status)))
    if fact.category:
        g.add((node, NKG.spendingCategory, Literal(fact.category)))
    if fact.date:
        g.add((node, NKG.announced, date_literal(fact.date)))
