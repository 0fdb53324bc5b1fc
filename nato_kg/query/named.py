"""Named queries: ``queries/*.rq`` files with a comment header.

The header is the file's leading ``#`` lines::

    # title: Who held a role
    # description: Who held ROLE in ORG on DATE.
    # param role: entity = secretary-general -- the role (slug or label)
    # param speaker: entity optional as ?speaker_entity -- only claims by this speaker
    # param date: date -- the day, YYYY-MM-DD

A parameter binds the variable of its name (or the one after ``as``); it has a type
(``entity``, ``date``, ``string``, ``decimal``, ``integer``, ``iri``), and either a default
(``= value``), ``optional`` (left unbound when not given), or neither (required).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..suggest import did_you_mean
from .errors import QueryError

PARAM_TYPES = ("entity", "date", "string", "decimal", "integer", "iri")
_PARAM_RE = re.compile(
    r"^param\s+(?P<name>[A-Za-z_][\w-]*)\s*:\s*(?P<type>\w+)"
    r"(?:\s*=\s*(?P<default>\S+)|\s+(?P<optional>optional))?"
    r"(?:\s+as\s+\?(?P<var>[A-Za-z_]\w*))?"
    r"\s*(?:--\s*(?P<doc>.*))?$"
)


@dataclass(frozen=True)
class Param:
    """A declared parameter of a named query."""

    name: str
    type: str
    variable: str
    default: str | None = None
    optional: bool = False
    doc: str = ""

    @property
    def required(self) -> bool:
        return self.default is None and not self.optional


@dataclass(frozen=True)
class NamedQuery:
    """A query file and what its header says."""

    name: str
    path: Path
    text: str
    title: str = ""
    description: str = ""
    params: tuple[Param, ...] = field(default=())
    #: A query with a header (a title or parameters) accepts only its declared parameters.
    declared: bool = False


def parse_header(name: str, path: Path, text: str) -> NamedQuery:
    """Read the ``# key: value`` header of a query file."""
    meta: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        body = stripped.lstrip("#").strip()
        if body.startswith("param "):
            m = _PARAM_RE.match(body)
            if not m or m["type"] not in PARAM_TYPES:
                raise QueryError(f"{path}: cannot read parameter line {body!r} "
                                 f"(expected: param NAME: TYPE [= DEFAULT | optional] [as ?VAR] -- description; "
                                 f"types: {', '.join(PARAM_TYPES)})")
            params.append(Param(m["name"], m["type"], m["var"] or m["name"].replace("-", "_"),
                                m["default"], bool(m["optional"]), (m["doc"] or "").strip()))
        elif ":" in body:
            key, value = body.split(":", 1)
            meta[key.strip().lower()] = value.strip()
    return NamedQuery(name, path, text, meta.get("title", name), meta.get("description", ""), tuple(params),
                      declared=bool(params or "title" in meta))


def list_named(queries_dir: Path) -> list[NamedQuery]:
    """Every named query of a workspace, sorted by name."""
    if not queries_dir.is_dir():
        return []
    return [parse_header(p.stem, p, p.read_text(encoding="utf-8")) for p in sorted(queries_dir.glob("*.rq"))]


def load_query(spec: str, queries_dir: Path, stdin_text: str | None = None) -> NamedQuery:
    """Resolve what the user named: ``-`` (stdin), a ``.rq``/``.sparql`` file, or a named query."""
    if spec == "-":
        return parse_header("-", Path("-"), stdin_text or "")
    path = Path(spec)
    if path.suffix in (".rq", ".sparql") or path.is_file():
        if not path.is_file():
            raise QueryError(f"no query file {spec}")
        return parse_header(path.stem, path, path.read_text(encoding="utf-8"))
    candidate = queries_dir / f"{spec}.rq"
    if candidate.is_file():
        return parse_header(spec, candidate, candidate.read_text(encoding="utf-8"))
    names = [q.name for q in list_named(queries_dir)]
    raise QueryError(f"no named query {spec!r}{did_you_mean(spec, names)}; 'nato-kg queries' lists them")
