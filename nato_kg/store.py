"""Where the built graph lives: rdflib's in-memory store, or a persistent Oxigraph store.

The in-memory store is fine for a few thousand facts. For a year of news (millions of
triples) a persistent Oxigraph store under ``build/oxigraph`` loads, queries and dumps
one to two orders of magnitude faster; through oxrdflib it keeps the rdflib API, so
every consumer works on either. The choice is made with ``nato-kg build --store`` and
remembered in the workspace (``build/.store``); ``[store] kind`` in ``nato-kg.toml``
sets a default; without either, big workspaces get Oxigraph.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import NatoKGError
from .workspace import Workspace

if TYPE_CHECKING:
    from .snapshot import Snapshot

STORES = ("memory", "oxigraph")
#: Seeds larger than this (bytes of YAML) get the Oxigraph store unless told otherwise.
AUTO_OXIGRAPH_BYTES = 5 * 1024 * 1024


class StoreError(NatoKGError):
    """The store cannot be used as asked."""


def store_dir(ws: Workspace) -> Path:
    """The persistent Oxigraph store of a workspace."""
    return ws.build_dir / "oxigraph"


def _remembered(ws: Workspace) -> Path:
    return ws.build_dir / ".store"


def choose_store(ws: Workspace, requested: str | None = None) -> str:
    """The store to use: as requested, else remembered, else configured, else by size."""
    if requested:
        if requested not in STORES:
            raise StoreError(f"unknown store {requested!r}; use one of {', '.join(STORES)}")
        return requested
    remembered = _remembered(ws)
    if remembered.is_file() and remembered.read_text().strip() in STORES:
        return remembered.read_text().strip()
    configured = ws.config.get("store", {}).get("kind")
    if configured:
        if configured not in STORES:
            raise StoreError(f"nato-kg.toml: [store] kind must be one of {', '.join(STORES)}, not {configured!r}")
        return configured
    size = sum(p.stat().st_size for p in ws.seeds_dir.glob("*.y*ml") if p.is_file())
    return "oxigraph" if size > AUTO_OXIGRAPH_BYTES else "memory"


def remember_store(ws: Workspace, kind: str) -> None:
    """Record the store a build used, so that later commands use it too."""
    from .output import atomic_write_bytes

    atomic_write_bytes(_remembered(ws), kind.encode())


class OxTerms:
    """Converts rdflib terms to pyoxigraph terms, each distinct term once."""

    def __init__(self) -> None:
        import pyoxigraph as ox
        from rdflib import BNode, Literal, URIRef

        self.ox, self.URIRef, self.Literal, self.BNode = ox, URIRef, Literal, BNode
        self.cache: dict = {}
        # each IRI's and literal's N-Triples text, keyed by plain text, not by the rdflib term (whose hash is computed
        # in Python)
        self.iri_texts: dict[str, str] = {}
        self.literal_texts: dict[tuple, str] = {}

    def __call__(self, term):
        found = self.cache.get(term)
        if found is None:
            ox = self.ox
            if isinstance(term, self.URIRef):
                found = ox.NamedNode(str(term))
            elif isinstance(term, self.Literal):
                found = self._literal(str(term), term.datatype, term.language)
            elif isinstance(term, self.BNode):
                found = ox.BlankNode(str(term))
            else:  # pragma: no cover - variables never reach a store
                raise StoreError(f"cannot store {term!r}")
            self.cache[term] = found
        return found

    def _literal(self, text: str, datatype, language):
        ox = self.ox
        if language:
            return ox.Literal(text, language=language)
        if datatype:
            return ox.Literal(text, datatype=ox.NamedNode(str(datatype)))
        return ox.Literal(text)

    def ntriples(self, term, _text=str.__str__, _type=type) -> str:
        """A term's N-Triples form, as pyoxigraph writes it (each distinct IRI or literal made once)."""
        kind = _type(term)
        if kind is self.URIRef:
            key = _text(term)
            found = self.iri_texts.get(key)
            if found is None:
                found = self.iri_texts[key] = str(self.ox.NamedNode(key))
            return found
        if kind is self.Literal:
            lkey = (_text(term), term.datatype, term.language)
            found = self.literal_texts.get(lkey)
            if found is None:
                found = self.literal_texts[lkey] = str(self._literal(*lkey))
            return found
        return str(self(term))

    def triples(self, triples: Iterable[tuple]) -> list:
        """pyoxigraph Triples for rdflib triples."""
        ox = self.ox
        return [ox.Triple(self(s), self(p), self(o)) for s, p, o in triples]


