"""Exports: the graph in every RDF syntax (deterministic bytes), and the network as GraphML or CSV.

Determinism matters so that a change to the seeds diffs cleanly in git: N-Triples and
N-Quads are sorted line by line, and every other syntax is written by pyoxigraph from the
sorted triples (see :mod:`nato_kg.rdfio`), the same bytes in every process.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .errors import NatoKGError

RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld", "xml": "xml"}
NETWORK_FORMATS = ("graphml", "csv")
FORMATS = (*RDF_FORMATS, *NETWORK_FORMATS)
_EXTENSIONS = {".ttl": "ttl", ".nt": "nt", ".nq": "nq", ".trig": "trig", ".jsonld": "jsonld", ".json": "jsonld",
               ".rdf": "xml", ".xml": "xml", ".owl": "xml", ".graphml": "graphml", ".csv": "csv"}


class ExportError(NatoKGError):
    """An export cannot be made as asked."""


def export_format(fmt: str | None, output: str | None) -> str:
    """``-f`` (a name, alias or MIME type) if given, else from the ``-o`` extension, else Turtle."""
    from .rdfio import FormatError, syntax_name

    if fmt:
        if fmt.lower() in NETWORK_FORMATS:
            return fmt.lower()
        try:
            fmt = syntax_name(fmt, tuple(RDF_FORMATS))
        except FormatError:
            raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)} "
                              "(or a MIME type such as text/turtle)") from None
    elif output and output != "-":
        fmt = _EXTENSIONS.get(Path(output).suffix.lower())
        if fmt is None:
            raise ExportError(f"cannot tell the format from {output!r}; give -f ({', '.join(FORMATS)})")
    else:
        fmt = "ttl"
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return fmt


def by_source_dataset(graph, base_iri: str):
    """A Dataset with one named graph per source (its facts, nanopublication style).

    The default graph holds entities, sources, roles and the ontology, and says of each
    named graph that it is a ``prov:Bundle`` derived from its source.
    """
    from rdflib import Dataset, URIRef
    from rdflib.namespace import PROV, RDF

    from .vocab import NKG, bind_prefixes

    ds = Dataset()
    bind_prefixes(ds, base_iri)
    default = ds.default_graph if hasattr(ds, "default_graph") else ds.graph(ds.default_context.identifier)
    facts = set(graph.subjects(RDF.type, NKG.Fact))
    owned: dict = {}
    for fact in facts:
        for node in [fact, *graph.objects(fact, PROV.qualifiedDerivation)]:
            owned[node] = fact
        for prop in (URIRef("https://schema.org/amount"), NKG.amountUSD):
            for amount in graph.objects(fact, prop):
                owned[amount] = fact
    named: dict = {}
    for s, p, o in graph:
        fact = owned.get(s)
        if fact is None:
            default.add((s, p, o))
            continue
        for source in graph.objects(fact, PROV.wasDerivedFrom):
            sid = graph.value(source, URIRef("https://schema.org/identifier"))
            gid = URIRef(f"{base_iri}graph/{sid}")
            if gid not in named:
                named[gid] = ds.graph(gid)
                default.add((gid, RDF.type, PROV.Bundle))
                default.add((gid, PROV.wasDerivedFrom, source))
            named[gid].add((s, p, o))
    return ds


#: The OWL 2 datatype map (OWL 2 Structural Specification, section 4): the only datatypes whose
#: literals OWL 2 DL allows. xsd:date, xsd:gYear and xsd:gYearMonth are not among them.
_XSD = "http://www.w3.org/2001/XMLSchema#"
OWL2_DATATYPES = frozenset(
    [f"{_XSD}{name}" for name in (
        "decimal integer nonNegativeInteger nonPositiveInteger positiveInteger negativeInteger long int short byte "
        "unsignedLong unsignedInt unsignedShort unsignedByte double float string normalizedString token language "
        "Name NCName NMTOKEN boolean hexBinary base64Binary anyURI dateTime dateTimeStamp").split()]
    + ["http://www.w3.org/1999/02/22-rdf-syntax-ns#PlainLiteral", "http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral",
       "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", "http://www.w3.org/2000/01/rdf-schema#Literal",
       "http://www.w3.org/2002/07/owl#real", "http://www.w3.org/2002/07/owl#rational"])


def owl_dl_graph(graph):
    """The graph for OWL 2 DL tools (Protégé's reasoners, HermiT): every literal whose datatype is
    outside the OWL 2 datatype map is written as an ``xsd:string`` of the same text.

    The built graph keeps the precise date types (a day, a month or a year, as the source allows),
    which SPARQL compares as dates; OWL 2 DL forbids their literals and HermiT refuses to load them.

    >>> from rdflib import Graph, Literal, URIRef
    >>> from rdflib.namespace import XSD
    >>> g = Graph()
    >>> _ = g.add((URIRef("urn:x"), URIRef("urn:p"), Literal("2032", datatype=XSD.gYear)))
    >>> _ = g.add((URIRef("urn:x"), URIRef("urn:q"), Literal("2.5", datatype=XSD.decimal)))
    >>> sorted(str(o.datatype) for o in owl_dl_graph(g).objects())
    ['http://www.w3.org/2001/XMLSchema#decimal', 'http://www.w3.org/2001/XMLSchema#string']
    """
    from rdflib import Graph, Literal
    from rdflib.namespace import XSD

    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype is not None and str(o.datatype) not in OWL2_DATATYPES:
            o = Literal(str(o), datatype=XSD.string)
        out.add((s, p, o))
    return out


def export_rdf(graph, fmt: str, base_iri: str) -> bytes:
    """The graph in an RDF syntax; quads formats put each source's facts in its own graph."""
    from .store import sorted_ntriples, sorted_quads, sorted_turtle
    from .vocab import PREFIXES

    # pyoxigraph writes in a second what rdflib's serialisers take minutes for, and keeps
    # every literal's lexical form (rdflib's Turtle family rewrites 691000000 as 691000000.0).
    if fmt in ("nt", "ttl"):
        return sorted_ntriples(graph) if fmt == "nt" else sorted_turtle(graph, PREFIXES)
    if fmt in ("nq", "trig"):
        return sorted_quads(by_source_dataset(graph, base_iri), fmt, PREFIXES)
    from .rdfio import write_triples

    return write_triples(graph, fmt, {**PREFIXES, "id": base_iri})


def _flat(value) -> str | float | int | bool:
    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return "; ".join(": ".join(str(p) for p in item if p) if isinstance(item, (list, tuple)) else str(item)
                         for item in value)
    return str(value)


def export_network(net, fmt: str) -> bytes:
    """The viz network as GraphML (Gephi, Cytoscape) or as a CSV edge list."""
    import networkx as nx

    from .query.formats import neutralise

    if fmt == "graphml":
        flat = nx.MultiDiGraph()
        for n, d in sorted(net.nodes(data=True)):
            flat.add_node(n, **{k: _flat(v) for k, v in sorted(d.items()) if v is not None})
        for a, b, d in sorted(net.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"])):
            flat.add_edge(a, b, **{k: _flat(v) for k, v in sorted(d.items()) if v is not None})
        buf = io.BytesIO()
        nx.write_graphml(flat, buf, encoding="utf-8")
        return buf.getvalue()
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(["source", "source_label", "source_kind", "relation", "target", "target_label", "target_kind", "fact"])
    for a, b, d in sorted(net.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"])):
        na, nb = net.nodes[a], net.nodes[b]
        writer.writerow([neutralise(str(cell)) for cell in
                         (a, na.get("full_label", na["label"]), na["kind"], d["relation"], b,
                          nb.get("full_label", nb["label"]), nb["kind"], d.get("fact", ""))])
    return text.getvalue().encode("utf-8")
