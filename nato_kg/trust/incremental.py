"""Validate again only what an edit can change: the focus nodes whose results may differ.

A SHACL Core result for a focus node depends on a bounded neighbourhood of it: the triples of
the nodes its shapes' paths reach, their types (``sh:class``) and what nested shapes read of
them, ``depth`` steps at most (:func:`shape_depth`, read from the shapes). After an edit, the
triples that differ between the graph last validated and the current one (both kept as sorted
N-Triples, see :func:`nato_kg.store.previous_build`) name the changed subjects; a focus node
whose result can change reaches one of them within ``depth`` steps, found by walking the shapes'
predicates backwards. Those focus nodes are validated again on a small graph (their
neighbourhood, ``depth`` steps forwards, and the ``rdfs:subClassOf`` triples); every other
focus node keeps its last results.

Where that argument does not hold, :func:`revalidate` returns None and the whole graph is
validated: shapes beyond SHACL Core, paths of any length (``sh:zeroOrMorePath`` …) or inverse
paths, shapes that nest themselves, blank nodes (their labels are not stable between builds),
an edited class hierarchy (``rdfs:subClassOf``: targets change everywhere), or a change to a
large part of the graph (validating it whole is then as fast). The tests compare the two ways
over random edits.

This reads the shapes graph by hand, like :mod:`.shape_scope` (pySHACL offers no such analysis).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH

from .shape_scope import ShapeScope, _with_subclasses

#: Above this share of the graph's lines changed, the whole graph is validated again.
MAX_CHANGED_SHARE = 0.2

_NESTED_LISTS = (SH["and"], SH["or"], SH.xone)
_NESTED_ONE = (SH.node, SH["not"], SH.qualifiedValueShape)
_UNBOUNDED = (SH.inversePath, SH.zeroOrMorePath, SH.oneOrMorePath, SH.zeroOrOnePath)


class _Unbounded(Exception):
    """The shapes may read arbitrarily far (or in a way this module does not follow)."""


def shape_depth(shapes: Graph) -> int | None:
    """How many triples, followed from a focus node, the shapes may read (0: the focus node's own
    triples), or None when that is not bounded or not known.

    >>> from rdflib import Graph
    >>> shapes = Graph().parse(format="turtle", data='''
    ...   @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
    ...   ex:S sh:targetClass ex:Pledge ; sh:property [ sh:path ex:donor ; sh:class ex:Country ] ;
    ...        sh:property [ sh:path ex:source ; sh:node ex:D ] .
    ...   ex:D sh:property [ sh:path ex:entity ; sh:class ex:Article ] .''')
    >>> shape_depth(shapes)
    2
    >>> _ = shapes.parse(format="turtle", data='''@prefix sh: <http://www.w3.org/ns/shacl#> .
    ...   @prefix ex: <https://example.org/> . ex:D sh:property [ sh:path [ sh:zeroOrMorePath ex:part ] ] .''')
    >>> shape_depth(shapes) is None
    True
    """
    if any(True for p in _UNBOUNDED for _ in shapes.subject_objects(p)):
        return None
    memo: dict = {}
    try:
        roots = {s for s, p, _ in shapes if p in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf,
                                                    SH.property, SH.path)}
        return max((_depth(shapes, s, memo, frozenset()) for s in roots), default=0)
    except _Unbounded:
        return None


def _path_length(shapes: Graph, path) -> int:
    if isinstance(path, URIRef):
        return 1
    if isinstance(path, BNode):
        if (path, RDF.first, None) in shapes:  # a sequence path
            return sum(_path_length(shapes, step) for step in Collection(shapes, path))
        alternatives = shapes.value(path, SH.alternativePath)
        if alternatives is not None:
            return max((_path_length(shapes, step) for step in Collection(shapes, alternatives)), default=1)
    raise _Unbounded


def _nested(shapes: Graph, shape) -> Iterable:
    for p in _NESTED_ONE:
        yield from shapes.objects(shape, p)
    for p in _NESTED_LISTS:
        for members in shapes.objects(shape, p):
            yield from Collection(shapes, members)


def _depth(shapes: Graph, shape, memo: dict, visiting: frozenset) -> int:
    """The depth :func:`shape_depth` means, for one shape (node or property shape)."""
    if shape in memo:
        return memo[shape]
    if shape in visiting:
        raise _Unbounded  # a shape that nests itself reads as far as the data goes
    visiting = visiting | {shape}
    path = shapes.value(shape, SH.path)
    # a property shape's value nodes lie `length` steps away; a node shape's value node is the focus itself
    length = _path_length(shapes, path) if path is not None else 0
    depth = max(length - 1, 0)
    if path is not None and (shape, SH["class"], None) in shapes:
        depth = max(depth, length)  # the value nodes' own rdf:type triples
    for inner in _nested(shapes, shape):
        depth = max(depth, length + _depth(shapes, inner, memo, visiting))
    for prop in shapes.objects(shape, SH.property):
        depth = max(depth, length + _depth(shapes, prop, memo, visiting))
    memo[shape] = depth
    return depth


def changed_lines(old: bytes, new: bytes, chunk: int = 1 << 16) -> set[bytes]:
    r"""The lines in one of the sorted N-Triples ``old`` and ``new`` but not in the other.

    Both are cut at the same lines (every ``chunk`` bytes of ``new``, found in ``old`` by binary
    search), and only the pieces whose bytes differ are split into lines: a million lines are not
    held twice in memory to find the few an edit changed.

    >>> sorted(changed_lines(b"a\nb\nc\n", b"a\nc\nd\n", chunk=1))
    [b'b', b'd']
    """
    from ..fragments import _bisect

    changed: set[bytes] = set()
    if old == new:
        return changed
    o0 = n0 = 0
    while n0 < len(new) or o0 < len(old):
        cut = new.find(b"\n", n0 + chunk) if n0 + chunk < len(new) else -1
        if cut < 0 or cut + 1 >= len(new):
            n1, o1 = len(new), len(old)
        else:
            n1 = cut + 1
            o1 = max(_bisect(old, new[n1:new.find(b"\n", n1)]), o0)  # the same line (or where it would be) in old
        if new[n0:n1] != old[o0:o1]:
            changed |= set(new[n0:n1].split(b"\n")) ^ set(old[o0:o1].split(b"\n"))
        n0, o0 = n1, o1
    changed.discard(b"")
    return changed


def _parts(line: bytes) -> tuple[bytes, bytes, bytes]:
    s, p, rest = line.split(b" ", 2)
    return s, p, rest[:-2]  # the object, without " ."


def _iri(term: bytes) -> bytes:
    return term[1:-1]


def affected(old: bytes, new: bytes, depth: int, scope: ShapeScope) -> tuple[set[bytes], set[bytes]] | None:
    """The focus nodes (``<iri>`` as written in N-Triples) whose results may differ between the
    sorted N-Triples ``old`` and ``new``, and the nodes whose triples their validation reads; None
    when the whole graph must be validated again (see the module's text)."""
    changed = changed_lines(old, new)
    if not changed:
        return set(), set()
    if len(changed) > MAX_CHANGED_SHARE * max(new.count(b"\n"), 1):
        return None
    subclass = f"<{RDFS.subClassOf}>".encode()
    if any(line.startswith(b"_:") or b" _:" in line or _parts(line)[1] == subclass for line in changed):
        return None
    if new.startswith(b"_:") or b"\n_:" in new:
        return None
    paths = {f"<{p}>".encode() for p in scope.predicates if p != RDF.type}
    focus: set[bytes] = set()
    subjects: set[bytes] = set()
    for line in changed:
        s, _, o = _parts(line)
        subjects.add(s)
        focus |= {s, o}  # an object (a literal too) may have become or stopped being a target (sh:targetObjectsOf)
    frontier, walked = set(subjects), set(subjects)
    index: dict[bytes, list[bytes]] | None = None
    for _ in range(depth):  # who reaches a changed subject within `depth` steps of the shapes' paths
        if index is None and len(frontier) > FIND_AT_MOST:
            index = _pointing_index(new, paths)
        found = {s for o in frontier for s in (index.get(o, ()) if index is not None else _pointing_to(new, o, paths))}
        frontier = found - walked
        walked |= frontier
    focus |= walked
    reach, frontier = set(focus), set(focus)
    for _ in range(depth):  # what those focus nodes' validation reads
        frontier = {o for s in frontier for o in pointing_from(new, s, paths)} - reach
        reach |= frontier
    return focus, reach


#: Up to this many nodes, who points at them is found by searching the bytes for each; above, by one index.
FIND_AT_MOST = 64


def _pointing_to(blob: bytes, node: bytes, predicates: set[bytes]) -> list[bytes]:
    """The subjects of the lines of ``blob`` whose object is the IRI ``node`` and predicate one of ``predicates``."""
    out, needle, at = [], b" " + node + b" .\n", 0
    while (at := blob.find(needle, at)) >= 0:
        start = blob.rfind(b"\n", 0, at) + 1
        s, p, _ = blob[start:at + 1].split(b" ", 2)
        if p in predicates:
            out.append(s)
        at += len(needle)
    return out


def _pointing_index(blob: bytes, predicates: set[bytes]) -> dict[bytes, list[bytes]]:
    """Each IRI object of ``blob``'s lines with one of ``predicates``: the subjects pointing at it."""
    index: dict[bytes, list[bytes]] = defaultdict(list)
    for line in blob.split(b"\n"):
        if line:
            s, p, o = _parts(line)
            if p in predicates and o.startswith(b"<"):
                index[o].append(s)
    return index


def pointing_from(blob: bytes, subject: bytes, predicates: set[bytes]) -> list[bytes]:
    """The IRI objects of ``subject``'s lines in the sorted N-Triples ``blob`` whose predicate is one of ``predicates``."""
    out = []
    for line in subject_lines(blob, subject):
        _, p, o = _parts(line)
        if p in predicates and o.startswith(b"<"):
            out.append(o)
    return out


def subject_lines(blob: bytes, subject: bytes) -> list[bytes]:
    """Every line of ``subject`` in the sorted N-Triples ``blob`` (found by binary search)."""
    from ..fragments import subject_block

    return [line for line in subject_block(blob, subject).split(b"\n") if line]


def neighbourhood(new: bytes, reach: set[bytes], scope: ShapeScope) -> Graph:
    """A memory graph of the triples of ``reach``'s nodes that ``scope`` reads, with every
    ``rdfs:subClassOf`` triple of ``new`` (as :func:`.shape_scope.scoped_graph` keeps them)."""
    import re

    type_p = f"<{RDF.type}>".encode()
    # (found by one scan of the bytes: splitting a million lines to find a few dozen costs more than the rest)
    subclass = re.findall(rb"^<[^>\n]*> " + re.escape(f"<{RDFS.subClassOf}>".encode()) + rb" <[^\n]*$", new, re.M)
    pairs = [(URIRef(_iri(s).decode()), URIRef(_iri(o).decode())) for s, _, o in map(_parts, subclass)]
    classes = {f"<{c}>".encode() for c in _with_subclasses(scope.classes, pairs)}
    predicates = {f"<{p}>".encode() for p in scope.predicates}
    kept = list(subclass)
    for node in sorted(reach):
        for line in subject_lines(new, node):
            _, p, o = _parts(line)
            if p in predicates or (p == type_p and o in classes):
                kept.append(line)
    graph = Graph()
    if kept:
        graph.parse(data=b"\n".join(kept) + b"\n", format="nt")
    return graph


def revalidate(old: bytes, new: bytes, kept: list[tuple], shapes: Graph) -> tuple[list[tuple], int, Graph | None] | None:
    """The results for the sorted N-Triples ``new``, given ``kept``, the results for ``old``: the focus
    nodes an edit can affect validated again, the others' results kept. Returns the results, how many
    focus nodes were validated again and the graph they were validated on (None if none were); None
    when the whole graph must be validated (see the module's text)."""
    from .shape_scope import shape_scope
    from .validate import _validate

    scope, depth = shape_scope(shapes), shape_depth(shapes)
    found = affected(old, new, depth, scope) if scope is not None and depth is not None else None
    if found is None or scope is None:
        return None
    from rdflib.util import from_n3

    focus = {from_n3(term.decode("utf-8")) for term in found[0]}
    results = [r for r in kept if r[0] not in focus]
    if not focus:
        return results, 0, None
    data = neighbourhood(new, found[1], scope)
    _, again = _validate(data, shapes)
    return results + [r for r in again if r[0] in focus], len(focus), data
