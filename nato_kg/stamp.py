"""Whether ``build/`` is current: a fingerprint of everything a build reads, and where it is kept.

Below both :mod:`nato_kg.build` (which writes the stamp) and :mod:`nato_kg.built` (which
reads it), so that neither imports the other for it.
"""

from __future__ import annotations

from pathlib import Path

from . import __version__
from .workspace import Workspace

#: A file changed less than this long ago (by its mtime) is hashed again rather than trusted by its
#: stat: a file system whose clock ticks coarsely could give an edit made in the same tick the same mtime.
SETTLE_SECONDS = 2.0


def _inputs(ws: Workspace) -> list[Path]:
    files = [*ws.seeds_dir.glob("*.yaml"), *ws.seeds_dir.glob("*.yml"), *ws.ontology_dir.glob("*.ttl"),
             *(ws.root / "imports").glob("*.nt"), ws.root / "nato-kg.toml"]
    return sorted(p for p in files if p.is_file())


def input_fingerprint(ws: Workspace) -> str:
    """A hash of everything a build reads (seeds, ontology, imports, settings) and of this version."""
    import hashlib  # (only when the inputs' stat no longer vouches for the last hash)

    h = hashlib.sha256(__version__.encode())
    for path in _inputs(ws):
        h.update(str(path.relative_to(ws.root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def input_stats(ws: Workspace) -> list | None:
    """What ``stat`` says of every input file (name, size, mtime, ctime, inode), or None while one of them
    changed less than :data:`SETTLE_SECONDS` ago. Taken before the inputs are hashed, it vouches for that hash
    as long as nothing in it changes (see :func:`remember_inputs`)."""
    import os
    import time

    settled = time.time_ns() - int(SETTLE_SECONDS * 1e9)
    stats = []
    for path in _inputs(ws):
        try:
            st = os.stat(path)
        except OSError:
            return None
        if st.st_mtime_ns >= settled:
            return None
        stats.append([str(path.relative_to(ws.root)), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino])
    return stats


def inputs_path(ws: Workspace) -> Path:
    """Where the stat of the inputs whose hash the stamp holds is kept (see :func:`remember_inputs`)."""
    return ws.build_dir / ".inputs.stat"


def remember_inputs(ws: Workspace, fingerprint: str, stats: list | None) -> None:
    """Keep ``stats`` (:func:`input_stats`, taken before ``fingerprint`` was hashed) beside the stamp, so that
    :func:`is_current` need not read every seed file again (0.05 s at 9,000 articles, and growing with them)
    while no input file changes. Nothing is kept while a file is unsettled."""
    import json

    from .output import atomic_write_bytes

    path = inputs_path(ws)
    if stats is None:
        path.unlink(missing_ok=True)
        return
    atomic_write_bytes(path, json.dumps({"fingerprint": fingerprint, "files": stats}).encode())


def stamp_path(ws: Workspace) -> Path:
    """Where a build records the fingerprint of its inputs."""
    return ws.build_dir / ".inputs.sha256"


def positions_path(ws: Workspace) -> Path:
    """Where a build records the seed position of each node (for messages that point at a line)."""
    return ws.build_dir / "positions.json"


def is_current(ws: Workspace) -> bool:
    """Whether ``build/nato_kg.ttl`` was built from the workspace's current inputs.

    The inputs are hashed again unless every input file's stat (name, size, mtime, ctime, inode) is the
    one kept when they last hashed to the stamp's fingerprint (an edit changes the ctime even where it
    puts the mtime back)."""
    import json

    stamp = stamp_path(ws)
    if not (ws.graph_path.is_file() and stamp.is_file()):
        return False
    recorded = stamp.read_text().strip()
    stats = input_stats(ws)
    if stats is not None:
        try:
            kept = json.loads(inputs_path(ws).read_bytes())
        except (OSError, ValueError):
            kept = None
        if kept == {"fingerprint": recorded, "files": stats}:
            return True
    if input_fingerprint(ws) != recorded:
        return False
    if stats is not None:
        try:
            remember_inputs(ws, recorded, stats)
        except OSError:  # a read-only workspace is answered all the same, by hashing each time
            pass
    return True


def load_positions(ws: Workspace) -> dict:
    """The seed position of each node, as the last build recorded them (``build/positions.json``)."""
    import json

    from .errors import Position
    from .store import known_iri

    path = positions_path(ws)
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {known_iri(iri): Position(p[0], p[1], p[2]) for iri, p in data.items()}  # the build's own graph IRIs
