"""Behaviours no test guarded (each was broken on purpose in a review and went unnoticed): one test each."""

from __future__ import annotations

from click.testing import CliRunner

from nato_kg.cli import cli

from .conftest import mark_reviewed
from .trust_helpers import claim, graph_of, pledge, small_seeds, target


def _conflicts(*facts):
    from nato_kg.trust.conflicts import check_graph

    graph, positions = graph_of(small_seeds(*facts))
    return check_graph(graph, positions)


def test_facts_of_one_source_are_not_a_conflict_between_sources():
    """Two pledges or targets that differ but come from the same article are that article's own two statements."""
    assert _conflicts(pledge("p1", "600000000", "a1"), pledge("p2", "620000000", "a1")) == []
    assert _conflicts(target("t1", "2.5", "a1", year="2027", proposed_by=["alice"]),
                      target("t2", "3", "a1", year="2027", proposed_by=["alice"])) == []
    assert _conflicts(claim("c1", "alice", "we will spend much more on defence now", "a1"),
                      claim("c2", "bob", "we will spend much more on defence now", "a1")) == []
    # the same pair from two sources is a conflict: the test above can fail
    assert [c.rule for c in _conflicts(pledge("p1", "600000000", "a1"), pledge("p2", "620000000", "a2"))] == ["value"]


def test_add_validates_the_merged_seeds_and_writes_nothing_when_they_break(make_ws, tmp_path, monkeypatch):
    """A merge whose result does not load (here a citation edit gone wrong) must not reach seeds/."""
    import nato_kg.extract.merge as merge

    ws = make_ws()
    article = tmp_path / "article.txt"
    article.write_text("Allies pledge more\nFinland pledged $691 million to Ukraine.\n")
    candidates = tmp_path / "c.yaml"
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "extract", str(article), "--source-id", "new1",
                               "-o", str(candidates)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in ws.seeds_dir.iterdir()}

    def broken(lines, fact, source, evidence):
        lines.append("pledges: {this is: [not valid\n")

    monkeypatch.setattr(merge, "_insert_citation", broken)
    mark_reviewed(candidates)
    result = runner.invoke(cli, ["-w", str(ws.root), "add", str(candidates), "--no-build"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 2 and "after merging" in result.stderr
    assert {p.name: p.read_bytes() for p in ws.seeds_dir.iterdir()} == before


def test_build_refuses_project_terms_the_ontology_does_not_declare(make_ws):
    ws = make_ws()
    ontology = ws.ontology_dir / "nato_kg.ttl"
    text = ontology.read_text()
    assert "nkg:Pledge a owl:Class" in text or "nkg:Pledge a" in text
    ontology.write_text(text.replace("nkg:Pledge a", "nkg:PledgeRenamed a", 1))
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "build"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 2 and "not declared in the ontology" in result.stderr and "ns#Pledge" in result.stderr


def test_every_fact_kind_is_described_once_and_used_everywhere():
    """The registry drives the seed sections, the IRIs, the mapping, the picture and the CLI choices."""
    from nato_kg import kinds
    from nato_kg.commands.viz_cmds import KIND_CHOICE
    from nato_kg.mapping import _FACT_MAPPERS
    from nato_kg.mapping.iris import FACT_SEGMENTS
    from nato_kg.seeds import SECTIONS
    from nato_kg.viz.page import KIND_STYLE
    from nato_kg.vocab import NKG_IRI

    assert kinds.NKG == NKG_IRI
    for k in kinds.KINDS:
        assert SECTIONS[k.section][0] is k.record and k.record.kind == k.name
        assert FACT_SEGMENTS[k.name] == k.iri_segment and callable(_FACT_MAPPERS[k.name])
        assert KIND_STYLE[k.name] == (k.color, k.shape, k.legend)
    assert list(KIND_CHOICE.choices) == list(kinds.NAMES)


def test_check_validate_and_show_read_the_built_graph_and_its_positions_not_the_yaml(make_ws, monkeypatch):
    """One way to get the graph: a current build/ (graph + positions.json) is read, the seeds are not."""
    import nato_kg.seeds

    ws = make_ws()
    assert CliRunner().invoke(cli, ["-w", str(ws.root), "build"]).exit_code == 0
    assert (ws.build_dir / "positions.json").is_file()

    def no_yaml(*args, **kwargs):
        raise AssertionError("the seeds were read although build/ is current")

    import nato_kg.build

    monkeypatch.setattr(nato_kg.seeds, "load_seeds", no_yaml)
    monkeypatch.setattr(nato_kg.build, "load_seeds", no_yaml)  # what a rebuild would call
    for args in (["check", "-f", "json"], ["validate", "-f", "json"], ["show", "finland-aid", "-f", "json"], ["stats"]):
        result = CliRunner().invoke(cli, ["-w", str(ws.root), *args])
        assert result.exception is None or isinstance(result.exception, SystemExit), (args, repr(result.exception))
        assert result.exit_code == 0, (args, result.output)
    shown = CliRunner().invoke(cli, ["-w", str(ws.root), "show", "finland-aid", "-f", "json"]).stdout
    assert "seeds/facts.yaml:" in shown  # positions come from build/positions.json


def test_a_read_only_seeds_folder_is_a_clear_error_and_nothing_changes(make_ws, tmp_path, monkeypatch):
    """Regression: a seeds/ folder that cannot be written gave a traceback (root ignores modes, so the
    refusal is simulated where the change is staged)."""
    import tempfile  # (the module the transaction stages with; imported where it writes)

    ws = make_ws()
    data = tmp_path / "other.ttl"
    data.write_text('<https://other.example/a> <https://other.example/p> "v" .\n')
    before = {p.name: p.read_bytes() for p in ws.seeds_dir.iterdir()}

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "import", str(data)])
    assert result.exit_code == 2 and "Permission denied" in result.stderr
    assert {p.name: p.read_bytes() for p in ws.seeds_dir.iterdir()} == before
    assert not (ws.root / "imports").exists() or not list((ws.root / "imports").iterdir())


