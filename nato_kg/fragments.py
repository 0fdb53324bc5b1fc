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
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import NatoKGError, OntologyError
from .parallel import spread, worker_count
from .records import Seeds
from .store import ntriples_of
from .vocab import NKG_IRI


class TripleList(list):
    """A plain list of triples that the mapping can ``add`` to (faster than a Graph for bulk loads)."""

    def add(self, triple) -> None:
        self.append(triple)

    def bind(self, *args, **kwargs) -> None:  # prefixes are bound on the store that receives them
        pass


def check_terms_declared(data, ontology) -> None:
    """Every ``nkg:`` term the data (a Graph or triples) uses as a predicate or class must be declared in the ontology."""
    from rdflib import URIRef
    from rdflib.namespace import RDF

    # Each distinct term object once, compared as plain text: rdflib hashes and compares its terms in Python, which made
    # this check 4 s of a million-triple build's CPU.
    rdf_type = str(RDF.type)
    predicates = {id(p): p for _, p, _ in data}
    classes = {id(o): o for _, p, o in data if str.__eq__(p, rdf_type)}
    used = {t for t in (*predicates.values(), *classes.values()) if isinstance(t, URIRef) and str.startswith(t, NKG_IRI)}
    missing = sorted(str(t) for t in used if (t, RDF.type, None) not in ontology)
    if missing:
        raise OntologyError("terms used by the data but not declared in the ontology: " + ", ".join(missing))


def sorted_lines(data: bytes) -> bytes:
    """N-Triples as sorted lines without repeats, each ending in a newline (``b""`` for none).

    >>> sorted_lines(b"b .\\na .\\nb .\\n")
    b'a .\\nb .\\n'
    """
    lines = set(data.split(b"\n"))
    lines.discard(b"")
    return b"\n".join(sorted(lines)) + b"\n" if lines else b""


def merge_ntriples(chunks: list[bytes]) -> bytes:
    """Chunks of sorted N-Triples lines (as :func:`sorted_lines` gives them) as one sorted document without
    repeats: the built graph's deterministic bytes.

    The chunks are merged line by line into one buffer: gathering every line first (a set, then a
    sorted list, then their join) held the whole graph's lines as a million objects on top of its
    bytes twice (+590 MB at the peak of a million-triple build; +330 MB so, and faster: 0.9 s, not 2.1).

    >>> merge_ntriples([b"a .\\nb .\\n", b"a .\\nc .\\n", b""])
    b'a .\\nb .\\nc .\\n'
    """
    import heapq

    out = bytearray()
    last = b""
    for line in heapq.merge(*map(_lines, chunks)):
        if line != last:  # a line two files give is written once
            out += line
            out += b"\n"
            last = line
    return bytes(out)


def _lines(chunk: bytes) -> Iterator[bytes]:
    """The non-empty lines of ``chunk``, one at a time (splitting a whole chunk would hold them all at once)."""
    find, start = chunk.find, 0
    while start < len(chunk):
        end = find(b"\n", start)
        if end < 0:
            end = len(chunk)
        if end > start:
            yield chunk[start:end]
        start = end + 1


def _bisect(blob: bytes, line: bytes) -> int:
    """The offset of the first line of the sorted lines ``blob`` that is ≥ ``line`` (``len(blob)`` if none):
    a binary search over byte offsets, so that a million lines need not be split to look one up."""
    lo, hi = 0, len(blob)  # both always at the start of a line
    while lo < hi:
        mid = (lo + hi) // 2
        start = blob.rfind(b"\n", lo, mid)
        start = lo if start < 0 else start + 1
        end = blob.find(b"\n", start)
        if blob[start:end] < line:
            lo = end + 1
        else:
            hi = start
    return lo


def subject_block(blob: bytes, subject: bytes) -> bytes:
    """Every line of ``subject`` (``<iri>`` as written) in the sorted N-Triples ``blob``, found by binary search.

    >>> subject_block(b"<a> <p> <b> .\\n<b> <p> <c> .\\n<b> <q> <d> .\\n<bc> <p> <e> .\\n", b"<b>")
    b'<b> <p> <c> .\\n<b> <q> <d> .\\n'
    """
    return blob[_bisect(blob, subject + b" "):_bisect(blob, subject + b" =")]  # every line of it ("> <…" sorts below "> =")


