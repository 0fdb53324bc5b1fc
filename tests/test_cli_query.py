"""``nato-kg query`` and ``nato-kg queries``: named queries on the real graph, formats, refusals."""

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from decimal import Decimal
from functools import partial

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.plugins.sparql.results.tsvresults import TSVResultParser

from nato_kg.cli import cli

from .conftest import CURATED


def run(*args, input=None, ws=CURATED):
    return CliRunner().invoke(cli, ["-w", str(ws), *args], input=input)


def rows(*args, ws=CURATED):
    result = run("query", *args, "-f", "json", ws=ws)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    return data["head"]["vars"], [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


@pytest.fixture(scope="module", autouse=True)
def built_once():
    """Build the repository graph once so that the tests below measure queries, not builds."""
    assert run("build").exit_code == 0


# --- named queries on the real curated graph ----------------------------------------

def test_queries_lists_every_named_query_with_its_description():
    result = run("queries")
    assert result.exit_code == 0
    for name in ("roles", "pledges", "pledge-totals", "targets", "claims", "who-held", "facts-by-source", "aliases", "sources"):
        assert any(line.startswith(name + " ") for line in result.stdout.splitlines()), name
    assert "-p date=<date> (required)" in result.stdout


def test_who_held_needs_its_date():
    result = run("query", "who-held")
    assert result.exit_code == 2 and "missing --param date" in result.stderr


# --- formats ---------------------------------------------------------------------------

def test_csv_parses_back():
    result = run("query", "pledges", "-f", "csv")
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert table[0]["donor"] == "Spain" and table[0]["amount_usd"] == "1050000000"


def test_tsv_is_w3c_and_parses_with_rdflib():
    result = run("query", "pledges", "-f", "tsv")
    columns = ("donor", "recipient", "amount", "currency", "amount_usd", "figure", "aid_type", "status", "usd", "eur",
               "in_totals", "sources", "fact")
    assert result.stdout.splitlines()[0] == "\t".join("?" + c for c in columns)
    parsed = TSVResultParser().parse(io.StringIO(result.stdout))
    first = {str(k): v for k, v in parsed.bindings[0].items()}
    assert str(first["donor"]) == "Spain" and first["donor"].language is None  # a label column is a plain string (STR)
    assert first["amount_usd"].toPython() == Decimal("1050000000")


def test_json_and_xml_results():
    result = run("query", "pledges", "-f", "xml")
    root = ET.fromstring(result.stdout_bytes)
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    assert [v.get("name") for v in root.findall("s:head/s:variable", ns)][0] == "donor"
    assert len(root.findall("s:results/s:result", ns)) == 4


def test_markdown_and_table():
    md = run("query", "pledges", "-f", "md").stdout.splitlines()
    assert md[0] == "| donor | recipient | amount | currency | amount_usd | figure | aid_type | status | usd | eur | in_totals | sources | fact |"
    assert md[2].startswith("| Spain | Ukraine | 1050000000 | USD |")
    table = run("query", "pledges", "-f", "table").stdout
    assert "Spain" in table and "4 rows" in table


def test_ask_query():
    result = run("query", "-e", "ASK { ?s a <https://schema.org/Claim> }", "-f", "json")
    assert json.loads(result.stdout)["boolean"] is True


def test_construct_gives_rdf_in_each_format():
    q = ("PREFIX nkg: <https://w3id.org/nato-kg/ns#> "
         "CONSTRUCT { ?d nkg:pledgedTo ?r } WHERE { ?d nkg:pledgedTo ?r }")
    for fmt, rdflib_fmt in (("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("xml", "xml")):
        result = run("query", "-e", q, "-f", fmt)
        assert result.exit_code == 0, result.output
        assert len(Graph().parse(data=result.stdout, format=rdflib_fmt)) == 4, fmt


def test_describe_defaults_to_turtle(tmp_path):
    query = tmp_path / "describe-rutte.rq"
    query.write_text("DESCRIBE <https://example.org/nato-kg/id/person/mark-rutte>")
    result = run("query", str(query))
    assert result.exit_code == 0, result.output
    g = Graph().parse(data=result.stdout, format="turtle")
    assert any("Mark Rutte" == str(o) for o in g.objects())


def test_format_from_output_extension_written_atomically(tmp_path):
    out = tmp_path / "pledges.csv"
    result = run("query", "pledges", "-o", str(out))
    assert result.exit_code == 0
    assert out.read_text().startswith("donor,recipient")
    assert result.stdout == ""
    assert [p.name for p in tmp_path.iterdir()] == ["pledges.csv"]


def test_format_not_fitting_the_query_kind():
    result = run("query", "pledges", "-f", "ttl")
    assert result.exit_code == 2 and "does not fit" in result.stderr


def test_query_from_stdin():
    result = run("query", "-", "-f", "csv", input="SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://schema.org/Country> }")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1] == "13"


def test_csv_neutralises_formulas_and_round_trips_other_values():
    q = 'SELECT ?a ?b ?c ?d WHERE { BIND("=HYPERLINK(\\"x\\")" AS ?a) BIND("-12.5" AS ?b) BIND("@SUM(1)" AS ?c) BIND("a, \\"b\\"" AS ?d) }'
    result = run("query", "-e", q, "-f", "csv")
    row = list(csv.reader(io.StringIO(result.stdout)))[1]
    assert row == ["'=HYPERLINK(\"x\")", "-12.5", "'@SUM(1)", 'a, "b"']


# --- parameters are values, never query text ---------------------------------------------

def test_parameter_with_quote_characters_is_just_a_value():
    evil = 'Finland" ) } DELETE WHERE { ?s ?p ?o } #'
    q = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
         "SELECT ?label ?given WHERE { ?e skos:prefLabel ?label . BIND(?name AS ?given) FILTER(STR(?label) = ?name) }")
    result = run("query", "-e", q, "-p", f"name={evil}", "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["results"]["bindings"] == []
    ok = run("query", "-e", q, "-p", "name=Finland", "-f", "json")
    assert [b["label"]["value"] for b in json.loads(ok.stdout)["results"]["bindings"]] == ["Finland"]


def test_unknown_entity_parameter_suggests():
    result = run("query", "claims", "-p", "speaker=mark-rute")
    assert result.exit_code == 2 and "did you mean mark-rutte?" in result.stderr


def test_unknown_parameter_name():
    result = run("query", "pledges", "-p", "donor=finland")
    assert result.exit_code == 2 and "no such parameter" in result.stderr


# --- refusals, syntax errors, timeout -----------------------------------------------------

@pytest.mark.parametrize("template, word", [
    ("SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}", "SERVICE"),
    ("SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <http://127.0.0.1:{port}/q> {{ ?s ?p ?o }} }} }}", "SERVICE"),
    ("SELECT * FROM <http://127.0.0.1:{port}/graph.ttl> WHERE {{ ?s ?p ?o }}", "FROM"),
    ("SELECT * FROM NAMED <http://127.0.0.1:{port}/g> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}", "FROM"),
    ("SELECT * FROM <file:///etc/passwd> WHERE {{ ?s ?p ?o }}", "FROM"),
])
def test_network_and_file_access_is_refused_and_nothing_is_contacted(listener, template, word):
    result = run("query", "-e", template.format(port=listener.port))
    time.sleep(0.3)
    assert result.exit_code == 2
    assert word in result.stderr and "refused" in result.stderr
    assert listener.connections == 0


@pytest.mark.parametrize("update", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://127.0.0.1:9/x.ttl>",
    "CLEAR ALL",
    "DROP GRAPH <urn:g>",
])
def test_updates_are_refused(update):
    result = run("query", "-e", update)
    assert result.exit_code == 2 and "read-only" in result.stderr


def test_syntax_error_shows_line_column_and_the_line():
    result = run("query", "-e", "SELECT ?s WHERE {\n  ?s ?p\n}")
    assert result.exit_code == 2
    assert "line 2, column" in result.stderr
    assert "  ?s ?p" in result.stderr and "^" in result.stderr


def test_timeout_stops_a_runaway_query():
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    started = time.monotonic()
    result = run("query", "-e", q, "--timeout", "1")
    elapsed = time.monotonic() - started
    assert result.exit_code == 2 and "longer than 1 s" in result.stderr
    assert elapsed < 15


def test_help_documents_exit_codes():
    result = CliRunner().invoke(cli, ["query", "--help"])
    assert "Exit codes" in result.output and "2 usage" in result.output


# --- rebuilding only when the workspace changed ---------------------------------------------

def test_rebuilds_when_seeds_change_and_not_otherwise(make_ws):
    ws = make_ws()
    first = run("query", "pledges", "-f", "csv", ws=ws.root)
    assert "rebuilt" in first.stderr
    again = run("query", "pledges", "-f", "csv", ws=ws.root)
    assert "rebuilt" not in again.stderr and again.stdout == first.stdout
    stamp = ws.graph_path.stat().st_mtime_ns
    assert run("query", "pledges", ws=ws.root).exit_code == 0
    assert ws.graph_path.stat().st_mtime_ns == stamp
    facts = ws.seeds_dir / "facts.yaml"
    facts.write_text(facts.read_text().replace("691000000", "700000000"))
    changed = run("query", "pledges", "-f", "csv", ws=ws.root)
    assert "rebuilt" in changed.stderr and "700000000" in changed.stdout


def test_broken_seeds_stop_the_query_with_positions(make_ws):
    ws = make_ws()
    (ws.seeds_dir / "bad.yaml").write_text("pledges:\n  - id: x\n    currency: USDD\n")
    result = run("query", "pledges", ws=ws.root)
    assert result.exit_code == 2 and "seeds/bad.yaml:3:15" in result.stderr


def test_literal_values_bound_to_ad_hoc_query():
    q = "SELECT ?v WHERE { BIND(?x AS ?v) }"
    result = run("query", "-e", q, "-p", "x=a'b\"c", "-f", "tsv")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1] == Literal("a'b\"c").n3()


