"""The built graph: whether ``build/nato_kg.ttl`` is current, and loading it (rebuilding if not).

Kept apart from :mod:`nato_kg.build` so that a query on an unchanged workspace does not
import the YAML loader and the RDF mapping at all.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from rdflib import Graph

from . import __version__
from .vocab import bind_prefixes
from .workspace import Workspace


def input_fingerprint(ws: Workspace) -> str:
    """A hash of everything a build reads (seeds, ontology, settings) and of this version."""
    h = hashlib.sha256(__version__.encode())
    files = [*ws.seeds_dir.glob("*.yaml"), *ws.seeds_dir.glob("*.yml"), *ws.ontology_dir.glob("*.ttl"),
             *(ws.root / "imports").glob("*.nt"), ws.root / "nato-kg.toml"]
    for path in sorted(p for p in files if p.is_file()):
        h.update(str(path.relative_to(ws.root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def stamp_path(ws: Workspace) -> Path:
    """Where a build records the fingerprint of its inputs."""
    return ws.build_dir / ".inputs.sha256"


def is_current(ws: Workspace) -> bool:
    """Whether ``build/nato_kg.ttl`` was built from the workspace's current inputs."""
    stamp = stamp_path(ws)
    return ws.graph_path.is_file() and stamp.is_file() and stamp.read_text().strip() == input_fingerprint(ws)


def load_built_graph(ws: Workspace) -> tuple[Graph, bool]:
    """The workspace's graph, and whether it had to be rebuilt first.

    An unchanged workspace pays only for reading the built Turtle; a changed one
    (seeds, ontology or settings) is rebuilt and written first.
    """
    if is_current(ws):
        from .store import choose_store, open_oxigraph_graph, store_dir

        if choose_store(ws) == "oxigraph" and store_dir(ws).is_dir():
            return bind_prefixes(open_oxigraph_graph(store_dir(ws)), ws.base_iri), False
        g = Graph()
        with ws.graph_path.open("rb") as f:
            g.parse(source=f, format="turtle")
        return bind_prefixes(g, ws.base_iri), False
    from .build import build

    return build(ws).graph, True
