"""``nato-kg import``: merge RDF made by another tool into the workspace, as a source of its own.

Never fetches anything, and decides on the parsed document, not on the raw bytes:

* every syntax is parsed by pyoxigraph, whose JSON-LD parser has no document loader, so
  a context by URL or ``file:`` (however nested, ``@import`` included) is an error, never
  a request; its IRI checks refuse what later tools would choke on (``<http://a:b:c/x>``,
  ``%zz``);
* RDF/XML is first read by expat (which knows the document's encoding: UTF-16 included)
  with a handler that stops at any DTD, so no entity is declared, let alone expanded;
* N3 formulas (quoted graphs) are refused: they are not RDF triples;
* a literal longer than :data:`MAX_LITERAL_CHARS` is refused (one slows every build);
* the ``nkg:`` terms the data uses must be declared in the ontology, as the build requires.

The data is kept as sorted N-Triples, written by a serialiser, under ``imports/``; the
build reads them back with the same parser and reports a bad file as ``file:line:col``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import NatoKGError, Position, SeedError, SeedIssue
from .transaction import commit, writer_lock
from .workspace import Workspace

MAX_IMPORT_BYTES = 500 * 1024 * 1024
#: The longest literal an import may hold (characters).
MAX_LITERAL_CHARS = 100_000
SOURCES_FILE = "imports.yaml"


class ImportRefused(NatoKGError):
    """The file would make the parser reach out (or blow up), or cannot be read."""


@dataclass
class ImportResult:
    source_id: str
    triples: int
    stored: Path


def rdf_format(name: str):
    """The pyoxigraph format for a name, an extension or a MIME type (``ttl``, ``.rdf``, ``text/turtle``)."""
    from .rdfio import FormatError, ox_format

    try:
        return ox_format(name)
    except FormatError as exc:
        raise ImportRefused(str(exc)) from None


def refuse_dtd(data: bytes, name: str) -> bytes:
    """Refuse XML with a DTD (entities can fetch files or URLs and expand without bound); the document as UTF-8."""
    import xml.parsers.expat

    class Refused(Exception):
        pass

    def stop(*_args):
        raise Refused

    declared: list[str] = []
    parser = xml.parsers.expat.ParserCreate()
    parser.StartDoctypeDeclHandler = stop
    parser.EntityDeclHandler = stop
    parser.XmlDeclHandler = lambda version, encoding, standalone: declared.append(encoding or "")
    try:
        parser.Parse(data, True)
    except Refused:
        raise ImportRefused(f"{name}: has a DTD or entity declaration (<!DOCTYPE / <!ENTITY); refused, since "
                            "entities can fetch files or URLs and expand without bound") from None
    except xml.parsers.expat.ExpatError as exc:
        raise ImportRefused(f"{name}:{exc.lineno}:{exc.offset + 1}: not well-formed XML: "
                            f"{xml.parsers.expat.ErrorString(exc.code)}") from None
    encoding = next(iter(declared), "") or ""
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
                       (b"\xfe\xff", "utf-16"), (b"\xef\xbb\xbf", "utf-8-sig")):
        if data.startswith(bom):
            encoding = codec
            break
    if encoding.lower() in ("", "utf-8", "utf8"):
        return data
    text = data.decode(encoding)
    return re.sub(r"""^(<\?xml[^>]*?encoding=)(["'])[^"']*\2""", r"\1\2UTF-8\2", text.lstrip("\ufeff")).encode("utf-8")


def _triples(quads, name: str) -> list:
    import pyoxigraph as ox

    triples = []
    for quad in quads:
        if isinstance(quad.graph_name, ox.BlankNode):
            raise ImportRefused(f"{name}: holds an N3 formula (a quoted graph); only RDF triples can be imported")
        obj = quad.object
        if isinstance(obj, ox.Triple) or isinstance(quad.subject, ox.Triple):
            raise ImportRefused(f"{name}: holds an RDF-star quoted triple; only plain RDF triples can be imported")
        if isinstance(obj, ox.Literal) and len(obj.value) > MAX_LITERAL_CHARS:
            raise ImportRefused(f"{name}: a literal of {len(obj.value):,} characters (of {quad.subject}) is longer "
                                f"than the limit of {MAX_LITERAL_CHARS:,}")
        triples.append(ox.Triple(quad.subject, quad.predicate, obj))
    return triples


def parse_import(data: bytes, fmt: str, name: str, base: str) -> list:
    """Parse ``data`` (never fetching anything) into pyoxigraph Triples; named graphs are merged."""
    import pyoxigraph as ox

    form = rdf_format(fmt)
    if form == ox.RdfFormat.RDF_XML or data.lstrip()[:5] == b"<?xml":
        data = refuse_dtd(data, name)
    try:
        return _triples(ox.parse(data, format=form, base_iri=base), name)
    except SyntaxError as exc:
        message = str(exc)
        if "LoadDocumentCallback" in message or "remote context" in message.lower():
            raise ImportRefused(f"{name}: refers to a JSON-LD context by URL or file; nato-kg never fetches one: "
                                "inline the context in the file") from None
        raise ImportRefused(f"{name}: cannot parse as {form.name}: {message}") from None
    except (ValueError, OSError) as exc:
        raise ImportRefused(f"{name}: cannot parse as {form.name}: {exc}") from None


def check_declared(triples: list, ws: Workspace, name: str) -> None:
    """Refuse ``nkg:`` terms the ontology does not declare (the build would refuse them)."""
    from rdflib import URIRef

    from .build import load_ontology
    from .errors import OntologyError
    from .fragments import check_terms_declared
    from .vocab import NKG_IRI

    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    used = [(None, URIRef(t.predicate.value), URIRef(t.object.value) if t.predicate.value == rdf_type else None)
            for t in triples if t.predicate.value.startswith(NKG_IRI) or
            (t.predicate.value == rdf_type and getattr(t.object, "value", "").startswith(NKG_IRI))]
    if used:
        try:
            check_terms_declared(used, load_ontology(ws))
        except OntologyError as exc:
            raise ImportRefused(f"{name}: {exc}") from None


def import_file(ws: Workspace, path: Path | str, source_id: str | None = None, title: str | None = None,
                fmt: str | None = None, data: bytes | None = None) -> ImportResult:
    """Store the RDF of ``path`` (or ``data``, read from stdin: ``path`` is ``-``) under ``imports/``
    and register it as a source in ``seeds/imports.yaml``."""
    import pyoxigraph as ox

    from .fields import SOURCE_ID_RE

    path = Path(path)
    stdin = str(path) == "-"
    if not stdin and not path.is_file():
        raise ImportRefused(f"no file {path}")
    if fmt is None and (stdin or not path.suffix):
        raise ImportRefused(f"cannot tell the RDF format of {'stdin' if stdin else path.name}; give --format")
    try:
        form = rdf_format(fmt or path.suffix)
    except ImportRefused:
        if fmt:
            raise
        raise ImportRefused(f"cannot tell the RDF format of {path.name} from its extension; give --format") from None
    if data is None:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ImportRefused(f"{path.name} is larger than {MAX_IMPORT_BYTES} bytes")
        data = path.read_bytes()
    elif len(data) > MAX_IMPORT_BYTES:
        raise ImportRefused(f"the input is larger than {MAX_IMPORT_BYTES} bytes")
    stem = "stdin" if stdin else path.stem
    sid = source_id or "import-" + re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    if not SOURCE_ID_RE.match(sid):
        raise ImportRefused(f"{sid!r} is not a valid source id")
    name = "stdin" if stdin else path.name
    triples = parse_import(data, form.file_extension, name, f"{ws.base_iri}import/{sid}/")
    check_declared(triples, ws, name)
    lines = sorted(set((ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").split(b"\n")) - {b""})
    content = b"\n".join(lines) + b"\n" if lines else b""
    stored = ws.root / "imports" / f"{sid}.nt"
    read_imported(content, ws.relative(stored))  # exactly what the next build reads, or refuse now
    with writer_lock(ws.build_dir):  # the data and its source entry together, or neither
        changes = {stored: content}
        entry = _registered(ws, sid, title or f"Imported from {name}", stored.name)
        if entry is not None:
            changes[ws.seeds_dir / SOURCES_FILE] = entry
        commit(ws.root, changes)
    return ImportResult(sid, len(lines), stored)


def _registered(ws: Workspace, sid: str, title: str, file: str) -> bytes | None:
    """``seeds/imports.yaml`` with the import's entry appended as text (comments survive); None if it is there."""
    target = ws.seeds_dir / SOURCES_FILE
    existing = target.read_text(encoding="utf-8") if target.exists() else "# Sources imported with 'nato-kg import'.\nsources:\n"
    if re.search(rf"^\s*- id: {re.escape(sid)}\s*$", existing, re.M):
        return None
    entry = f"  - id: {sid}\n    kind: import\n    title: {json.dumps(title)}\n    file: {json.dumps(file)}\n    date_status: unknown\n"
    return (existing.rstrip("\n") + "\n" + entry).encode("utf-8")


def read_imported(data: bytes, name: str) -> list:
    """Parse a stored import (N-Triples) into rdflib triples; a bad line is a ``file:line:col`` error (exit 2)."""
    import pyoxigraph as ox

    from .store import rdflib_triples

    try:
        return list(rdflib_triples(ox.parse(data, format=ox.RdfFormat.N_TRIPLES)))
    except SyntaxError as exc:
        found = re.search(r"line (\d+)(?: between columns (\d+))?", str(exc))
        line, column = (int(found.group(1)), int(found.group(2) or 1)) if found else (1, 1)
        message = re.sub(r"^Parser error at line \d+ between columns \d+ and \d+: ", "", str(exc))
        raise SeedError([SeedIssue(Position(name, line, column), f"not valid N-Triples: {message} "
                                   "(re-import the original file with 'nato-kg import')")]) from None


def imported_triples(ws: Workspace):
    """The triples of every import, and a ``prov:Bundle`` per import derived from its source."""
    from rdflib import Graph, URIRef
    from rdflib.namespace import PROV, RDF

    folder = ws.root / "imports"
    g = Graph()
    if folder.is_dir():
        for path in sorted(folder.glob("*.nt")):
            for triple in read_imported(path.read_bytes(), ws.relative(path)):
                g.add(triple)
            bundle = URIRef(f"{ws.base_iri}graph/{path.stem}")
            g.add((bundle, RDF.type, PROV.Bundle))
            g.add((bundle, PROV.wasDerivedFrom, URIRef(f"{ws.base_iri}source/{path.stem}")))
    return g


def _fact_classes() -> dict[bytes, str]:
    from .kinds import KINDS

    return {f"<{k.rdf_class}>".encode(): k.name for k in KINDS}


_TYPE = b" <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "


def imported_fact_counts(ws: Workspace) -> dict[str, dict[str, int]]:
    """Facts by kind in each import (its source id → kind → count), read from the stored N-Triples."""
    from collections import Counter

    out: dict[str, dict[str, int]] = {}
    folder = ws.root / "imports"
    classes = _fact_classes()
    if folder.is_dir():
        for path in sorted(folder.glob("*.nt")):
            counts: Counter = Counter()
            with path.open("rb") as f:
                for line in f:
                    if _TYPE in line:
                        kind = classes.get(line.rsplit(b" ", 2)[-2])
                        if kind:
                            counts[kind] += 1
            out[path.stem] = dict(counts)
    return out
