"""``nato-kg check``: the conflict rules, on the seed graph and on small graphs made here."""

import json

from click.testing import CliRunner

from nato_kg.cli import cli
from nato_kg.trust.conflicts import check_graph

from .conftest import CURATED
from .trust_helpers import claim, graph_of, pledge, role, small_seeds, target


def conflicts_of(*facts, rules=None):
    graph, positions = graph_of(small_seeds(*facts))
    return check_graph(graph, positions, rules)


# --- the seed graph ------------------------------------------------------------------------


# --- curator links and the wording rule -------------------------------------------------------

def _linked(a, b):
    from dataclasses import replace

    return replace(a, same_statement_as=(b.id,))


def test_linked_claims_of_different_speakers_are_an_attribution_conflict_whatever_their_words():
    a = claim("c1", "alice", "we need to increase spending or we cannot protect anyone", "a1")
    b = claim("c2", "bob", "outlays must rise at once to keep the region safe", "a2")
    assert conflicts_of(a, b) == []  # no words in common: text similarity alone finds nothing
    found = conflicts_of(_linked(b, a), a)
    assert [c.rule for c in found] == ["attribution"]
    assert {s.fact for s in found[0].sides} == {"c1", "c2"}


def test_a_verbatim_quote_in_other_words_in_another_source_is_a_wording_conflict():
    a = claim("c1", "alice", "We will spend more on defence and on aid", "a1")
    b = claim("c2", "alice", "We shall spend much more on our defence and aid", "a2")
    found = conflicts_of(_linked(a, b), b, rules=("wording",))
    assert [c.rule for c in found] == ["wording"] and found[0].severity == "warning"
    same = claim("c3", "alice", "We will spend more on defence and on aid", "a2")
    assert conflicts_of(_linked(a, same), same, rules=("wording",)) == []  # the same words: no conflict
    para = claim("c4", "alice", "she said spending would rise", "a2", kind="paraphrase")
    assert conflicts_of(_linked(a, para), para, rules=("wording",)) == []  # a paraphrase is not a quote


def test_role_status_stated_differently_is_reported():
    """Trump "former administration" (one source) and President (another) of the same moment."""
    found = conflicts_of(role("r1", "alice", "a1", status="current"),
                         role("r2", "alice", "a2", status="former", as_of="2025-03-01"), rules=("status",))
    assert [c.rule for c in found] == ["status"]
    later = conflicts_of(role("r1", "alice", "a1", status="current"), role("r2", "alice", "a3", status="former"),
                         rules=("status",))
    assert later == []  # former months later is no disagreement


def test_same_statement_as_must_name_another_claim(make_ws):
    ws = make_ws({"claims.yaml": """
        claims:
          - id: c1
            speaker: jane-doe
            kind: quote
            text: We will.
            same_statement_as: [no-such-claim]
            sources:
              - source: src1
                evidence: We will.
    """})
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "build"])
    assert result.exit_code == 2 and "same_statement_as 'no-such-claim' is not another claim" in result.stderr


def test_conflict_sides_carry_sources_and_seed_lines(built):
    office = next(c for c in check_graph(built.graph, built.positions) if c.rule == "office")
    article = next(s for s in office.sides if s.fact.endswith("-2025"))
    assert article.sources == ("acfff0cc65ac9122",)
    assert article.position.path == "seeds/roles.yaml"
    assert "Stoltenberg" in office.message and "Mark Rutte" in office.message and "2025-02-27" in office.message


# --- attribution -------------------------------------------------------------------------------

QUOTE = "Allies are moving quickly to invest more in defence and big increases will follow"


def test_attribution_same_quote_two_speakers_two_sources():
    found = conflicts_of(claim("c1", "alice", QUOTE, "a1"),
                         claim("c2", "bob", "Allies moving quickly to invest more in defence; increases will follow", "a2"))
    assert [c.rule for c in found] == ["attribution"]
    assert found[0].severity == "error"
    assert {s.sources for s in found[0].sides} == {("a1",), ("a2",)}


def test_attribution_not_for_different_statements_or_same_speaker():
    assert conflicts_of(claim("c1", "alice", QUOTE, "a1"), claim("c2", "bob", "Russia is not a threat to anyone", "a2")) == []
    assert conflicts_of(claim("c1", "alice", QUOTE, "a1"), claim("c2", "alice", QUOTE, "a2"), rules=("attribution",)) == []


