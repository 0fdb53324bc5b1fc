"""The fact kinds, each described once: everything else iterates this registry.

A kind is a record class (:mod:`nato_kg.records`), a section of the seed files, a path
segment of its IRIs, an RDF class, the mapping function that writes its triples, its
style in the picture, and the rule that says when two of its facts are the same. Adding a
kind means one record class, one mapping module, one entry here, and its terms in the
ontology and shapes.

Kept free of rdflib: the CLI reads the kind names at start-up.

>>> [k.name for k in KINDS]
['role', 'pledge', 'target', 'claim']
>>> kind_of_section("pledges").iri_segment, by_name("role").section
('pledge', 'role_assignments')
>>> [e.name for e in ENTITY_KINDS]
['person', 'country', 'organization', 'place', 'event']
>>> key_of("target", {"actor": "spain", "percent_gdp": "2.1", "year": "2035"})
('target', 'spain', '2.1', '2035', ())
"""

from __future__ import annotations

from dataclasses import dataclass

from .records import Claim, Fact, Pledge, RoleFact, SpendingTarget

NKG = "https://w3id.org/nato-kg/ns#"
SCHEMA = "https://schema.org/"


def _words(text: str) -> frozenset[str]:
    from .text import content_words

    return frozenset(content_words(text))


@dataclass(frozen=True)
class FactKind:
    """One kind of fact, described once."""

    name: str  # role | pledge | target | claim
    record: type[Fact]
    section: str  # the seed files' section
    iri_segment: str  # {base}{segment}/{id}
    rdf_class: str  # the IRI of its class (every fact is also an nkg:Fact)
    mapper: str  # "module:function" under nato_kg.mapping, called as function(graph, fact, seeds, iris)
    color: str  # in the picture
    shape: str  # a vis-network shape
    legend: str
    #: The record fields that make two facts of this kind the same fact (then one fact with two
    #: sources). The one identity rule: ``add`` merging, the extractor's de-duplication and the
    #: ``duplicate`` check all compare these fields.
    identity_fields: tuple[str, ...]
    #: The leading identity fields an extractor can read from one sentence (dates and statuses
    #: come from elsewhere): what the extraction benchmark compares a candidate with a fact on.
    core: int
    #: For claims: the same statement needs close wording, not equal fields (the ``text`` field).
    same_words: bool = False

    def identity(self, fact: Fact) -> tuple:
        """The identity fields' values of a record."""
        return tuple(getattr(fact, name) for name in self.identity_fields)


@dataclass(frozen=True)
class EntityKind:
    """One type of entity (what facts are about), described once."""

    name: str  # the seed files' ``type``
    rdf_class: str
    color: str
    shape: str
    legend: str


KINDS: tuple[FactKind, ...] = (
    FactKind("role", RoleFact, "role_assignments", "role-assignment", NKG + "RoleAssignment", "roles:add_role",
             "#8cd17d", "dot", "a role someone holds",
             ("person", "role", "organization", "status", "start", "end"), 2),
    FactKind("pledge", Pledge, "pledges", "pledge", NKG + "Pledge", "pledges:add_pledge",
             "#b07aa1", "hexagon", "a pledge of money", ("donor", "amount", "currency", "recipient"), 3),
    FactKind("target", SpendingTarget, "targets", "target", NKG + "SpendingTarget", "targets:add_target",
             "#ff9da7", "triangleDown", "a spending target (% of GDP)", ("actor", "percent_gdp", "year", "proposed_by"), 3),
    FactKind("claim", Claim, "claims", "claim", SCHEMA + "Claim", "claims:add_claim",
             "#e15759", "dot", "a quote or paraphrase", ("speaker",), 1, same_words=True),
)

ENTITY_KINDS: tuple[EntityKind, ...] = (
    EntityKind("person", SCHEMA + "Person", "#4e79a7", "dot", "a person"),
    EntityKind("country", SCHEMA + "Country", "#59a14f", "square", "a country"),
    EntityKind("organization", SCHEMA + "Organization", "#f28e2b", "diamond", "an organisation"),
    EntityKind("place", SCHEMA + "Place", "#76b7b2", "triangle", "a place"),
    EntityKind("event", SCHEMA + "Event", "#edc948", "star", "an event"),
)
ENTITY_NAMES: tuple[str, ...] = tuple(e.name for e in ENTITY_KINDS)
_ENTITY_BY_CLASS = {e.rdf_class: e.name for e in ENTITY_KINDS}

#: The kinds' names, in the order tables list them.
NAMES: tuple[str, ...] = tuple(k.name for k in KINDS)
_BY_NAME = {k.name: k for k in KINDS}
_BY_SECTION = {k.section: k for k in KINDS}
_BY_CLASS = {k.rdf_class: k for k in KINDS}

#: Content-word overlap (Jaccard) at which two claims of one speaker are the same statement.
SAME_CLAIM = 0.8


def by_name(name: str) -> FactKind:
    """The kind called ``name`` (``pledge``)."""
    return _BY_NAME[name]


def kind_of_section(section: str) -> FactKind | None:
    """The kind whose facts a seed section holds, or None for the other sections."""
    return _BY_SECTION.get(section)


def kind_of_class(iri: str) -> FactKind | None:
    """The kind of an RDF class IRI (``…#Pledge``), or None."""
    return _BY_CLASS.get(str(iri))


def kind_of_types(types) -> str:
    """The kind name of a node with these ``rdf:type`` values, ``fact`` when none is a kind's class."""
    for t in types:
        kind = _BY_CLASS.get(str(t))
        if kind is not None:
            return kind.name
    return "fact"


def entity_kind_of_types(types) -> str:
    """The entity type name of a node with these ``rdf:type`` values, ``resource`` when none is one."""
    for t in types:
        name = _ENTITY_BY_CLASS.get(str(t))
        if name is not None:
            return name
    return "resource"


def key_of(kind: str, fields: dict) -> tuple:
    """The identity of a fact given as seed fields (an extracted candidate), for de-duplication:
    the kind's identity fields (a missing one takes the record's default, lists compare as
    tuples), and for claims the folded wording."""
    import dataclasses

    k = _BY_NAME[kind]
    defaults = {f.name: f.default for f in dataclasses.fields(k.record)}
    values = []
    for name in k.identity_fields:
        value = fields.get(name, defaults.get(name))
        values.append(tuple(value) if isinstance(value, list) else value)
    if k.same_words:
        values.append(" ".join(str(fields.get("text", "")).casefold().split()))
    return (kind, *values)


def same_fact(a: Fact, b: Fact) -> bool:
    """Whether two facts state the same thing (then one fact with two sources): the kind's identity,
    and for claims also close wording."""
    if a.kind != b.kind:
        return False
    kind = _BY_NAME[a.kind]
    if kind.identity(a) != kind.identity(b):
        return False
    if kind.same_words:
        wa, wb = _words(a.text), _words(b.text)  # type: ignore[attr-defined]
        return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= SAME_CLAIM
    return True
