"""The built graph read in bulk from the sorted N-Triples the build loaded into the store.

Reading a property of every fact out of the on-disk Oxigraph store costs about 10 µs a triple
in Python (each term is decoded by a lookup in the store's dictionary, then made a Python
object): the 740,000 triples ``check`` reads at a million triples took 8 s. The build keeps the
exact N-Triples it bulk-loaded (``build/cache/graph.nt``, see :func:`nato_kg.store.remember_build`),
with a record naming the store folder that holds them. When that record names the store a
graph was opened on and the file is the one recorded, the file *is* that store's content: where
each predicate's lines start is found in one pass, and a property's lines are turned into rdflib
terms directly when it is asked for — the same triples in a third of the time. Anything else
(a memory graph, a store the record does not name, a graph with blank nodes, whose labels a
store need not keep) is read from the store as before.

The terms are parsed by hand for the forms pyoxigraph's N-Triples writer produces without
escapes (an IRI, a plain, language-tagged or typed literal); a term holding a backslash is
parsed by pyoxigraph itself, so escapes are never interpreted here.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from rdflib import Literal, URIRef  # this module is imported only where rdflib terms are wanted

from .store import known_iri, line_pieces, read_build_record

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def snapshot_bytes(store_path: Path) -> bytes | None:
    """The N-Triples the Oxigraph store at ``store_path`` (its real folder) was loaded from, or None when
    the build's record does not name that store or the file is not the one it recorded."""
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
        return known_iri(raw[1:-1].decode("utf-8"))
    end = raw.rindex(b'"')
    value, rest = raw[1:end].decode("utf-8"), raw[end + 1:]
    if not rest:
        return Literal(value)
    if rest[:1] == b"@":
        return Literal(value, lang=rest[1:].decode("ascii"))
    datatype = rest[3:-1].decode("utf-8")  # ^^<…>
    return Literal(value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))


#: Bytes of N-Triples split into lines at a time while their starts are found (bounds the line objects held).
_PIECE = 8 * 1024 * 1024


def _line_starts(data: bytes) -> dict[bytes, array]:
    """Where each predicate's lines start in ``data``, by predicate (as written, ``<…>``).

    >>> {p: list(a) for p, a in _line_starts(b'<x:a> <x:p> "1" .\\n<x:b> <x:q> <x:c> .\\n<x:c> <x:p> "2" .\\n').items()}
    {b'<x:p>': [0, 38], b'<x:q>': [18]}
    """
    starts: dict[bytes, array] = {}
    at = 0
    for piece in line_pieces(data, _PIECE):
        offset = at
        for line in piece.split(b"\n"):
            if line:  # subject and predicate hold no spaces: the second word is the predicate
                predicate = line.split(b" ", 2)[1]
                found = starts.get(predicate)
                if found is None:
                    found = starts[predicate] = array("q")
                found.append(offset)
            offset += len(line) + 1
        at += len(piece)
    return starts


