"""A real Oxigraph SPARQL server (the `oxigraph` package's binary) on loopback: push, then
every named query run remotely must answer as it does locally."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from nato_kg.cli import cli

from .conftest import CURATED
from .net import free_port as _free_port

NAMED = ["roles", "pledges", "pledge-totals", "targets", "claims", "facts-by-source", "aliases", "sources"]
WITH_PARAMS = [("who-held", ["-p", "date=2025-02-27"]), ("who-held", ["-p", "role=Secretary General", "-p", "date=2019-03-03"]),
               ("claims", ["-p", "speaker=Tim Hirschel-Burns"])]


def run(*args):
    return CliRunner().invoke(cli, ["-w", str(CURATED), *args])


@pytest.fixture(scope="module")
def pushed(server):
    assert run("build").exit_code == 0
    result = run("push", "--endpoint", f"{server}/store")
    assert result.exit_code == 0, result.output
    assert "pushed" in result.stderr and "HTTP 20" in result.stderr
    return server


@pytest.mark.parametrize("name, args", [(n, []) for n in NAMED] + WITH_PARAMS)
def test_every_named_query_answers_the_same_remotely(pushed, name, args):
    local = run("query", name, *args, "-f", "csv")
    remote = run("query", name, *args, "-f", "csv", "--endpoint", f"{pushed}/query")
    assert local.exit_code == 0 and remote.exit_code == 0, remote.output
    assert remote.stdout == local.stdout
    assert len(local.stdout.splitlines()) > 1


def test_remote_construct_and_ask(pushed):
    q = "PREFIX nkg: <https://w3id.org/nato-kg/ns#> CONSTRUCT { ?d nkg:pledgedTo ?r } WHERE { ?d nkg:pledgedTo ?r }"
    result = run("query", "-e", q, "-f", "nt", "--endpoint", f"{pushed}/query")
    assert result.exit_code == 0, result.output
    assert len(result.stdout.strip().splitlines()) == 4
    ask = run("query", "-e", "ASK { ?s a <https://schema.org/Claim> }", "-f", "json", "--endpoint", f"{pushed}/query")
    assert '"boolean": true' in ask.stdout


def test_push_to_a_named_graph_and_query_reads_it_there(pushed):
    """Regression: after push --graph G, query --endpoint read the default graph and gave 0 rows with exit 0."""
    graph = "https://example.org/nato-kg/graphs/seed"
    assert run("push", "--endpoint", f"{pushed}/store", "--graph", graph).exit_code == 0
    q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    result = run("query", "-e", q, "-f", "csv", "--endpoint", f"{pushed}/query", "--graph", "urn:x-arq:DefaultGraph")
    named = run("query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "-f", "csv", "--endpoint", f"{pushed}/query")
    assert f"reading graph <{graph}>" in named.stderr  # remembered from the push
    assert int(named.stdout.splitlines()[1]) > 1000, named.output
    assert result.exit_code == 0
    # back to the default graph for the tests after this one
    assert run("push", "--endpoint", f"{pushed}/store").exit_code == 0


def test_refusals_apply_remotely_too(pushed):
    result = run("query", "-e", "DELETE WHERE { ?s ?p ?o }", "--endpoint", f"{pushed}/query")
    assert result.exit_code == 2 and "read-only" in result.stderr
    still = run("query", "pledges", "-f", "csv", "--endpoint", f"{pushed}/query")
    assert "Spain" in still.stdout


def test_unreachable_endpoint_is_a_clear_error():
    result = run("query", "pledges", "--endpoint", f"http://127.0.0.1:{_free_port()}/query")
    assert result.exit_code == 2 and "cannot reach" in result.stderr
