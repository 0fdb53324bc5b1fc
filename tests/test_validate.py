"""``nato-kg validate``: SHACL shapes against the graph, results pointed at seed lines."""

import json

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from nato_kg.cli import cli
from nato_kg.trust.validate import load_shapes, validate_graph
from nato_kg.vocab import NKG, SCHEMA
from nato_kg.workspace import open_workspace

from .conftest import CURATED, copy_workspace


def test_seed_graph_conforms(built, repo_ws):
    report = validate_graph(built.graph, load_shapes(repo_ws), built.positions)
    assert report.conforms and report.violations == []


def _copy(graph):
    from rdflib import Graph

    g = Graph()
    for t in graph:
        g.add(t)
    return g


def test_fact_without_evidence_is_reported_at_its_seed_line(built, repo_ws):
    g = _copy(built.graph)
    fact = URIRef("https://example.org/nato-kg/id/pledge/finland-military-aid-ukraine-2025")
    g.remove((fact, NKG.evidence, None))
    report = validate_graph(g, load_shapes(repo_ws), built.positions)
    assert not report.conforms
    hits = [v for v in report.violations if v.focus == str(fact)]
    assert hits and hits[0].path == "nkg:evidence"
    assert hits[0].position == next(f.position for f in built.seeds.facts if f.id == "finland-military-aid-ukraine-2025")


def test_bad_percentage_currency_and_date_types(built, repo_ws):
    g = _copy(built.graph)
    target = URIRef("https://example.org/nato-kg/id/target/rutte-three-point-seven-percent")
    g.set((target, NKG.percentOfGDP, Literal("370", datatype=XSD.decimal)))
    amount = URIRef("https://example.org/nato-kg/id/pledge/japan-energy-aid-ukraine-2025/amount")
    g.set((amount, SCHEMA.currency, Literal("yen")))
    g.set((amount, SCHEMA.value, Literal("-5", datatype=XSD.decimal)))
    article = URIRef("https://example.org/nato-kg/id/source/22aa553175590713")
    g.set((article, SCHEMA.datePublished, Literal("1 March 2025")))
    report = validate_graph(g, load_shapes(repo_ws), built.positions)
    by_focus = {(v.focus.rsplit("/", 1)[-1], v.path) for v in report.violations}
    assert ("rutte-three-point-seven-percent", "nkg:percentOfGDP") in by_focus
    assert ("22aa553175590713", "schema:datePublished") in by_focus
    # The amount's own problems are told once, through the pledge's nested shape, not counted again.
    japan = next(v for v in report.violations if v.focus.endswith("japan-energy-aid-ukraine-2025"))
    assert japan.path == "schema:amount"
    assert "ISO 4217" in japan.message and "(value: yen)" in japan.message and "(value: -5)" in japan.message
    assert japan.position.path == "seeds/pledges.yaml"
    assert len(report.violations) == len(set(report.violations))


def test_cli_exit_0_when_conforming():
    result = CliRunner().invoke(cli, ["-w", str(CURATED), "validate"])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stderr


def test_cli_exit_1_with_seed_positions_for_a_stricter_shape(make_ws):
    ws = make_ws({"claims.yaml": """
        claims:
          - id: undated-claim
            speaker: jane-doe
            kind: quote
            text: We will spend more.
            sources:
              - source: src1
                evidence: We will spend more.
    """})
    (ws.ontology_dir / "shapes-house-rules.ttl").write_text("""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix schema: <https://schema.org/> .
        <urn:house#ClaimsAreDated> a sh:NodeShape ; sh:targetClass schema:Claim ;
          sh:property [ sh:path schema:dateCreated ; sh:minCount 1 ; sh:message "claims must be dated here" ] .
    """)
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "validate", "-f", "json"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert data["conforms"] is False
    (v,) = data["violations"]
    assert v["message"] == "claims must be dated here"
    assert v["position"]["path"] == "seeds/claims.yaml" and v["position"]["line"] == 2
    table = CliRunner().invoke(cli, ["-w", str(ws.root), "validate"])
    assert "seeds/claims.yaml:2:5" in table.stdout and table.exit_code == 1


def test_cli_exit_2_without_shapes(make_ws):
    ws = make_ws()
    (ws.ontology_dir / "shapes.ttl").unlink()
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "validate"])
    assert result.exit_code == 2 and "no SHACL shapes" in result.stderr


