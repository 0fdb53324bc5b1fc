"""Binding parameters for engines without initial bindings: a ``VALUES`` block in the query.

Oxigraph's substitutions only accept projected variables, and a remote SPARQL endpoint
takes only query text. The values are RDF terms written in SPARQL term syntax (IRIs in
``<…>``, literals quoted and escaped by rdflib), placed as a ``VALUES`` block at the
start of the query's top-level group, so they bind before any pattern — never spliced
into the query's own text where a quote could end a string.
"""

from __future__ import annotations

from .errors import QueryError


def _skip_string(text: str, i: int) -> int:
    quote = text[i]
    long = text.startswith(quote * 3, i)
    end_mark = quote * 3 if long else quote
    j = i + len(end_mark)
    while j < len(text):
        if text[j] == "\\":
            j += 2
            continue
        if text.startswith(end_mark, j):
            return j + len(end_mark)
        if not long and text[j] == "\n":
            break
        j += 1
    raise QueryError("unterminated string in the query")


def _group_starts(text: str) -> list[int]:
    """Indexes just after the ``{`` of every ``WHERE`` group (sub-queries too), or of the
    first group when the query has no ``WHERE`` keyword (``SELECT * { … }``)."""
    found, first, pending = [], None, False
    upper = text.upper()
    i = 0
    while i < len(text):
        c = text[i]
        if c == "#":
            nl = text.find("\n", i)
            i = len(text) if nl < 0 else nl
        elif c in "\"'":
            i = _skip_string(text, i)
        elif c == "<" and (close := text.find(">", i)) > 0 and not any(ch in text[i + 1:close] for ch in " \n\t{}"):
            i = close + 1  # an IRI (a '<' followed by a space is a comparison)
        elif c == "{":
            if pending:
                found.append(i + 1)
                pending = False
            elif first is None:
                first = i + 1
            i += 1
        elif upper.startswith("WHERE", i) and (i == 0 or not text[i - 1].isalnum()) and not text[i + 5:i + 6].isalnum():
            pending = True
            i += 5
        else:
            i += 1
    if not found and first is not None:
        found.append(first)
    return found


def with_values(text: str, bindings: dict) -> str:
    """``text`` with ``VALUES (?a ?b) { (term term) }`` opening each WHERE group.

    Sub-queries get the block too, since their variables are their own; in a group
    that does not use a variable the one-row block changes nothing.

    >>> from rdflib import Literal
    >>> with_values('SELECT ?x WHERE { ?x ?p ?name }', {"name": Literal('a"b')})
    'SELECT ?x WHERE { VALUES (?name) { ("a\\\\"b") } ?x ?p ?name }'
    """
    if not bindings:
        return text
    names = sorted(bindings)
    block = (" VALUES (" + " ".join(f"?{n}" for n in names) + ") { ("
             + " ".join(bindings[n].n3() for n in names) + ") } ")
    starts = _group_starts(text)
    if not starts:
        return text.rstrip() + "\n" + block.strip() + "\n"
    out, last = [], 0
    for at in starts:
        out.append(text[last:at] + block)
        last = at
        while last < len(text) and text[last] in " \t":
            last += 1
    return "".join(out) + text[last:]
