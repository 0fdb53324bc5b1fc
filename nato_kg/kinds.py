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
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .records import Claim, Fact, Pledge, RoleFact, SpendingTarget

NKG = "https://example.org/nato-kg/ns#"
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
    #: What makes two facts of this kind the same fact (then one fact with two sources).
    identity: Callable[[Fact], tuple]
    #: For claims: the same statement needs close wording, not equal fields.
    same_words: bool = False


def _role_identity(f) -> tuple:
    return (f.person, f.role, f.organization, f.status, f.start, f.end)


def _pledge_identity(f) -> tuple:
    return (f.donor, f.recipient, f.amount, f.currency)


def _target_identity(f) -> tuple:
    return (f.actor, f.percent_gdp, f.year, f.proposed_by)


def _claim_identity(f) -> tuple:
    return (f.speaker,)


KINDS: tuple[FactKind, ...] = (
    FactKind("role", RoleFact, "role_assignments", "role-assignment", NKG + "RoleAssignment", "roles:add_role",
             "#8cd17d", "dot", "a role someone holds", _role_identity),
    FactKind("pledge", Pledge, "pledges", "pledge", NKG + "Pledge", "pledges:add_pledge",
             "#b07aa1", "hexagon", "a pledge of money", _pledge_identity),
    FactKind("target", SpendingTarget, "targets", "target", NKG + "SpendingTarget", "targets:add_target",
             "#ff9da7", "triangleDown", "a spending target (% of GDP)", _target_identity),
    FactKind("claim", Claim, "claims", "claim", SCHEMA + "Claim", "claims:add_claim",
             "#e15759", "dot", "a quote or paraphrase", _claim_identity, same_words=True),
)

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