def test_cli_exit_2_on_bad_seeds(make_ws):
    ws = make_ws({"bad.yaml": "pledges: 5\n"})
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "validate"])
    assert result.exit_code == 2 and "seeds/bad.yaml:1:10" in result.stderr


def test_regression_blank_node_focus_from_an_import_gets_a_row_and_its_file_line(make_ws, tmp_path):
    """validate crashed (IndexError) on a violation whose focus is a blank node, and -f json listed it twice."""
    ws = make_ws()
    bad = tmp_path / "bad.ttl"
    bad.write_text("""
        @prefix nkg: <https://w3id.org/nato-kg/ns#> .
        @prefix schema: <https://schema.org/> .
        <https://example.org/nato-kg/id/pledge/bad> a nkg:Pledge ;
          nkg:donor <https://example.org/nato-kg/id/country/finland> ;
          nkg:recipient <https://example.org/nato-kg/id/country/ukraine> ;
          schema:amount [ a schema:MonetaryAmount ; schema:value "-5" ; schema:currency "XYZ" ] .
    """)
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "import", str(bad)]).exit_code == 0
    table = CliRunner().invoke(cli, ["-w", str(ws.root), "validate"])
    assert table.exception is None or isinstance(table.exception, SystemExit), repr(table.exception)
    assert table.exit_code == 1
    assert "imports/import-bad.nt:" in table.stdout and "id:pledge/bad" in table.stdout
    data = json.loads(CliRunner().invoke(cli, ["-w", str(ws.root), "validate", "-f", "json"]).stdout)
    keys = [(v["focus"], v["path"], v["message"]) for v in data["violations"]]
    assert len(keys) == len(set(keys))
    assert all(v["position"] for v in data["violations"])


DATED_CLAIM = """
    claims:
      - id: dated-claim
        speaker: jane-doe
        kind: quote
        text: We will spend more.
        date: 2025-02-27
        date_status: inferred{basis}
        sources:
          - source: src1
            evidence: We will spend more.
"""


def test_an_inferred_fact_date_must_say_what_it_rests_on(make_ws):
    """A date the source does not state is never put in its mouth without saying where it comes from."""
    bare = make_ws({"claims.yaml": DATED_CLAIM.format(basis="")})
    result = CliRunner().invoke(cli, ["-w", str(bare.root), "validate", "-f", "json"])
    assert result.exit_code == 1, result.output
    assert any("inferred date says what it was inferred from" in v["message"] for v in json.loads(result.stdout)["violations"])


def test_an_inferred_fact_date_with_its_basis_conforms(make_ws):
    ws = make_ws({"claims.yaml": DATED_CLAIM.format(basis="\n        date_basis: the date another article gives the same post")})
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "validate"])
    assert result.exit_code == 0, result.output


def test_regression_ordinary_schema_org_data_imported_beside_ours_conforms(make_ws, tmp_path):
    """Regression: every imported schema:Claim needed our provenance and every schema:Person a skos:prefLabel."""
    ws = make_ws()
    plain = tmp_path / "plain.ttl"
    plain.write_text('@prefix schema: <https://schema.org/> .\n'
                     '<https://other.example/claim/1> a schema:Claim ; schema:author <https://other.example/person/jo> ;'
                     ' schema:text "Spend more." .\n'
                     '<https://other.example/person/jo> a schema:Person ; schema:name "Jo Bloggs" .\n')
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "import", str(plain)]).exit_code == 0
    ok = runner.invoke(cli, ["-w", str(ws.root), "validate"])
    assert ok.exit_code == 0 and "conforms" in ok.output, ok.output
    # one of *our* claims (it has an nkg:claimKind) is still held to our rules: its speaker needs a label
    ours = tmp_path / "ours.ttl"
    ours.write_text('@prefix schema: <https://schema.org/> .\n@prefix nkg: <https://w3id.org/nato-kg/ns#> .\n'
                    '<https://other.example/claim/2> a schema:Claim ; nkg:claimKind "quote" ; schema:text "More." ;'
                    ' schema:author <https://other.example/person/al> ; schema:appearance <https://other.example/a> .\n'
                    '<https://other.example/a> a schema:NewsArticle .\n'
                    '<https://other.example/person/al> a schema:Person ; schema:name "Al" .\n')
    assert runner.invoke(cli, ["-w", str(ws.root), "import", str(ours)]).exit_code == 0
    bad = runner.invoke(cli, ["-w", str(ws.root), "validate"])
    assert bad.exit_code == 1 and "preferred label" in bad.stdout + bad.stderr, bad.output


