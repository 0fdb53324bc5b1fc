"""Writing outputs (``-o``): atomic for files, in place for devices, links followed, modes kept.

Regression: run as root, ``-o /dev/null`` replaced the system's /dev/null with a regular
file (the temp-file-and-rename write); a 0600 output came back 0644. Device nodes here
are made in a temporary folder, never the real /dev.
"""

from __future__ import annotations

import os
import stat

import pytest
from click.testing import CliRunner

from nato_kg.cli import cli
from nato_kg.errors import OutputError
from nato_kg.output import atomic_write_bytes


def run(ws, *args):
    return CliRunner().invoke(cli, ["-w", str(ws.root), *args])


def test_regression_a_device_node_is_written_in_place_not_replaced(make_ws, tmp_path):
    ws = make_ws()
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    result = run(ws, "query", "pledges", "-f", "csv", "-o", str(null))
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(null.lstat().st_mode)


def test_a_fifo_is_written_through(tmp_path):
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()))
    reader.start()
    atomic_write_bytes(fifo, b"data\n")
    reader.join(5)
    assert got == [b"data\n"] and stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_symlink_is_followed_and_kept(make_ws, tmp_path):
    ws = make_ws()
    target = tmp_path / "real.csv"
    target.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert run(ws, "query", "pledges", "-o", str(link)).exit_code == 0
    assert link.is_symlink() and "Finland" in target.read_text()


@pytest.mark.parametrize("kind", ["dangling", "loop"])
def test_a_link_that_leads_nowhere_is_refused(tmp_path, kind):
    link = tmp_path / "out.csv"
    if kind == "dangling":
        link.symlink_to(tmp_path / "missing" / "x")
    else:
        link.symlink_to(link)
    with pytest.raises(OutputError, match="symbolic link"):
        atomic_write_bytes(link, b"x")


def test_a_replaced_file_keeps_its_permissions(make_ws, tmp_path):
    ws = make_ws()
    out = tmp_path / "private.csv"
    out.write_text("old")
    out.chmod(0o600)
    assert run(ws, "query", "pledges", "-o", str(out)).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and "Finland" in out.read_text()


def test_output_in_a_missing_folder_is_refused_and_nothing_is_created(make_ws, tmp_path):
    ws = make_ws()
    result = run(ws, "query", "pledges", "-o", str(tmp_path / "no" / "such" / "x.csv"))
    assert result.exit_code == 2 and "no folder" in result.stderr
    assert not (tmp_path / "no").exists()


def test_regression_network_csv_neutralises_spreadsheet_formulas(make_ws, tmp_path):
    ws = make_ws({"entities.yaml": """
        entities:
          - {id: finland, type: country, label: "=HYPERLINK(\\"http://x\\")", iso3166: FI}
          - {id: ukraine, type: country, label: Ukraine, iso3166: UA}
          - {id: norway, type: country, label: Norway, iso3166: NO}
          - {id: jane-doe, type: person, label: Jane Doe}
          - {id: nato, type: organization, label: NATO}
    """})
    out = tmp_path / "net.csv"
    assert run(ws, "export", "-f", "csv", "-o", str(out)).exit_code == 0
    import csv

    cells = [c for row in csv.reader(out.open()) for c in row]
    assert "'=HYPERLINK(\"http://x\")" in cells and not any(c.startswith("=") for c in cells)


def test_regression_terminal_escapes_in_seed_text_never_reach_the_terminal(make_ws):
    ws = make_ws({"entities.yaml": """
        entities:
          - {id: finland, type: country, label: "Fin\\e]0;pwned\\aland", iso3166: FI}
          - {id: ukraine, type: country, label: Ukraine, iso3166: UA}
          - {id: norway, type: country, label: Norway, iso3166: NO}
          - {id: jane-doe, type: person, label: Jane Doe}
          - {id: nato, type: organization, label: NATO}
    """})
    result = run(ws, "query", "pledges", "-f", "table")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\\x1b]0;pwned\\x07" in result.stdout


def test_dangling_and_looping_seed_links_are_seed_errors(make_ws):
    ws = make_ws()
    (ws.seeds_dir / "gone.yaml").symlink_to(ws.root / "nowhere.yaml")
    (ws.seeds_dir / "loop.yaml").symlink_to(ws.seeds_dir / "loop.yaml")
    result = run(ws, "build")
    assert result.exit_code == 2
    assert "seeds/gone.yaml:1:1: a symbolic link that leads nowhere" in result.stderr
    assert "seeds/loop.yaml:1:1:" in result.stderr


def test_iri_parameter_with_a_space_is_a_clear_error_even_for_an_endpoint(make_ws):
    ws = make_ws()
    result = run(ws, "query", "-e", "SELECT ?y WHERE { BIND(?x AS ?y) }", "-p", "x=<http://a b>",
                 "--endpoint", "http://127.0.0.1:9/q")
    assert result.exit_code == 2 and "is not an IRI" in result.stderr
