"""Formats users script against: the same bytes in every process, names as the Oxigraph CLI takes them.

Regression: ``export -f jsonld`` and ``-f xml`` differed between processes (rdflib orders by
hash; PYTHONHASHSEED=1 vs 2 gave thousands of different lines) while one process always
agreed with itself, so the old test passed.
"""

from __future__ import annotations

import json
import os
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
