"""``nato-kg query NAME`` asked again of the same build, answered before the command line is loaded
(:mod:`nato_kg.query.again`, :mod:`nato_kg.console`)."""

import subprocess
import sys

import pytest
from click.testing import CliRunner

from nato_kg.cli import cli
from nato_kg.query.again import answer_again, plain_query


def run(ws, *args):
    return CliRunner().invoke(cli, ["-w", str(ws), *args])


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
