"""Both stores give the same answers to every named query, on the seed graph and a synthetic one."""

import json

import pytest
from click.testing import CliRunner

from nato_kg.cli import cli
from nato_kg.synthetic import synthetic_seeds, write_workspace

NAMED = ["roles", "pledges", "pledge-totals", "targets", "claims", "facts-by-source", "aliases", "sources"]
# Every result format: CSV alone would hide a column that is a plain string on one engine and
# a language-tagged one on another (JSON, TSV and XML keep the difference).
RESULT_FORMATS = ("csv", "tsv", "json", "xml")
PARAMETRISED = [("who-held", ["-p", "date=2025-02-27"]), ("who-held", ["-p", "date=2020-05-05"]),
                ("claims", ["-p", "speaker=mark-rutte"])]


def answers(ws_root, store: str, parametrised=PARAMETRISED, formats=("csv",)) -> dict:
    runner = CliRunner()
    built = runner.invoke(cli, ["-w", str(ws_root), "build", "--store", store])
    assert built.exit_code == 0, built.output
    out = {}
    for name, args in [(n, []) for n in NAMED] + parametrised:
        for fmt in formats:
            result = runner.invoke(cli, ["-w", str(ws_root), "query", name, *args, "-f", fmt])
            assert result.exit_code == 0, (name, result.output)
            assert "rebuilt" not in result.stderr
            out[(name, tuple(args)) if fmt == "csv" else (name, tuple(args), fmt)] = result.stdout
    return out


@pytest.fixture(scope="module")
def seed_copy(tmp_path_factory):
    import shutil

    from .conftest import REPO

    root = tmp_path_factory.mktemp("seedws") / "ws"
    for folder in ("seeds", "ontology", "queries"):
        shutil.copytree(REPO / folder, root / folder)
    return root


def test_seed_graph_same_answers_in_both_stores(seed_copy):
    memory = answers(seed_copy, "memory", formats=RESULT_FORMATS)
    oxigraph = answers(seed_copy, "oxigraph", formats=RESULT_FORMATS)
    assert (seed_copy / "build" / "oxigraph").is_dir()
    assert len(memory) == (len(NAMED) + len(PARAMETRISED)) * len(RESULT_FORMATS)
    for key in memory:
        assert memory[key] == oxigraph[key], key
    assert "Spain,Ukraine,1050000000" in memory[("pledges", ())]


def test_synthetic_graph_same_answers_in_both_stores(tmp_path):
    seeds = synthetic_seeds(40)
    ws = write_workspace(seeds, tmp_path / "syn")
    held = sorted({(f.role, f.organization) for f in seeds.facts_of("role")})[:4]
    params = [("who-held", ["-p", f"role={role}", "-p", f"org={org}", "-p", f"date={day}"])
              for role, org in held for day in ("2020-01-01", "2025-12-31")] + [("claims", ["-p", "speaker=person-3"])]
    memory = answers(ws, "memory", params)
    oxigraph = answers(ws, "oxigraph", params)
    assert any(len(v.splitlines()) > 1 for k, v in memory.items() if k[0] == "who-held")
    assert memory == oxigraph
    assert len(memory[("claims", ())].splitlines()) == 1 + 40 * 3


def test_store_choice_is_remembered(seed_copy):
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(seed_copy), "build", "--store", "oxigraph"]).exit_code == 0
    assert (seed_copy / "build" / ".store").read_text() == "oxigraph"
    (seed_copy / "seeds" / "sources.yaml").write_text((seed_copy / "seeds" / "sources.yaml").read_text() + "\n# touched\n")
    result = runner.invoke(cli, ["-w", str(seed_copy), "query", "pledges", "-f", "json"])
    assert "rebuilt" in result.stderr
    assert (seed_copy / "build" / "oxigraph").is_dir()  # rebuilt into the remembered store
    assert json.loads(result.stdout)["results"]["bindings"][0]["donor"]["value"] == "Spain"
    assert runner.invoke(cli, ["-w", str(seed_copy), "build", "--store", "memory"]).exit_code == 0
    assert not (seed_copy / "build" / "oxigraph").exists()