def _damaged(graph, seed: int = 1):
    """The seed graph with 60 triples taken out and 30 objects made a bad literal, the same each run (for one ``seed``)."""
    import random

    from rdflib import Graph

    g = Graph()
    for t in graph:
        g.add(t)
    triples = sorted(g)
    chance = random.Random(seed)
    for t in chance.sample(triples, 60):
        g.remove(t)
    for s, p, _ in chance.sample(triples, 30):
        g.add((s, p, Literal("bogus")))
    return g


def test_regression_shapes_validated_apart_still_find_their_nested_shapes_results(built, repo_ws, monkeypatch):
    """Validating each targeted shape in its own process lost every result of a nested shape
    (a derivation without a source, a bad date) when pySHACL was told ``use_shapes``."""
    import nato_kg.trust.shape_scope as scope_module
    import nato_kg.trust.validate as validate_module

    g, shapes = _damaged(built.graph), load_shapes(repo_ws)
    once = validate_graph(g, shapes, built.positions, jobs=1)
    monkeypatch.setattr(validate_module, "PARALLEL_FROM_TRIPLES", 0)
    apart = validate_graph(g, shapes, built.positions, jobs=2)
    monkeypatch.setattr(scope_module, "shape_scope", lambda shapes: None)  # the whole graph, one process
    whole = validate_graph(g, shapes, built.positions, jobs=1)
    assert not whole.conforms and any("because:" in v.message for v in whole.violations)
    assert once == apart == whole


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_regression_pyshacl_sped_up_gives_the_results_it_gave(built, repo_ws, monkeypatch, seed):
    """pySHACL tested each shape's predicates against a list of parameters and tried every member of an
    ``sh:or`` (writing a discarded result for each one failed): :mod:`nato_kg.trust.shacl_speed` changes
    both for a validation. On damaged graphs, with dates of no date type, an organisation neither an
    organisation nor a country and a speaker neither a person nor an organisation, the results must be
    pySHACL's own."""
    from contextlib import contextmanager

    import nato_kg.trust.shacl_speed as speed
    from nato_kg.vocab import NKG, SCHEMA

    g, shapes = _damaged(built.graph, seed), load_shapes(repo_ws)
    role, person = min(g.subject_objects(NKG.holder))
    g.set((role, NKG.organization, person))  # a person: no organisation, no country
    claim, article = min((c, a) for c, a in g.subject_objects(SCHEMA.appearance) if (c, NKG.claimKind, None) in g)
    g.set((claim, SCHEMA.author, article))  # an article as the speaker
    pledge = min(g.subjects(NKG.pledgeFigure, None))
    g.set((pledge, NKG.announced, Literal("2024-06-01", datatype=XSD.dateTime)))
    used = []
    real = speed.faster_pyshacl

    @contextmanager
    def counted(debug: bool = False):
        with real(debug) as done:
            used.append(done)
            yield done

    monkeypatch.setattr(speed, "faster_pyshacl", counted)
    fast = validate_graph(g, shapes, built.positions, jobs=1)
    assert used == [True]

    @contextmanager
    def untouched(debug: bool = False):
        yield False

    monkeypatch.setattr(speed, "faster_pyshacl", untouched)
    plain = validate_graph(g, shapes, built.positions, jobs=1)
    messages = " ".join(v.message for v in plain.violations)
    for what in ("a date is an xsd:date", "exactly one organisation", "exactly one speaker"):
        assert what in messages
    assert fast == plain