def test_regression_table_shows_square_brackets_from_data_not_rich_markup():
    """Shevel's quote says "[Russia]"; rich would eat it as a style tag if cells were markup."""
    result = run("query", "claims", "-p", "speaker=oxana-shevel", "-f", "table")
    assert "[Russia]" in result.stdout
    check = CliRunner().invoke(cli, ["-w", str(CURATED), "check"])
    assert "1. [error] attribution:" in check.stdout  # rich would read [error] as a style


def test_spreadsheet_guard_is_on_by_default_and_can_be_turned_off():
    q = 'SELECT ?v WHERE { BIND("@SecGenNATO" AS ?v) }'
    guarded = run("query", "-e", q, "-f", "csv")
    assert guarded.stdout.splitlines()[1] == "'@SecGenNATO"
    exact = run("query", "-e", q, "-f", "csv", "--no-spreadsheet-guard")
    assert exact.exit_code == 0 and exact.stdout.splitlines()[1] == "@SecGenNATO"


def test_regression_an_old_workspace_sees_and_refreshes_the_named_queries_it_was_created_with(tmp_path):
    # a workspace keeps the copies init gave it: before this, one made with an older version kept the
    # slow pledge queries (and lacked newer ones) with nothing to say so
    ws = tmp_path / "ws"
    assert CliRunner().invoke(cli, ["init", str(ws)]).exit_code == 0
    totals = ws / "queries" / "pledge-totals.rq"
    shipped = totals.read_text(encoding="utf-8")
    totals.write_text(shipped.replace("# title: Pledge totals", "# title: Pledge totals (old)"), encoding="utf-8")
    (ws / "queries" / "sources.rq").unlink()
    (ws / "queries" / "mine.rq").write_text("# title: Mine\nSELECT * WHERE { ?s ?p ?o } LIMIT 1\n", encoding="utf-8")
    listed = run("queries", ws=ws)
    assert listed.exit_code == 0
    assert "--refresh" in listed.stdout  # the changed copy is marked in the list
    assert "lacks: sources" in listed.stderr
    refreshed = run("queries", "--refresh", ws=ws)
    assert refreshed.exit_code == 0, refreshed.output
    assert "pledge-totals: replaced" in refreshed.stderr and "sources: added" in refreshed.stderr
    assert totals.read_text(encoding="utf-8") == shipped
    assert "(old)" in (ws / "queries" / "pledge-totals.rq.bak").read_text(encoding="utf-8")  # the edit is kept
    assert (ws / "queries" / "mine.rq").is_file() and (ws / "queries" / "sources.rq").is_file()
    again = run("queries", ws=ws)
    assert "--refresh" not in again.stdout and "lacks" not in again.stderr