def test_timeout_and_refusals_hold_on_oxigraph(seed_copy):
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(seed_copy), "build", "--store", "oxigraph"]).exit_code == 0
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    result = runner.invoke(cli, ["-w", str(seed_copy), "query", "-e", slow, "--timeout", "1"])
    assert result.exit_code == 2 and "longer than 1 s" in result.stderr
    service = runner.invoke(cli, ["-w", str(seed_copy), "query", "-e", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"])
    assert service.exit_code == 2 and "refused" in service.stderr


def test_bench_data_command(tmp_path):
    out = tmp_path / "bench"
    result = CliRunner().invoke(cli, ["bench-data", "--articles", "12", "-o", str(out)])
    assert result.exit_code == 0, result.output
    built = CliRunner().invoke(cli, ["-w", str(out), "build"])
    assert built.exit_code == 0, built.output
    kinds = dict(line.split() for line in built.stdout.split("Facts by source")[0].splitlines()
                 if line.split()[:1] in (["pledge"], ["claim"]))
    assert {k: int(v) for k, v in kinds.items()} == {"pledge": 12, "claim": 36}


def test_check_validate_and_show_agree_on_both_stores(tmp_path):
    """The trust commands read the built graph now, so they must answer the same from either store."""

    from .conftest import copy_workspace

    ws = copy_workspace(tmp_path / "ws")
    answers = {}
    for store in ("memory", "oxigraph"):
        assert CliRunner().invoke(cli, ["-w", str(ws), "build", "--store", store]).exit_code == 0
        check = CliRunner().invoke(cli, ["-w", str(ws), "check", "-f", "json"])
        validate = CliRunner().invoke(cli, ["-w", str(ws), "validate", "-f", "json"])
        show = CliRunner().invoke(cli, ["-w", str(ws), "show", "Mark Rutte", "-f", "json"])
        answers[store] = (json.loads(check.stdout), json.loads(validate.stdout)["conforms"], json.loads(show.stdout))
    assert answers["memory"] == answers["oxigraph"]
    assert len(answers["memory"][0]) == 10 and answers["memory"][1] is True


def test_the_read_model_is_the_same_read_from_either_store(seed_copy):
    # the read model reads an Oxigraph store straight from pyoxigraph (not through oxrdflib), and
    # a memory graph through rdflib: the facts, sources and evidence must come out identical
    from pathlib import Path

    from nato_kg.built import load_built_graph
    from nato_kg.facts_view import FactsView
    from nato_kg.names import source_titles
    from nato_kg.store import is_oxigraph
    from nato_kg.workspace import open_workspace

    views = {}
    for store in ("memory", "oxigraph", "oxigraph-itself"):
        if store != "oxigraph-itself":
            assert CliRunner().invoke(cli, ["-w", str(seed_copy), "build", "--store", store]).exit_code == 0
        graph, _ = load_built_graph(open_workspace(Path(seed_copy)))
        assert is_oxigraph(graph) == (store != "memory")
        if store == "oxigraph-itself":
            graph.nato_kg_snapshot = None  # read from the store, not from the N-Triples its build loaded
        view = FactsView(graph)
        assert (view._reader._snapshot is not None) == (store == "oxigraph")
        views[store] = (view.claims, view.roles, view.targets, view.pledges, view.source_nodes(), source_titles(graph),
                        view.entities())
    memory, oxigraph = views["memory"], views["oxigraph"]
    assert views["oxigraph-itself"] == oxigraph
    # entities with every part filled somewhere: aliases, a sameAs link and a kind
    entities = memory[-1]
    assert any(e.aliases for e in entities) and any(e.same_as for e in entities) and all(e.kind for e in entities)
    assert [len(part) for part in memory] == [len(part) for part in oxigraph]
    assert all(len(part) for part in memory)
    assert memory == oxigraph


def _store_ntriples(ws) -> bytes:
    import pyoxigraph as ox

    from nato_kg.store import sorted_ntriples, store_dir

    return sorted_ntriples(ox.Store.read_only(str(store_dir(ws).resolve())))


def _turtle_ntriples(ws) -> bytes:
    import pyoxigraph as ox

    from nato_kg.store import sorted_ntriples

    return sorted_ntriples([ox.Triple(q.subject, q.predicate, q.object)
                            for q in ox.parse(path=str(ws.graph_path), format=ox.RdfFormat.TURTLE)])


def test_an_edit_is_applied_to_a_copy_of_the_store_that_then_holds_exactly_the_built_graph(tmp_path, monkeypatch):
    import nato_kg.store
    from nato_kg.workspace import open_workspace

    ws = open_workspace(write_workspace(synthetic_seeds(12), tmp_path / "syn"))
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "build", "--store", "oxigraph"]).exit_code == 0
    before = nato_kg.store.store_dir(ws).resolve()
    seed = sorted(ws.seeds_dir.glob("articles-*.yaml"))[0]
    text = seed.read_text()
    amount = next(line.split(":", 1)[1].strip() for line in text.splitlines() if line.strip().startswith("amount:"))
    seed.write_text(text.replace(f"amount: {amount}", "amount: 123456789", 1))

    def no_bulk_load(*args):
        raise AssertionError("a small edit loaded the whole store afresh")

    monkeypatch.setattr(nato_kg.store, "write_oxigraph", no_bulk_load)
    result = runner.invoke(cli, ["-w", str(ws.root), "build"])
    assert result.exit_code == 0, result.output
    after = nato_kg.store.store_dir(ws).resolve()
    assert after != before and before.is_dir()  # a new copy switched in; the old one kept for its readers
    assert _store_ntriples(ws) == _turtle_ntriples(ws)  # nothing stale left, nothing missing
    assert "123456789" in runner.invoke(cli, ["-w", str(ws.root), "query", "pledges", "-f", "csv"]).stdout
    monkeypatch.undo()
    # a record that does not name the current store (a build killed after switching) is not trusted
    record = ws.build_dir / "cache" / "graph.json"
    record.write_text(record.read_text().replace(after.name, "oxigraph-elsewhere"))
    seed.write_text(seed.read_text().replace("amount: 123456789", "amount: 987654321", 1))
    loaded = []
    real = nato_kg.store.write_oxigraph
    monkeypatch.setattr(nato_kg.store, "write_oxigraph", lambda *a: (loaded.append(1), real(*a)))
    assert runner.invoke(cli, ["-w", str(ws.root), "build"]).exit_code == 0
    assert loaded == [1] and _store_ntriples(ws) == _turtle_ntriples(ws)


