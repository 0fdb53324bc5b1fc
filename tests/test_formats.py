"""Formats users script against: the same bytes in every process, names as the Oxigraph CLI takes them.

Regression: ``export -f jsonld`` and ``-f xml`` differed between processes (rdflib orders by
hash; PYTHONHASHSEED=1 vs 2 gave thousands of different lines) while one process always
agreed with itself, so the old test passed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from nato_kg.cli import cli


def run(ws, *args):
    return CliRunner().invoke(cli, ["-w", str(ws), *args])


@pytest.fixture(scope="module")
def ws(ws_copy):
    assert run(ws_copy, "build").exit_code == 0
    return ws_copy


def _in_process(ws, seed: str, *args) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-m", "nato_kg", "-w", str(ws), *args], capture_output=True, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("args", [("export", "-f", "jsonld"), ("export", "-f", "xml"), ("export", "-f", "trig"),
                                  ("query", "-e", "CONSTRUCT WHERE { ?s ?p ?o }", "-f", "xml"),
                                  ("query", "-e", "CONSTRUCT WHERE { ?s ?p ?o }", "-f", "nt"),
                                  ("query", "-e", "CONSTRUCT WHERE { ?s ?p ?o }", "-f", "jsonld")])
def test_regression_same_bytes_across_processes_with_different_hash_seeds(ws, args):
    assert _in_process(ws, "1", *args) == _in_process(ws, "2", *args)


@pytest.mark.parametrize("given, expected", [("text/turtle", "ttl"), ("application/n-triples", "nt"),
                                             ("application/ld+json", "jsonld"), ("application/rdf+xml", "xml"),
                                             ("turtle", "ttl"), ("rdf", "xml")])
def test_export_and_construct_take_mime_types_and_aliases(ws, given, expected):
    exported = run(ws, "export", "-f", given)
    assert exported.exit_code == 0, exported.output
    canonical = run(ws, "export", "-f", expected)
    assert exported.stdout_bytes == canonical.stdout_bytes


@pytest.mark.parametrize("given", ["text/csv", "application/sparql-results+json", "application/sparql-results+xml",
                                   "text/tab-separated-values"])
def test_query_takes_result_mime_types(ws, given):
    result = run(ws, "query", "pledges", "-f", given)
    assert result.exit_code == 0, result.output
    assert "Finland" in result.stdout


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_result_documents_end_with_a_newline(ws, fmt):
    result = run(ws, "query", "pledges", "-f", fmt)
    assert result.stdout.endswith("\n")


def test_construct_jsonld_carries_no_unrelated_prefixes(ws):
    result = run(ws, "query", "-e", "CONSTRUCT { ?d nkg:pledgedTo ?r } WHERE { ?d nkg:pledgedTo ?r }", "-f", "jsonld")
    assert result.exit_code == 0, result.output
    for unrelated in ("brick", "csvw", "odrl"):
        assert unrelated not in result.stdout
    assert len(json.loads(result.stdout)) == 4
    turtle = run(ws, "query", "-e", "CONSTRUCT { ?d nkg:pledgedTo ?r } WHERE { ?d nkg:pledgedTo ?r }")
    assert "@prefix nkg:" in turtle.stdout and "ns1:" not in turtle.stdout
    assert turtle.stdout.count("@prefix") == 1


def test_import_takes_the_same_names(ws, tmp_path):
    data = tmp_path / "x.data"
    data.write_text('<https://other.example/a> <https://other.example/p> "v" .\n')
    for given in ("nt", "application/n-triples", "ntriples"):
        result = run(ws, "import", str(data), "-f", given, "--source-id", "fmt-test")
        assert result.exit_code == 0, (given, result.output)


# --- SELECT answers written from the engine's own terms ------------------------------------

#: Terms of every kind a row can hold, with what breaks writers: quotes, backslashes, line ends, a control
#: character, non-ASCII, a language tag, a custom datatype, a non-canonical decimal, an unbound cell.
_TRICKY = ('SELECT ?a ?b ?c WHERE { VALUES (?a ?b ?c) { '
           '(<https://example.org/x> "plain \\"quoted\\" \\\\ back" "é ü 😀"@fr) '
           '("line\\nbreak\\r\\ttab \\u0007" "5"^^<https://example.org/dt> "1050000000.00"^^<http://www.w3.org/2001/XMLSchema#decimal>) '
           '(UNDEF "=1+1" 2.50) } }')


def _native_and_rdflib(text: str):
    import pyoxigraph as ox

    from nato_kg.query.engine import QueryResult, _canonical_ox, with_rdflib_terms

    solutions = ox.Store().query(text)
    names = [v.value for v in solutions.variables]
    native = QueryResult("SELECT", names, [tuple(None if t is None else _canonical_ox(t) for t in s) for s in solutions],
                         native=True)
    return native, with_rdflib_terms(native)


def test_json_written_here_is_the_document_rdflibs_writer_makes(monkeypatch):
    # the SPARQL JSON writer is ours (rdflib's imports its SPARQL engine: 0.3 s of a 0.5 s query);
    # it must give what rdflib's writer gave, term for term and byte for byte
    from rdflib.plugins.sparql.results import jsonresults
    from rdflib.query import Result

    from nato_kg.query.engine import QueryResult
    from nato_kg.query.formats import _rdflib_result, render

    monkeypatch.setattr(jsonresults, "_HAS_ORJSON", False)  # with orjson installed, rdflib writes compact bytes
    native, converted = _native_and_rdflib(_TRICKY)
    for result in (converted, QueryResult("ASK", boolean=True), QueryResult("SELECT", ["x"], [])):
        theirs = _rdflib_result(result).serialize(format="json", encoding="utf-8")
        assert render(result, "json") == theirs + b"\n"
    parsed = Result.parse(source=__import__("io").BytesIO(render(native, "json")), format="json")
    assert [tuple(b.get(v) for v in parsed.vars) for b in parsed.bindings] == converted.rows


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_native_rows_are_written_as_their_rdflib_terms_are(fmt):
    from nato_kg.query.formats import render, wants_native

    native, converted = _native_and_rdflib(_TRICKY)
    assert wants_native(fmt) and native.native and not converted.native
    assert converted.rows[2][2].n3() == '"2.5"^^<http://www.w3.org/2001/XMLSchema#decimal>'  # canonical either way
    for guard in (True, False):
        assert render(native, fmt, guard=guard) == render(converted, fmt, guard=guard)


@pytest.mark.parametrize("fmt", ["tsv", "xml", "md", "table"])
def test_native_rows_are_converted_for_the_formats_written_from_rdflib_terms(fmt):
    from nato_kg.query.formats import render, wants_native

    native, converted = _native_and_rdflib(_TRICKY)
    assert not wants_native(fmt)
    assert render(native, fmt, width=100) == render(converted, fmt, width=100)


@pytest.mark.parametrize("fmt", ["json", "csv"])
@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_the_first_answer_after_a_build_is_written_without_importing_rdflib(ws_copy, fmt, store):
    # the first json or csv answer after a build imported rdflib (terms, and the writer's SPARQL engine) to
    # write what pyoxigraph answered: 0.52 s of which 0.3 s was that import, on the seed graph
    from nato_kg.built import load_query_graph
    from nato_kg.query.formats import render
    from nato_kg.query.named import load_query
    from nato_kg.query.runner import answer
    from nato_kg.workspace import open_workspace

    assert run(ws_copy, "build", "--store", store).exit_code == 0
    ws = open_workspace(ws_copy)
    through_graph = answer(ws, load_query("pledges", ws.queries_dir), graph=load_query_graph(ws)[0])
    expected = render(through_graph.result, fmt)  # rdflib's terms, from the graph rdflib opened
    assert not through_graph.result.native and b"Spain" in expected
    shutil.rmtree(ws.build_dir / "cache" / "results", ignore_errors=True)  # first after the build: the engine runs
    script = ("import sys; from nato_kg.cli import main; sys.argv = ['nato-kg', '-w', sys.argv[1], 'query', 'pledges', "
              "'-f', sys.argv[2]]\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
              "sys.stderr.write('rdflib imported' if 'rdflib' in sys.modules else 'no rdflib')")
    first = subprocess.run([sys.executable, "-c", script, str(ws_copy), fmt], capture_output=True, check=True)
    assert first.stderr.decode().endswith("no rdflib") and first.stdout == expected
    # the answer kept from it reads back as the same terms: a format made afresh from them is the same too
    for other in ("tsv", "xml", fmt):
        kept = run(ws_copy, "query", "pledges", "-f", other)
        assert kept.stdout_bytes == render(through_graph.result, other)
