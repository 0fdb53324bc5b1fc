"""``nato-kg import``: merge RDF made by another tool into the workspace, as a source of its own.

Never fetches anything. rdflib's JSON-LD parser would load a remote ``@context`` and an
XML parser may resolve external entities or expand an entity bomb, so a JSON-LD
document naming a context by URL, and any RDF/XML with a DTD (``<!DOCTYPE``/``<!ENTITY``),
are refused before parsing. The data is parsed from bytes (never from a URL) and kept
as sorted N-Triples under ``imports/``; the build adds it to the graph.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import NatoKGError
from .output import atomic_write_bytes
from .workspace import Workspace

IMPORT_FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld",
                  ".json": "json-ld", ".rdf": "xml", ".xml": "xml", ".owl": "xml", ".n3": "n3"}
MAX_IMPORT_BYTES = 500 * 1024 * 1024
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.I)
SOURCES_FILE = "imports.yaml"


class ImportRefused(NatoKGError):
    """The file would make the parser reach out (or blow up), or cannot be read."""


@dataclass
class ImportResult:
    source_id: str
    triples: int
    stored: Path


def _remote_contexts(node) -> list[str]:
    """Every context a JSON-LD document names by reference (a string) or imports."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                for ctx in value if isinstance(value, list) else [value]:
                    if isinstance(ctx, str):
                        found.append(ctx)
                    elif isinstance(ctx, dict):
                        if isinstance(ctx.get("@import"), str):
                            found.append(ctx["@import"])
                        found.extend(_remote_contexts(ctx))
            else:
                found.extend(_remote_contexts(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(_remote_contexts(item))
    return found


def check_safe(data: bytes, fmt: str, name: str) -> None:
    """Refuse what would make a parser fetch or expand: remote JSON-LD contexts, XML DTDs and entities."""
    if fmt == "json-ld":
        try:
            doc = json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ImportRefused(f"{name}: not JSON: {exc}") from None
        remote = _remote_contexts(doc)
        if remote:
            raise ImportRefused(f"{name}: refers to a JSON-LD context by URL ({remote[0]}); nato-kg never fetches "
                                "one: inline the context in the file")
    if fmt in ("xml", "trix") or data.lstrip()[:5] == b"<?xml":
        if _DTD.search(data):
            raise ImportRefused(f"{name}: has a DTD or entity declaration (<!DOCTYPE / <!ENTITY); refused, since "
                                "entities can fetch files or URLs and expand without bound")


def parse_import(data: bytes, fmt: str, name: str, base: str):
    """Parse ``data`` safely into an rdflib Dataset (quads keep their graphs)."""
    from rdflib import Dataset

    check_safe(data, fmt, name)
    ds = Dataset()
    try:
        ds.parse(data=data, format=fmt, publicID=base)
    except Exception as exc:  # rdflib raises many kinds for bad input
        raise ImportRefused(f"{name}: cannot parse as {fmt}: {exc}") from None
    return ds


def import_file(ws: Workspace, path: Path, source_id: str | None = None, title: str | None = None,
                fmt: str | None = None) -> ImportResult:
    """Store the RDF of ``path`` under ``imports/`` and register it as a source in ``seeds/imports.yaml``."""
    from .fields import SOURCE_ID_RE

    path = Path(path)
    if not path.is_file():
        raise ImportRefused(f"no file {path}")
    fmt = fmt or IMPORT_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ImportRefused(f"cannot tell the RDF format of {path.name}; give --format")
    if path.stat().st_size > MAX_IMPORT_BYTES:
        raise ImportRefused(f"{path.name} is larger than {MAX_IMPORT_BYTES} bytes")
    sid = source_id or "import-" + re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    if not SOURCE_ID_RE.match(sid):
        raise ImportRefused(f"{sid!r} is not a valid source id")
    ds = parse_import(path.read_bytes(), fmt, path.name, f"{ws.base_iri}import/{sid}/")
    lines = sorted({f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o, _ in ds.quads((None, None, None, None))})
    stored = ws.root / "imports" / f"{sid}.nt"
    atomic_write_bytes(stored, ("\n".join(lines) + "\n").encode("utf-8"))
    _register(ws, sid, title or f"Imported from {path.name}", stored.name)
    return ImportResult(sid, len(lines), stored)


def _register(ws: Workspace, sid: str, title: str, file: str) -> None:
    """Add (or keep) the import's entry in ``seeds/imports.yaml``, appending text so comments survive."""
    target = ws.seeds_dir / SOURCES_FILE
    existing = target.read_text(encoding="utf-8") if target.exists() else "# Sources imported with 'nato-kg import'.\nsources:\n"
    if re.search(rf"^\s*- id: {re.escape(sid)}\s*$", existing, re.M):
        return
    entry = f"  - id: {sid}\n    kind: import\n    title: {json.dumps(title)}\n    file: {json.dumps(file)}\n    date_status: unknown\n"
    atomic_write_bytes(target, (existing.rstrip("\n") + "\n" + entry).encode("utf-8"))


def imported_triples(ws: Workspace):
    """The triples of every import, and a ``prov:Bundle`` per import derived from its source."""
    from rdflib import Graph, URIRef
    from rdflib.namespace import PROV, RDF

    folder = ws.root / "imports"
    g = Graph()
    if folder.is_dir():
        for path in sorted(folder.glob("*.nt")):
            with path.open("rb") as f:
                g.parse(source=f, format="nt")
            bundle = URIRef(f"{ws.base_iri}graph/{path.stem}")
            g.add((bundle, RDF.type, PROV.Bundle))
            g.add((bundle, PROV.wasDerivedFrom, URIRef(f"{ws.base_iri}source/{path.stem}")))
    return g
