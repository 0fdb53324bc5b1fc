"""Parse a SPARQL query and refuse what must not run: updates, SERVICE, FROM / FROM NAMED.

rdflib's engine would call a ``SERVICE`` endpoint and load a ``FROM`` graph over the
network (or from a ``file:`` IRI) by itself, so the parsed algebra is inspected before
anything runs. Graph loading is also switched off in rdflib as a second guard.
"""

from __future__ import annotations

from typing import Any

from .errors import QueryRefused, QuerySyntaxError


def _syntax_error(exc: Exception, text: str) -> QuerySyntaxError:
    line_no = getattr(exc, "lineno", None)
    col = getattr(exc, "col", None)
    msg = getattr(exc, "msg", None) or str(exc)
    if line_no is None:
        return QuerySyntaxError(f"SPARQL syntax error: {msg}")
    line = text.splitlines()[line_no - 1] if 0 < line_no <= len(text.splitlines()) else ""
    caret = " " * (max(col, 1) - 1) + "^"
    return QuerySyntaxError(f"SPARQL syntax error at line {line_no}, column {col}: {msg}\n  {line}\n  {caret}")


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

    >>> prepare("SELECT ?s WHERE { ?s ?p ?o }").algebra.name
    'SelectQuery'
    """
    import rdflib.plugins.sparql as sparql
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    sparql.SPARQL_LOAD_GRAPHS = False  # never fetch FROM graphs, whatever slips through
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
    return query


def query_type(query) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``."""
    return query.algebra.name.removesuffix("Query").upper()
