"""The built graph read in bulk from the sorted N-Triples the build loaded into the store.

Reading a property of every fact out of the on-disk Oxigraph store costs about 10 µs a triple
in Python (each term is decoded by a lookup in the store's dictionary, then made a Python
object): the 740,000 triples ``check`` reads at a million triples took 8 s. The build keeps the
exact N-Triples it bulk-loaded (``build/cache/graph.nt``, see :func:`nato_kg.store.remember_build`),
with a record naming the store folder that holds them. When that record names the store a
graph was opened on and the file is the one recorded, the file *is* that store's content, and a
property's triples are found in it by a search of the bytes (a few hundred megabytes a second)
and turned into rdflib terms directly: the same triples in a fifth of the time. Anything else
(a memory graph, a store the record does not name, a graph with blank nodes, whose labels a
store need not keep) is read from the store as before.

The terms are parsed by hand for the forms pyoxigraph's N-Triples writer produces without
escapes (an IRI, a plain, language-tagged or typed literal); a term holding a backslash is
parsed by pyoxigraph itself, so escapes are never interpreted here.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from rdflib import Literal, URIRef  # this module is imported only where rdflib terms are wanted

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def snapshot_bytes(store_path: Path) -> bytes | None:
    """The N-Triples the Oxigraph store at ``store_path`` (its real folder) was loaded from, or None when
    the build's record does not name that store or the file is not the one it recorded."""
    from .store import read_build_record

    build_dir = store_path.parent
    found = read_build_record(build_dir / "cache" / "graph.nt", build_dir / "cache" / "graph.json")
    if found is None or found[1].get("store") != store_path.name:
        return None
    data = found[0]
    if data.startswith(b"_:") or b"\n_:" in data or b"> _:" in data:
        return None  # blank nodes: their labels in the store need not be the file's
    return data


def parse_term(raw: bytes):
    """The rdflib term for one N-Triples term as pyoxigraph writes it (as :func:`nato_kg.store.from_ox`
    would make it from the store).

    >>> parse_term(b'<https://example.org/a>')
    rdflib.term.URIRef('https://example.org/a')
    >>> parse_term(b'"2025-06-24"^^<http://www.w3.org/2001/XMLSchema#date>').datatype
    rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#date')
    >>> parse_term(b'"Ukraine"@en').language, parse_term(b'"plain"').datatype
    ('en', None)
    >>> str(parse_term(b'"he said \\\\"no\\\\""'))
    'he said "no"'
    """
    if b"\\" in raw:  # an escape: pyoxigraph reads it, never this code
        import pyoxigraph as ox

        from .store import from_ox

        return from_ox(next(iter(ox.parse(b"<x:s> <x:p> " + raw + b" .\n", format=ox.RdfFormat.N_TRIPLES))).object)
    if raw[:1] == b"<":
        return URIRef(raw[1:-1].decode("utf-8"))
    end = raw.rindex(b'"')
    value, rest = raw[1:end].decode("utf-8"), raw[end + 1:]
    if not rest:
        return Literal(value)
    if rest[:1] == b"@":
        return Literal(value, lang=rest[1:].decode("ascii"))
    datatype = rest[3:-1].decode("utf-8")  # ^^<…>
    return Literal(value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))


class Snapshot:
    """The triples of N-Triples (one per line, as pyoxigraph writes them), read one property at a time as
    rdflib terms, each distinct term made once.

    The lines are grouped by predicate in one pass when a property is first asked for (half a second
    for a million lines; a search of the bytes for each property took four); a property's lines are
    parsed when it is asked for (as terms, or as texts where only the text is wanted).
    """

    def __init__(self, data: bytes) -> None:
        self._data: bytes | None = data
        self._lines: dict[bytes, list[bytes]] = {}
        self._terms: dict[bytes, object] = {}
        self._pairs: dict[str, list[tuple]] = {}
        self._texts: dict[str, list[tuple]] = {}
        self._text_of: dict[bytes, str] = {}
        self._by_subject: dict[str, dict] = {}
        self._by_object: dict[str, dict] = {}

    def _group(self) -> None:
        data, self._data = self._data, None
        if data is None:
            return
        groups: dict[bytes, list[bytes]] = defaultdict(list)
        for line in data.split(b"\n"):
            if line:  # subject and predicate hold no spaces: the second word is the predicate
                groups[line.split(b" ", 2)[1]].append(line)
        self._lines = groups

    def subject_objects(self, prop: str) -> list[tuple]:
        """Every (subject, object) of the property ``prop`` (an IRI), in the file's order.

        >>> Snapshot(b'<x:a> <x:p> "1" .\\n<x:b> <x:q> <x:c> .\\n').subject_objects("x:q")
        [(rdflib.term.URIRef('x:b'), rdflib.term.URIRef('x:c'))]
        """
        found = self._pairs.get(prop)
        if found is None:
            self._group()
            term = self._term
            found = self._pairs[prop] = []
            add = found.append
            for line in self._lines.get(b"<" + prop.encode("utf-8") + b">", ()):
                subject, _, rest = line.split(b" ", 2)
                add((term(subject), term(rest[:-2])))  # every line ends " ."
        return found

    def subject_texts(self, prop: str) -> list[tuple]:
        """Every (subject, object as text) of ``prop``: a literal's lexical form (no rdflib Literal made), an IRI.

        >>> Snapshot(b'<x:a> <x:p> "1.5"^^<x:d> .\\n<x:b> <x:p> <x:c> .\\n').subject_texts("x:p")
        [(rdflib.term.URIRef('x:a'), '1.5'), (rdflib.term.URIRef('x:b'), 'x:c')]
        """
        found = self._texts.get(prop)
        if found is None:
            self._group()
            term, texts = self._term, self._text_of
            found = self._texts[prop] = []
            add = found.append
            for line in self._lines.get(b"<" + prop.encode("utf-8") + b">", ()):
                subject, _, rest = line.split(b" ", 2)
                raw = rest[:-2]
                text = texts.get(raw)
                if text is None:
                    text = texts[raw] = (raw[1:raw.rindex(b'"')].decode("utf-8") if raw[:1] == b'"' and b"\\" not in raw
                                         else str(parse_term(raw)))
                add((term(subject), text))
        return found

    def _term(self, raw: bytes):
        found = self._terms.get(raw)
        if found is None:
            found = self._terms[raw] = parse_term(raw)
        return found

    def objects(self, subject, prop: str) -> list:
        """Every object of ``subject``'s ``prop``."""
        index = self._by_subject.get(prop)
        if index is None:
            index = self._by_subject[prop] = defaultdict(list)
            for s, o in self.subject_objects(prop):
                index[s].append(o)
        return index.get(subject, [])

    def subjects(self, prop: str, obj) -> list:
        """Every subject whose ``prop`` is ``obj``."""
        index = self._by_object.get(prop)
        if index is None:
            index = self._by_object[prop] = defaultdict(list)
            for s, o in self.subject_objects(prop):
                index[o].append(s)
        return index.get(obj, [])
