"""The everyday commands run with a real terminal on stdout (a pseudo-terminal), as a person runs them.

Piped tests (CliRunner) cannot catch what only happens when stdout is a terminal: the table
format, the terminal width, colour. Regression: ``nato-kg query`` crashed with
``AttributeError: get_terminal_size`` on every terminal (click 8.1 removed that function).
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import shutil
import struct
import sys
import termios
import time

import pytest

from .conftest import REPO


def run_in_pty(args: list[str], cols: int, cwd, limit: float = 120.0) -> tuple[int, str]:
    """Run ``python -m nato_kg ARGS`` with stdin, stdout and stderr on a pty ``cols`` wide."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: a terminal of the asked width, then the command
        os.chdir(cwd)
        os.environ.update(COLUMNS=str(cols), LINES="40", TERM="xterm")
        os.execv(sys.executable, [sys.executable, "-m", "nato_kg", *args])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, cols, 0, 0))
    out, start = b"", time.monotonic()
    while time.monotonic() - start < limit:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            out += chunk
    else:
        os.kill(pid, 9)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), out.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    """A copy of the curated workspace, built once, so that the commands below only read it."""
    root = tmp_path_factory.mktemp("tty") / "ws"
    for part in ("seeds", "ontology", "queries"):
        shutil.copytree(REPO / part, root / part)
    code, out = run_in_pty(["build"], 80, root)
    assert code == 0 and "Traceback" not in out, out
    return root


COMMANDS = [
    ["--help"],
    ["query", "pledges"],
    ["query", "roles"],
    ["query", "pledges", "-f", "csv"],
    ["query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"],
    ["query", "-e", "CONSTRUCT WHERE { ?s a <https://schema.org/Country> }"],
    ["queries"],
    ["show", "Mark Rutte"],
    ["stats"],
    ["check"],
    ["validate"],
    ["viz", "-o", "page.html"],
]


@pytest.mark.parametrize("cols", [80, 120])
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_command_in_a_terminal_does_not_crash(workspace, args, cols):
    code, out = run_in_pty(args, cols, workspace)
    assert "Traceback" not in out, out
    assert code in (0, 1), out  # 1: check/validate found problems, never a crash


@pytest.mark.parametrize("cols", [80, 120])
def test_query_table_fits_the_terminal_width(workspace, cols):
    code, out = run_in_pty(["query", "pledges"], cols, workspace)
    assert code == 0, out
    lines = [line for line in out.replace("\r", "").splitlines() if line.strip()]
    assert any("Finland" in line for line in lines), out
    assert max(len(line) for line in lines) <= cols, out


@pytest.mark.parametrize("cols", [80, 120])
@pytest.mark.parametrize("name", ["roles", "pledges", "targets", "claims"])
def test_tables_never_break_ids_and_name_their_sources(workspace, cols, name):
    code, out = run_in_pty(["query", name], cols, workspace)
    assert code == 0, out
    text = out.replace("\r", "")
    for sid in ("22aa553175590713", "acfff0cc65ac9122"):
        assert sid in text, text
    if name == "roles":
        assert "ref-nato-secretaries-general" in text
    assert "sources:" in text and "NATO Announces Increased Support For Ukraine" in text
    assert max(len(line) for line in text.splitlines()) <= cols


def test_amounts_are_right_aligned_with_thousands_separators(workspace):
    code, out = run_in_pty(["query", "pledges"], 220, workspace)  # wide enough for the pledges table as a table
    lines = out.replace("\r", "").splitlines()
    spain = next(line for line in lines if line.startswith("Spain"))
    finland = next(line for line in lines if line.startswith("Finland"))
    assert "1,050,000,000" in spain and "691,000,000" in finland
    assert spain.index("1,050,000,000") + len("1,050,000,000") == finland.index("691,000,000") + len("691,000,000")


def test_long_work_shows_progress_on_a_terminal_and_nothing_in_a_pipe(tmp_path):
    from click.testing import CliRunner

    from nato_kg.cli import cli

    ws = tmp_path / "bench"
    assert CliRunner().invoke(cli, ["bench-data", "--articles", "300", "-o", str(ws)]).exit_code == 0
    code, out = run_in_pty(["-w", str(ws), "build"], 80, tmp_path)
    assert code == 0, out
    assert "reading the seeds" in out and "/5" in out  # a bar of the build's steps
    piped = CliRunner().invoke(cli, ["-w", str(ws), "build", "--force"])
    assert piped.exit_code == 0 and "reading the seeds" not in piped.stderr and "/5" not in piped.stderr
    piped = CliRunner().invoke(cli, ["-w", str(ws), "check"])
    assert piped.exit_code == 0 and "looking for conflicts" not in piped.stderr
    code, out = run_in_pty(["-w", str(ws), "check"], 80, tmp_path)
    assert "looking for conflicts" in out


def test_viz_refuses_a_too_big_picture_before_the_work(tmp_path):
    from click.testing import CliRunner

    from nato_kg.cli import cli

    ws = tmp_path / "bench"
    assert CliRunner().invoke(cli, ["bench-data", "--articles", "40", "-o", str(ws)]).exit_code == 0
    result = CliRunner().invoke(cli, ["-w", str(ws), "viz", "--view", "facts", "--max-nodes", "10", "-o", str(tmp_path / "p.html")])
    assert result.exit_code == 2 and "more than 10 facts" in result.stderr
    assert not (tmp_path / "p.html").exists()
