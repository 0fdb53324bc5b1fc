"""The project's prefixes as plain strings, for the paths that must start fast.

:mod:`nato_kg.vocab` gives the same namespaces as rdflib objects; importing rdflib costs a
tenth of a second, more than answering a query kept from the last build, so what only needs
the IRIs (the workspace's default base, a query's prefixes, compact names) reads them here.
"""

from __future__ import annotations

#: The IRI of the project's vocabulary namespace.
NKG_IRI = "https://w3id.org/nato-kg/ns#"
#: The default base of data IRIs (configurable per workspace, see ``nato-kg.toml``).
DEFAULT_BASE_IRI = "https://example.org/nato-kg/id/"
#: The one scheme of schema.org this project uses, and the one it must never emit.
SCHEMA_IRI = "https://schema.org/"
SCHEMA_HTTP = "http://schema.org/"

#: Prefix → namespace IRI, as the built files and the named queries use them.
PREFIXES = {
    "nkg": NKG_IRI,
    "schema": SCHEMA_IRI,
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": "http://www.wikidata.org/entity/",
}


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