def test_the_built_ntriples_are_read_only_for_the_store_they_were_loaded_into(tmp_path):
    # the N-Triples a build kept are that store's content only while its record names that store and the
    # file is the one recorded; otherwise the store itself is read (and the facts are the same)
    from nato_kg.built import load_built_graph
    from nato_kg.facts_view import FactsView
    from nato_kg.snapshot import snapshot_bytes
    from nato_kg.store import store_dir
    from nato_kg.workspace import open_workspace

    ws = open_workspace(write_workspace(synthetic_seeds(12), tmp_path / "syn"))
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "build", "--store", "oxigraph"]).exit_code == 0
    real = store_dir(ws).resolve()
    assert snapshot_bytes(real) is not None
    expected = FactsView(load_built_graph(ws)[0]).pledges
    record = ws.build_dir / "cache" / "graph.json"
    kept = record.read_text()
    record.write_text(kept.replace(real.name, "oxigraph-elsewhere"))
    assert snapshot_bytes(real) is None
    graph = load_built_graph(ws)[0]
    view = FactsView(graph)
    assert view._reader._snapshot is None and view.pledges == expected
    record.write_text(kept)
    data = ws.build_dir / "cache" / "graph.nt"
    data.write_bytes(data.read_bytes())  # the same bytes, another time: not the recorded file
    assert snapshot_bytes(real) is None