def has_line(blob: bytes, line: bytes) -> bool:
    """Whether the sorted lines ``blob`` hold ``line``.

    >>> has_line(b"a\\nc\\n", b"c"), has_line(b"a\\nc\\n", b"b")
    (True, False)
    """
    return blob.startswith(line + b"\n", _bisect(blob, line))


def rebased(previous: bytes, before: dict[str, bytes], after: dict[str, bytes]) -> tuple[bytes, list[bytes], list[bytes]]:
    """``previous`` (the sorted union of the sorted chunks ``before``) turned into the sorted union of
    ``after``, with the lines it lost and those it gained, by looking at the chunks that changed only.

    A line dropped from one file's chunk stays while another chunk still holds it (a person's
    ``holdsRoleIn`` an organisation comes from every role fact saying so); a line new to one chunk
    is added only if no chunk held it. What is left of ``previous`` is cut and pasted, not sorted again.
    """
    dropped: set[bytes] = set()
    gained: set[bytes] = set()
    for key in before.keys() | after.keys():
        old, new = before.get(key, b""), after.get(key, b"")
        if old != new:
            old_lines, new_lines = set(old.split(b"\n")), set(new.split(b"\n"))
            dropped |= old_lines - new_lines
            gained |= new_lines - old_lines
    dropped.discard(b"")
    gained.discard(b"")
    removed = sorted(line for line in dropped if not any(has_line(chunk, line) for chunk in after.values()))
    added = sorted(line for line in gained if not has_line(previous, line))
    edits = [(_bisect(previous, line), len(line) + 1, b"") for line in removed]
    edits += [(_bisect(previous, line), 0, line + b"\n") for line in added]
    pieces, cursor = [], 0
    for start, length, text in sorted(edits):  # an insertion before the removal at the same place
        pieces += [previous[cursor:start], text]
        cursor = start + length
    pieces.append(previous[cursor:])
    return b"".join(pieces), removed, added


def rebased_turtle(old: bytes, new: bytes, removed: list[bytes], added: list[bytes], prefixes: dict[str, str]) -> bytes | None:
    """The sorted Turtle of the sorted N-Triples ``new``, made from ``old`` (the Turtle of the graph before
    ``removed`` and ``added``) by writing again only the subjects whose lines changed; None where that
    cannot be done safely (a blank node, or a subject the prefixes abbreviate). Whether a difference is
    worth applying at all is :func:`worth_applying`'s to say.

    Turtle written from sorted N-Triples is one block per subject, in the lines' order, each block a
    line that names the subject and lines that start with a tab; literals never span lines.
    """
    from .store import sorted_turtle

    subjects = sorted({line[: line.index(b" ")] for line in (*removed, *added)})
    spaces = [ns.encode() for ns in prefixes.values()]
    if any(not s.startswith(b"<") or any(s[1:].startswith(ns) for ns in spaces) for s in subjects):
        return None
    header = _header_end(old)
    edits = []
    for subject in subjects:
        start = _block_search(old, header, subject, prefixes)
        if start is None:
            return None
        end = _next_block(old, start) if old.startswith(subject + b" ", start) else start
        lines = subject_block(new, subject)
        block = b""
        if lines:
            written = sorted_turtle(None, prefixes, lines)
            block = written[_header_end(written):]
        edits.append((start, end, block))
    pieces, cursor = [], 0
    for start, end, block in edits:
        pieces += [old[cursor:start], block]
        cursor = end
    pieces.append(old[cursor:])
    return b"".join(pieces)


#: Above this share of the graph changed, writing the store and the Turtle afresh is faster than applying the difference.
INCREMENTAL_SHARE = 0.2


def worth_applying(removed: list[bytes], added: list[bytes], lines: int) -> bool:
    """Whether a build's difference from the last one (``lines`` lines in all now) is applied to the store
    and the Turtle file rather than both written afresh: not when much changed (a new base IRI), nor
    with a blank node (its label is not stable from one build to the next).

    >>> worth_applying([b"<a> <p> <b> ."], [], 10), worth_applying([], [b"_:x <p> <b> ."], 10), worth_applying([b"x"] * 3, [], 10)
    (True, False, False)
    """
    return (len(removed) + len(added) <= INCREMENTAL_SHARE * max(1, lines)
            and not any(b"_:" in line for line in (*removed, *added)))