def test_attribution_of_a_target_to_two_proposers():
    found = conflicts_of(target("t1", "3.7", "a1", proposed_by=["alice"]), target("t2", "3.7", "a2", proposed_by=["bob"]))
    assert [c.rule for c in found] == ["attribution"] and "3.7" in found[0].message


# --- office ---------------------------------------------------------------------------------------

def test_office_mention_against_the_timeline():
    found = conflicts_of(role("term-a", "alice", "ref", start="2014-10-01", end="2024-10-01"),
                         role("term-b", "bob", "ref", start="2024-10-01"),
                         role("says-alice", "alice", "a1", as_of="2025-02-27", status="current"))
    assert [c.rule for c in found] == ["office"]
    assert {s.fact for s in found[0].sides} == {"says-alice", "term-b"}


def test_office_uses_source_dates_and_the_handover_day():
    ok = conflicts_of(role("term-a", "alice", "ref", start="2014-10-01", end="2024-10-01"),
                      role("term-b", "bob", "ref", start="2024-10-01"),
                      role("says-bob", "bob", "a1", status="current"))
    assert ok == []
    handover = conflicts_of(role("term-a", "alice", "ref", start="2014-10-01", end="2024-10-01"),
                            role("term-b", "bob", "ref", start="2024-10-01"),
                            role("says-alice", "alice", "a1", as_of="2024-10-01"))
    assert [c.rule for c in handover] == ["office"]


def test_office_silent_without_a_timeline():
    assert conflicts_of(role("says-alice", "alice", "a1", status="current"), role("says-bob", "bob", "a2", status="current")) == []


# --- status ----------------------------------------------------------------------------------------

def test_status_current_and_former_at_the_same_time():
    found = conflicts_of(role("now", "alice", "a1", status="current"), role("was", "alice", "a2", status="former", as_of="2025-03"))
    assert [(c.rule, c.severity) for c in found] == [("status", "warning")]
    assert {s.fact for s in found[0].sides} == {"now", "was"}


def test_status_former_while_the_timeline_has_them_in_office():
    found = conflicts_of(role("term", "alice", "ref", start="2025-01-25"), role("was", "alice", "a3", status="former"))
    assert [c.rule for c in found] == ["status"] and "timeline" in found[0].message
    ended = conflicts_of(role("term", "alice", "ref", start="2020-01-01", end="2024-01-01"),
                         role("was", "alice", "a3", status="former"))
    assert ended == []


def test_status_former_later_is_no_conflict():
    assert conflicts_of(role("now", "alice", "a1", status="current", as_of="2020-01-01"),
                        role("was", "alice", "a2", status="former", as_of="2025-01-01")) == []


# --- value -------------------------------------------------------------------------------------------

def test_value_same_target_different_percentages():
    found = conflicts_of(target("t1", "2.5", "a1", actor="land", year="2027", proposed_by=["alice"], status="intended"),
                         target("t2", "3", "a2", actor="land", year="2027", proposed_by=["alice"], status="intended"))
    assert [c.rule for c in found] == ["value"] and "percentage" in found[0].message


def test_value_same_target_different_years():
    found = conflicts_of(target("t1", "2.5", "a1", actor="land", year="2027", proposed_by=["alice"]),
                         target("t2", "2.5", "a2", actor="land", year="2030", proposed_by=["alice"]))
    assert [c.rule for c in found] == ["value"] and "year" in found[0].message


def test_value_pledge_amounts_differ():
    found = conflicts_of(pledge("p1", "691000000", "a1"), pledge("p2", "700000000", "a2"))
    assert [c.rule for c in found] == ["value"]
    assert conflicts_of(pledge("p1", "691000000", "a1", "a2")) == []


# --- paraphrase --------------------------------------------------------------------------------------

def test_paraphrase_same_amount_different_substance():
    found = conflicts_of(
        claim("q", "carol", "the US just told Europe to spend $644 billion more on defense", "a1", topic="t"),
        claim("p", "carol", "The US said that it will spend an additional $644bn on defense", "a2", kind="paraphrase", topic="t"))
    assert [c.rule for c in found] == ["paraphrase"]


def test_paraphrase_negation_flips():
    found = conflicts_of(claim("q", "carol", "Europe can rely on the NATO umbrella for its defence", "a1", topic="t"),
                         claim("p", "carol", "Europe cannot rely on the NATO umbrella for its defence", "a2", topic="t"))
    # both are verbatim quotes in different words, so the wording rule reports them too
    assert sorted(c.rule for c in found) == ["paraphrase", "wording"]


