"""Namespaces: the project's own closed vocabulary (``nkg:``) and the ones it reuses.

schema.org is used with the ``https://schema.org/`` scheme only (rdflib's ``SDO``);
the ``http://`` form must never appear in an export, because mixing the two makes
queries silently return nothing.
"""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import SDO, DefinedNamespace

from .prefixes import DEFAULT_BASE_IRI, NKG_IRI, PREFIXES, SCHEMA_HTTP, compact, sparql_prefixes

__all__ = ["DEFAULT_BASE_IRI", "NKG", "NKG_IRI", "PREFIXES", "SCHEMA", "SCHEMA_HTTP", "WD", "bind_prefixes", "compact",
           "sparql_prefixes"]

SCHEMA = SDO
WD = Namespace(PREFIXES["wd"])


class NKG(DefinedNamespace):
    """The project's own terms; each is declared, labelled and commented in ``ontology/nato_kg.ttl``."""

    _NS = Namespace(NKG_IRI)
    _fail = True

    # classes
    Fact: URIRef
    RoleAssignment: URIRef
    Pledge: URIRef
    SpendingTarget: URIRef
    # provenance
    evidence: URIRef
    # sources
    dateStatus: URIRef
    dateBasis: URIRef
    titleStatus: URIRef
    sourceFile: URIRef
    # entities
    iso3166Code: URIRef
    governmentOf: URIRef
    # roles
    holder: URIRef
    organization: URIRef
    role: URIRef
    asOf: URIRef
    statedStatus: URIRef
    holdsRoleIn: URIRef
    # pledges
    donor: URIRef
    recipient: URIRef
    pledgedTo: URIRef
    amountUSD: URIRef
    purpose: URIRef
    announced: URIRef
    pledgeFigure: URIRef
    aidType: URIRef
    pledgeStatus: URIRef
    period: URIRef
    jointDonor: URIRef
    shareOf: URIRef
    convertedAmount: URIRef
    ComputedValue: URIRef
    exchangeRate: URIRef
    rateDate: URIRef
    rateSource: URIRef
    # targets
    actor: URIRef
    percentOfGDP: URIRef
    targetYear: URIRef
    proposedBy: URIRef
    targetStatus: URIRef
    spendingCategory: URIRef
    # claims
    claimKind: URIRef
    topic: URIRef


def bind_prefixes(graph: Graph, base_iri: str | None = None) -> Graph:
    """Bind the project's prefixes on ``graph`` (replacing rdflib's defaults) and return it."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    if base_iri:
        graph.bind("id", base_iri, override=True, replace=True)
    return graph
