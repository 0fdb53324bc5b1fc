"""Parse a SPARQL query and refuse what must not run: updates, SERVICE, FROM / FROM NAMED.

rdflib's engine would call a ``SERVICE`` endpoint and load a ``FROM`` graph over the
network (or from a ``file:`` IRI) by itself, so the parsed algebra is inspected before
anything runs. Graph loading is also switched off in rdflib as a second guard, and the
engines run in a child process without network access (see :mod:`nato_kg.query.engine`).

The check must see the query exactly as the engine will. SPARQL 1.1 (section 19.2) has
``\\uXXXX`` and ``\\UXXXXXXXX`` escapes replaced *before* the text is parsed; Oxigraph
(and servers behind ``--endpoint``) do so, rdflib does not, so ``"\\u0022"`` could end a
string for one and not for the other. :func:`engine_text` replaces the escapes once, the
check parses that text, and that same text is what the engines receive; a text that
would still hold an escape after the replacement (an escape spelling another escape) is
refused, so no engine can read it differently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import QueryRefused, QuerySyntaxError


def _syntax_error(exc: Exception, text: str) -> QuerySyntaxError:
    line_no = getattr(exc, "lineno", None)
    col = getattr(exc, "col", None)
    msg = getattr(exc, "msg", None) or str(exc)
    if line_no is None or col is None:
        return QuerySyntaxError(f"SPARQL syntax error: {msg}")
    line = text.splitlines()[line_no - 1] if 0 < line_no <= len(text.splitlines()) else ""
    caret = " " * (max(col, 1) - 1) + "^"
    return QuerySyntaxError(f"SPARQL syntax error at line {line_no}, column {col}: {msg}\n  {line}\n  {caret}")


#: A codepoint escape as SPARQL 1.1 section 19.2 defines it.
CODEPOINT_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _replace_escape(match: re.Match) -> str:
    code = int(match.group(1) or match.group(2), 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise QuerySyntaxError(f"SPARQL syntax error: {match.group(0)} is not a Unicode code point")
    return chr(code)


def engine_text(text: str) -> str:
    r"""The query text with its codepoint escapes replaced, as every SPARQL engine must read it.

    >>> engine_text(r'SELECT * { BIND("\u0041" AS ?x) }')
    'SELECT * { BIND("A" AS ?x) }'
    >>> engine_text(r'SELECT * { BIND("\u005Cu0022" AS ?x) }')  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    nato_kg.query.errors.QueryRefused: the query holds an escape that spells another escape once replaced (\u0022); ...
    """
    replaced = CODEPOINT_ESCAPE.sub(_replace_escape, text)
    nested = CODEPOINT_ESCAPE.search(replaced)
    if nested:
        raise QueryRefused(f"the query holds an escape that spells another escape once replaced ({nested.group(0)}); "
                           "engines disagree on such text, so it is refused")
    return replaced


def check_engine_text(text: str) -> None:
    """Refuse a final query text (parameters included) in which an engine would still replace escapes."""
    found = CODEPOINT_ESCAPE.search(text)
    if found:
        raise QueryRefused(f"the query text holds the escape {found.group(0)}; a parameter value must not contain "
                           "\\u or \\U escapes, since the engine would replace them before parsing")


_DECLARED = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:")


def with_project_prefixes(text: str) -> str:
    """``text`` with ``PREFIX`` lines for the project's prefixes (``nkg:``, ``schema:``, …) it uses but does not declare.

    Added in front, on the first line, so that line numbers of errors stay the user's.

    >>> with_project_prefixes("SELECT * { ?s a nkg:Pledge }")[:43]
    'PREFIX nkg: <https://w3id.org/nato-kg/ns#> '
    >>> with_project_prefixes("SELECT * { ?s ?p ?o }")
    'SELECT * { ?s ?p ?o }'
    """
    from ..prefixes import PREFIXES

    declared = set(_DECLARED.findall(text))
    missing = [p for p in PREFIXES if p not in declared and re.search(rf"(?<![\w:<#/.-]){re.escape(p)}:", text)]
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}> " for p in missing) + text


def final_text(prepared, bindings: dict) -> str:
    """The text an engine is given: the checked text with parameters as a VALUES block, escape-free."""
    from .values import with_values

    text = with_values(prepared.engine_text, bindings)
    check_engine_text(text)
    return text


def _is_update(text: str) -> bool:
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(text)
    except Exception:
        return False
    return True


def _walk(node: Any):
    """Every CompValue inside an algebra tree (dicts, lists and pyparsing results)."""
    stack, seen = [node], set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, dict):
            if getattr(item, "name", None):
                yield item
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)) or type(item).__name__ == "ParseResults":
            stack.extend(item)


def prepare(text: str):
    """Parse ``text`` into an rdflib prepared query, refusing updates, SERVICE and FROM.

    The text checked is :func:`engine_text` of ``text``; it is kept on the result as
    ``engine_text``, and it is the only text an engine may be given.

    >>> q = prepare("SELECT ?s WHERE { ?s ?p ?o }")
    >>> q.algebra.name, q.engine_text
    ('SelectQuery', 'SELECT ?s WHERE { ?s ?p ?o }')
    """
    import rdflib.plugins.sparql as sparql
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    sparql.SPARQL_LOAD_GRAPHS = False  # never fetch FROM graphs, whatever slips through
    text = with_project_prefixes(engine_text(text))
    try:
        parsed = parseQuery(text)
    except Exception as exc:
        if _is_update(text):
            raise QueryRefused("this is a SPARQL UPDATE; nato-kg query is read-only (INSERT, DELETE, LOAD, CLEAR, DROP … are refused)") from None
        raise _syntax_error(exc, text) from None
    try:
        query = translateQuery(parsed)
    except Exception as exc:
        raise QuerySyntaxError(f"SPARQL error: {exc}") from None
    if query.algebra.get("datasetClause"):
        iris = ", ".join(f"<{d.get('default') or d.get('named')}>" for d in query.algebra["datasetClause"])
        raise QueryRefused(f"FROM / FROM NAMED ({iris}) is refused: queries run on the built graph only and never load other graphs")
    for part in _walk(query.algebra):
        if part.name == "ServiceGraphPattern":
            raise QueryRefused(f"SERVICE <{part.get('term')}> is refused: nato-kg never sends a query over the network")
    query.engine_text = text  # type: ignore[attr-defined]  # the checked text travels with the parsed query
    return query


@dataclass
class Checked:
    """A query that passed :func:`prepare`: the text an engine is given and the query's kind.

    Oxigraph and remote endpoints need only these; rdflib's parsed query (for a graph in rdflib's
    own engine) is made again on demand by :meth:`parsed`.
    """

    engine_text: str
    kind: str
    _query: Any = None

    def parsed(self):
        """rdflib's prepared query of the checked text (parsed once, when first needed)."""
        if self._query is None:
            self._query = prepare(self.engine_text)
        return self._query


