"""A real Virtuoso 7 on loopback: push to its authenticated Graph Store endpoint with a user and a
password from the environment, then every named query run remotely answers as it does locally."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from nato_kg.cli import cli

from .conftest import copy_workspace

GRAPH = "https://example.org/nato-kg/graphs/curated"
NAMED = ["roles", "pledges", "pledge-totals", "targets", "claims", "facts-by-source", "aliases", "sources"]


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    """A copy of the curated workspace of its own (the pushed-graph record is written into its build/)."""
    return copy_workspace(tmp_path_factory.mktemp("virtuoso-ws") / "ws")


def run(ws, *args, password: str | None = "dba"):
    env = {"NATO_KG_PASSWORD": password} if password is not None else {}
    return CliRunner(env=env).invoke(cli, ["-w", str(ws), *args])


@pytest.fixture(scope="module")
def pushed(virtuoso, ws):
    assert run(ws, "build").exit_code == 0
    result = run(ws, "push", "--endpoint", f"{virtuoso}/sparql-graph-crud-auth", "--graph", GRAPH, "--user", "dba")
    assert result.exit_code == 0, result.output
    assert "pushed" in result.stderr and "HTTP 20" in result.stderr
    return virtuoso


WITH_PARAMS = [("who-held", ["-p", "date=2025-02-27"]), ("claims", ["-p", "speaker=Tim Hirschel-Burns"])]


@pytest.mark.parametrize("name, args", [(n, []) for n in NAMED] + WITH_PARAMS)
def test_every_named_query_answers_on_virtuoso_as_it_does_locally(pushed, ws, name, args):
    local = run(ws, "query", name, *args, "-f", "csv")
    remote = run(ws, "query", name, *args, "-f", "csv", "--endpoint", f"{pushed}/sparql")
    assert local.exit_code == 0 and remote.exit_code == 0, remote.output
    assert f"reading graph <{GRAPH}>" in remote.stderr  # the graph push sent the data to
    assert remote.stdout == local.stdout and len(local.stdout.splitlines()) > 1


def test_the_graph_to_read_can_be_named_and_an_empty_one_is_said(pushed, ws):
    other = run(ws, "query", "pledges", "-f", "csv", "--endpoint", f"{pushed}/sparql", "--graph", "https://example.org/empty")
    assert other.exit_code == 0 and other.stdout.count("\n") == 1  # the header only
    assert "gave no rows" in other.stderr


def test_without_a_user_the_server_says_so_in_one_line(pushed, ws):
    result = run(ws, "push", "--endpoint", f"{pushed}/sparql-graph-crud-auth", "--graph", GRAPH, password=None)
    assert result.exit_code == 2 and "HTTP 401" in result.stderr and "--user NAME" in result.stderr
    assert "<html" not in result.stderr.lower() and len(result.stderr.strip().splitlines()) == 1


def test_a_wrong_password_is_refused_and_never_echoed(pushed, ws):
    result = run(ws, "push", "--endpoint", f"{pushed}/sparql-graph-crud-auth", "--user", "dba", password="not-the-password")
    assert result.exit_code == 2 and "refused user 'dba'" in result.stderr and "not-the-password" not in result.output


def test_the_unauthenticated_crud_endpoint_refuses_writes_in_one_clear_line(pushed, ws):
    result = run(ws, "push", "--endpoint", f"{pushed}/sparql-graph-crud", "--graph", GRAPH, password=None)
    assert result.exit_code == 2 and "HTTP" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_user_without_a_password_in_a_pipe_is_told_where_it_goes(ws):
    result = run(ws, "push", "--endpoint", "http://127.0.0.1:9/store", "--user", "dba", password=None)
    assert result.exit_code == 2 and "set $NATO_KG_PASSWORD" in result.stderr


def test_credentials_never_show_the_password():
    from nato_kg.remote import Credentials

    assert "secret" not in repr(Credentials("dba", "secret")) and "dba" in repr(Credentials("dba", "secret"))
