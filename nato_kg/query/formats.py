"""Result formats: table, CSV, TSV, SPARQL JSON, SPARQL XML and Markdown for SELECT/ASK;
Turtle, N-Triples, JSON-LD and RDF/XML for CONSTRUCT/DESCRIBE.

SPARQL XML comes from rdflib's result writer. TSV (W3C SPARQL 1.1 TSV, which keeps RDF
term syntax) is written here because rdflib has no TSV writer; CSV is written here because
rdflib's writer does not neutralise spreadsheet formulas; SPARQL JSON is written here (the
same document rdflib's writer makes without orjson) because importing rdflib's writer imports
its whole SPARQL engine, three times what a small query takes, and because CSV and JSON are
then written straight from the engine's own terms (:attr:`~.engine.QueryResult.native`).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import QueryError

if TYPE_CHECKING:  # the engine (and what it imports) is not needed to write an answer out
    from .engine import QueryResult

ROW_FORMATS = ("table", "csv", "tsv", "json", "xml", "md")
#: Formats written from the engine's own terms as well as from rdflib's (see :func:`wants_native`).
NATIVE_FORMATS = ("csv", "json")
GRAPH_FORMATS = ("ttl", "nt", "jsonld", "xml")
_ROW_ALIASES = {"srj": "json", "srx": "xml", "markdown": "md", "text/csv": "csv", "text/tab-separated-values": "tsv",
                "application/sparql-results+json": "json", "application/json": "json",
                "application/sparql-results+xml": "xml", "text/markdown": "md", "text/plain": "table"}
_EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".srj": "json", ".xml": "xml", ".srx": "xml",
               ".md": "md", ".ttl": "ttl", ".nt": "nt", ".jsonld": "jsonld", ".rdf": "xml", ".owl": "xml",
               ".txt": "table"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def choose_format(fmt: str | None, output: str | None, kind: str, terminal: bool) -> str:
    """The output format: ``-f`` if given, else the ``-o`` file's extension, else a default.

    The default for rows is ``table`` on a terminal and ``csv`` in a pipe; for a graph, ``ttl``.
    """
    allowed = GRAPH_FORMATS if kind in ("CONSTRUCT", "DESCRIBE") else ROW_FORMATS
    if fmt:
        fmt = fmt.strip().lower()
        if allowed is GRAPH_FORMATS:
            from ..rdfio import FormatError, syntax_name

            try:
                fmt = syntax_name(fmt)
            except FormatError:
                pass  # reported below with the formats that fit
        else:
            fmt = _ROW_ALIASES.get(fmt, fmt)
    elif output and output != "-":
        fmt = _EXTENSIONS.get(Path(output).suffix.lower())
        if fmt is None:
            raise QueryError(f"cannot tell the format from {output!r}; give -f ({', '.join(allowed)})")
    else:
        fmt = "ttl" if allowed is GRAPH_FORMATS else ("table" if terminal else "csv")
    if fmt not in allowed:
        what = "a graph (CONSTRUCT/DESCRIBE)" if allowed is GRAPH_FORMATS else "rows (SELECT/ASK)"
        raise QueryError(f"format {fmt!r} does not fit {what}; use one of {', '.join(allowed)}")
    return fmt


def _rdflib_result(result: QueryResult):
    from rdflib import Variable
    from rdflib.query import Result

    r = Result(result.type)
    if result.type == "ASK":
        r.askAnswer = bool(result.boolean)
        return r
    r.vars = [Variable(v) for v in result.vars]
    r.bindings = [{Variable(v): t for v, t in zip(result.vars, row, strict=True) if t is not None} for row in result.rows]
    return r


def wants_native(fmt: str) -> bool:
    """Whether an answer written in ``fmt`` may keep the engine's terms (see :attr:`~.engine.QueryResult.native`).

    >>> wants_native("json"), wants_native("table")
    (True, False)
    """
    return fmt in NATIVE_FORMATS


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _rdflib_parts(term) -> tuple[str, str, str | None, str | None]:
    """An rdflib term as (``uri``/``bnode``/``literal``, value, datatype, language), as SPARQL JSON names them."""
    from rdflib import BNode, URIRef

    if isinstance(term, URIRef):
        return "uri", str(term), None, None
    if isinstance(term, BNode):
        return "bnode", str(term), None, None
    return "literal", str(term), None if term.datatype is None else str(term.datatype), term.language


def _native_parts(term) -> tuple[str, str, str | None, str | None]:
    """:func:`_rdflib_parts` of a pyoxigraph term; a plain string has no datatype, as in rdflib (and
    SPARQL JSON), and a language-tagged one only its language."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return "uri", term.value, None, None
    if isinstance(term, ox.BlankNode):
        return "bnode", term.value, None, None
    if term.language:
        return "literal", term.value, None, term.language
    datatype = term.datatype.value
    return "literal", term.value, None if datatype == _XSD_STRING else datatype, None