def test_every_form_of_term_reads_as_the_store_gives_it():
    # terms pyoxigraph's writer escapes (quotes, backslashes, line breaks), other scripts, language tags,
    # datatypes and xsd:string are made exactly as from_ox makes them from the store
    import pyoxigraph as ox

    from nato_kg.snapshot import Snapshot
    from nato_kg.store import from_ox

    xsd = "http://www.w3.org/2001/XMLSchema#"
    objects = [ox.Literal('he said "no" \\ twice\nthen\tleft'), ox.Literal("Zelensky said: «мир»", language="uk"),
               ox.Literal("2025-06-24", datatype=ox.NamedNode(xsd + "date")), ox.Literal("1.50", datatype=ox.NamedNode(xsd + "decimal")),
               ox.Literal("plain", datatype=ox.NamedNode(xsd + "string")), ox.Literal("en-GB text", language="en-GB"),
               ox.NamedNode("https://example.org/id/Zürich"), ox.Literal("ends with a dot ."), ox.Literal(" <x:p> inside ")]
    p = ox.NamedNode("x:p")
    triples = [ox.Triple(ox.NamedNode(f"https://example.org/s{i}"), p, o) for i, o in enumerate(objects)]
    triples.append(ox.Triple(ox.NamedNode("https://example.org/t"), ox.NamedNode("x:q"), ox.Literal("other")))
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    read = Snapshot(data).subject_objects("x:p")
    assert read == [(from_ox(t.subject), from_ox(t.object)) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
                    if t.predicate == p]
    assert len(read) == len(objects)
    assert [type(o).__name__ for _, o in read] == [type(from_ox(o)).__name__ for o in objects]
    assert all(str(a) == str(from_ox(o)) for (_, a), o in zip(read, objects, strict=True))


def test_ntriples_of_writes_the_serialisers_bytes_for_every_term_form():
    # the build's N-Triples are joined from each term's text, no longer written by pyoxigraph's serialiser from Triple
    # objects: the bytes must stay the serialiser's, escapes and all
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef
    from rdflib.namespace import XSD

    from nato_kg.store import OxTerms, ntriples_of

    s, p = URIRef("https://example.org/x/é-ü"), URIRef("https://example.org/p")
    objects = [Literal('a "quoted" \\ back\\slash'), Literal("two\nlines\r\tand\x01control", lang="en-GB"),
               Literal("Zelenskyy – «Київ» 🇺🇦", lang="uk"), Literal("x", datatype=XSD.string), Literal("2.5", datatype=XSD.decimal),
               Literal("2025-06-25", datatype=XSD.date), Literal("v", datatype=URIRef("https://example.org/dt")),
               Literal(" <p> ."), URIRef("https://example.org/o?q=1#f"), BNode("b1"), Literal("")]
    triples = [(s, p, o) for o in objects] + [(BNode("b1"), p, s)]
    expected = ox.serialize(OxTerms().triples(triples), format=ox.RdfFormat.N_TRIPLES)
    assert ntriples_of(triples) == expected
    assert ntriples_of([]) == b""


def test_check_terms_declared_finds_undeclared_predicates_and_classes_only():
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import OWL, RDF

    from nato_kg.errors import OntologyError
    from nato_kg.fragments import check_terms_declared
    from nato_kg.vocab import NKG

    ontology = Graph()
    ontology.add((NKG.donor, RDF.type, OWL.ObjectProperty))
    ontology.add((NKG.Pledge, RDF.type, OWL.Class))
    node = URIRef("https://example.org/pledge/p1")
    fine = [(node, RDF.type, NKG.Pledge), (node, NKG.donor, URIRef("https://example.org/country/x")),
            (node, RDF.type, URIRef(str(NKG) + "Pledge")),  # an equal term made anew is the same term
            (node, URIRef("https://schema.org/name"), Literal(str(NKG) + "Undeclared"))]  # a literal names no term
    check_terms_declared(fine, ontology)
    for bad, name in [((node, NKG.recipient, node), "recipient"), ((node, RDF.type, URIRef(str(NKG) + "Undeclared")), "Undeclared")]:
        with pytest.raises(OntologyError, match=name):
            check_terms_declared([*fine, bad], ontology)