def _header_end(ttl: bytes) -> int:
    """Where the ``@prefix`` lines of a Turtle document end."""
    at = 0
    while ttl.startswith(b"@prefix ", at):
        at = ttl.index(b"\n", at) + 1
    return at


def _next_block(ttl: bytes, start: int) -> int:
    """The start of the block after the one at ``start`` (a block's further lines start with a tab)."""
    at = ttl.find(b"\n", start)
    while at >= 0 and ttl.startswith(b"\t", at + 1):
        at = ttl.find(b"\n", at + 1)
    return len(ttl) if at < 0 else at + 1


def _block_subject(ttl: bytes, start: int, prefixes: dict[str, str]) -> bytes | None:
    """The subject of the block at ``start`` as N-Triples writes it (a prefixed name expanded)."""
    token = ttl[start:ttl.index(b" ", start)]
    if token.startswith(b"<"):
        return token
    prefix, _, local = token.decode("utf-8").partition(":")
    if prefix not in prefixes or "\\" in local:
        return None
    return b"<" + (prefixes[prefix] + local).encode("utf-8") + b">"


def _block_search(ttl: bytes, lo: int, subject: bytes, prefixes: dict[str, str]) -> int | None:
    """The start of the first block (from ``lo``) whose subject is not before ``subject``: a binary search
    over byte offsets, stepping back from the middle to its block's first line."""
    hi = len(ttl)
    while lo < hi:
        mid = (lo + hi) // 2
        start = max(ttl.rfind(b"\n", lo, mid) + 1, lo)  # the line holding ``mid``
        while start > lo and ttl.startswith(b"\t", start):
            start = max(ttl.rfind(b"\n", lo, start - 1) + 1, lo)
        found = _block_subject(ttl, start, prefixes)
        if found is None:
            return None
        if found < subject:
            lo = _next_block(ttl, start)
        else:
            hi = start
    return lo


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


#: About how many bytes of seed file make one record (to weigh mapping work as :func:`~nato_kg.parallel.worker_count` asks).
_BYTES_PER_RECORD = 400

#: A cached fragment as a build used it: its file name, modification time and size.
Stamp = tuple[str, int, int]


@dataclass
class Mapped:
    """The seeds' triples, one sorted chunk per seed file (``""``: the ontology's and the imports')."""

    chunks: dict[str, bytes]
    #: The cached fragment behind each chunk, as written or read.
    stamps: dict[str, Stamp] = field(default_factory=dict)
    #: For a file mapped afresh over a stale fragment of the same name: that fragment's stamp and chunk.
    replaced: dict[str, tuple[Stamp, bytes]] = field(default_factory=dict)
    #: Each file's part of ``build/positions.json``: ``"IRI":[file,line,column]`` pairs, comma-separated.
    positions: dict[str, bytes] = field(default_factory=dict)