def _parts_of(result: QueryResult):
    return _native_parts if result.native else _rdflib_parts


def _plain(term, parts=_rdflib_parts) -> str:
    """A term as a CSV cell: the IRI, the lexical form, or ``_:id``; empty when unbound."""
    if term is None:
        return ""
    kind, value, _, _ = parts(term)
    return f"_:{value}" if kind == "bnode" else value


def neutralise(cell: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with ``'``; leave numbers alone.

    >>> neutralise("=HYPERLINK(1)"), neutralise("-12.5"), neutralise("Finland")
    ("'=HYPERLINK(1)", '-12.5', 'Finland')
    """
    if cell.startswith(_FORMULA_START):
        try:
            float(cell)
            return cell
        except ValueError:
            return "'" + cell
    return cell


def to_csv(result: QueryResult, guard: bool = True) -> str:
    """W3C SPARQL CSV results (CRLF lines); with ``guard``, formula-like cells neutralised."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if result.type == "ASK":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return buf.getvalue()
    writer.writerow(result.vars)
    parts = _parts_of(result)
    for row in result.rows:
        writer.writerow([neutralise(_plain(t, parts)) if guard else _plain(t, parts) for t in row])
    return buf.getvalue()


def to_json(result: QueryResult) -> str:
    """W3C SPARQL 1.1 Query Results JSON, keys in the order rdflib's writer puts them (results, then head).

    >>> from .engine import QueryResult
    >>> print(to_json(QueryResult("ASK", boolean=True)))
    {"head": {}, "boolean": true}
    """
    if result.type == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)})
    parts = _parts_of(result)
    bindings = []
    for row in result.rows:
        binding = {}
        for name, term in zip(result.vars, row, strict=True):
            if term is None:
                continue
            kind, value, datatype, language = parts(term)
            binding[name] = cell = {"type": kind, "value": value}
            if datatype is not None:
                cell["datatype"] = datatype
            if language is not None:
                cell["xml:lang"] = language
        bindings.append(binding)
    return json.dumps({"results": {"bindings": bindings}, "head": {"vars": list(result.vars)}},
                      allow_nan=False, ensure_ascii=False)


