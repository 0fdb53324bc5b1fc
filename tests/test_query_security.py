"""Hostile queries: nothing reaches the network, whatever the store or the endpoint.

Regression (security issue 1): ``\\u0022`` escapes are replaced before parsing by Oxigraph
and not by rdflib, so ``BIND("\\u0022" AS ?x) SERVICE <…> {…} BIND("\\u0022" AS ?y)`` hid a
SERVICE call from the rdflib-based check and Oxigraph made it.
"""

from __future__ import annotations

import time

import pytest
from click.testing import CliRunner

from nato_kg.cli import cli
from nato_kg.query.engine import run_query
from nato_kg.query.errors import QueryError
from nato_kg.query.safety import engine_text, prepare

SMUGGLED = [
    'SELECT * WHERE {{ BIND("\\u0022" AS ?x) SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} BIND("\\u0022" AS ?y) }}',
    "SELECT * WHERE {{ BIND('\\u0027' AS ?x) SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} BIND('\\u0027' AS ?y) }}",
    'SELECT * WHERE {{ BIND("\\U00000022" AS ?x) SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} BIND("\\U00000022" AS ?y) }}',
    'SELECT * WHERE {{ BIND("\\u005Cu0022" AS ?x) SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} BIND("\\u005Cu0022" AS ?y) }}',
    'SELECT * WHERE {{ \\u0053ERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}',
    'SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}',
    'SELECT * FROM <http://127.0.0.1:{port}/g> WHERE {{ ?s ?p ?o }}',
    'SELECT * WHERE {{ BIND("\\u0022" AS ?x) }} # " FROM <http://127.0.0.1:{port}/g>',
]


def run(ws, *args):
    return CliRunner().invoke(cli, ["-w", str(ws), *args])


@pytest.fixture(scope="module", params=["memory", "oxigraph"])
def store_ws(request, ws_copy):
    result = run(ws_copy, "build", "--store", request.param)
    assert result.exit_code == 0, result.output
    return ws_copy


@pytest.mark.parametrize("template", SMUGGLED)
def test_regression_service_smuggled_by_codepoint_escapes_never_connects(store_ws, listener, template):
    result = run(store_ws, "query", "-e", template.format(port=listener.port), "-f", "csv")
    time.sleep(0.3)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 2), result.output
    assert listener.connections == 0


@pytest.mark.parametrize("template", SMUGGLED)
def test_regression_service_smuggled_past_the_check_to_an_endpoint(store_ws, server, listener, template):
    result = run(store_ws, "query", "-e", template.format(port=listener.port), "-f", "csv", "--endpoint", f"{server}/query")
    time.sleep(0.3)
    assert "Traceback" not in result.output
    assert listener.connections == 0


def test_the_checked_text_is_the_text_the_engine_gets():
    query = prepare('SELECT ?x WHERE { BIND("caf\\u00e9" AS ?x) }')
    assert query.engine_text == 'SELECT ?x WHERE { BIND("café" AS ?x) }'
    assert engine_text(query.engine_text) == query.engine_text


def test_escaped_service_keyword_is_seen_and_refused(store_ws):
    result = run(store_ws, "query", "-e", "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }")
    assert result.exit_code == 2 and "SERVICE" in result.stderr and "refused" in result.stderr


@pytest.mark.parametrize("kind", ["memory", "oxigraph"])
def test_second_wall_the_engine_has_no_network_even_past_the_check(ws_copy, listener, kind):
    """Handed a SERVICE query without the check, the engine's process still cannot connect."""
    from nato_kg.built import load_built_graph
    from nato_kg.workspace import open_workspace

    assert run(ws_copy, "build", "--store", kind).exit_code == 0
    graph, _ = load_built_graph(open_workspace(ws_copy))
    text = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/x> {{ ?s ?p ?o }} }}"
    from rdflib.plugins.sparql import prepareQuery

    unchecked = prepareQuery(text)  # what a bug in the check would let through
    unchecked.engine_text = text
    with pytest.raises(QueryError):
        run_query(graph, unchecked, {}, 20, text=text)
    time.sleep(0.3)
    assert listener.connections == 0


@pytest.mark.parametrize("kind", ["memory", "oxigraph"])
def test_second_wall_holds_for_the_engine_that_opens_the_build_itself(ws_copy, listener, kind):
    """The process started before rdflib is imported (it opens the build itself) is as offline."""
    from nato_kg.query.engine import start_on_built
    from nato_kg.store import built_for_engine
    from nato_kg.workspace import open_workspace

    assert run(ws_copy, "build", "--store", kind).exit_code == 0
    where = built_for_engine(open_workspace(ws_copy))
    assert where is not None and where[0] == ("disk" if kind == "oxigraph" else "turtle")
    text = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/x> {{ ?s ?p ?o }} }}"
    with pytest.raises(QueryError):
        start_on_built(where, text, "SELECT").result(20)
    time.sleep(0.3)
    assert listener.connections == 0


def test_parameter_value_holding_an_escape_is_refused(store_ws):
    result = run(store_ws, "query", "-e", "SELECT ?v WHERE { BIND(?x AS ?v) }", "-p", "x=a\\u0022b", "-f", "csv")
    assert result.exit_code == 2 and "escape" in result.stderr


