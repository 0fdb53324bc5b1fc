"""RDF syntaxes in one place: their names, extensions and MIME types, and deterministic writing.

``query`` (CONSTRUCT/DESCRIBE), ``export`` and ``import`` take the same names: ``ttl``,
``nt``, ``nq``, ``trig``, ``jsonld``, ``xml`` (RDF/XML) and ``n3``, their usual aliases,
and MIME types as the Oxigraph CLI does (``text/turtle``, ``application/ld+json``…).

Every syntax is written by pyoxigraph from the sorted N-Triples of the graph, so the same
graph gives the same bytes in every process (rdflib's JSON-LD and RDF/XML writers order
by hash and differ from one run to the next), and only the prefixes the data uses are
declared. JSON-LD comes out expanded (pyoxigraph writes no context): plain, complete and
the same everywhere.
"""

from __future__ import annotations

from typing import Any

from .errors import NatoKGError

#: name → (pyoxigraph RdfFormat attribute, other names and extensions, MIME types)
RDF_SYNTAXES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "ttl": ("TURTLE", ("turtle",), ("text/turtle", "application/x-turtle")),
    "nt": ("N_TRIPLES", ("ntriples", "n-triples"), ("application/n-triples",)),
    "nq": ("N_QUADS", ("nquads", "n-quads"), ("application/n-quads",)),
    "trig": ("TRIG", (), ("application/trig",)),
    "jsonld": ("JSON_LD", ("json-ld", "json"), ("application/ld+json",)),
    "xml": ("RDF_XML", ("rdf", "rdfxml", "rdf/xml", "owl"), ("application/rdf+xml",)),
    "n3": ("N3", (), ("text/n3",)),
}


class FormatError(NatoKGError):
    """A format name nobody knows."""


def syntax_name(text: str, allowed: tuple[str, ...] | None = None) -> str:
    """The canonical name for a syntax name, alias, extension (``.rdf``) or MIME type.

    >>> syntax_name("text/turtle"), syntax_name(".jsonld"), syntax_name("RDF")
    ('ttl', 'jsonld', 'xml')
    """
    key = text.strip().lower().lstrip(".").split(";")[0].strip()
    for name, (_, aliases, mimes) in RDF_SYNTAXES.items():
        if key == name or key in aliases or key in mimes:
            if allowed is not None and name not in allowed:
                break
            return name
    names = allowed or tuple(RDF_SYNTAXES)
    raise FormatError(f"unknown RDF format {text!r}; use one of {', '.join(names)} (or a MIME type such as text/turtle)")


def ox_format(name: str):
    """The pyoxigraph ``RdfFormat`` of a syntax (any name :func:`syntax_name` takes)."""
    import pyoxigraph as ox

    return getattr(ox.RdfFormat, RDF_SYNTAXES[syntax_name(name)][0])


def used_prefixes(ntriples: bytes, prefixes: dict[str, str]) -> dict[str, str]:
    """The prefixes whose namespace occurs in the data, so a file declares only what it uses.

    A namespace whose IRIs go on with a slash (``id:country/finland``) is left out: Turtle
    would have to write ``id:country\\/finland``, which some tools read badly.
    """
    import re

    out = {}
    for prefix, ns in prefixes.items():
        start = ("<" + ns).encode()
        if prefix and start in ntriples and not re.search(re.escape(start) + rb"[^>/]*/", ntriples):
            out[prefix] = ns
    return out


def write_triples(triples, fmt: str, prefixes: dict[str, str]) -> bytes:
    """Triples (an rdflib graph, a list of rdflib or pyoxigraph triples) in a syntax, deterministic bytes."""
    import pyoxigraph as ox

    from .store import sorted_ntriples

    name = syntax_name(fmt, ("ttl", "nt", "jsonld", "xml"))
    ntriples = sorted_ntriples(triples)
    if name == "nt":
        return ntriples
    parsed = ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
    out = ox.serialize(parsed, format=ox_format(name), prefixes=used_prefixes(ntriples, prefixes)) or b""
    return out if out.endswith(b"\n") else out + b"\n"


def read_turtle_files(paths, relative) -> Any:
    """Parse local Turtle files (the ontology, the shapes) into one rdflib graph.

    Read from the file, never handed to rdflib as a URL; a file that does not parse is an
    :class:`~nato_kg.errors.OntologyError` naming it (``relative`` shows paths as the user knows them).
    """
    from rdflib import Graph

    from .errors import OntologyError

    graph = Graph()
    for path in paths:
        try:
            with path.open("rb") as f:
                graph.parse(source=f, format="turtle", publicID=path.resolve().as_uri())
        except Exception as exc:  # rdflib raises many kinds for bad Turtle
            raise OntologyError(f"{relative(path)}: cannot parse Turtle: {exc}") from exc
    return graph


def n3_terms(terms) -> list:
    """RDF terms (None for an unbound one) as N-Triples text, for JSON kept on disk (never pickles: a
    workspace handed on must not run code when read); :func:`from_n3_terms` reads them back.

    >>> import json
    >>> from rdflib import Literal, URIRef
    >>> from rdflib.namespace import XSD
    >>> row = (URIRef("https://example.org/x"), Literal("5", datatype=XSD.decimal), Literal("hi", lang="en"), None)
    >>> from_n3_terms(json.loads(json.dumps(n3_terms(row)))) == row
    True
    """
    return [None if t is None else t.n3() for t in terms]


def from_n3_terms(values) -> tuple:
    """The rdflib terms :func:`n3_terms` wrote (None stays None)."""
    from rdflib.util import from_n3

    return tuple(None if v is None else from_n3(v) for v in values)
