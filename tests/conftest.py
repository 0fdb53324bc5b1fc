"""Shared fixtures: the repository's own workspace, its built graph, and scratch workspaces."""

from __future__ import annotations

import atexit
import shutil
import tempfile
import textwrap
from pathlib import Path

import pytest

from nato_kg.build import build_graph
from nato_kg.workspace import open_workspace

from .net import listener, server, virtuoso  # noqa: F401 - fixtures for every test module

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO.parent / "shared" / "seeds"
#: A copy of the curated workspace that the command tests build, query and draw, so that
#: no test writes into the repository's own build/ (made once per test run, removed after).
CURATED = Path(tempfile.mkdtemp(prefix="nato-kg-curated-")) / "ws"
for _part in ("seeds", "ontology", "queries"):
    shutil.copytree(REPO / _part, CURATED / _part)
shutil.copy(REPO / "nato-kg.toml", CURATED / "nato-kg.toml")
(CURATED / "nato-kg.toml").write_text(f'[audit]\narticles = ["{ARTICLES}"]\n')
atexit.register(shutil.rmtree, CURATED.parent, True)


@pytest.fixture(scope="session")
def repo_ws():
    """The curated workspace (a copy of the repository's seeds, ontology and queries)."""
    return open_workspace(CURATED)


@pytest.fixture(scope="session")
def built(repo_ws):
    """The curated graph, built once per test session."""
    return build_graph(repo_ws)


@pytest.fixture(scope="session")
def graph(built):
    return built.graph


MINIMAL_SEEDS = {
    "sources.yaml": """
        sources:
          - id: src1
            title: A test article
            date: 2025-01-02
            date_status: stated
    """,
    "entities.yaml": """
        entities:
          - {id: finland, type: country, label: Finland, iso3166: FI}
          - {id: ukraine, type: country, label: Ukraine, iso3166: UA}
          - {id: norway, type: country, label: Norway, iso3166: NO}
          - {id: jane-doe, type: person, label: Jane Doe}
          - {id: nato, type: organization, label: NATO}
    """,
    "facts.yaml": """
        roles:
          - {id: secretary-general, label: Secretary General}
        pledges:
          - id: finland-aid
            donor: finland
            recipient: ukraine
            amount: 691000000
            currency: USD
            sources:
              - source: src1
                evidence: Finland pledged $691 million.
    """,
}


@pytest.fixture
def make_ws(tmp_path):
    """Create a scratch workspace: ``make_ws({"file.yaml": text, ...})`` (texts are dedented).

    The ontology is copied from the repository; files mapped to None are left out.
    """

    def make(files: dict[str, str | None] | None = None, base: dict | None = None):
        root = tmp_path / "ws"
        (root / "seeds").mkdir(parents=True, exist_ok=True)
        shutil.copytree(REPO / "ontology", root / "ontology", dirs_exist_ok=True)
        shutil.copytree(REPO / "queries", root / "queries", dirs_exist_ok=True)
        merged = dict(MINIMAL_SEEDS)
        merged.update(files or {})
        for name, text in merged.items():
            if text is not None:
                (root / "seeds" / name).write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return open_workspace(root)

    return make


def copy_workspace(target: Path) -> Path:
    """A copy of the curated workspace (seeds, ontology, queries) at ``target``, so tests never write into the repository."""
    for part in ("seeds", "ontology", "queries"):
        shutil.copytree(REPO / part, target / part)
    return target


@pytest.fixture(scope="module")
def ws_copy(tmp_path_factory):
    """A module's own copy of the curated workspace."""
    return copy_workspace(tmp_path_factory.mktemp("ws") / "ws")


@pytest.fixture(autouse=True)
def no_traceback_from_the_cli(monkeypatch):
    """Every command a test runs must end in a message and an exit code, never an exception:
    an exit-code assertion alone passes when the command crashed with that code."""
    from click.testing import CliRunner

    invoke = CliRunner.invoke

    def checked(self, *args, **kwargs):
        result = invoke(self, *args, **kwargs)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            import traceback

            detail = "".join(traceback.format_exception(*result.exc_info)) if result.exc_info else repr(result.exception)
            raise AssertionError(f"the command raised instead of exiting cleanly:\n{detail}")
        return result

    monkeypatch.setattr(CliRunner, "invoke", checked)


def mark_reviewed(path) -> None:
    """What a curator does after checking every candidate: ``review: todo`` → ``review: done``."""
    from pathlib import Path

    p = Path(path)
    p.write_text(p.read_text(encoding="utf-8").replace("review: todo", "review: done"), encoding="utf-8")
