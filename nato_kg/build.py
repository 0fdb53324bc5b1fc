"""Build the knowledge graph of a workspace: seeds + ontology → one RDF graph, and its summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from .errors import OntologyError, Position
from .importer import imported_fact_counts, imported_triples
from .kinds import NAMES as FACT_KINDS
from .mapping import Iris, seed_positions, seeds_to_graph
from .output import atomic_write_bytes
from .records import Seeds
from .seeds import load_seeds
from .stamp import input_fingerprint, positions_path, stamp_path
from .vocab import NKG_IRI, bind_prefixes
from .workspace import Workspace


@dataclass
class Summary:
    """Counts of a build: facts by kind, facts by source and kind, entities, triples."""

    by_kind: dict[str, int]
    by_source: dict[str, dict[str, int]]
    entities: int
    sources: int
    triples: int


@dataclass
class BuildResult:
    """What :func:`build_graph` returns: the graph, the seeds it came from and a summary."""

    graph: Graph
    seeds: Seeds
    summary: Summary
    #: Where each node came from in the seeds (see :func:`~nato_kg.mapping.seed_positions`).
    positions: dict[URIRef, Position]
    output: Path | None = None


def load_ontology(ws: Workspace) -> Graph:
    """Parse every ``ontology/*.ttl`` except SHACL shapes (``shapes*.ttl``)."""
    from .rdfio import read_turtle_files

    files = sorted(p for p in ws.ontology_dir.glob("*.ttl") if not p.name.startswith("shapes"))
    if not files:
        raise OntologyError(f"no ontology in {ws.relative(ws.ontology_dir)} (expected nato_kg.ttl)")
    return read_turtle_files(files, ws.relative)


def check_terms_declared(data, ontology: Graph) -> None:
    """Every ``nkg:`` term the data (a Graph or triples) uses as a predicate or class must be declared in the ontology."""
    used = {t for _, p, o in data for t in (p, o if p == RDF.type else None)
            if t is not None and str(t).startswith(NKG_IRI)}
    missing = sorted(str(t) for t in used if (t, RDF.type, None) not in ontology)
    if missing:
        raise OntologyError("terms used by the data but not declared in the ontology: " + ", ".join(missing))


def summarize(seeds: Seeds, graph: Graph, triples: int | None = None, imported: dict | None = None) -> Summary:
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
                   len(seeds.entities), len(seeds.sources), len(graph) if triples is None else triples)


def build_graph(ws: Workspace) -> BuildResult:
    """Load the seeds and the ontology of ``ws`` and return the merged graph (nothing written)."""
    seeds = load_seeds(ws.seeds_dir, ws.root)
    ontology = load_ontology(ws)
    data = seeds_to_graph(seeds, ws.base_iri)
    check_terms_declared(data, ontology)
    # Ontology and data in one file: Protégé or GraphDB then show the classes with the data.
    data += ontology
    data += imported_triples(ws)
    bind_prefixes(data, ws.base_iri)
    positions = seed_positions(seeds, Iris(ws.base_iri, seeds))
    return BuildResult(data, seeds, summarize(seeds, data, imported=imported_fact_counts(ws)), positions)


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


class TripleList(list):
    """A plain list of triples that the mapping can ``add`` to (faster than a Graph for bulk loads)."""

    def add(self, triple) -> None:
        self.append(triple)

    def bind(self, *args, **kwargs) -> None:  # prefixes are bound on the store that receives them
        pass


def build(ws: Workspace, output: Path | None = None, store: str | None = None) -> BuildResult:
    """Build the graph and write it as Turtle to ``output`` (default ``build/nato_kg.ttl``), atomically.

    ``store`` (``memory`` or ``oxigraph``; default: the workspace's choice, see
    :func:`nato_kg.store.choose_store`) says where the built graph lives for the commands
    that read it. A build to the default place also records the inputs' fingerprint, so
    that :func:`nato_kg.built.load_built_graph` knows whether the file is current.
    """
    from .transaction import writer_lock

    with writer_lock(ws.build_dir):  # one build at a time; a second one waits
        _clean_stale_temporaries(ws)
        return _build(ws, output, store)


def _clean_stale_temporaries(ws: Workspace) -> None:
    """Remove temporary files a killed build left in ``build/`` (only writers make them, and we hold the lock)."""
    if ws.build_dir.is_dir():
        for stray in ws.build_dir.glob(".*.tmp"):
            try:
                stray.unlink()
            except OSError:
                pass


def _build(ws: Workspace, output: Path | None, store: str | None) -> BuildResult:
    from .store import choose_store, remember_store

    kind = choose_store(ws, store)
    fingerprint = input_fingerprint(ws)
    target = Path(output) if output else ws.graph_path
    if kind == "oxigraph":
        result = _build_oxigraph(ws, target)
    else:
        result = build_graph(ws)
        atomic_write_bytes(target, turtle(result.graph, ws))
        if target == ws.graph_path:
            from .store import remove_oxigraph, store_dir

            remove_oxigraph(store_dir(ws))  # a memory build supersedes an older Oxigraph one
    if target == ws.graph_path:
        atomic_write_bytes(positions_path(ws), _positions_json(result.positions))
        atomic_write_bytes(stamp_path(ws), fingerprint.encode())  # last: the stamp says all of build/ is current
        remember_store(ws, kind)
    result.output = target
    return result


def _positions_json(positions: dict) -> bytes:
    """The seed positions as JSON, IRI → [file, line, column], sorted (deterministic bytes)."""
    import json

    return json.dumps({str(k): list(v) for k, v in sorted(positions.items(), key=lambda kv: str(kv[0]))},
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _build_oxigraph(ws: Workspace, target: Path) -> BuildResult:
    """Seeds → sorted N-Triples → bulk-loaded into a persistent Oxigraph store, and written as Turtle."""
    from .store import (
        OxTerms,
        open_oxigraph_graph,
        sorted_ntriples,
        sorted_turtle,
        store_dir,
        write_oxigraph,
    )
    from .vocab import PREFIXES

    seeds = load_seeds(ws.seeds_dir, ws.root)
    ontology = load_ontology(ws)
    triples = seeds_to_graph(seeds, ws.base_iri, TripleList())
    check_terms_declared(triples, ontology)
    triples.extend(ontology)
    triples.extend(imported_triples(ws))
    ntriples = sorted_ntriples(OxTerms().triples(triples))  # sorted, duplicates dropped
    del triples
    write_oxigraph(ntriples, store_dir(ws))
    atomic_write_bytes(target, sorted_turtle(None, PREFIXES, ntriples))  # the same triples, not a dump of the store
    graph = open_oxigraph_graph(store_dir(ws))
    positions = seed_positions(seeds, Iris(ws.base_iri, seeds))
    summary = summarize(seeds, graph, ntriples.count(b"\n"), imported_fact_counts(ws))
    return BuildResult(graph, seeds, summary, positions)
