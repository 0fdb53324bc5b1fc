"""The answers of queries already run on this build, kept until the next build changes the graph.

On the persistent store of a million triples, `pledge-totals` spends five seconds in Oxigraph
itself (its on-disk store decodes every triple it joins); the same question asked again of
the same build has the same answer. A SELECT or ASK answer is kept under
``build/cache/results/<build>/``, named by a hash of this version of nato-kg and the exact text
the engine ran (parameters included, as a VALUES block); ``<build>`` is the fingerprint the
build stamped (``build/.inputs.sha256``), so a build that changed anything starts an empty
folder and the old one is removed. Terms are kept as N-Triples terms in JSON (never pickles:
a workspace handed on must not run code when read). A CONSTRUCT or DESCRIBE answer is not
kept (it is a graph, often large), nor an answer that changes by itself (NOW(), RAND(), BNODE() …).

Beside an answer, the bytes written for it in a machine format (:data:`OUTPUT_FORMS`: CSV, TSV,
SPARQL JSON and XML) are kept as ``<key>.<form>``: asked again in that format, the bytes are written
as they are, without importing rdflib (a tenth of a second) to make terms and write them again.
Tables (their width is the terminal's) and Markdown (its prefixes are the graph's) are made afresh.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..rdfio import from_n3_terms, n3_terms
from ..stamp import stamp_path
from ..workspace import Workspace
from .engine import QueryResult
from .safety import version_key

#: Answers with more rows than this are not kept (writing them costs more than most queries).
MAX_ROWS = 200_000


def repeatable(text: str) -> bool:
    """Whether asking ``text`` again of the same graph must give the same answer (no NOW(), RAND() …).

    >>> repeatable("SELECT ?x WHERE { ?x ?p ?o }"), repeatable("SELECT (NOW() AS ?t) WHERE {}")
    (True, False)
    """
    return not _CHANGING.search(text)


_CHANGING = re.compile(r"\b(?:NOW|RAND|UUID|STRUUID|BNODE)\s*\(", re.I)


def _folder(ws: Workspace) -> Path | None:
    stamp = stamp_path(ws)
    if not stamp.is_file():
        return None
    return ws.build_dir / "cache" / "results" / stamp.read_text().strip()[:32]


def cached(ws: Workspace, text: str) -> QueryResult | None:
    """The kept answer to ``text`` on the current build, or None."""
    folder = _folder(ws)
    entry = folder / version_key(text) if folder is not None else None
    if entry is None or not entry.is_file():
        return None
    try:
        data = json.loads(entry.read_text(encoding="utf-8"))
        return QueryResult(data["type"], list(data["vars"]), [from_n3_terms(r) for r in data["rows"]], data["boolean"])
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a damaged entry is asked again, never trusted


def output_form(fmt: str, guard: bool = True) -> str | None:
    """The name the bytes of an answer written in ``fmt`` are kept under, or None for a format made afresh.

    >>> output_form("json"), output_form("csv"), output_form("csv", guard=False), output_form("table")
    ('json', 'csv', 'csv-exact', None)
    """
    if fmt == "csv":
        return "csv" if guard else "csv-exact"
    return fmt if fmt in OUTPUT_FORMS else None


#: Formats whose bytes depend on the answer alone (and, for CSV, the spreadsheet guard).
OUTPUT_FORMS = ("csv", "tsv", "json", "xml")


def kept_output(ws: Workspace, text: str, form: str) -> bytes | None:
    """The bytes written for ``text``'s answer in ``form`` (see :func:`output_form`) on the current build, or None."""
    folder = _folder(ws)
    try:
        return (folder / f"{version_key(text)}.{form}").read_bytes() if folder is not None else None
    except OSError:
        return None


def keep_output(ws: Workspace, text: str, form: str, data: bytes) -> None:
    """Keep the bytes written for ``text``'s answer in ``form``, beside the answer :func:`keep` kept (never without
    it: an answer too large to keep, or one of an older build, leaves nothing)."""
    from ..output import atomic_write_bytes

    folder = _folder(ws)
    key = version_key(text)
    if folder is None or not (folder / key).is_file():
        return
    try:
        atomic_write_bytes(folder / f"{key}.{form}", data)
    except OSError:
        pass  # a read-only or full disk only loses the shortcut


def keep(ws: Workspace, text: str, result: QueryResult) -> None:
    """Keep ``result`` (a SELECT or ASK answer) for ``text`` on the current build; other builds' answers go."""
    from ..output import atomic_write_bytes

    folder = _folder(ws)
    if folder is None or result.type not in ("SELECT", "ASK") or len(result.rows) > MAX_ROWS:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.parent.iterdir():
            if old != folder and old.is_dir():
                import shutil  # (only when keeping an answer: a question asked again needs none of it)

                shutil.rmtree(old, ignore_errors=True)
        # pyoxigraph writes a term as N-Triples, as rdflib's n3() does (without prefixes): read back the same
        rows = ([[None if t is None else str(t) for t in r] for r in result.rows] if result.native
                else [n3_terms(r) for r in result.rows])
        body = {"type": result.type, "vars": result.vars, "rows": rows, "boolean": result.boolean}
        atomic_write_bytes(folder / version_key(text), json.dumps(body).encode("utf-8"))
    except OSError:
        pass  # a read-only or full disk only loses the shortcut
