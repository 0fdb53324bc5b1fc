"""Whether ``build/`` is current: a fingerprint of everything a build reads, and where it is kept.

Below both :mod:`nato_kg.build` (which writes the stamp) and :mod:`nato_kg.built` (which
reads it), so that neither imports the other for it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from . import __version__
from .workspace import Workspace


def input_fingerprint(ws: Workspace) -> str:
    """A hash of everything a build reads (seeds, ontology, imports, settings) and of this version."""
    h = hashlib.sha256(__version__.encode())
    files = [*ws.seeds_dir.glob("*.yaml"), *ws.seeds_dir.glob("*.yml"), *ws.ontology_dir.glob("*.ttl"),
             *(ws.root / "imports").glob("*.nt"), ws.root / "nato-kg.toml"]
    for path in sorted(p for p in files if p.is_file()):
        h.update(str(path.relative_to(ws.root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def stamp_path(ws: Workspace) -> Path:
    """Where a build records the fingerprint of its inputs."""
    return ws.build_dir / ".inputs.sha256"


def positions_path(ws: Workspace) -> Path:
    """Where a build records the seed position of each node (for messages that point at a line)."""
    return ws.build_dir / "positions.json"


def is_current(ws: Workspace) -> bool:
    """Whether ``build/nato_kg.ttl`` was built from the workspace's current inputs."""
    stamp = stamp_path(ws)
    return ws.graph_path.is_file() and stamp.is_file() and stamp.read_text().strip() == input_fingerprint(ws)


def load_positions(ws: Workspace) -> dict:
    """The seed position of each node, as the last build recorded them (``build/positions.json``)."""
    import json

    from rdflib import URIRef

    from .errors import Position

    path = positions_path(ws)
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {URIRef(iri): Position(p[0], p[1], p[2]) for iri, p in data.items()}