def test_one_identity_rule_serves_add_extract_and_the_duplicate_check():
    """`add`'s merge (same_fact), the extractor's de-duplication (Candidate.key) and the `duplicate` check
    all read the registry's identity fields: a field outside them never splits a fact, one inside always does."""
    import dataclasses

    from nato_kg.facts_view import FactsView, identity
    from nato_kg.kinds import by_name, key_of, same_fact
    from nato_kg.seed_yaml import record_to_yaml

    a = pledge("p1", "600000000", "a1")
    same = dataclasses.replace(a, id="p2", purpose="air defence", citations=a.citations)  # purpose: not identity
    other = dataclasses.replace(a, id="p3", recipient="land", donor="other")  # donor, recipient: identity
    assert same_fact(a, same) and not same_fact(a, other)
    fields = [record_to_yaml(f) for f in (a, same, other)]
    assert key_of("pledge", fields[0]) == key_of("pledge", fields[1]) != key_of("pledge", fields[2])
    assert "recipient" in by_name("pledge").identity_fields and "purpose" not in by_name("pledge").identity_fields
    graph, _ = graph_of(small_seeds(a, same, other))
    view = FactsView(graph)
    keys = {str(p.iri).rsplit("/", 1)[-1]: identity("pledge", p) for p in view.pledges}
    assert keys["p1"] == keys["p2"] != keys["p3"]
    duplicates = [c for c in _conflicts(a, same, other) if c.rule == "duplicate"]
    assert [sorted(s.fact for s in c.sides) for c in duplicates] == [["p1", "p2"]]


def test_the_picture_and_the_checks_read_one_model():
    """The page's fact nodes carry exactly the sources and conflicts `check` reports for them."""
    from nato_kg.facts_view import FactsView
    from nato_kg.trust.conflicts import Checker
    from nato_kg.viz.project import project_facts

    graph, positions = graph_of(small_seeds(pledge("p1", "600000000", "a1"), pledge("p2", "620000000", "a2")))
    view = FactsView(graph)
    conflicts = Checker(graph, positions, view=view).run()
    net = project_facts(view, conflicts)
    flagged = {n for n, d in net.nodes(data=True) if d.get("conflicts")}
    assert flagged == {s.node for c in conflicts for s in c.sides} and len(flagged) == 2
    for p in view.pledges:
        node = net.nodes[str(p.iri)]
        assert node["sources"] == [c.source.id for c in p.cited]
        assert ["evidence", f"“{p.cited[0].evidence}”"] in node["info"]