def _tsv_term(term) -> str:
    if term is None:
        return ""
    return term.n3().replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def to_tsv(result: QueryResult) -> str:
    """W3C SPARQL TSV results: ``?var`` headers and terms in Turtle syntax."""
    if result.type == "ASK":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    lines += ["\t".join(_tsv_term(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


class Compactor:
    """Shortens IRIs for display with the graph's prefixes (``schema:Claim``, ``id:person/mark-rutte``)."""

    def __init__(self, prefixes: dict[str, str]):
        self.prefixes = prefixes

    def __call__(self, term) -> str:
        from rdflib import URIRef

        from ..prefixes import compact

        if term is None:
            return ""
        if isinstance(term, URIRef):
            return compact(str(term), self.prefixes)
        return _plain(term)


def to_markdown(result: QueryResult, show) -> str:
    """A GitHub-flavoured Markdown table."""
    if result.type == "ASK":
        return "| boolean |\n|---|\n| " + ("true" if result.boolean else "false") + " |\n"

    def cell(t) -> str:
        return show(t).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(result.vars) + " |", "|" + "---|" * len(result.vars)]
    lines += ["| " + " | ".join(cell(t) for t in row) + " |" for row in result.rows]
    return "\n".join(lines) + "\n"


_NUMERIC = {"decimal", "integer", "double", "float", "int", "long", "nonNegativeInteger", "positiveInteger"}


def _numeric_columns(result: QueryResult) -> set[int]:
    """Columns whose every value is a number (shown right-aligned, with thousands separators)."""
    from rdflib import Literal

    out = set()
    for i in range(len(result.vars)):
        values = [row[i] for row in result.rows if row[i] is not None]
        if values and all(isinstance(v, Literal) and v.datatype is not None and
                          str(v.datatype).rsplit("#", 1)[-1] in _NUMERIC for v in values):
            out.add(i)
    return out


def _grouped(term) -> str:
    """A number with thousands separators: ``1,050,000,000``, ``2.5``."""
    from decimal import Decimal, InvalidOperation

    try:
        number = Decimal(str(term))
    except InvalidOperation:
        return str(term)
    return f"{number:,f}" if number == number.to_integral_value() or abs(number) >= 1000 else f"{number:f}"


def names_sources(result: QueryResult) -> bool:
    """Whether a table of ``result`` would list source titles: rows with a ``source``/``sources`` column
    (only then is the graph read for them)."""
    return bool(result.rows) and any(name in ("source", "sources") for name in result.vars)


def _legend(result: QueryResult, titles: dict[str, str] | None) -> list[tuple[str, str]]:
    """(id, title) of every source named in a ``source``/``sources`` column, for a table's footnote."""
    if not titles or not names_sources(result):
        return []
    ids = {sid for i, name in enumerate(result.vars) if name in ("source", "sources")
           for row in result.rows for sid in str(row[i] or "").split() if sid in titles}
    return [(sid, titles[sid]) for sid in sorted(ids)]


def to_table(result: QueryResult, show, width: int | None = None, color: bool = False,
             titles: dict[str, str] | None = None) -> str:
    """An aligned terminal table (see :mod:`nato_kg.tables`), a row count and the titles of the sources it names.

    Numbers are right-aligned with thousands separators (csv and json keep the raw values).
    """
    from ..tables import render_table

    if result.type == "ASK":
        return ("true" if result.boolean else "false") + "\n"
    numeric = _numeric_columns(result)
    cells = [[_grouped(t) if i in numeric and t is not None else show(t) for i, t in enumerate(row)]
             for row in result.rows]
    legend = _legend(result, titles)
    footer = [f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}"]
    if legend:
        footer += ["sources:", *(f"  {sid}  {title}" for sid, title in legend)]
    return render_table(result.vars, cells, width, numeric, color=color, footer=footer)


def get_ready(fmt: str) -> None:
    """Import what writing an answer in ``fmt`` needs (rdflib's terms, and its writer for xml; nothing for
    the formats written from the engine's own terms), e.g. while the query runs in another process; writing
    the answer imports the same later otherwise."""
    if wants_native(fmt):
        return
    import rdflib  # noqa: F401  # the rows arrive as rdflib terms

    if fmt == "xml":
        from rdflib import plugin
        from rdflib.query import ResultSerializer

        plugin.get(fmt, ResultSerializer)


def render(result: QueryResult, fmt: str, prefixes: dict[str, str] | None = None,
           width: int | None = None, color: bool = False, titles: dict[str, str] | None = None,
           guard: bool = True) -> bytes:
    """The result in ``fmt`` as bytes (UTF-8); a table lists the ``titles`` of the sources it names."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        from ..prefixes import PREFIXES
        from ..rdfio import write_triples

        return write_triples(result.graph, fmt, {**PREFIXES, **(prefixes or {})})
    if fmt == "csv":
        return to_csv(result, guard).encode("utf-8")
    if fmt == "json":
        return (to_json(result) + "\n").encode("utf-8")
    from .engine import with_rdflib_terms

    result = with_rdflib_terms(result)
    show = Compactor(prefixes or {})
    if fmt == "tsv":
        text = to_tsv(result)
    elif fmt == "md":
        text = to_markdown(result, show)
    elif fmt == "table":
        text = to_table(result, show, width, color, titles)
    else:
        out = _rdflib_result(result).serialize(format=fmt, encoding="utf-8")
        out = out if isinstance(out, bytes) else out.encode("utf-8")
        return out if out.endswith(b"\n") else out + b"\n"
    return text.encode("utf-8")