def test_paraphrase_not_for_renderings_of_the_same_substance():
    found = conflicts_of(
        claim("q", "carol", "US can't be relied on, nor the NATO umbrella. Increase defense spending.", "a1", topic="t"),
        claim("p", "carol", "The US cannot be relied upon, and neither can the NATO umbrella. Increase your defense expenditures.", "a2", topic="t"),
    )
    # the same substance is no paraphrase conflict; two verbatim wordings of one post are a wording one
    assert [c.rule for c in found] == ["wording"]


# --- the command ------------------------------------------------------------------------------------

def test_cli_table_lists_conflicts_with_sources_and_exits_0_by_default():
    result = CliRunner().invoke(cli, ["-w", str(CURATED), "check"])
    assert result.exit_code == 0, result.output
    for word in ("attribution", "office", "status", "paraphrase", "acfff0cc65ac9122", "seeds/roles.yaml"):
        assert word in result.stdout
    assert "10 conflicts" in result.stderr


def test_cli_fail_on_severity():
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(CURATED), "check", "--fail-on", "warning"]).exit_code == 1
    assert runner.invoke(cli, ["-w", str(CURATED), "check", "--fail-on", "error"]).exit_code == 1
    assert runner.invoke(cli, ["-w", str(CURATED), "check", "--rule", "status", "--fail-on", "error"]).exit_code == 0
    assert runner.invoke(cli, ["-w", str(CURATED), "check", "--rule", "status", "--fail-on", "warning"]).exit_code == 1


def test_cli_json_and_clean_workspace(make_ws):
    result = CliRunner().invoke(cli, ["-w", str(CURATED), "check", "-f", "json"])
    data = json.loads(result.stdout)
    assert len(data) == 10 and {c["rule"] for c in data} == {"attribution", "office", "status", "paraphrase", "wording"}
    ws = make_ws()
    clean = CliRunner().invoke(cli, ["-w", str(ws.root), "check", "--fail-on", "info", "-f", "json"])
    assert clean.exit_code == 0 and json.loads(clean.stdout) == []


def test_cli_bad_seeds_exit_2(make_ws):
    ws = make_ws({"bad.yaml": "claims:\n  - id: x\n"})
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "check"])
    assert result.exit_code == 2 and "seeds/bad.yaml:2:" in result.stderr


def test_similar_pairs_finds_exactly_the_pairs_a_full_comparison_finds():
    # the prefix filter and the size bound must not lose a pair (nor add one), ties at the threshold included
    import random

    from nato_kg.trust.similar import similar_pairs as _similar_pairs

    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(40)]
    # sizes far apart (the index is kept per size) and empty sets (which pair with nothing)
    words = [set(rng.sample(vocab, rng.randint(0, 25))) for _ in range(400)]
    words += [{"a", "b", "c", "d"}, {"a", "b", "c", "e"}, {"a", "b"}, {"a", "b", "c"}]  # Jaccard 0.6 and 0.666…
    words += [set("abc"), set("abcdefghij")]  # Jaccard exactly 0.3
    for threshold in (0.1, 0.2, 0.3, 0.5, 0.6, 0.8):
        brute = sorted((i, j) for i in range(len(words)) for j in range(i + 1, len(words))
                       if words[i] and words[j] and len(words[i] & words[j]) / len(words[i] | words[j]) >= threshold)
        assert _similar_pairs(words, threshold) == brute
    assert (len(words) - 2, len(words) - 1) in _similar_pairs(words, 0.3)


def test_regression_a_deadline_disagreement_is_found_when_one_source_names_no_proposer():
    # an extracted target often names no proposer: "2035" in one article and "2032" in another were
    # missed because the rule grouped targets by proposer
    found = conflicts_of(target("t1", "5", "a1", actor="land", year="2035", proposed_by=["alice"], status="agreed"),
                         target("t2", "5", "a2", actor="land", year="2032", status="agreed"))
    assert [c.rule for c in found] == ["value"] and "year" in found[0].message
    # two proposers who differ, or two stated statuses that differ, are two targets, not one told twice
    assert conflicts_of(target("t1", "5", "a1", actor="land", year="2035", proposed_by=["alice"]),
                        target("t2", "5", "a2", actor="land", year="2032", proposed_by=["bob"])) == []
    assert conflicts_of(target("t1", "5", "a1", actor="land", year="2035", status="proposed"),
                        target("t2", "5", "a2", actor="land", year="2032", status="agreed")) == []


