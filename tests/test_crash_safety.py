"""Killed at any moment, a command leaves the old state or the new one; two writers never corrupt the store.

Kill points are deterministic: the command runs in a child whose ``os.replace``,
``os.rename`` and ``shutil.rmtree`` end the process (``os._exit``, as abrupt as
``kill -9`` for the files) at their N-th call. Regressions: an interrupted ``add`` left
a workspace that no longer built (4 of 4 kills); a kill during the store's clean-up made
every later build fail ("Directory not empty"); two builds at once corrupted the store.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import mark_reviewed

KILLER = """
import os, shutil, sys
limit = int(os.environ["KILL_AT"]); seen = [0]
def deadly(call):
    def wrapped(*args, **kwargs):
        seen[0] += 1
        if seen[0] == limit:
            os._exit(137)
        return call(*args, **kwargs)
    return wrapped
os.replace, os.rename, shutil.rmtree = deadly(os.replace), deadly(os.rename), deadly(shutil.rmtree)
from nato_kg.cli import main
sys.argv = ["nato-kg", *sys.argv[1:]]
main()
"""


def nato(ws: Path, *args, kill_at: int | None = None, input: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "KILL_AT": str(kill_at or 10**9)}
    return subprocess.run([sys.executable, "-c", KILLER, "-w", str(ws), *args], capture_output=True, text=True,
                          env=env, input=input, timeout=120)


ARTICLE = ("Allies pledge more\n"
           "Norway will provide $300 million in military aid to Ukraine, the government said.\n"
           "Finland pledged $691 million to Ukraine.\n")


@pytest.fixture
def add_ready(make_ws, tmp_path):
    """A workspace and reviewed candidates that both add a file and edit an existing one."""
    ws = make_ws()
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE)
    candidates = tmp_path / "candidates.yaml"
    done = nato(ws.root, "extract", str(article), "--source-id", "new1", "-o", str(candidates))
    assert done.returncode == 0, done.stderr
    mark_reviewed(candidates)
    return ws, candidates


def _state(ws) -> str:
    facts = (ws.seeds_dir / "facts.yaml").read_text()
    cited = "source: new1" in facts
    added = (ws.seeds_dir / "added-new1.yaml").exists()
    assert cited == added, "half a change: one seed file changed and not the other"
    return "new" if added else "old"


@pytest.mark.parametrize("kill_at", range(1, 9))
def test_regression_add_killed_at_any_rename_leaves_a_workspace_that_builds(add_ready, kill_at):
    ws, candidates = add_ready
    killed = nato(ws.root, "add", str(candidates), "--no-build", kill_at=kill_at)
    build = nato(ws.root, "build")  # opening the workspace finishes or drops the change
    assert "Traceback" not in build.stderr
    assert build.returncode == 0, build.stderr
    state = _state(ws)
    if killed.returncode == 0:
        assert state == "new"
    again = nato(ws.root, "add", str(candidates), "--no-build")
    assert again.returncode == 0, again.stderr
    assert _state(ws) == "new"
    assert not list(ws.seeds_dir.glob(".*.tmp")) and not (ws.root / ".nato-kg-journal.json").exists()


@pytest.mark.parametrize("kill_at", range(1, 5))
def test_import_killed_leaves_data_and_source_together(make_ws, tmp_path, kill_at):
    ws = make_ws()
    data = tmp_path / "other.ttl"
    data.write_text('<https://other.example/a> <https://other.example/p> "v" .\n')
    nato(ws.root, "import", str(data), kill_at=kill_at)
    build = nato(ws.root, "build")
    assert build.returncode == 0, build.stderr
    stored = (ws.root / "imports" / "import-other.nt").exists()
    registered = (ws.seeds_dir / "imports.yaml").exists() and "import-other" in (ws.seeds_dir / "imports.yaml").read_text()
    assert stored == registered


@pytest.mark.parametrize("kill_at", range(1, 9))
def test_regression_oxigraph_build_killed_anywhere_then_build_and_query_work(make_ws, kill_at):
    ws = make_ws()
    assert nato(ws.root, "build", "--store", "oxigraph").returncode == 0
    (ws.seeds_dir / "facts.yaml").write_text((ws.seeds_dir / "facts.yaml").read_text().replace("691000000", "700000000"))
    nato(ws.root, "build", kill_at=kill_at)
    query = nato(ws.root, "query", "pledges", "-f", "csv")
    assert query.returncode == 0, query.stderr
    assert "700000000" in query.stdout  # never the stale figure: the edit is seen, rebuilt if need be
    again = nato(ws.root, "build")
    assert again.returncode == 0, again.stderr


@pytest.mark.parametrize("kill_at", range(1, 4))
def test_export_killed_leaves_the_old_file_whole(make_ws, tmp_path, kill_at):
    ws = make_ws()
    out = tmp_path / "graph.nt"
    assert nato(ws.root, "export", "-f", "nt", "-o", str(out)).returncode == 0
    before = out.read_bytes()
    nato(ws.root, "export", "-f", "nt", "-o", str(out), kill_at=kill_at)
    assert out.read_bytes() == before  # same graph: same bytes, whole


def test_random_kills_during_builds_never_break_the_store(tmp_path):
    """kill -9 at random moments of real builds of a bigger workspace."""
    import random

    ws = tmp_path / "bench"
    done = subprocess.run([sys.executable, "-m", "nato_kg", "bench-data", "--articles", "150", "-o", str(ws)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert subprocess.run([sys.executable, "-m", "nato_kg", "-w", str(ws), "build", "--store", "oxigraph"],
                          capture_output=True).returncode == 0
    rng = random.Random(11)
    seeds = sorted((ws / "seeds").glob("*.yaml"))
    for round_ in range(10):
        path = seeds[round_ % len(seeds)]
        path.write_text(path.read_text() + f"\n# edit {round_}\n")
        proc = subprocess.Popen([sys.executable, "-m", "nato_kg", "-w", str(ws), "build"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        query = subprocess.run([sys.executable, "-m", "nato_kg", "-w", str(ws), "query", "-e",
                                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "-f", "csv"], capture_output=True, text=True)
        assert query.returncode == 0, query.stderr
        assert int(query.stdout.splitlines()[1]) > 1000


def test_two_builds_at_once_one_waits_and_the_store_stays_whole(tmp_path):
    ws = tmp_path / "bench"
    assert subprocess.run([sys.executable, "-m", "nato_kg", "bench-data", "--articles", "100", "-o", str(ws)],
                          capture_output=True).returncode == 0
    for _ in range(4):
        procs = [subprocess.Popen([sys.executable, "-m", "nato_kg", "-w", str(ws), "build", "--store", "oxigraph"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        errors = [p.communicate(timeout=300)[1] for p in procs]
        assert [p.returncode for p in procs] == [0, 0], errors
        assert not any("Traceback" in e for e in errors)
    query = subprocess.run([sys.executable, "-m", "nato_kg", "-w", str(ws), "query", "pledges", "-f", "csv"],
                           capture_output=True, text=True)
    assert query.returncode == 0 and len(query.stdout.splitlines()) > 10, query.stderr
    stores = [p for p in (ws / "build").iterdir() if p.name.startswith("oxigraph-")]
    assert len(stores) <= 2  # the current store and the previous one; older ones removed
