"""Namespaces: the project's own closed vocabulary (``nkg:``) and the ones it reuses.

schema.org is used with the ``https://schema.org/`` scheme only (rdflib's ``SDO``);
the ``http://`` form must never appear in an export, because mixing the two makes
queries silently return nothing.
"""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

#: The IRI of the project's vocabulary namespace.
NKG_IRI = "https://w3id.org/nato-kg/ns#"
#: The default base of data IRIs (configurable per workspace, see ``nato-kg.toml``).
DEFAULT_BASE_IRI = "https://example.org/nato-kg/id/"
#: The one scheme of schema.org this project uses, and the one it must never emit.
SCHEMA = SDO
SCHEMA_HTTP = "http://schema.org/"
WD = Namespace("http://www.wikidata.org/entity/")


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


PREFIXES = {
    "nkg": NKG_IRI,
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "wd": str(WD),
}


def bind_prefixes(graph: Graph, base_iri: str | None = None) -> Graph:
    """Bind the project's prefixes on ``graph`` (replacing rdflib's defaults) and return it."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    if base_iri:
        graph.bind("id", base_iri, override=True, replace=True)
    return graph


def compact(iri: str, prefixes: dict[str, str] | None = None) -> str:
    """``nkg:evidence`` for the project's prefixes (or ``prefixes``), else ``<iri>``; the longest namespace wins.

    >>> compact("https://schema.org/Claim"), compact("urn:x")
    ('schema:Claim', '<urn:x>')
    """
    for prefix, ns in sorted((prefixes or PREFIXES).items(), key=lambda p: -len(p[1])):
        if prefix and iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def sparql_prefixes() -> str:
    """``PREFIX`` lines for the project's prefixes, to put before a SPARQL query."""
    return "".join(f"PREFIX {prefix}: <{ns}>\n" for prefix, ns in PREFIXES.items())