def test_memory_limit_stops_a_query_that_needs_more(store_ws):
    q = "SELECT (GROUP_CONCAT(CONCAT(STR(?a), STR(?b), STR(?c)); separator=',') AS ?x) WHERE { ?a ?b ?c . ?d ?e ?f }"
    result = run(store_ws, "query", "-e", q, "--memory-limit", "16", "--timeout", "120", "-f", "csv")
    assert result.exit_code == 2, result.output
    assert "memory" in result.stderr


def test_regression_a_deadline_passing_in_a_gc_callback_stops_the_work_and_is_no_unraisable_error(monkeypatch):
    # the alarm raised inside a garbage-collector callback (Hypothesis registers one under pytest), where Python swallows
    # the error and reports it as unraisable; pytest's report of it was cut by the next firing and failed a timeout test
    import gc
    import sys

    from nato_kg.deadline import deadline
    from nato_kg.query.errors import QueryTimeout

    swallowed: list = []  # the deadline's own errors that Python swallowed (earlier tests' garbage may report others)
    monkeypatch.setattr(sys, "unraisablehook", lambda u: swallowed.append(u) if isinstance(u.exc_value, QueryTimeout) else None)
    gc.collect()  # earlier tests' garbage first, outside the deadline

    def slow_callback(phase, info):
        if phase == "start":
            until = time.monotonic() + 0.3
            while time.monotonic() < until:  # the deadline passes while the collector runs this
                pass

    gc.callbacks.append(slow_callback)
    try:
        with pytest.raises(QueryTimeout):
            with deadline(0.1, lambda: QueryTimeout("late")):
                gc.collect()
                while True:  # the work goes on after the collection: the next firing stops it
                    time.sleep(0.01)
    finally:
        gc.callbacks.remove(slow_callback)
    assert swallowed == []


def test_regression_a_deadline_passing_in_a_finaliser_or_while_an_unraisable_error_is_reported_waits_for_the_work(monkeypatch):
    # the alarm raised inside a __del__ (swallowed, reported as unraisable) and then, 50 ms on, inside pytest's hook
    # reporting that error, which failed test_timeout_covers_parsing_a_huge_query[oxigraph] on a full run
    import sys

    from nato_kg.deadline import deadline
    from nato_kg.query.errors import QueryTimeout

    reported: list = []  # what the hook finished reporting: only the finaliser's own error, never the deadline's

    def slow_hook(unraisable):
        until = time.monotonic() + 0.3
        while time.monotonic() < until:  # the next firing comes while the error is being reported
            pass
        reported.append(type(unraisable.exc_value).__name__)

    class Slow:
        def __del__(self):
            until = time.monotonic() + 0.3
            while time.monotonic() < until:  # the deadline passes while this finaliser runs
                pass
            raise ValueError("a finaliser's own error")

    monkeypatch.setattr(sys, "unraisablehook", slow_hook)
    with pytest.raises(QueryTimeout):
        with deadline(0.1, lambda: QueryTimeout("late")):
            Slow()  # (dropped at once: its __del__ runs here)
            while True:  # the work goes on after it: the next firing stops it
                time.sleep(0.01)
    assert reported == ["ValueError"]


def test_regression_a_deadline_passing_in_a_weak_containers_callback_waits_for_the_work(monkeypatch):
    # the alarm raised inside WeakSet's removal callback (swallowed, reported as unraisable under pytest on a full run)
    import sys
    import weakref

    from nato_kg.deadline import deadline
    from nato_kg.query.errors import QueryTimeout

    swallowed: list = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: swallowed.append(u) if isinstance(u.exc_value, QueryTimeout) else None)

    class Item:
        pass

    class SlowSet(set):
        def discard(self, ref):  # what WeakSet's callback calls when an item goes
            until = time.monotonic() + 0.3
            while time.monotonic() < until:  # the deadline passes while the callback runs
                pass
            super().discard(ref)

    items = weakref.WeakSet()
    items.data = SlowSet()
    with pytest.raises(QueryTimeout):
        with deadline(0.1, lambda: QueryTimeout("late")):
            item = Item()
            items.add(item)
            del item  # (the set's callback runs here)
            while True:
                time.sleep(0.01)
    assert swallowed == []


def test_timeout_covers_parsing_a_huge_query(store_ws):
    q = "SELECT * WHERE { VALUES ?x { " + " ".join(f'"v{i}"' for i in range(150_000)) + " } }"
    started = time.monotonic()
    result = run(store_ws, "query", "-e", q, "--timeout", "1", "-f", "csv")
    elapsed = time.monotonic() - started
    assert result.exit_code == 2 and "longer than 1 s" in result.stderr
    assert elapsed < 10


@pytest.mark.parametrize("value", ["-1", "-0.5"])
def test_negative_timeout_is_a_usage_error(store_ws, value):
    result = run(store_ws, "query", "pledges", "--timeout", value)
    assert result.exit_code == 2 and "timeout" in result.output.lower()