class Snapshot:
    """The triples of N-Triples (one per line, as pyoxigraph writes them), read one property at a time as
    rdflib terms, each distinct term made once.

    Where each property's lines start is found in one pass when a property is first asked for (under a
    second for a million lines, in pieces, so that the lines are never all held as objects at once; a
    search of the bytes for each property took four); a property's lines are parsed when it is asked
    for (as terms, or as texts where only the text is wanted). The bytes are kept, not the lines: a
    few properties read for validation cost no more memory than the file.
    """

    def __init__(self, data: bytes, keep: bool = True) -> None:
        self._data = data
        #: whether what is read is kept for the next ask (a reader of every fact), or read once as it streams by
        #: (a reader copying a few properties elsewhere: validation's scoped graph)
        self.keep = keep
        self._starts: dict[bytes, array] | None = None
        self._terms: dict[bytes, object] = {}
        self._pairs: dict[str, list[tuple]] = {}
        self._texts: dict[str, list[tuple]] = {}
        self._text_of: dict[bytes, str] = {}
        self._by_subject: dict[str, dict] = {}
        self._by_object: dict[str, dict] = {}

    def _lines(self, prop: str) -> Iterator[tuple[bytes, bytes]]:
        """Each (subject, object) of ``prop`` as the file writes them."""
        if self._starts is None:
            self._starts = _line_starts(self._data)
        data, find = self._data, self._data.find
        for start in self._starts.get(b"<" + prop.encode("utf-8") + b">", ()):
            subject, _, rest = data[start:find(b"\n", start)].split(b" ", 2)
            yield subject, rest[:-2]  # every line ends " ."

    def forget(self) -> None:
        """Drop every term and pair made so far (the bytes and where lines start are kept): what a task in
        a long-lived process read is freed with the task's own graph."""
        self._terms, self._pairs, self._texts, self._text_of = {}, {}, {}, {}
        self._by_subject, self._by_object = {}, {}

    def count(self, prop: str | None = None) -> int:
        """How many triples of the property ``prop`` (an IRI; all when None) there are.

        >>> Snapshot(b'<x:a> <x:p> "1" .\\n<x:b> <x:q> <x:c> .\\n<x:c> <x:q> <x:d> .\\n').count("x:q")
        2
        """
        if self._starts is None:
            self._starts = _line_starts(self._data)
        if prop is None:
            return sum(len(starts) for starts in self._starts.values())
        return len(self._starts.get(b"<" + prop.encode("utf-8") + b">", ()))

    def subject_objects(self, prop: str) -> list[tuple]:
        """Every (subject, object) of the property ``prop`` (an IRI), in the file's order.

        >>> Snapshot(b'<x:a> <x:p> "1" .\\n<x:b> <x:q> <x:c> .\\n').subject_objects("x:q")
        [(rdflib.term.URIRef('x:b'), rdflib.term.URIRef('x:c'))]
        """
        found = self._pairs.get(prop)
        if found is None:
            term = self._term
            found = [(term(subject), term(obj)) for subject, obj in self._lines(prop)]
            if self.keep:
                self._pairs[prop] = found
        return found

    def stream(self, prop: str) -> Iterator[tuple]:
        """Every (subject, object) of ``prop``; unless this snapshot keeps what it reads, made as they are read
        (nothing kept but the terms)."""
        if self.keep or prop in self._pairs:
            yield from self.subject_objects(prop)
            return
        term = self._term
        for subject, obj in self._lines(prop):
            yield term(subject), term(obj)

    def subject_texts(self, prop: str) -> list[tuple]:
        """Every (subject, object as text) of ``prop``: a literal's lexical form (no rdflib Literal made), an IRI.

        >>> Snapshot(b'<x:a> <x:p> "1.5"^^<x:d> .\\n<x:b> <x:p> <x:c> .\\n').subject_texts("x:p")
        [(rdflib.term.URIRef('x:a'), '1.5'), (rdflib.term.URIRef('x:b'), 'x:c')]
        """
        found = self._texts.get(prop)
        if found is None:
            term, texts = self._term, self._text_of
            found = []
            if self.keep:
                self._texts[prop] = found
            add = found.append
            for subject, raw in self._lines(prop):
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

    def _index(self, indexes: dict[str, dict], prop: str, by_subject: bool) -> dict:
        """``prop``'s pairs indexed by subject (its objects) or by object (its subjects), made once."""
        index = indexes.get(prop)
        if index is None:
            index = indexes[prop] = defaultdict(list)
            for s, o in self.subject_objects(prop):
                index[s if by_subject else o].append(o if by_subject else s)
        return index

    def objects(self, subject, prop: str) -> list:
        """Every object of ``subject``'s ``prop``."""
        return self._index(self._by_subject, prop, True).get(subject, [])

    def subjects(self, prop: str, obj) -> list:
        """Every subject whose ``prop`` is ``obj``."""
        if not self.keep and prop not in self._by_object and isinstance(obj, URIRef):
            wanted = b"<" + str(obj).encode("utf-8") + b">"  # compared as written: no term made for other objects
            return [self._term(subject) for subject, raw in self._lines(prop) if raw == wanted]
        return self._index(self._by_object, prop, False).get(obj, [])