def mapped_ntriples(seeds: Seeds, base_iri: str, ontology, cache_dir: Path | None = None, extra: bytes = b"") -> Mapped:
    """The N-Triples of every seed file's records (one sorted chunk per file) and ``extra`` (the ontology's
    and imports'), each file mapped afresh only when its fragment under ``cache_dir`` is missing or
    stale. Raises :class:`OntologyError` for an ``nkg:`` term the ontology does not declare."""
    from .mapping import Iris, map_records, seed_positions

    iris = Iris(base_iri, seeds)
    context = hashlib.sha256(_mapping_code_hash() + base_iri.encode() + b"\0")
    if cache_dir is not None:  # the ontology decides which terms are declared: another ontology checks afresh
        context.update(b"\n".join(sorted(ntriples_of(ontology).split(b"\n"))))
    out = Mapped({})
    todo: list[tuple[str, str | None]] = []  # the files to map afresh, with their fragment's cache name
    for shown, (digest, _) in seeds.files.items():
        name = None
        if cache_dir is not None and digest is not None:
            h = context.copy()
            h.update(shown.encode() + b"\0" + digest.encode())
            name = h.hexdigest() + ".pickle"
            cached, stamp = _read(cache_dir / name)
            if cached is not None and stamp is not None:
                if all(_same(iris, key, value) for key, value in cached[0]):
                    out.chunks[shown], out.positions[shown], out.stamps[shown] = cached[1], cached[2], stamp
                    continue
                out.replaced[shown] = (stamp, cached[1])
        todo.append((shown, name))

    def fragment(shown: str) -> tuple[list, bytes, bytes]:
        """One file's lookups in other files, sorted N-Triples and positions."""
        part = Seeds()
        for r in seeds.files[shown][1]:
            _place(part, r)
        iris.looked_up = {}
        triples = TripleList()
        map_records(triples, part, seeds, iris)
        positions = _positions_part(seed_positions(part, iris))
        looked_up, iris.looked_up = iris.looked_up, None
        check_terms_declared(triples, ontology)
        return sorted(looked_up.items()), sorted_lines(ntriples_of(triples)), positions

    # on a big workspace several files at a time, in forked children that hold the records already
    files = [shown for shown, _ in todo]
    done = spread(fragment, files, worker_count(sum(len(seeds.files[f][1]) for f in files) * _BYTES_PER_RECORD, len(files)))
    for (shown, name), value in zip(todo, done, strict=True):
        out.chunks[shown], out.positions[shown] = value[1], value[2]
        _write(cache_dir, name, value, out, shown)
    # the chunks in the seed files' order, as positions.json joins them
    out.chunks = {shown: out.chunks[shown] for shown in seeds.files}
    out.positions = {shown: out.positions[shown] for shown in seeds.files}
    out.chunks[""] = sorted_lines(extra)
    if cache_dir is not None:
        name = "extra-" + hashlib.sha256(out.chunks[""]).hexdigest() + ".pickle"
        if (cache_dir / name).is_file():
            out.stamps[""] = _stamp(cache_dir / name)
        else:
            _write(cache_dir, name, ((), out.chunks[""], b""), out, "")
    return out


def _positions_part(positions: dict) -> bytes:
    """Seed positions as the inside of a JSON object (``"IRI":["seeds/x.yaml",3,5],…``)."""
    import json

    return json.dumps({str(k): v for k, v in positions.items()}, ensure_ascii=False, separators=(",", ":"))[1:-1].encode()


def previous_chunks(cache_dir: Path, stamps: dict[str, Stamp], mapped: Mapped) -> dict[str, bytes] | None:
    """The chunks the last build was made of (its fragments' ``stamps``), or None if one is no longer
    known for sure (rewritten since by a build that did not finish, or removed)."""
    out: dict[str, bytes] = {}
    if not isinstance(stamps, dict) or not all(isinstance(s, list) and len(s) == 3 for s in stamps.values()):
        return None  # a record damaged or from another version: start afresh
    for shown, stamp in stamps.items():
        stamp = tuple(stamp)  # type: ignore[assignment]  # JSON gave a list
        if mapped.stamps.get(shown) == stamp:
            out[shown] = mapped.chunks[shown]
        elif shown in mapped.replaced and mapped.replaced[shown][0] == stamp:
            out[shown] = mapped.replaced[shown][1]
        else:
            cached, now = _read(cache_dir / stamp[0])
            if cached is None or now != stamp:
                return None
            out[shown] = cached[1]
    return out


def prune_fragments(cache_dir: Path, keep: dict[str, Stamp]) -> None:
    """Remove the cached fragments no chunk of the last build came from."""
    names = {stamp[0] for stamp in keep.values()}
    if cache_dir.is_dir():
        for old in cache_dir.glob("*.pickle"):
            if old.name not in names:
                old.unlink(missing_ok=True)


def _stamp(path: Path) -> Stamp:
    st = path.stat()
    return path.name, st.st_mtime_ns, st.st_size


def _write(cache_dir: Path | None, name: str | None, value, out: Mapped, shown: str) -> None:
    import pickle

    from .output import atomic_write_bytes

    if cache_dir is None or name is None:
        return
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(cache_dir / name, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        out.stamps[shown] = _stamp(cache_dir / name)
    except (OSError, NatoKGError):  # a cache that cannot be written only costs time
        pass


def _read(path: Path):
    """A cached fragment and its stamp (None, None when missing or unreadable)."""
    import pickle

    try:
        stamp = _stamp(path)
        value = pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None, None
    # (answers, chunk, positions part): anything else is a damaged cache, which only costs a re-map
    if not (isinstance(value, tuple) and len(value) == 3 and isinstance(value[1], bytes) and isinstance(value[2], bytes)):
        return None, None
    return value, stamp


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
