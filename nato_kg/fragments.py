"""The seeds as N-Triples, mapped one seed file at a time and cached per file.

A build maps only the seed files that changed: each file's triples (its *fragment*, sorted
N-Triples) are kept under ``build/cache/fragments/``, named by a hash of the file, the base
IRI, the ontology and the mapping's code, together with every answer the mapping got about
records of other files (an entity's type, a role's label, a source's date, a fact's kind; see
:class:`~nato_kg.mapping.iris.Iris`). A fragment is reused while those answers stay the same:
changing an entity's type in ``entities.yaml`` re-maps the facts that name it, and nothing else.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from .errors import NatoKGError, OntologyError
from .records import Seeds
from .vocab import NKG_IRI


class TripleList(list):
    """A plain list of triples that the mapping can ``add`` to (faster than a Graph for bulk loads)."""

    def add(self, triple) -> None:
        self.append(triple)

    def bind(self, *args, **kwargs) -> None:  # prefixes are bound on the store that receives them
        pass


def check_terms_declared(data, ontology) -> None:
    """Every ``nkg:`` term the data (a Graph or triples) uses as a predicate or class must be declared in the ontology."""
    from rdflib.namespace import RDF

    used = {t for _, p, o in data for t in (p, o if p == RDF.type else None)
            if t is not None and str(t).startswith(NKG_IRI)}
    missing = sorted(str(t) for t in used if (t, RDF.type, None) not in ontology)
    if missing:
        raise OntologyError("terms used by the data but not declared in the ontology: " + ", ".join(missing))


def ntriples_of(triples) -> bytes:
    """rdflib triples as N-Triples (pyoxigraph's writer), one per line, unsorted."""
    import pyoxigraph as ox

    from .store import OxTerms

    return ox.serialize(OxTerms().triples(triples), format=ox.RdfFormat.N_TRIPLES) or b""


def merge_ntriples(chunks: list[bytes]) -> bytes:
    """N-Triples chunks as one sorted document without repeats (the built graph's deterministic bytes)."""
    lines: set[bytes] = set()
    for chunk in chunks:
        lines.update(chunk.split(b"\n"))
    lines.discard(b"")
    return b"\n".join(sorted(lines)) + b"\n"


@lru_cache(maxsize=1)
def _mapping_code_hash() -> bytes:
    """The mapping's code, the vocabulary and the exchange rates it uses: another version maps afresh."""
    from importlib.metadata import PackageNotFoundError, version

    from . import __version__

    here = Path(__file__).parent
    h = hashlib.sha256(__version__.encode())
    for path in sorted([*(here / "mapping").glob("*.py"), here / "vocab.py", here / "kinds.py", here / "records.py",
                        here / "conversion.py", here / "fragments.py"]):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    try:
        h.update(version("CurrencyConverter").encode())
    except PackageNotFoundError:  # pragma: no cover - a dependency
        pass
    return h.digest()


def mapped_ntriples(seeds: Seeds, base_iri: str, ontology, cache_dir: Path | None = None) -> list[bytes]:
    """The N-Triples of every seed file's records (one chunk per file), each file mapped afresh only
    when its fragment under ``cache_dir`` is missing or stale. Raises :class:`OntologyError` for an
    ``nkg:`` term the ontology does not declare."""
    import pickle

    from .mapping import Iris, map_records
    from .output import atomic_write_bytes

    iris = Iris(base_iri, seeds)
    context = hashlib.sha256(_mapping_code_hash() + base_iri.encode() + b"\0")
    if cache_dir is not None:  # the ontology decides which terms are declared: another ontology checks afresh
        context.update(b"\n".join(sorted(ntriples_of(ontology).split(b"\n"))))
    chunks: list[bytes] = []
    used: set[str] = set()
    for shown, (digest, records) in seeds.files.items():
        name = None
        if cache_dir is not None and digest is not None:
            h = context.copy()
            h.update(shown.encode() + b"\0" + digest.encode())
            name = h.hexdigest() + ".pickle"
            used.add(name)
            cached = _read(cache_dir / name)
            if cached is not None and all(_same(iris, key, value) for key, value in cached[0]):
                chunks.append(cached[1])
                continue
        part = Seeds()
        for r in records:
            _place(part, r)
        iris.looked_up = {}
        triples = TripleList()
        map_records(triples, part, seeds, iris)
        looked_up, iris.looked_up = iris.looked_up, None
        check_terms_declared(triples, ontology)
        chunk = ntriples_of(triples)
        chunks.append(chunk)
        if name is not None and cache_dir is not None:
            try:
                cache_dir.mkdir(parents=True, exist_ok=True)
                atomic_write_bytes(cache_dir / name, pickle.dumps((sorted(looked_up.items()), chunk),
                                                                  protocol=pickle.HIGHEST_PROTOCOL))
            except (OSError, NatoKGError):  # a cache that cannot be written only costs time
                pass
    if cache_dir is not None and cache_dir.is_dir():
        for old in cache_dir.glob("*.pickle"):
            if old.name not in used:
                old.unlink(missing_ok=True)
    return chunks


def _read(path: Path):
    import pickle

    try:
        return pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None


def _same(iris, key: tuple[str, str], value) -> bool:
    """Whether the seeds still give ``value`` for a record the fragment named (a record now gone differs)."""
    try:
        return iris.answer(*key) == value
    except KeyError:
        return False


def _place(part: Seeds, record) -> None:
    """Put one record of a seed file where :class:`Seeds` keeps its kind."""
    from .records import Entity, RoleType, Source

    if isinstance(record, Source):
        part.sources[record.id] = record
    elif isinstance(record, Entity):
        part.entities[record.id] = record
    elif isinstance(record, RoleType):
        part.roles[record.id] = record
    else:
        part.facts.append(record)