# --- answers kept until the next build ------------------------------------------------

def _kept_answers(ws) -> list:
    return [p for p in (ws.build_dir / "cache" / "results").glob("*/*") if not p.suffix]


def test_a_query_asked_again_of_the_same_build_is_answered_from_what_was_kept(make_ws, monkeypatch):
    import nato_kg.query.engine as runner

    ws = make_ws()
    first = run("query", "pledges", "-f", "csv", ws=ws.root)
    assert first.exit_code == 0
    assert len(_kept_answers(ws)) == 1

    asked = []
    engine = runner.Running.result  # every run of the engine, on a graph or on the build it opens itself

    def counted(*args, **kwargs):
        asked.append(1)
        return engine(*args, **kwargs)

    monkeypatch.setattr(runner.Running, "result", counted)
    again = run("query", "pledges", "-f", "csv", ws=ws.root)
    assert again.exit_code == 0 and again.stdout == first.stdout  # the same rows, typed the same, from the kept answer
    assert asked == []
    fresh = run("query", "pledges", "-f", "csv", "--no-cache", ws=ws.root)
    assert fresh.stdout == first.stdout and asked == [1]  # --no-cache asks the engine


def test_a_new_build_drops_the_kept_answers_and_a_changing_query_is_never_kept(make_ws):
    ws = make_ws()
    assert "691000000" in run("query", "pledges", "-f", "csv", ws=ws.root).stdout
    facts = ws.seeds_dir / "facts.yaml"
    facts.write_text(facts.read_text().replace("691000000", "700000000"))
    changed = run("query", "pledges", "-f", "csv", ws=ws.root)
    assert "700000000" in changed.stdout and "691000000" not in changed.stdout
    assert len(list((ws.build_dir / "cache" / "results").iterdir())) == 1  # only this build's folder
    now = run("query", "-e", "SELECT (NOW() AS ?t) WHERE {}", "-f", "csv", ws=ws.root)
    assert now.exit_code == 0
    assert len(_kept_answers(ws)) == 1  # NOW() was not kept


