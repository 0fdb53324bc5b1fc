"""The RDF graph: n-ary fact nodes with provenance, typed literals, one schema.org scheme."""


import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from nato_kg.build import build, serialize
from nato_kg.mapping import seeds_to_graph
from nato_kg.output import atomic_write
from nato_kg.vocab import NKG, NKG_IRI, SCHEMA, SCHEMA_HTTP

from .conftest import REPO

PREFIXES = """
PREFIX nkg: <https://w3id.org/nato-kg/ns#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def q(graph, text):
    return list(graph.query(PREFIXES + text))


def test_each_source_has_its_own_evidence_on_a_derivation(graph):
    rows = q(graph, """
        SELECT ?src ?ev WHERE {
          ?p a nkg:Pledge ; nkg:donor/skos:prefLabel "Japan"@en ;
             prov:qualifiedDerivation [ prov:entity/schema:identifier ?src ; nkg:evidence ?ev ] }""")
    by_source = {str(r.src): str(r.ev) for r in rows}
    assert "8 billion Japanese yen" in by_source["acfff0cc65ac9122"]
    assert "$58 million" in by_source["22aa553175590713"]


def test_every_fact_has_a_source_and_evidence(graph):
    facts = set(graph.subjects(RDF.type, NKG.Fact))
    assert len(facts) > 50
    for fact in facts:
        assert graph.value(fact, PROV.wasDerivedFrom) is not None, fact
        assert graph.value(fact, NKG.evidence) is not None, fact


def test_direct_edges_read_naturally(graph):
    assert q(graph, """ASK { ?p skos:prefLabel "Mark Rutte"@en ; nkg:holdsRoleIn ?o . ?o skos:prefLabel "NATO"@en }""")[0]
    assert q(graph, """ASK { ?d skos:prefLabel "Spain"@en ; nkg:pledgedTo ?r . ?r skos:prefLabel "Ukraine"@en }""")[0]
    assert q(graph, """ASK { ?c a schema:Claim ; schema:author/skos:prefLabel "Oxana Shevel"@en }""")[0]


def test_role_node_follows_schema_role_pattern(graph):
    node = URIRef("https://example.org/nato-kg/id/role-assignment/mark-rutte-secretary-general-nato-term")
    assert (node, RDF.type, SCHEMA.OrganizationRole) in graph
    assert graph.value(node, SCHEMA.startDate) == Literal("2024-10-01", datatype=XSD.date)
    assert graph.value(node, SCHEMA.roleName) == Literal("Secretary General", lang="en")
    # The role node stands between person and organisation on one property (schema.org's Role pattern).
    rutte, nato = URIRef("https://example.org/nato-kg/id/person/mark-rutte"), URIRef("https://example.org/nato-kg/id/organization/nato")
    assert (rutte, SCHEMA.memberOf, node) in graph and (node, SCHEMA.memberOf, nato) in graph


def test_pledges_are_schema_monetary_grants_the_type_schema_amount_is_defined_for(graph):
    pledges = set(graph.subjects(RDF.type, NKG.Pledge))
    assert pledges and pledges == set(graph.subjects(RDF.type, SCHEMA.MonetaryGrant))


def test_regression_publishers_are_entities_not_strings(graph):
    publishers = list(graph.objects(None, SCHEMA.publisher))
    assert len(publishers) == 2
    assert all(isinstance(p, URIRef) and graph.value(p, RDF.type) == SCHEMA.Organization for p in publishers)


def test_regression_no_claim_has_a_country_as_author(graph):
    authors = set(graph.objects(None, SCHEMA.author))
    assert authors and not [a for a in authors if (a, RDF.type, SCHEMA.Country) in graph]


def test_literals_are_typed(graph):
    for _, _, o in graph.triples((None, NKG.percentOfGDP, None)):
        assert o.datatype == XSD.decimal
    years = {o for _, _, o in graph.triples((None, NKG.targetYear, None))}
    assert Literal("2027", datatype=XSD.gYear) in years
    published = {o.datatype for _, _, o in graph.triples((None, SCHEMA.datePublished, None))}
    assert published == {XSD.date, XSD.gYearMonth, XSD.gYear}
    for _, _, o in graph.triples((None, SCHEMA.currency, None)):
        assert len(str(o)) == 3 and str(o).isupper()


def test_wikidata_links_use_the_entity_form(graph):
    """schema:sameAs: an OWL reasoner must not fuse our entities with Wikidata's items (owl:sameAs did)."""
    assert not list(graph.triples((None, OWL.sameAs, None)))
    links = {str(o) for o in graph.objects(None, SCHEMA.sameAs)}
    assert "http://www.wikidata.org/entity/Q7184" in links
    assert all(link.startswith("http://www.wikidata.org/entity/Q") for link in links)


def test_only_https_schema_org_appears_in_the_export(graph):
    text = serialize(graph, "nt").decode()
    assert "https://schema.org/" in text
    assert SCHEMA_HTTP not in text
    assert SCHEMA_HTTP not in serialize(graph, "turtle").decode()


def test_every_project_term_is_declared_labelled_and_commented(graph):
    ontology = Graph().parse(REPO / "ontology" / "nato_kg.ttl")
    terms = [getattr(NKG, name) for name in NKG.__annotations__]
    used = {t for triple in graph for t in triple if isinstance(t, URIRef) and str(t).startswith(NKG_IRI)}
    assert used <= set(terms)
    for term in terms:
        assert (term, RDF.type, None) in ontology, term
        assert ontology.value(term, RDFS.label) is not None, term
        assert ontology.value(term, RDFS.comment) is not None, term


def test_base_iri_is_configurable_and_slugs_come_from_seeds(built):
    g = seeds_to_graph(built.seeds, "https://data.example.net/kg/")
    assert (URIRef("https://data.example.net/kg/person/mark-rutte"), SKOS.prefLabel, Literal("Mark Rutte", lang="en")) in g


def test_aliases_are_language_tagged_alt_labels(graph):
    hegseth = URIRef("https://example.org/nato-kg/id/person/pete-hegseth")
    assert Literal("Higgsith", lang="en") in set(graph.objects(hegseth, SKOS.altLabel))


def test_built_turtle_parses_with_rdflib_and_pyoxigraph(repo_ws, tmp_path):
    result = build(repo_ws, tmp_path / "out.ttl")
    reparsed = Graph().parse(result.output, format="turtle")
    assert len(reparsed) == len(result.graph)
    store = pyoxigraph.Store()
    store.load(path=str(result.output), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(result.graph)


def test_same_seeds_same_bytes(repo_ws, tmp_path):
    a = build(repo_ws, tmp_path / "a.ttl").output.read_bytes()
    b = build(repo_ws, tmp_path / "b.ttl").output.read_bytes()
    assert a == b


def test_a_crash_mid_write_leaves_the_old_file_whole(tmp_path):
    target = tmp_path / "g.ttl"
    target.write_text("old content")

    def half_then_crash(f):
        f.write(b"@prefix x: <urn:x#> .\n")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        atomic_write(target, half_then_crash)
    assert target.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


def test_the_plain_string_prefixes_name_the_namespaces_rdflib_gives():
    """prefixes.py spells the IRIs out (no rdflib on a query's fast path); a typo there would make
    every query that uses the prefix silently empty."""
    from nato_kg.prefixes import PREFIXES as PLAIN

    assert PLAIN == {"nkg": NKG_IRI, "schema": str(SCHEMA), "prov": str(PROV), "skos": str(SKOS), "owl": str(OWL),
                     "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "wd": "http://www.wikidata.org/entity/"}
