"""A big build parses and maps its seed files in forked processes, and writes the very bytes one process would."""

from __future__ import annotations

import os
import shutil

import pytest
from click.testing import CliRunner

import nato_kg.fragments
import nato_kg.seeds
import nato_kg.synthetic
from nato_kg.cli import cli
from nato_kg.errors import OntologyError
from nato_kg.parallel import MIN_PARALLEL_BYTES, WORKERS_VARIABLE, spread, worker_count
from nato_kg.synthetic import synthetic_seeds, write_workspace

OUTPUTS = ("nato_kg.ttl", "positions.json", "summary.json", "cache/graph.nt")


def test_spread_computes_in_forked_children_that_hold_what_the_parent_held():
    held = {n: n * n for n in range(1000)}  # never sent to the children: they are forked holding it
    pids_and_values = spread(lambda n: (os.getpid(), held[n]), list(range(6)), workers=2)
    assert [value for _, value in pids_and_values] == [n * n for n in range(6)]  # in order
    assert os.getpid() not in {pid for pid, _ in pids_and_values}


def test_an_error_raised_in_a_child_is_raised_in_the_parent():
    def task(n):
        if n == 3:
            raise OntologyError(f"term {n} not declared")
        return n

    with pytest.raises(OntologyError, match="term 3 not declared"):
        spread(task, [1, 2, 3, 4], workers=2)


def test_a_child_that_dies_is_an_error_not_a_hang():
    from concurrent.futures.process import BrokenProcessPool

    with pytest.raises(BrokenProcessPool):  # as when the kernel kills a child for its memory
        spread(lambda n: os._exit(9) if n == 1 else n, [0, 1, 2], workers=2)


def test_how_many_processes(monkeypatch):
    monkeypatch.delenv(WORKERS_VARIABLE, raising=False)
    assert worker_count(MIN_PARALLEL_BYTES - 1, 20) == 1  # too little work to gain from forking
    assert worker_count(10 * MIN_PARALLEL_BYTES, 1) == 1  # one piece of work
    assert worker_count(10 * MIN_PARALLEL_BYTES, 20) == min(20, len(os.sched_getaffinity(0)))
    monkeypatch.setenv(WORKERS_VARIABLE, "3")
    assert worker_count(10, 20) == 3 and worker_count(10, 2) == 2
    monkeypatch.setenv(WORKERS_VARIABLE, "1")
    assert worker_count(10 * MIN_PARALLEL_BYTES, 20) == 1
    monkeypatch.setenv(WORKERS_VARIABLE, "many")  # not a number: decided as if unset
    assert worker_count(10, 20) == 1


@pytest.fixture()
def several_files(tmp_path, monkeypatch):
    monkeypatch.setattr(nato_kg.synthetic, "ARTICLES_PER_FILE", 10)
    root = write_workspace(synthetic_seeds(40), tmp_path / "ws")
    assert len(list((root / "seeds").glob("articles-*.yaml"))) == 4
    return root


def _build(root, monkeypatch, workers: int) -> dict[str, bytes]:
    """Build afresh with ``workers`` processes; the outputs' bytes, and the process counts the build asked for."""
    asked: list[int] = []
    for module in (nato_kg.seeds, nato_kg.fragments):
        real = module.spread
        monkeypatch.setattr(module, "spread", lambda task, items, n, real=real: (asked.append(n), real(task, items, n))[1])
    monkeypatch.setenv(WORKERS_VARIABLE, str(workers))
    result = CliRunner().invoke(cli, ["-w", str(root), "build", "--store", "oxigraph"])
    assert result.exit_code == 0, result.output
    monkeypatch.undo()
    assert asked == [workers, workers]  # the seeds parsed, then mapped, by that many processes
    return {name: (root / "build" / name).read_bytes() for name in OUTPUTS}


def test_a_build_spread_over_processes_writes_the_same_bytes_as_one_process(several_files, monkeypatch):
    alone = _build(several_files, monkeypatch, 1)
    shutil.rmtree(several_files / "build")
    spread_out = _build(several_files, monkeypatch, 2)
    assert spread_out == alone
    # two files edited: both parsed and mapped again by children, over the fragments children cached
    # for the others, and the result is what one process gives from nothing
    for name in ("articles-0000.yaml", "articles-0002.yaml"):
        path = several_files / "seeds" / name
        text = path.read_text()
        amount = next(line.split(":", 1)[1].strip() for line in text.splitlines() if line.strip().startswith("amount:"))
        path.write_text(text.replace(f"amount: {amount}", "amount: 123456789", 1))
    edited = _build(several_files, monkeypatch, 2)
    shutil.rmtree(several_files / "build")
    assert _build(several_files, monkeypatch, 1) == edited != spread_out


def test_problems_found_in_children_are_reported_all_at_once(several_files, monkeypatch):
    for name in ("articles-0001.yaml", "articles-0003.yaml"):
        path = several_files / "seeds" / name
        path.write_text(path.read_text().replace("currency: ", "currency: X", 1))
    outputs = []
    for workers in ("1", "2"):
        monkeypatch.setenv(WORKERS_VARIABLE, workers)
        result = CliRunner().invoke(cli, ["-w", str(several_files), "build"])
        assert result.exit_code == 2
        outputs.append(result.stderr)
    assert outputs[0] == outputs[1]
    assert "seeds/articles-0001.yaml:" in outputs[1] and "seeds/articles-0003.yaml:" in outputs[1]