def test_the_bytes_written_are_kept_per_format_and_guard_and_asked_again_without_rdflib(make_ws):
    ws = make_ws()
    expression = 'SELECT ?x ?n WHERE { VALUES (?x ?n) { ("=1+1" 691000000) } }'
    guarded = run("query", "-e", expression, "-f", "csv", ws=ws.root)
    exact = run("query", "-e", expression, "-f", "csv", "--no-spreadsheet-guard", ws=ws.root)
    assert "'=1+1" in guarded.stdout and "'=1+1" not in exact.stdout and "=1+1" in exact.stdout
    first = run("query", "pledges", "-f", "json", ws=ws.root)
    folder = _kept_answers(ws)[0].parent
    assert sorted(p.suffix for p in folder.iterdir() if p.suffix) == [".csv", ".csv-exact", ".json"]
    # asked again, and in a new process, which must not import rdflib to write the kept bytes out
    script = ("import sys; from nato_kg.cli import main; sys.argv = ['nato-kg', '-w', sys.argv[1], 'query', 'pledges', "
              "'-f', 'json']\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
              "sys.stderr.write('rdflib imported' if 'rdflib' in sys.modules else 'no rdflib')")
    again = subprocess.run([sys.executable, "-c", script, str(ws.root)], capture_output=True, check=True)
    assert again.stdout.decode() == first.stdout and again.stderr.decode().endswith("no rdflib")
    # the same query in the same format after a change is the new answer, not the kept bytes
    facts = ws.seeds_dir / "facts.yaml"
    facts.write_text(facts.read_text().replace("691000000", "700000000"))
    changed = run("query", "pledges", "-f", "json", ws=ws.root)
    assert "700000000" in changed.stdout and "691000000" not in changed.stdout