def ntriples_of(triples) -> bytes:
    r"""rdflib triples as N-Triples, one per line, unsorted.

    Each distinct term is written once by pyoxigraph (its N-Triples form, escapes included) and the lines are joined
    here: making a pyoxigraph ``Triple`` per line for its serialiser cost half the conversion (the bytes are the same:
    tested against the serialiser).

    >>> from rdflib import Literal, URIRef
    >>> ntriples_of([(URIRef("https://x/a"), URIRef("https://x/p"), Literal('say "no"', lang="en"))])
    b'<https://x/a> <https://x/p> "say \\"no\\""@en .\n'
    """
    term = OxTerms().ntriples
    return "".join([f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o in triples]).encode()


def known_iri(value: str):
    """``URIRef(value)`` for an IRI Oxigraph has parsed or written: rdflib's constructor adds only a check (a
    warning when the text does not look like an IRI) that Oxigraph has made, at twice the cost of the term.

    >>> known_iri("https://example.org/a") == __import__("rdflib").URIRef("https://example.org/a")
    True
    """
    from rdflib import URIRef

    return str.__new__(URIRef, value)


def from_ox(term):
    """A pyoxigraph term as the rdflib term it stands for."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return known_iri(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == "http://www.w3.org/2001/XMLSchema#string" else URIRef(datatype))


class FromOx:
    """Converts pyoxigraph terms to rdflib terms, each distinct term once (terms repeat in real graphs)."""

    def __init__(self) -> None:
        self.cache: dict = {}

    def __call__(self, term):
        found = self.cache.get(term)
        if found is None:
            found = self.cache[term] = from_ox(term)
        return found


class TermReader:
    """Reads a graph one property at a time as rdflib terms, each distinct term converted once.

    On an Oxigraph-backed graph the triples come straight from pyoxigraph: through oxrdflib
    every triple also builds a Graph object for its context and converts each term afresh,
    which made reading the facts of 3,000 articles take 7 s (0.4 s in memory). Faster still, the
    workspace's own store is read from the N-Triples its build loaded into it, when the build's
    record says they are that store's (:mod:`nato_kg.snapshot`), kept with the graph for the next
    reader unless ``keep`` is false (a reader copying a few properties elsewhere). A memory graph
    is read with rdflib's own ``subject_objects``.
    """

    def __init__(self, graph, keep: bool = True) -> None:
        self.graph = graph
        self._store = inner_store(graph) if is_oxigraph(graph) else None
        self._term = FromOx()
        self._snapshot: Snapshot | None = None
        store_path = getattr(graph, "nato_kg_store_path", None)
        if self._store is not None and store_path is not None:
            if keep and hasattr(graph, "nato_kg_snapshot"):
                self._snapshot = graph.nato_kg_snapshot  # read once per graph: the facts view and the source titles share it
            else:
                from .snapshot import Snapshot, snapshot_bytes

                data = snapshot_bytes(store_path)
                self._snapshot = Snapshot(data, keep=keep) if data is not None else None
                if keep:  # else read for this reader alone, nothing kept with the graph
                    graph.nato_kg_snapshot = self._snapshot

    @property
    def from_file(self) -> bool:
        """Whether this reader reads the build's N-Triples file, which processes forked later may read too
        (an Oxigraph store need not stay readable across a fork)."""
        return self._snapshot is not None

    def count(self, prop=None) -> int | None:
        """How many triples of ``prop`` (all when None) there are, when known without reading them (from the file)."""
        return None if self._snapshot is None else self._snapshot.count(None if prop is None else str(prop))

    def forget(self) -> None:
        """Drop the terms converted so far (the next read makes them again)."""
        self._term = FromOx()
        if self._snapshot is not None:
            self._snapshot.forget()

    def subject_objects(self, prop) -> Iterator[tuple]:
        """Every (subject, object) of ``prop`` (an rdflib URIRef), in the graph's order."""
        if self._snapshot is not None:
            yield from self._snapshot.stream(str(prop))
            return
        if self._store is None:
            yield from self.graph.subject_objects(prop)
            return
        import pyoxigraph as ox

        term = self._term
        for q in self._store.quads_for_pattern(None, ox.NamedNode(str(prop)), None, ox.DefaultGraph()):
            yield term(q.subject), term(q.object)

    def subject_texts(self, prop) -> Iterator[tuple]:
        """Every (subject, object as text) of ``prop``: what ``str`` of the object gives, without making an
        rdflib Literal of it (most of the cost of reading a text, and the facts view keeps only the text)."""
        if self._snapshot is not None:
            yield from self._snapshot.subject_texts(str(prop))
            return
        if self._store is None:
            for s, o in self.graph.subject_objects(prop):
                yield s, str(o)
            return
        import pyoxigraph as ox

        term = self._term
        for q in self._store.quads_for_pattern(None, ox.NamedNode(str(prop)), None, ox.DefaultGraph()):
            yield term(q.subject), q.object.value

    def objects(self, subject, prop) -> Iterator:
        """Every object of ``subject``'s ``prop`` (an IRI's, both rdflib URIRefs)."""
        from rdflib import URIRef

        if self._snapshot is not None:
            yield from self._snapshot.objects(subject, str(prop))
            return
        if self._store is None or not isinstance(subject, URIRef):
            yield from self.graph.objects(subject, prop)
            return
        import pyoxigraph as ox

        for q in self._store.quads_for_pattern(ox.NamedNode(str(subject)), ox.NamedNode(str(prop)), None, ox.DefaultGraph()):
            yield self._term(q.object)

    def subjects(self, prop, obj) -> Iterator:
        """Every subject with ``prop`` ``obj`` (both rdflib URIRefs)."""
        if self._snapshot is not None:
            yield from self._snapshot.subjects(str(prop), obj)
            return
        if self._store is None:
            yield from self.graph.subjects(prop, obj)
            return
        import pyoxigraph as ox

        for q in self._store.quads_for_pattern(None, ox.NamedNode(str(prop)), ox.NamedNode(str(obj)), ox.DefaultGraph()):
            yield self._term(q.subject)


