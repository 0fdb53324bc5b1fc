"""What SHACL shapes can see of a graph: the triples validation needs, and the shapes that have targets.

pySHACL walks an rdflib memory graph one value node at a time, so its cost grows with the
triples it is given, and building that graph from the store costs as much again (1.1M
triples: about 30 s to build, 100 s to validate). Core SHACL shapes whose paths name
their predicates read nothing else: a value node comes from a triple whose predicate is on
a path, ``sh:class`` and ``sh:targetClass`` read ``rdf:type`` triples of the classes they
name (and their subclasses) and ``rdfs:subClassOf``, ``sh:targetSubjectsOf``/``ObjectsOf``
read their predicate. Validating only those triples gives the same results; every other
triple (labels nobody shapes, types no shape names, positions, provenance notes) is left in
the store. Shapes that use anything this module does not know (SPARQL constraints or
targets, ``sh:closed``, SHACL-AF rules, JavaScript) can read any triple: :func:`shape_scope`
returns None for them and the whole graph is validated.

This reads the shapes graph by hand (pySHACL exposes no such analysis); the list of
constraint parameters is SHACL Core's, from the W3C recommendation.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH

#: SHACL Core parameters that read only the focus node's values along a path, their types and
#: the nested shapes' own values (plus the ones that change no result).
_LOCAL = frozenset({
    SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf,
    SH.path, SH.inversePath, SH.alternativePath, SH.zeroOrMorePath, SH.oneOrMorePath, SH.zeroOrOnePath,
    SH["class"], SH.datatype, SH.nodeKind, SH.minCount, SH.maxCount,
    SH.minExclusive, SH.minInclusive, SH.maxExclusive, SH.maxInclusive,
    SH.minLength, SH.maxLength, SH.pattern, SH.flags, SH.languageIn, SH.uniqueLang,
    SH.equals, SH.disjoint, SH.lessThan, SH.lessThanOrEquals,
    SH["not"], SH["and"], SH["or"], SH.xone, SH.node, SH.property,
    SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint,
    SH["in"], SH.hasValue,
    SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group, SH.deactivated, SH.defaultValue,
})
_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
#: Parameters whose values are predicates of the data graph.
_READS_PREDICATES = (SH.path, SH.equals, SH.disjoint, SH.lessThan, SH.lessThanOrEquals,
                     SH.targetSubjectsOf, SH.targetObjectsOf)


@dataclass(frozen=True)
class ShapeScope:
    """The predicates the shapes read and the classes they name (targets and ``sh:class``)."""

    predicates: frozenset[URIRef]
    classes: frozenset[URIRef]


def shape_scope(shapes: Graph) -> ShapeScope | None:
    """The triples ``shapes`` can read, or None when they may read any (non-core features).

    >>> from rdflib import Graph
    >>> shapes = Graph().parse(format="turtle", data='''
    ...   @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
    ...   ex:S sh:targetClass ex:Pledge ; sh:property [ sh:path ex:donor ; sh:class ex:Country ] .''')
    >>> scope = shape_scope(shapes)
    >>> sorted(str(p) for p in scope.predicates), sorted(str(c) for c in scope.classes)
    (['https://example.org/donor'], ['https://example.org/Country', 'https://example.org/Pledge'])
    >>> _ = shapes.add((URIRef("https://example.org/S"), SH.closed, Literal(True)))
    >>> shape_scope(shapes) is None
    True
    """
    for _, p, o in shapes:
        if str(p).startswith(str(SH)) and p not in _LOCAL:
            if p == SH.closed and o == Literal(False):
                continue
            return None
    predicates: set[URIRef] = set()
    for parameter in _READS_PREDICATES:
        for value in shapes.objects(None, parameter):
            predicates.update(_path_iris(shapes, value))
    classes = {c for p in (SH.targetClass, SH["class"]) for c in shapes.objects(None, p) if isinstance(c, URIRef)}
    classes.update(_implicit_class_targets(shapes))
    return ShapeScope(frozenset(predicates), frozenset(classes))


def _path_iris(shapes: Graph, node) -> Iterator[URIRef]:
    """Every predicate a SHACL path names (through sequences, alternatives and inverses)."""
    seen: set = set()
    todo = [node]
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        if isinstance(node, URIRef):
            if node != RDF.nil:
                yield node
        elif isinstance(node, BNode):
            todo.extend(o for p, o in shapes.predicate_objects(node) if p != RDF.type)


def _implicit_class_targets(shapes: Graph) -> Iterable[URIRef]:
    """Shapes that are also classes target their own instances (SHACL 2.1.3.3)."""
    for cls in (RDFS.Class, OWL.Class):
        for node in shapes.subjects(RDF.type, cls):
            if isinstance(node, URIRef):
                yield node


def targeted_shapes(shapes: Graph) -> list[URIRef]:
    """The shapes that choose their own focus nodes (targets, or classes that are shapes), sorted.

    Nested shapes (``sh:node``, ``sh:or`` …) are validated through them."""
    found = {s for p in _TARGETS for s in shapes.subjects(p, None) if isinstance(s, URIRef)}
    found.update(s for s in _implicit_class_targets(shapes)
                 if (s, RDF.type, SH.NodeShape) in shapes or (s, RDF.type, SH.PropertyShape) in shapes)
    return sorted(found)


def focus_estimate(data: Graph, shapes: Graph, shape: URIRef) -> int:
    """How many focus nodes ``shape`` has in ``data`` (direct instances of its target classes):
    a cost to schedule the largest shapes first."""
    nodes = set(shapes.objects(shape, SH.targetNode))
    for cls in [*shapes.objects(shape, SH.targetClass), *([shape] if shape in set(_implicit_class_targets(shapes)) else [])]:
        nodes.update(data.subjects(RDF.type, cls))
    for prop in shapes.objects(shape, SH.targetSubjectsOf):
        nodes.update(data.subjects(prop, None))
    for prop in shapes.objects(shape, SH.targetObjectsOf):
        nodes.update(data.objects(None, prop))
    return len(nodes)


def only_targets_of(shapes: Graph, shape: URIRef) -> Graph:
    """A copy of ``shapes`` in which only ``shape`` chooses focus nodes: every other shape keeps its
    constraints (nested uses find them) but loses its targets."""
    out = Graph()
    for prefix, ns in shapes.namespaces():
        out.bind(prefix, ns)
    for s, p, o in shapes:
        if s != shape and (p in _TARGETS or (p == RDF.type and o in (RDFS.Class, OWL.Class))):
            continue
        out.add((s, p, o))
    return out


def one_shape_scope(shapes: Graph, shape: URIRef) -> ShapeScope | None:
    """What validating ``shape`` alone reads (see :func:`only_targets_of`): the scope of the part of
    the shapes graph it reaches (its constraints, nested shapes, lists), other shapes' targets left out.

    >>> from rdflib import Graph
    >>> shapes = Graph().parse(format="turtle", data='''
    ...   @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
    ...   ex:P sh:targetClass ex:Pledge ; sh:property [ sh:path ex:amount ; sh:node ex:M ] .
    ...   ex:M sh:targetClass ex:Money ; sh:property [ sh:path ex:currency ] .
    ...   ex:C sh:targetObjectsOf ex:donor ; sh:property [ sh:path ex:label ] .''')
    >>> scope = one_shape_scope(shapes, URIRef("https://example.org/P"))
    >>> sorted(str(p) for p in scope.predicates), sorted(str(c) for c in scope.classes)
    (['https://example.org/amount', 'https://example.org/currency'], ['https://example.org/Pledge'])
    """
    own = only_targets_of(shapes, shape)
    reached = Graph()
    seen: set = set()
    todo: list = [shape]
    while todo:
        node = todo.pop()
        if node in seen or isinstance(node, Literal):
            continue
        seen.add(node)
        for p, o in own.predicate_objects(node):
            reached.add((node, p, o))
            todo.append(o)
    return shape_scope(reached)


def scoped_graph(graph, scope: ShapeScope, reader=None) -> Graph:
    """A memory graph of the triples of ``graph`` (a memory or Oxigraph-backed graph) that ``scope`` reads.

    ``rdf:type`` triples are kept for the scope's classes and every subclass the graph
    declares (``rdfs:subClassOf``, kept whole), or all of them when a path reads ``rdf:type``.
    ``reader``: a :class:`~nato_kg.store.TermReader` of ``graph`` made beforehand (keeping nothing).
    """
    from ..store import TermReader

    if reader is None:
        reader = TermReader(graph, keep=False)  # copied once into the scoped graph: nothing kept twice
    out = Graph()
    add = out.add
    subclass = list(reader.subject_objects(RDFS.subClassOf))
    for s, o in subclass:
        add((s, RDFS.subClassOf, o))
    for prop in sorted(scope.predicates - {RDFS.subClassOf}):
        for s, o in reader.subject_objects(prop):
            add((s, prop, o))
    if RDF.type not in scope.predicates:
        for cls in sorted(_with_subclasses(scope.classes, subclass)):
            for s in reader.subjects(RDF.type, cls):
                add((s, RDF.type, cls))
    return out


def _with_subclasses(classes: Iterable[URIRef], subclass: list[tuple]) -> set:
    """``classes`` and every class declared a subclass of one of them, at any depth."""
    children: dict = {}
    for child, parent in subclass:
        children.setdefault(parent, []).append(child)
    found = set(classes)
    todo = list(found)
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found