# --- similar claims, kept between checks ----------------------------------------------------------

def _texts(rng, count):
    vocab = [f"word{i}" for i in range(60)]
    return [" ".join(rng.sample(vocab, rng.randint(0, 12))) for _ in range(count)]


def test_similar_texts_kept_and_extended_find_exactly_what_a_whole_search_finds(tmp_path, monkeypatch):
    import random

    from nato_kg.trust import similar

    rng = random.Random(3)
    texts = _texts(rng, 400) + ["same words here", "here same words", "same words here"]  # identical word sets pair
    first = similar.similar_texts(texts, 0.3, tmp_path)
    assert first == similar.similar_texts(texts, 0.3) and (tmp_path / similar.KEPT_FILE).is_file()
    assert (400, 401) in first.pairs and (400, 402) in first.pairs

    def whole_search(*args):
        raise AssertionError("a few new texts must not start the whole search")

    edited = list(texts)
    for i in rng.sample(range(400), 20):  # a few claims edited, one removed, two added
        edited[i] = " ".join(rng.sample([f"word{i}" for i in range(60)], rng.randint(1, 12)))
    edited = edited[1:] + _texts(rng, 2)
    monkeypatch.setattr(similar, "similar_pairs", whole_search)
    kept = similar.similar_texts(edited, 0.3, tmp_path)
    monkeypatch.undo()
    assert kept == similar.similar_texts(edited, 0.3)
    assert kept.pairs  # the comparison above is between answers that hold something


def test_similar_texts_from_a_damaged_or_other_versions_file_search_afresh(tmp_path):
    import json

    from nato_kg.trust import similar

    texts = ["allies pledge more shells now", "allies pledge more shells soon", "a quite different remark"]
    (tmp_path / similar.KEPT_FILE).write_text('{"key": "', encoding="utf-8")
    assert similar.similar_texts(texts, 0.3, tmp_path).pairs == [(0, 1)]
    body = json.loads((tmp_path / similar.KEPT_FILE).read_text(encoding="utf-8"))  # written again, whole
    body["key"] = "another version"
    body["pairs"] = [[0, 2]]  # a pair the texts do not have, under another version's key: not believed
    (tmp_path / similar.KEPT_FILE).write_text(json.dumps(body), encoding="utf-8")
    assert similar.similar_texts(texts, 0.3, tmp_path).pairs == [(0, 1)]


def test_cli_check_again_after_an_edit_reports_what_a_check_without_kept_pairs_reports(make_ws):
    import shutil

    claims = "claims:\n" + "".join(f"""
  - id: c{i}
    speaker: {"alice" if i % 2 else "bob"}
    kind: quote
    text: {text}
    sources:
      - source: src{i % 2 + 1}
        evidence: {text}
""" for i, text in enumerate(["We will spend far more on air defence this year", "Far more on air defence this year, we will spend",
                               "Sanctions must stay until the war ends"]))
    people = """
        entities:
          - {id: alice, type: person, label: Alice Aalto}
          - {id: bob, type: person, label: Bob Berg}
        sources:
          - {id: src2, title: Another test article, date: 2025-01-03, date_status: stated}
    """
    ws = make_ws({"claims.yaml": claims, "people.yaml": people})
    args = ["-w", str(ws.root), "check", "-f", "json"]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.stderr
    assert [c["rule"] for c in json.loads(first.stdout)] == ["attribution"]
    kept = ws.cache_dir("check") / "similar-pairs.json"
    assert kept.is_file()
    seeds = ws.seeds_dir / "claims.yaml"
    seeds.write_text(seeds.read_text(encoding="utf-8").replace("Sanctions must stay until the war ends",
                                                               "We will spend far more on air defence this year, sanctions must stay"),
                     encoding="utf-8")
    again = CliRunner().invoke(cli, args)
    shutil.rmtree(ws.cache_dir("check"))
    afresh = CliRunner().invoke(cli, args)
    assert again.exit_code == afresh.exit_code == 0 and again.stdout == afresh.stdout
    assert "c2" in {side["fact"] for c in json.loads(again.stdout) for side in c["sides"]}  # the edit made a new pair
    assert kept.is_file()