def rdflib_triples(parsed: Iterable) -> Iterator[tuple]:
    """rdflib triples for pyoxigraph triples or quads (their graph dropped); each distinct term
    is converted once, which halves the cost on real graphs where terms repeat."""
    term = FromOx()
    for t in parsed:
        yield term(t.subject), term(t.predicate), term(t.object)


def write_oxigraph(ntriples: bytes, path: Path) -> None:
    """Bulk-load N-Triples into a new Oxigraph store and switch ``path`` to it in one step.

    Each build writes a fresh directory beside ``path`` (``oxigraph-XXXX``), and ``path``
    is a symbolic link replaced atomically (``os.replace``): a kill at any moment leaves
    the old store or the new one, never a half-deleted one that breaks the next build.
    The previous store is kept (a reader may still have it open); older ones are removed.
    Oxigraph's bulk loader parses and writes in Rust; handing it Python term objects one
    by one (``bulk_extend``) is several times slower on a persistent store.

    The lines are loaded in pieces of :data:`LOAD_PIECE` bytes, then the store is compacted
    (``optimize``): the bulk loader holds what one call gives it in memory (870 MB for a
    million triples at once, under 200 MB in pieces, in the same time), and compacting the
    files the pieces wrote makes the store faster to query than one load left uncompacted
    (a million-triple ``pledge-totals`` 3.4 → 2.4 s) for a second's work.
    """
    import tempfile

    import pyoxigraph as ox

    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=path.name + "-", dir=path.parent))
    store = ox.Store(str(fresh))
    for piece in line_pieces(ntriples, LOAD_PIECE):
        store.bulk_load(piece, format=ox.RdfFormat.N_TRIPLES)
    store.optimize()
    store.flush()
    del store
    _switch(path, fresh)