def version_key(text: str) -> str:
    """A file name for what this version of nato-kg made of ``text`` (a check's verdict, a query's answer): a new
    version, whose check or engine may differ, finds nothing kept by an older one.

    >>> len(version_key("SELECT * {}")), version_key("a") == version_key("a"), version_key("a") == version_key("b")
    (64, True, False)
    """
    import hashlib

    from .. import __version__

    return hashlib.sha256(f"{__version__}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()


def prepare_checked(text: str, cache_dir: Path | None = None) -> Checked:
    """:func:`prepare` ``text``, remembering the verdict in ``cache_dir`` so that the same text is
    not parsed again (rdflib's parser takes half a second for the pledge queries).

    A verdict is kept only for a text that passed, keyed by the text and this version of nato-kg
    (whose check may change); a refused or broken query is checked anew each time. The engines still
    run without network access whatever a verdict says (see :mod:`nato_kg.query.engine`).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> first = prepare_checked("SELECT ?s WHERE { ?s ?p ?o }", folder)
    >>> again = prepare_checked("SELECT ?s WHERE { ?s ?p ?o }", folder)
    >>> (first.kind, again.kind, again._query is None, again.engine_text == first.engine_text)
    ('SELECT', 'SELECT', True, True)
    """
    import json

    entry = None
    if cache_dir is not None:
        entry = cache_dir / version_key(text)
        try:
            verdict = json.loads(entry.read_text(encoding="utf-8"))
            return Checked(verdict["engine_text"], verdict["kind"])
        except (OSError, ValueError, KeyError, TypeError):
            pass  # no verdict yet, or a damaged one: check again
    query = prepare(text)
    checked = Checked(query.engine_text, query_type(query), query)
    if entry is not None:
        from ..output import atomic_write_bytes

        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(entry, json.dumps({"kind": checked.kind, "engine_text": checked.engine_text}).encode())
        except OSError:
            pass  # a read-only build/ costs only the parse next time
    return checked


def query_type(query) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``."""
    if isinstance(query, Checked):
        return query.kind
    return query.algebra.name.removesuffix("Query").upper()
