"""``nato-kg query NAME`` on a current build, answered before the command line is loaded
(:mod:`nato_kg.query.again`, :mod:`nato_kg.console`): with the bytes kept for it, or the engine's first answer."""

import subprocess
import sys

import pytest
from click.testing import CliRunner

from nato_kg.cli import cli
from nato_kg.query.again import answer_early, plain_query


def run(ws, *args):
    return CliRunner().invoke(cli, ["-w", str(ws), *args])


def answer_again(args):
    """What the early path answers with the bytes kept for ``args`` alone (never running the engine)."""
    return answer_early(args, first=False)


@pytest.mark.parametrize("args", [
    ["query", "pledges", "-o", "x.csv"], ["query", "-e", "ASK {}"], ["query", "pledges", "-p", "date=2025-01-01"],
    ["query", "./pledges.rq"], ["query"], ["build"], ["query", "pledges", "--no-cache"], ["query", "pledges", "-f"],
])
def test_only_the_plainest_query_is_taken_early(args):
    assert plain_query(args) is None


def test_the_early_answer_is_the_bytes_the_command_wrote_for_the_current_build_and_nothing_else(make_ws):
    ws = make_ws()
    args = ["-w", str(ws.root), "query", "pledges", "-f", "json"]
    assert answer_again(args) is None  # nothing built, nothing kept: the command runs
    first = run(ws.root, "query", "pledges", "-f", "json")
    assert first.exit_code == 0 and "691000000" in first.stdout
    assert answer_again(args) == first.stdout_bytes
    assert answer_again(["-w", str(ws.root), "query", "pledges", "--format=csv"]) is None  # not written in CSV yet
    csv = run(ws.root, "query", "pledges", "-f", "csv")
    assert answer_again(["-w", str(ws.root), "query", "pledges", "-fcsv"]) == csv.stdout_bytes
    # a seed changed since: the kept bytes are the old build's, so the command runs (and rebuilds)
    facts = ws.seeds_dir / "facts.yaml"
    facts.write_text(facts.read_text().replace("691000000", "700000000"))
    assert answer_again(args) is None
    changed = run(ws.root, "query", "pledges", "-f", "json")
    assert "700000000" in changed.stdout and answer_again(args) == changed.stdout_bytes
    # an unknown query or format is the command's to report
    assert answer_again(["-w", str(ws.root), "query", "no-such-query"]) is None
    assert answer_again(["-w", str(ws.root), "query", "pledges", "-f", "pdf"]) is None
    assert run(ws.root, "query", "pledges", "-f", "pdf").exit_code == 2


def test_the_console_script_answers_a_question_asked_again_without_loading_click(make_ws):
    ws = make_ws()
    first = run(ws.root, "query", "pledges", "-f", "json")
    script = ("import sys; from nato_kg.console import main; sys.argv = ['nato-kg', '-w', sys.argv[1], 'query', 'pledges', "
              "'-f', 'json']; main(); sys.stderr.write('click imported' if 'click' in sys.modules else 'no click')")
    again = subprocess.run([sys.executable, "-c", script, str(ws.root)], capture_output=True, check=True)
    assert again.stdout == first.stdout_bytes and again.stderr.decode().endswith("no click")
    # anything else goes through the command line, as before
    other = ("import sys; from nato_kg.console import main; sys.argv = ['nato-kg', '-w', sys.argv[1], 'query', 'nothing']\n"
             "try:\n    main()\nexcept SystemExit as e:\n    sys.stderr.write(f' exit {e.code}')")
    failed = subprocess.run([sys.executable, "-c", other, str(ws.root)], capture_output=True)
    assert failed.stderr.decode().endswith(" exit 2") and "nothing" in failed.stderr.decode()


def test_the_first_answer_after_a_build_is_the_bytes_the_command_writes_and_is_kept(make_ws):
    from nato_kg.query.named import list_named

    ws = make_ws()
    assert run(ws.root, "build").exit_code == 0
    names = [q.name for q in list_named(ws.queries_dir) if not any(p.default is None and not p.optional for p in q.params)]
    assert "pledges" in names and "pledge-totals" in names
    for name in names:
        for fmt in ("csv", "tsv", "json", "xml"):
            args = ["-w", str(ws.root), "query", name, "-f", fmt]
            assert answer_again(args) is None  # nothing kept yet for this build
            early = answer_early(args)
            command = run(ws.root, "query", name, "-f", fmt, "--no-cache")
            assert command.exit_code == 0 and early == command.stdout_bytes, (name, fmt)
            assert answer_again(args) == early  # kept, with the answer it was written from
    # a stale build, a table, a query given with another option: the command's to run
    facts = ws.seeds_dir / "facts.yaml"
    facts.write_text(facts.read_text().replace("691000000", "700000000"))
    assert answer_early(["-w", str(ws.root), "query", "pledges", "-f", "json"]) is None
    assert run(ws.root, "build").exit_code == 0
    assert answer_early(["-w", str(ws.root), "query", "pledges", "-f", "table"]) is None
    assert answer_early(["-w", str(ws.root), "query", "pledges", "-f", "json", "--timeout", "5"]) is None
    assert b"700000000" in answer_early(["-w", str(ws.root), "query", "pledges", "-f", "json"])


def test_the_first_answer_early_stops_at_the_commands_timeout_with_its_error(make_ws, monkeypatch):
    import nato_kg.query.again as again
    from nato_kg.query.errors import QueryTimeout

    ws = make_ws()
    (ws.queries_dir / "runaway.rq").write_text(
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }\n")
    assert run(ws.root, "build").exit_code == 0
    monkeypatch.setattr(again, "DEFAULT_TIMEOUT", 1.0)
    with pytest.raises(QueryTimeout, match="longer than 1 s"):
        answer_early(["-w", str(ws.root), "query", "runaway", "-f", "csv"])


def test_the_console_script_answers_the_first_question_after_a_build_without_loading_click(make_ws):
    ws = make_ws()
    assert run(ws.root, "build").exit_code == 0
    script = ("import sys; from nato_kg.console import main; sys.argv = ['nato-kg', '-w', sys.argv[1], 'query', 'pledges', "
              "'-f', 'csv']; main(); sys.stderr.write('click imported' if 'click' in sys.modules else 'no click')")
    first = subprocess.run([sys.executable, "-c", script, str(ws.root)], capture_output=True, check=True)
    assert first.stderr.decode().endswith("no click") and b"691000000" in first.stdout
    assert first.stdout == run(ws.root, "query", "pledges", "-f", "csv", "--no-cache").stdout_bytes