#: Bytes of N-Triples given to Oxigraph's bulk loader at a time (see :func:`write_oxigraph`).
LOAD_PIECE = 24 * 1024 * 1024


def line_pieces(data: bytes, size: int) -> Iterator[bytes]:
    """``data`` in pieces of about ``size`` bytes, each cut after a line's end.

    >>> list(line_pieces(b"a .\\nb .\\nc .\\n", 5))
    [b'a .\\nb .\\n', b'c .\\n']
    >>> list(line_pieces(b"", 5))
    []
    """
    start = 0
    while start < len(data):
        end = data.find(b"\n", start + size)
        end = len(data) if end < 0 else end + 1
        yield data[start:end]
        start = end


def update_oxigraph(path: Path, removed: list[bytes], added: list[bytes]) -> bool:
    """Bring the store at ``path`` up to date by applying the lines ``removed`` and ``added`` (N-Triples,
    no blank nodes: see :func:`nato_kg.fragments.worth_applying`) to a copy of it, switched in as
    :func:`write_oxigraph` switches a new one.

    The copy is a checkpoint (hard links to the store's immutable files, instant), changed in one
    transaction (a SPARQL ``DELETE DATA``/``INSERT DATA``): a curator's edit to one seed file
    costs the triples it changes, not a bulk load of the whole graph (8.5 s at a million
    triples). Returns False, having changed nothing, when there is no store to copy.
    """
    import os
    import tempfile

    import pyoxigraph as ox

    if not path.is_symlink() or not path.resolve().is_dir():
        return False
    fresh = Path(tempfile.mkdtemp(prefix=path.name + "-", dir=path.parent))
    os.rmdir(fresh)  # the checkpoint makes the folder itself
    ox.Store.read_only(str(path.resolve())).backup(str(fresh))
    store = ox.Store(str(fresh))
    if removed or added:
        store.update("DELETE DATA {\n" + b"\n".join(removed).decode("utf-8") + "\n};\n"
                     "INSERT DATA {\n" + b"\n".join(added).decode("utf-8") + "\n}")
    store.flush()
    del store
    _switch(path, fresh)
    return True


def _switch(path: Path, fresh: Path) -> None:
    """Point the link ``path`` at the store ``fresh`` in one step; keep the previous store, remove older ones."""
    import os
    import tempfile

    previous = path.resolve() if path.is_symlink() else None
    if path.exists() and not path.is_symlink():  # a store from before this layout: move it aside
        path.rename(Path(tempfile.mkdtemp(prefix=path.name + "-", dir=path.parent)) / "old")
    link = path.with_name(f".{path.name}.link.tmp")
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(fresh.name)
    os.replace(link, path)
    for old in path.parent.glob(path.name + "-*"):
        if old.is_dir() and old not in (fresh, previous):
            shutil.rmtree(old, ignore_errors=True)


def _ntriples_cache(ws: Workspace) -> tuple[Path, Path]:
    return ws.build_dir / "cache" / "graph.nt", ws.build_dir / "cache" / "graph.json"


def previous_build(ws: Workspace) -> tuple[bytes, dict] | None:
    """The sorted N-Triples of the last build and its record (the Oxigraph store they were loaded into,
    the cached fragments they were made of), or None when that is not known for sure."""
    return read_build_record(*_ntriples_cache(ws))


