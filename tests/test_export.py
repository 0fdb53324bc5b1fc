"""``nato-kg export``: every RDF syntax round-trips through rdflib and pyoxigraph, deterministically."""

import io

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from nato_kg.cli import cli

from .conftest import CURATED

OX_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
              "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}
RDFLIB_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld", "xml": "xml"}


def canonical(g: Graph) -> Graph:
    """The graph with xsd:decimal literals in one lexical form.

    rdflib writes and keeps ``691000000.0``, Oxigraph canonicalises to ``691000000``:
    the same value, so graphs are compared by value for decimals.
    """
    from decimal import Decimal

    from rdflib import Literal
    from rdflib.namespace import XSD

    out = Graph()
    for s, p, o in g:
        if isinstance(o, Literal) and o.datatype == XSD.decimal:
            o = Literal(format(Decimal(str(o)).normalize(), "f"), datatype=XSD.decimal)
        out.add((s, p, o))
    return out


def same_graph(a: Graph, b: Graph) -> bool:
    return isomorphic(canonical(a), canonical(b))


def export(fmt: str, ws=CURATED) -> bytes:
    result = CliRunner().invoke(cli, ["-w", str(ws), "export", "-f", fmt])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def _union(ds) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


@pytest.mark.parametrize("fmt", sorted(RDFLIB_FORMATS))
def test_round_trip_with_rdflib_is_isomorphic(fmt, built):
    data = export(fmt)
    if fmt in ("nq", "trig"):
        back = _union(Dataset().parse(data=data, format=RDFLIB_FORMATS[fmt]))
        back -= _bundles(back)
    else:
        back = Graph().parse(data=data, format=RDFLIB_FORMATS[fmt])
    assert isomorphic(back, built.graph)


def _bundles(g: Graph) -> Graph:
    """The provenance the quad formats add about their named graphs."""
    from rdflib.namespace import PROV, RDF

    out = Graph()
    for bundle in g.subjects(RDF.type, PROV.Bundle):
        for t in g.triples((bundle, None, None)):
            out.add(t)
    return out


@pytest.mark.parametrize("fmt", sorted(OX_FORMATS))
def test_round_trip_with_pyoxigraph_is_isomorphic(fmt, built):
    store = ox.Store()
    store.load(export(fmt), format=OX_FORMATS[fmt], base_iri="https://example.org/")
    nt = store.dump(format=ox.RdfFormat.N_QUADS).decode()
    back = _union(Dataset().parse(data=nt, format="nquads"))
    back -= _bundles(back)
    assert same_graph(back, built.graph)


@pytest.mark.parametrize("fmt", sorted(RDFLIB_FORMATS))
def test_same_graph_same_bytes(fmt):
    assert export(fmt) == export(fmt)


def test_trig_has_one_named_graph_per_source_with_provenance():
    ds = Dataset().parse(data=export("trig"), format="trig")
    names = {str(g.identifier) for g in ds.graphs() if str(g.identifier).startswith("https://example.org/nato-kg/id/graph/")}
    assert "https://example.org/nato-kg/id/graph/22aa553175590713" in names
    assert len(names) == 7  # five articles and two reference sources
    finland = "https://example.org/nato-kg/id/pledge/finland-military-aid-ukraine-2025"
    holding = {str(g.identifier).rsplit("/", 1)[-1] for g in ds.graphs()
               if (ox_subject := next(iter(g.triples((None, None, None))), None)) and any(str(s) == finland for s in g.subjects())}
    assert holding == {"22aa553175590713", "acfff0cc65ac9122"}
    assert ox_subject is not None


def test_nt_is_sorted_and_format_follows_extension(tmp_path):
    lines = export("nt").decode().splitlines()
    assert lines == sorted(lines)
    out = tmp_path / "graph.jsonld"
    result = CliRunner().invoke(cli, ["-w", str(CURATED), "export", "-o", str(out)])
    assert result.exit_code == 0
    assert len(Graph().parse(out, format="json-ld")) > 1000


def test_only_https_schema_org_in_every_export():
    for fmt in RDFLIB_FORMATS:
        assert b"http://schema.org/" not in export(fmt), fmt


def test_unknown_format_and_misplaced_filters():
    assert CliRunner().invoke(cli, ["-w", str(CURATED), "export", "-f", "docx"]).exit_code == 2
    result = CliRunner().invoke(cli, ["-w", str(CURATED), "export", "-f", "ttl", "--kind", "pledge"])
    assert result.exit_code == 2 and "graphml and csv only" in result.output


def test_oxigraph_store_exports_the_same_graph_deterministically(make_ws):
    ws = make_ws()
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "build", "--store", "memory"]).exit_code == 0
    memory_graph = Graph().parse(data=export("ttl", ws.root), format="turtle")
    assert runner.invoke(cli, ["-w", str(ws.root), "build", "--store", "oxigraph"]).exit_code == 0
    for fmt, rdflib_fmt in (("ttl", "turtle"), ("nt", "nt")):
        data = export(fmt, ws.root)
        assert data == export(fmt, ws.root)
        assert same_graph(Graph().parse(io.BytesIO(data), format=rdflib_fmt), memory_graph)


def test_turtle_export_of_a_current_build_is_the_built_file_and_what_serialising_gives():
    # export -f ttl copies build/nato_kg.ttl instead of parsing and writing it again: the same bytes
    from nato_kg.built import load_built_graph
    from nato_kg.export import export_rdf
    from nato_kg.workspace import open_workspace

    data = export("ttl")
    ws = open_workspace(CURATED)
    assert data == ws.graph_path.read_bytes()
    graph, _ = load_built_graph(ws)
    assert data == export_rdf(graph, "ttl", ws.base_iri)