def _stricter(shapes):
    """The workspace's shapes with three more constraints the curated graph breaks, two of them on
    shapes reached only through another (an amount's value, a date's type) and one on labels."""
    from rdflib import Graph

    extra = Graph().parse(format="turtle", data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix schema: <https://schema.org/> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix nkgsh: <https://example.org/nato-kg/shapes#> .
        nkgsh:MonetaryAmountShape sh:property [ sh:path schema:value ; sh:maxInclusive 100000000 ] .
        nkgsh:DateValue sh:not [ sh:datatype xsd:gYear ] .
        nkgsh:LabelledEntityShape sh:property [ sh:path skos:prefLabel ; sh:maxLength 12 ] .""")
    out = Graph()
    for t in shapes:
        out.add(t)
    for t in extra:
        out.add(t)
    return out


def test_regression_a_big_validation_held_every_shapes_triples_in_one_graph(tmp_path, monkeypatch):
    """Validating a large built graph in several processes first made one memory graph of every
    triple any shape reads (1.1M triples: about 1 GB, which each child shared and grew from, 1.2 GB
    at the peak). Each shape's process now reads its own shape's triples from the build's file:
    the results must be those of one process validating everything."""
    import nato_kg.trust.validate as validate_module
    from nato_kg.built import load_with_positions
    from nato_kg.store import TermReader

    root = copy_workspace(tmp_path / "ws")
    (root / "nato-kg.toml").write_text('[store]\nkind = "oxigraph"\n')  # as a big workspace chooses itself
    assert CliRunner().invoke(cli, ["-w", str(root), "build"]).exit_code == 0
    ws = open_workspace(root)
    graph, positions, _ = load_with_positions(ws)
    assert TermReader(graph, keep=False).from_file  # the path under test: the store's own N-Triples
    shapes = _stricter(load_shapes(ws))
    once = validate_graph(graph, shapes, positions, jobs=1)
    monkeypatch.setattr(validate_module, "PARALLEL_FROM_TRIPLES", 0)
    calls = []
    apart = validate_module._apart
    monkeypatch.setattr(validate_module, "_apart", lambda *args: calls.append(args) or apart(*args))
    split = validate_graph(graph, shapes, positions, jobs=2)
    assert calls, "each shape's own triples were not read apart"
    assert not once.conforms and any("because:" in v.message for v in once.violations)
    assert {v.path for v in once.violations} >= {"skos:prefLabel", "schema:amount"}
    assert split == once


def test_regression_results_differing_only_in_their_value_had_no_fixed_order():
    """Two labels too long on one node gave two results alike but for the value; they were sorted
    by seed line, node, path and message only, so their order followed the order pySHACL found
    them in, which differed between one process and several (54,649 results, same set, other order)."""
    from nato_kg.errors import Position
    from nato_kg.trust.validate import Violation

    a, b = (Violation("Violation", "https://example.org/p", "skos:prefLabel", "too long", value,
                      Position("seeds/people.yaml", 3, 1)) for value in ("Jens Stoltenberg", "Mark Rutte"))
    assert sorted([a, b], key=Violation.sort_key) == sorted([b, a], key=Violation.sort_key)


def test_one_shapes_scope_is_what_it_reaches():
    """The curated shapes: a country's shape reads a country's labels, not a pledge's amount or a claim's text."""
    from nato_kg.trust.shape_scope import one_shape_scope, shape_scope

    shapes = load_shapes(open_workspace(CURATED))
    whole = shape_scope(shapes)
    country = one_shape_scope(shapes, URIRef("https://example.org/nato-kg/shapes#CountryShape"))
    pledge = one_shape_scope(shapes, URIRef("https://example.org/nato-kg/shapes#PledgeShape"))
    assert whole is not None and country is not None and pledge is not None
    assert country.predicates < whole.predicates and pledge.predicates < whole.predicates
    assert URIRef("https://schema.org/value") in pledge.predicates  # through the nested amount shape
    assert URIRef("https://schema.org/value") not in country.predicates
    assert URIRef("https://schema.org/text") not in pledge.predicates


def test_only_the_triples_the_shapes_read_are_validated_and_subclasses_still_count():
    """A type's subclass (declared in the data) keeps its instances targeted and sh:class met."""
    from rdflib import Graph

    from nato_kg.trust.shape_scope import scoped_graph, shape_scope

    shapes = Graph().parse(format="turtle", data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
        ex:WorkShape sh:targetClass ex:Work ; sh:property [ sh:path ex:by ; sh:minCount 1 ; sh:class ex:Agent ] .""")
    data = Graph().parse(format="turtle", data="""
        @prefix ex: <https://example.org/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        ex:Article rdfs:subClassOf ex:Work . ex:Person rdfs:subClassOf ex:Agent .
        ex:a a ex:Article ; ex:by ex:p ; ex:note "unread" . ex:b a ex:Article ; ex:by ex:q .
        ex:p a ex:Person ; ex:name "P" . ex:q a ex:Place .""")
    seen = scoped_graph(data, shape_scope(shapes))
    assert len(seen) == len(data) - 3  # the note, the name and ex:q's type are not read by any shape
    report = validate_graph(data, shapes)
    assert [v.focus.rsplit("/", 1)[-1] for v in report.violations] == ["b"]


def test_shapes_beyond_core_are_given_the_whole_graph():
    from rdflib import Graph

    from nato_kg.trust.shape_scope import shape_scope

    sparql = Graph().parse(format="turtle", data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
        ex:S sh:targetClass ex:Work ; sh:sparql [ sh:select "SELECT $this WHERE { $this ex:x ?y }" ] .""")
    assert shape_scope(sparql) is None


def test_cli_validate_in_two_processes():
    result = CliRunner().invoke(cli, ["-w", str(CURATED), "validate", "-j", "2"])
    assert result.exit_code == 0 and "conforms" in result.stderr
    bad = CliRunner().invoke(cli, ["-w", str(CURATED), "validate", "-j", "0"])
    assert bad.exit_code == 2


# --- validated again only where an edit can change a result ----------------------------------

def _nt(graph) -> bytes:
    lines = {line for line in graph.serialize(format="nt", encoding="utf-8").split(b"\n") if line.strip()}
    return b"\n".join(sorted(lines)) + b"\n"


def _shown(results) -> set:
    from rdflib import URIRef as IRI

    return {(str(f), str(p) if isinstance(p, IRI) else p is not None, str(m), str(v), str(s), tuple(sorted(d)))
            for f, p, m, v, s, d in results}


def _full(nt: bytes, shapes):
    from rdflib import Graph

    from nato_kg.trust.shape_scope import scoped_graph, shape_scope
    from nato_kg.trust.validate import _validate

    return _validate(scoped_graph(Graph().parse(data=nt, format="nt"), shape_scope(shapes)), shapes)[1]


@pytest.mark.parametrize("find_at_most", [64, 0])  # who points at a node: searched in the bytes, or one index
def test_validating_again_only_what_an_edit_can_affect_gives_the_whole_graphs_results(built, repo_ws, monkeypatch,
                                                                                     find_at_most):
    """Five rounds of random edits, each validated again from the last round's results, must give what
    validating the whole graph gives; the edits include ones that change a fact's results without
    touching its own triples (its derivation loses its source; a source loses its type)."""
    import random

    import nato_kg.trust.incremental as incremental
    from nato_kg.trust.incremental import revalidate

    monkeypatch.setattr(incremental, "FIND_AT_MOST", find_at_most)

    shapes = load_shapes(repo_ws)
    chance = random.Random(7)
    old = _nt(built.graph)
    kept = _full(old, shapes)
    assert kept == []  # the seed graph conforms
    removed: list[bytes] = []
    for _ in range(5):
        lines = [line for line in old.split(b"\n") if line and b"subClassOf" not in line]
        gone = set(chance.sample(lines, 12))
        gone |= set(chance.sample([x for x in lines if b"prov#entity>" in x], 2))
        gone |= set(chance.sample([x for x in lines if x.endswith(b"<https://schema.org/NewsArticle> .")], 1))
        bogus = {b" ".join(x.split(b" ", 2)[:2]) + b' "bogus" .' for x in chance.sample(lines, 6)}
        back = set(chance.sample(removed, min(len(removed), 5)))  # some of what went before comes back
        removed += sorted(gone)
        new_lines = (set(lines) - gone) | bogus | back | {x for x in old.split(b"\n") if b"subClassOf" in x}
        new = b"\n".join(sorted(x for x in new_lines if x)) + b"\n"
        outcome = revalidate(old, new, kept, shapes)
        assert outcome is not None
        results, count, _ = outcome
        assert 0 < count < len({x.split(b" ", 1)[0] for x in lines}) // 2  # a part, not the whole graph, again
        whole = _full(new, shapes)
        assert whole and _shown(results) == _shown(whole)
        old, kept = new, results


def test_an_edited_class_hierarchy_or_unbounded_shapes_validate_the_whole_graph(built, repo_ws):
    from rdflib import Graph

    from nato_kg.trust.incremental import revalidate, shape_depth

    shapes = load_shapes(repo_ws)
    old = _nt(built.graph)
    assert shape_depth(shapes) is not None
    lines = old.split(b"\n")
    sub = next(x for x in lines if b"rdf-schema#subClassOf>" in x)
    assert revalidate(old, old.replace(sub + b"\n", b""), [], shapes) is None
    assert revalidate(old, old, [], shapes) == ([], 0, None)  # nothing changed: nothing to do
    looping = Graph().parse(format="turtle", data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
        ex:S sh:targetClass ex:Part ; sh:property [ sh:path ex:of ; sh:node ex:S ] .""")
    assert shape_depth(looping) is None  # a shape that nests itself reads as far as the data goes


def test_validate_after_an_edit_says_how_much_it_validated_again_and_full_agrees(make_ws):
    ws = make_ws()
    runner = CliRunner()
    first = runner.invoke(cli, ["-w", str(ws.root), "validate", "-f", "json"])
    assert first.exit_code == 0 and json.loads(first.stdout)["conforms"]
    again = runner.invoke(cli, ["-w", str(ws.root), "validate"])
    assert again.exit_code == 0 and "nothing the shapes read changed" in again.stderr
    # an imported pledge without its amount: only the nodes it can affect are validated again
    (ws.root / "extra.ttl").write_text("""@prefix nkg: <https://w3id.org/nato-kg/ns#> .
        <https://example.org/x/pledge> a nkg:Pledge ; nkg:donor <https://example.org/nato-kg/id/country/finland> .""")
    assert runner.invoke(cli, ["-w", str(ws.root), "import", str(ws.root / "extra.ttl")]).exit_code == 0
    edited = runner.invoke(cli, ["-w", str(ws.root), "validate", "-f", "json"])
    full = runner.invoke(cli, ["-w", str(ws.root), "validate", "-f", "json", "--full"])
    assert edited.exit_code == full.exit_code == 1
    assert "node(s) an edit can affect" in edited.stderr and "can affect" not in full.stderr
    assert json.loads(edited.stdout) == json.loads(full.stdout)
    assert any(v["focus"] == "https://example.org/x/pledge" for v in json.loads(edited.stdout)["violations"])


def test_a_change_two_steps_away_through_a_nested_shape_is_validated_again():
    """A fact's derivation names a source that loses its type: the fact's own triples and its
    derivation's did not change, yet the fact's result does (``sh:class`` inside ``sh:node``)."""
    from rdflib import Graph

    from nato_kg.trust.incremental import revalidate, shape_depth

    shapes = Graph().parse(format="turtle", data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
        ex:S sh:targetClass ex:Fact ; sh:property [ sh:path ex:derivation ; sh:node ex:D ] .
        ex:D sh:property [ sh:path ex:entity ; sh:minCount 1 ; sh:class ex:Article ] .""")
    data = Graph().parse(format="turtle", data="""
        @prefix ex: <https://example.org/> .
        ex:f1 a ex:Fact ; ex:derivation ex:d1 . ex:d1 ex:entity ex:a1 . ex:a1 a ex:Article .
        ex:f2 a ex:Fact ; ex:derivation ex:d2 . ex:d2 ex:entity ex:a2 . ex:a2 a ex:Article .""")
    old = _nt(data)
    new = old.replace(b"<https://example.org/a2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                      b"<https://example.org/Article> .\n", b"")
    assert shape_depth(shapes) == 2 and new != old
    results, count, _ = revalidate(old, new, [], shapes)
    assert [str(r[0]) for r in results] == ["https://example.org/f2"] and _shown(results) == _shown(_full(new, shapes))
    assert revalidate(new, old, results, shapes)[0] == []  # the type back: the result goes


def test_the_lines_an_edit_changed_are_found_piece_by_piece_as_a_whole_comparison_finds_them():
    import random

    from nato_kg.trust.incremental import changed_lines

    chance = random.Random(3)
    for _ in range(200):
        universe = [f"<s{chance.randrange(60):02d}> <p> \"{chance.randrange(9)}\" .".encode() for _ in range(80)]
        old, new = set(chance.sample(universe, chance.randrange(40))), set(chance.sample(universe, chance.randrange(40)))
        blob = lambda lines: b"".join(line + b"\n" for line in sorted(lines))  # noqa: E731
        assert changed_lines(blob(old), blob(new), chunk=chance.choice([1, 7, 50, 1 << 16])) == old ^ new