def read_build_record(data: Path, record: Path) -> tuple[bytes, dict] | None:
    """The N-Triples file ``data`` and the record of the build that wrote it, or None when the file is not
    the one the record describes (its size and time)."""
    import json

    try:
        noted = json.loads(record.read_text(encoding="utf-8"))
        stat = data.stat()
        if [stat.st_size, stat.st_mtime_ns] != [noted.get("size"), noted.get("mtime_ns")]:
            return None
        return data.read_bytes(), noted
    except (OSError, ValueError, AttributeError):
        return None


def current_store(ws: Workspace) -> str | None:
    """The folder the workspace's Oxigraph link points at (None without one)."""
    path = store_dir(ws)
    return path.resolve().name if path.is_symlink() else None


def remember_build(ws: Workspace, ntriples: bytes, store: str | None, fragments: dict) -> None:
    """Keep the N-Triples just built for the next build's differences; the record (written last) names
    the store holding them and the fragments they came from, with the file's size and time and those
    of the Turtle written from them, so that a build killed in between is noticed (the next one then
    starts afresh)."""
    import json

    from .output import atomic_write_bytes

    data, record = _ntriples_cache(ws)
    record.unlink(missing_ok=True)
    atomic_write_bytes(data, ntriples)
    stat, turtle = data.stat(), ws.graph_path.stat()
    atomic_write_bytes(record, json.dumps({"store": store, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns,
                                           "turtle": [turtle.st_size, turtle.st_mtime_ns], "fragments": fragments}).encode())


def remove_oxigraph(path: Path) -> None:
    """Remove the store at ``path`` (the link and every store directory beside it)."""
    if path.is_symlink():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    for old in path.parent.glob(path.name + "-*"):
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)


def open_oxigraph_graph(path: Path):
    """An rdflib Graph (oxrdflib) over the store at ``path``, read-only; SPARQL runs in Oxigraph."""
    import pyoxigraph as ox
    from oxrdflib import OxigraphStore
    from rdflib import Graph
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    if not path.is_dir():
        raise StoreError(f"no Oxigraph store at {path}; run 'nato-kg build --store oxigraph'")
    real = path.resolve()  # the link is followed once: a build switching it meanwhile does not matter
    try:
        store = ox.Store.read_only(str(real))
    except OSError as exc:
        raise StoreError(f"cannot open the Oxigraph store at {path}: {exc}; run 'nato-kg build' again") from None
    graph = Graph(store=OxigraphStore(store=store), identifier=DATASET_DEFAULT_GRAPH_ID)
    graph.nato_kg_store_path = real  # type: ignore[attr-defined]  # lets a forked query reopen the same store
    return graph


def built_for_engine(ws: Workspace) -> tuple[str, str] | None:
    """What a query process opens to read the last build without rdflib, or None if there is nothing to
    open: ``("disk", path)`` for the on-disk Oxigraph store (its link followed now, so a build switching it
    meanwhile does not matter) or ``("turtle", path)`` for the built Turtle of a workspace kept in memory.
    See :func:`open_for_engine`."""
    if choose_store(ws) == "oxigraph":
        path = store_dir(ws)
        return ("disk", str(path.resolve())) if path.is_dir() else None
    return ("turtle", str(ws.graph_path)) if ws.graph_path.is_file() else None


def open_for_engine(where: tuple[str, str]):
    """The pyoxigraph Store :func:`built_for_engine` described: the on-disk store read-only, or the
    Turtle bulk-loaded into a memory store."""
    import pyoxigraph as ox

    kind, path = where
    if kind == "disk":
        return ox.Store.read_only(path)
    store = ox.Store()
    store.bulk_load(path=path, format=ox.RdfFormat.TURTLE)
    return store