def test_query_reads_the_seeds_once_to_know_the_build_is_current(monkeypatch, ws_copy):
    """Regression: one query hashed every seed file three times (the kept answer, the graph, the build):
    0.12 s of a named query at 9,000 articles. Once is enough; the answer is still computed afresh."""
    import nato_kg.stamp as stamp

    assert run("build", ws=ws_copy).exit_code == 0
    calls = []
    real = stamp.input_fingerprint
    monkeypatch.setattr(stamp, "input_fingerprint", lambda ws: calls.append(ws) or real(ws))
    shutil.rmtree(ws_copy / "build" / "cache" / "results", ignore_errors=True)  # the engine must run
    cols, data = rows("pledge-totals", ws=ws_copy)
    assert data and data[-1]["donor"] == "(all donors)"
    assert len(calls) <= 1  # at most once: not at all while the inputs' stat vouches for the last hash


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_the_engine_of_a_current_build_starts_before_the_answer_is_got_ready_and_answers_the_same(ws_copy, store):
    # the first query after a build imported rdflib and opened the graph through it (0.2 s at 9,000 articles)
    # before the engine's process started; now the engine opens the build itself and runs meanwhile
    from nato_kg.built import load_query_graph
    from nato_kg.query.named import load_query
    from nato_kg.query.runner import answer
    from nato_kg.workspace import open_workspace

    assert run("build", "--store", store, ws=ws_copy).exit_code == 0
    ws = open_workspace(ws_copy)
    for name in ("pledges", "pledge-totals", "claims"):
        named = load_query(name, ws.queries_dir)
        called: list[int] = []
        early = answer(ws, named, reuse=False, while_waiting=partial(called.append, 1))
        assert called == [1] and early.graph is None  # no graph was opened for it
        graph = load_query_graph(ws)[0]
        through_graph = answer(ws, named, graph=graph)
        assert early.result.vars == through_graph.result.vars
        assert early.result.rows == through_graph.result.rows and early.result.rows


def test_the_engine_that_opens_the_build_itself_is_stopped_at_the_timeout(make_ws):
    from nato_kg.query.engine import start_on_built
    from nato_kg.query.errors import QueryTimeout
    from nato_kg.store import built_for_engine

    ws = make_ws()
    assert run("build", "--store", "oxigraph", ws=ws.root).exit_code == 0
    started = time.monotonic()
    running = start_on_built(built_for_engine(ws), "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "SELECT")
    with pytest.raises(QueryTimeout):
        running.result(1)
    assert time.monotonic() - started < 15
    with pytest.raises(ProcessLookupError):  # stopped and reaped: no such process any more
        os.kill(running.pid, 0)


def test_regression_a_query_whose_caller_is_killed_does_not_run_on(make_ws):
    # the engine's child was a daemon of multiprocessing, ended by the parent's exit handlers; a parent killed
    # outright (kill -9, the OOM killer) left it answering a runaway query until that query ended by itself
    ws = make_ws()
    assert run("build", "--store", "oxigraph", ws=ws.root).exit_code == 0
    script = ("import sys, time; from nato_kg.query.engine import start_on_built; "
              "from nato_kg.store import built_for_engine; from nato_kg.workspace import open_workspace; "
              "r = start_on_built(built_for_engine(open_workspace(sys.argv[1])), "
              "'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }', 'SELECT'); "
              "print(r.pid, flush=True); time.sleep(60)")
    caller = subprocess.Popen([sys.executable, "-c", script, str(ws.root)], stdout=subprocess.PIPE, text=True)
    child = int(caller.stdout.readline())
    time.sleep(0.5)  # the child is answering
    assert _running(child)
    caller.kill()
    caller.wait()
    ends = time.monotonic() + 10
    while _running(child) and time.monotonic() < ends:
        time.sleep(0.1)
    left_running = _running(child)
    if left_running:  # (the test's own clean-up, so that a failure does not leave the query running)
        os.kill(child, 9)
    assert not left_running


def _running(pid: int) -> bool:
    """Whether process ``pid`` exists and is not a zombie waiting to be reaped."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rpartition(")")[2].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_a_table_without_a_source_column_reads_no_graph_for_titles(make_ws, monkeypatch):
    # a table's footnote lists the titles of the sources its rows name; every table read every source's
    # title first (1.2 s at 9,000 sources), even pledge-totals', which names none
    import nato_kg.built
    import nato_kg.names

    ws = make_ws()
    assert run("query", "pledge-totals", "-f", "json", ws=ws.root).exit_code == 0  # its answer is now kept

    def no_titles(*args, **kwargs):
        raise AssertionError("the graph was read for titles")

    monkeypatch.setattr(nato_kg.names, "source_titles", no_titles)
    monkeypatch.setattr(nato_kg.built, "load_query_graph", no_titles)
    table = run("query", "pledge-totals", "-f", "table", ws=ws.root)
    assert table.exit_code == 0 and "(all donors)" in table.stdout and "sources:" not in table.stdout
    monkeypatch.undo()
    titled = run("query", "pledges", "-f", "table", ws=ws.root)
    assert titled.exit_code == 0 and "sources:" in titled.stdout  # a table naming sources still lists their titles
