"""Build the knowledge graph of a workspace: seeds + ontology → one RDF graph, and its summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from .collector import give_back, paused
from .errors import OntologyError, Position
from .fragments import mapped_ntriples, merge_ntriples, previous_chunks, rebased, rebased_turtle, worth_applying
from .importer import imported_fact_counts, imported_triples
from .kinds import NAMES as FACT_KINDS
from .mapping import Iris, seed_positions
from .output import atomic_write_bytes
from .records import Seeds
from .seeds import load_seeds
from .stamp import input_fingerprint, input_stats, positions_path, remember_inputs, stamp_path
from .store import ntriples_of, previous_build
from .vocab import bind_prefixes
from .workspace import Workspace


@dataclass
class Summary:
    """Counts of a build: facts by kind, facts by source and kind, entities, triples."""

    by_kind: dict[str, int]
    by_source: dict[str, dict[str, int]]
    entities: int
    sources: int
    triples: int
    #: Each source's date as the seeds give it ("" when unknown), for the summary table.
    dates: dict[str, str] = field(default_factory=dict)


@dataclass
class BuildResult:
    """What a build returns: the graph, the seeds it came from (None when nothing had changed
    and the seeds were not read), a summary, the seed positions of the nodes."""

    graph_source: object = field(repr=False)  # a Graph, or a function that loads it
    seeds: Seeds | None
    summary: Summary
    #: Where each node came from in the seeds (a dict, or a function that makes it): see ``positions``.
    positions_source: object = field(repr=False)
    output: Path | None = None
    #: Nothing had changed since the last build: nothing was read or written.
    unchanged: bool = False

    @property
    def graph(self) -> Graph:
        """The built graph (loaded on first use when the build found nothing changed)."""
        if callable(self.graph_source):
            self.graph_source = self.graph_source()
        return self.graph_source  # type: ignore[return-value]

    @property
    def positions(self) -> dict[URIRef, Position]:
        """Where each node came from in the seeds (see :func:`~nato_kg.mapping.seed_positions`), made on first use."""
        if callable(self.positions_source):
            self.positions_source = self.positions_source()
        return self.positions_source  # type: ignore[return-value]


def load_ontology(ws: Workspace) -> Graph:
    """Parse every ``ontology/*.ttl`` except SHACL shapes (``shapes*.ttl``)."""
    from .rdfio import read_turtle_files

    files = sorted(p for p in ws.ontology_dir.glob("*.ttl") if not p.name.startswith("shapes"))
    if not files:
        raise OntologyError(f"no ontology in {ws.relative(ws.ontology_dir)} (expected nato_kg.ttl)")
    return read_turtle_files(files, ws.relative)


def summarize(seeds: Seeds, graph: Graph | None, triples: int | None = None, imported: dict | None = None) -> Summary:
    """Count facts by kind and by source (a fact with two sources counts for both).

    An import counts the facts its file holds (``imported``: source id → kind → count).
    """
    by_kind = Counter({k: 0 for k in FACT_KINDS})
    by_source: dict[str, Counter] = {s: Counter() for s in seeds.sources}
    for fact in seeds.facts:
        by_kind[fact.kind] += 1
        for source in fact.sources:
            by_source[source][fact.kind] += 1
    for sid, counts in (imported or {}).items():
        by_source.setdefault(sid, Counter()).update(counts)
        by_kind.update(counts)
    return Summary(dict(by_kind), {s: dict(c) for s, c in by_source.items()},
                   len(seeds.entities), len(seeds.sources), triples if triples is not None else len(graph) if graph is not None else 0,
                   {sid: str(src.date) if src.date else "" for sid, src in seeds.sources.items()})


@dataclass
class _Assembled:
    seeds: Seeds
    ntriples: bytes  # sorted, without duplicates
    positions: object  # a function that makes the dict (see BuildResult.positions)
    positions_json: bytes  # build/positions.json, put together from each seed file's part
    summary: Summary
    #: The cached fragments it was made of (see :mod:`nato_kg.fragments`).
    fragments: dict = field(default_factory=dict)
    #: The lines removed and added since the last build, where worth applying to the store and the Turtle
    #: (see :func:`~nato_kg.fragments.worth_applying`; None: write both afresh).
    difference: tuple[list[bytes], list[bytes]] | None = None
    #: The last build's record: the store it was loaded into, the size and time of the Turtle it wrote.
    last: dict = field(default_factory=dict)


def _quiet(step: str) -> None:
    """A progress report nobody listens to."""


def _assemble(ws: Workspace, cache: bool = True, progress: Callable[[str], None] = _quiet) -> _Assembled:
    """The one pipeline: seed files → records (cached per file) → triples (+ ontology, imports)
    → sorted N-Triples, and the seed position of each node. Every store is filled from its output."""
    progress("reading the seeds")
    seeds = load_seeds(ws.seeds_dir, ws.root, ws.build_dir / "cache" / "seeds" if cache else None)
    ontology = load_ontology(ws)
    progress(f"mapping {len(seeds.facts):,} facts to triples")
    with paused():  # many small objects, no cycles: the collector would only rescan them (about 1.4x faster)
        # each seed file's triples, re-mapped only where the file (or what it names elsewhere) changed
        fragments = ws.build_dir / "cache" / "fragments"
        mapped = mapped_ntriples(seeds, ws.base_iri, ontology, fragments if cache else None,
                                 ntriples_of([*ontology, *imported_triples(ws)]))
        last = previous_build(ws) if cache else None
        before = previous_chunks(fragments, last[1].get("fragments") or {}, mapped) if last else None
        difference = None
        if last is not None and before:  # the last build's lines, cut and pasted where files changed
            ntriples, removed, added = rebased(last[0], before, mapped.chunks)
            if worth_applying(removed, added, ntriples.count(b"\n")):
                difference = (removed, added)
        else:
            ntriples = merge_ntriples(list(mapped.chunks.values()))
    summary = summarize(seeds, None, ntriples.count(b"\n"), imported_fact_counts(ws))
    positions_json = b"{" + b",".join(part for part in mapped.positions.values() if part) + b"}"
    # a chunk without a cached fragment (one that could not be written) could not be rebased on next time
    stamps = mapped.stamps if set(mapped.stamps) == set(mapped.chunks) else {}
    return _Assembled(seeds, ntriples, lambda: seed_positions(seeds, Iris(ws.base_iri, seeds)), positions_json, summary,
                      stamps, difference, last[1] if last is not None else {})


def _memory_graph(ntriples: bytes, ws: Workspace) -> Graph:
    """An rdflib memory graph of sorted N-Triples, parsed by pyoxigraph."""
    import pyoxigraph as ox

    from .store import rdflib_triples

    graph = Graph()
    add = graph.add
    for triple in rdflib_triples(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)):
        add(triple)
    return bind_prefixes(graph, ws.base_iri)


def build_graph(ws: Workspace) -> BuildResult:
    """Load the seeds and the ontology of ``ws`` and return the merged graph (nothing written;
    ontology and data in one graph, so that Protégé or GraphDB show the classes with the data)."""
    a = _assemble(ws, cache=False)
    return BuildResult(_memory_graph(a.ntriples, ws), a.seeds, a.summary, a.positions)


def serialize(graph: Graph, fmt: str = "turtle") -> bytes:
    """The graph as bytes in an rdflib format (``turtle``, ``nt``, ``xml``, ``json-ld``, …)."""
    out = graph.serialize(format=fmt, encoding="utf-8")
    return out if isinstance(out, bytes) else out.encode("utf-8")


def turtle(graph, ws: Workspace) -> bytes:
    """The graph as deterministic Turtle with the vocabularies' prefixes (see :func:`nato_kg.store.sorted_turtle`).

    Data IRIs are written in full: their local names hold slashes, which Turtle would
    have to escape (``id:country\\/finland``), and some tools read that badly.
    """
    from .store import sorted_turtle
    from .vocab import PREFIXES

    return sorted_turtle(graph, PREFIXES)


#: The steps of a build, in order, as ``progress`` reports them (a build with nothing changed reports none).
BUILD_STEPS = 5


def build(ws: Workspace, output: Path | None = None, store: str | None = None, force: bool = False,
          progress: Callable[[str], None] = _quiet) -> BuildResult:
    """Build the graph and write it as Turtle to ``output`` (default ``build/nato_kg.ttl``), atomically.

    ``store`` (``memory`` or ``oxigraph``; default: the workspace's choice, see
    :func:`nato_kg.store.choose_store`) says where the built graph lives for the commands
    that read it. A build to the default place also records the inputs' fingerprint, so
    that :func:`nato_kg.built.load_built_graph` knows whether the file is current; when
    nothing has changed since (and ``force`` is false), nothing is read or written and the
    result says ``unchanged``. ``progress`` is called with each step's description as it
    starts (:data:`BUILD_STEPS` of them), for a progress bar.
    """
    from .transaction import writer_lock

    # (the collector paused for the whole build, not only while mapping: the seeds' millions of small objects, none in a
    # cycle, made it rescan them while the outputs were written, 0.55 s of a 4.6 s build after one edit at 1M triples)
    with writer_lock(ws.build_dir), paused():  # one build at a time; a second one waits
        _clean_stale_temporaries(ws)
        return _build(ws, output, store, force, progress)


def _clean_stale_temporaries(ws: Workspace) -> None:
    """Remove temporary files a killed build left in ``build/`` (only writers make them, and we hold the lock)."""
    if ws.build_dir.is_dir():
        for stray in ws.build_dir.glob(".*.tmp"):
            try:
                stray.unlink()
            except OSError:
                pass


def _build(ws: Workspace, output: Path | None, store: str | None, force: bool, progress: Callable[[str], None]) -> BuildResult:
    from .stamp import is_current
    from .store import choose_store, remember_store

    kind = choose_store(ws, store)
    target = Path(output) if output else ws.graph_path
    if not force and target == ws.graph_path and is_current(ws) and choose_store(ws) == kind:
        unchanged = _unchanged(ws, target)
        if unchanged is not None:
            return unchanged
    stats = input_stats(ws)  # before hashing: a file that changes meanwhile no longer matches them
    fingerprint = input_fingerprint(ws)
    a = _assemble(ws, progress=progress)
    give_back()  # the lines sorted while assembling, before Oxigraph's loader needs memory of its own
    from concurrent.futures import ThreadPoolExecutor

    progress(f"writing {target.name} ({a.summary.triples:,} triples)")
    # the Turtle is made while the store loads: pyoxigraph does both outside Python's lock (1.3 s of 6 at 1M triples)
    with ThreadPoolExecutor(1) as beside:
        made = beside.submit(_turtle, ws, a, target, force)
        progress("loading the Oxigraph store" if kind == "oxigraph" and target == ws.graph_path else "loading the graph")
        graph = _load(ws, a, kind, target, force)
        atomic_write_bytes(target, made.result())
    progress("writing positions and summary")
    if target == ws.graph_path:
        from .fragments import prune_fragments
        from .store import current_store, remember_build

        remember_build(ws, a.ntriples, current_store(ws) if kind == "oxigraph" else None, a.fragments)
        prune_fragments(ws.build_dir / "cache" / "fragments", a.fragments)
        atomic_write_bytes(positions_path(ws), a.positions_json)
        atomic_write_bytes(_summary_path(ws), _summary_json(a.summary))
        atomic_write_bytes(stamp_path(ws), fingerprint.encode())  # last: the stamp says all of build/ is current
        remember_inputs(ws, fingerprint, stats)  # (kept stats name their fingerprint: an older record vouches for no new stamp)
        remember_store(ws, kind)
    return BuildResult(graph, a.seeds, a.summary, a.positions, target)


def _turtle(ws: Workspace, a: _Assembled, target: Path, force: bool) -> bytes:
    """The built graph as Turtle: the last build's with the blocks of the changed subjects written again
    where that build's file is still as it left it, else written afresh."""
    from .store import sorted_turtle
    from .vocab import PREFIXES

    if not force and a.difference is not None and target == ws.graph_path and target.is_file() \
            and [target.stat().st_size, target.stat().st_mtime_ns] == a.last.get("turtle"):
        rebased = rebased_turtle(target.read_bytes(), a.ntriples, *a.difference, PREFIXES)
        if rebased is not None:
            return rebased
    return sorted_turtle(None, PREFIXES, a.ntriples)


def _load(ws: Workspace, a: _Assembled, kind: str, target: Path, force: bool) -> object:
    """Where the commands will read the built graph: the Oxigraph store brought up to date (the last
    build's differences applied to a copy of its store, else loaded afresh), or a memory graph."""
    from .store import remove_oxigraph, store_dir

    if target != ws.graph_path:
        return _memory_graph(a.ntriples, ws)
    if kind == "oxigraph":
        from .store import current_store, open_oxigraph_graph, update_oxigraph, write_oxigraph

        holding = current_store(ws)  # the store the last build's record must name for its difference to apply
        applied = (not force and a.difference is not None and holding is not None and a.last.get("store") == holding
                   and update_oxigraph(store_dir(ws), *a.difference))
        if not applied:
            write_oxigraph(a.ntriples, store_dir(ws))
        # opened when asked for: oxrdflib imports rdflib's SPARQL engine (0.8 s), which `nato-kg build` never uses
        return lambda: bind_prefixes(open_oxigraph_graph(store_dir(ws)), ws.base_iri)
    remove_oxigraph(store_dir(ws))  # a memory build supersedes an older Oxigraph one
    ntriples = a.ntriples
    return lambda: _memory_graph(ntriples, ws)  # parsed when asked for


def _summary_path(ws: Workspace) -> Path:
    return ws.build_dir / "summary.json"


def _summary_json(summary: Summary) -> bytes:
    import json

    # vars, not dataclasses.asdict: its fields are plain dicts and numbers, which asdict would copy deeply (0.5 s at 1M)
    return json.dumps(vars(summary), ensure_ascii=False, sort_keys=True).encode("utf-8")


def _unchanged(ws: Workspace, target: Path) -> BuildResult | None:
    """The last build's result, when its summary is there to read (nothing is parsed or written)."""
    import json

    from .stamp import load_positions
    from .store import open_built

    try:
        summary = Summary(**json.loads(_summary_path(ws).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
    return BuildResult(lambda: open_built(ws), None, summary, lambda: load_positions(ws), target, unchanged=True)