def oxigraph_memory_graph(path: Path):
    """The built Turtle at ``path`` bulk-loaded into an in-memory Oxigraph store, as an rdflib Graph
    (oxrdflib): SPARQL on it runs in Oxigraph's engine.

    rdflib's engine joins row by row in Python: the pledge queries took minutes on a workspace of
    1,000 articles where Oxigraph answers in a tenth of a second, so queries never run in it."""
    from oxrdflib import OxigraphStore
    from rdflib import Graph
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    return Graph(store=OxigraphStore(store=open_for_engine(("turtle", str(path)))), identifier=DATASET_DEFAULT_GRAPH_ID)


def read_turtle(path):
    """A Turtle file into an rdflib memory graph, parsed by pyoxigraph (2–3x faster than rdflib's
    parser on the built graph); each distinct term is converted once."""
    import pyoxigraph as ox
    from rdflib import Graph

    graph = Graph()
    add = graph.add
    for triple in rdflib_triples(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)):
        add(triple)
    return graph


def open_built(ws: Workspace):
    """The last build's graph, from the store it used: the Oxigraph store, or the built Turtle in memory."""
    from .vocab import bind_prefixes

    if choose_store(ws) == "oxigraph" and store_dir(ws).is_dir():
        return bind_prefixes(open_oxigraph_graph(store_dir(ws)), ws.base_iri)
    return bind_prefixes(read_turtle(ws.graph_path), ws.base_iri)


def is_oxigraph(graph) -> bool:
    """Whether ``graph`` is backed by Oxigraph (queries then run in Oxigraph's engine)."""
    return type(graph.store).__name__ == "OxigraphStore"


def sorted_ntriples(graph) -> bytes:
    """All triples of a graph (rdflib, oxrdflib, a pyoxigraph Store or a list of its Triples) as sorted N-Triples.

    Written as pyoxigraph writes N-Triples (:func:`ntriples_of` for rdflib terms), which writes a literal exactly as it is and takes
    a second for a million triples where rdflib's takes minutes; sorting the lines makes
    the bytes deterministic, so a change to the seeds diffs cleanly.
    """
    import pyoxigraph as ox

    if isinstance(graph, ox.Store):
        data = graph.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    elif isinstance(graph, list) and (not graph or isinstance(graph[0], ox.Triple)):
        data = ox.serialize(graph, format=ox.RdfFormat.N_TRIPLES)
    elif is_oxigraph(graph):
        data = inner_store(graph).dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    else:
        data = ntriples_of(graph)
    lines = sorted(set((data or b"").split(b"\n")) - {b""})
    return b"\n".join(lines) + b"\n"


def sorted_turtle(graph, prefixes: dict[str, str], ntriples: bytes | None = None) -> bytes:
    """Turtle with the project's prefixes, subjects in sorted order (deterministic bytes).

    ``ntriples`` may give the graph's sorted N-Triples when the caller already has them."""
    import pyoxigraph as ox

    triples = ox.parse(ntriples or sorted_ntriples(graph), format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b""


def inner_store(graph):
    """The pyoxigraph Store behind an oxrdflib Graph."""
    return graph.store._inner


def sorted_quads(dataset, fmt: str, prefixes: dict[str, str]) -> bytes:
    """An rdflib Dataset as N-Quads (sorted lines) or TriG (graph by graph, sorted), via pyoxigraph."""
    import pyoxigraph as ox
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    term = OxTerms()
    quads = []
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = getattr(g, "identifier", g)
        graph = ox.DefaultGraph() if name is None or name == DATASET_DEFAULT_GRAPH_ID else term(name)
        quads.append(ox.Quad(term(s), term(p), term(o), graph))
    lines = sorted(set((ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"").split(b"\n")) - {b""})
    nquads = b"\n".join(lines) + b"\n"
    if fmt == "nq":
        return nquads
    ordered = sorted(ox.parse(nquads, format=ox.RdfFormat.N_QUADS), key=lambda q: (str(q.graph_name), str(q.subject)))
    return ox.serialize(ordered, format=ox.RdfFormat.TRIG, prefixes=prefixes) or b""
