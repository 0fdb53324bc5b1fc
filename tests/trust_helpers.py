"""Small graphs made in the tests, from typed records (no YAML), for the trust rules."""

from __future__ import annotations

from decimal import Decimal

from nato_kg.errors import Position
from nato_kg.mapping import Iris, seed_positions, seeds_to_graph
from nato_kg.records import (
    Citation,
    Claim,
    DateValue,
    Entity,
    Pledge,
    RoleFact,
    RoleType,
    Seeds,
    Source,
    SpendingTarget,
)

BASE = "https://example.org/test/"
_line = iter(range(1, 10**6))


def pos() -> Position:
    return Position("seeds/test.yaml", next(_line), 5)


def cite(*sources: str) -> tuple[Citation, ...]:
    return tuple(Citation(s, f"evidence from {s}", pos()) for s in sources)


def small_seeds(*facts, sources=None) -> Seeds:
    """Seeds with a few people, countries and articles, plus ``facts``."""
    seeds = Seeds()
    for sid, when in (sources or {"a1": "2025-03-01", "a2": "2025-03-02", "a3": "2025-06", "ref": None}).items():
        seeds.sources[sid] = Source(sid, f"Article {sid}", pos(), date=DateValue(when) if when else None,
                                    date_status="stated" if when else "unknown")
    for eid, etype in (("alice", "person"), ("bob", "person"), ("carol", "person"), ("org", "organization"),
                       ("land", "country"), ("other", "country")):
        seeds.entities[eid] = Entity(eid, etype, eid.title(), pos())
    seeds.roles["chief"] = RoleType("chief", "Chief", pos())
    seeds.facts.extend(facts)
    return seeds


def graph_of(seeds: Seeds):
    """The graph and the seed positions of ``seeds``."""
    return seeds_to_graph(seeds, BASE), seed_positions(seeds, Iris(BASE, seeds))


def claim(fid, speaker, text, *sources, kind="quote", topic="spending"):
    return Claim(fid, cite(*sources), pos(), speaker=speaker, text=text, claim_kind=kind, topic=topic)


def role(fid, person, *sources, start=None, end=None, as_of=None, status=None):
    return RoleFact(fid, cite(*sources), pos(), person=person, role="chief", organization="org",
                    start=DateValue(start) if start else None, end=DateValue(end) if end else None,
                    as_of=DateValue(as_of) if as_of else None, status=status)


def target(fid, percent, *sources, actor="org", year=None, proposed_by=(), status="proposed"):
    return SpendingTarget(fid, cite(*sources), pos(), actor=actor, percent_gdp=Decimal(percent), year=year,
                          proposed_by=tuple(proposed_by), status=status, category="defence")


def pledge(fid, amount, *sources, donor="land", currency="USD"):
    return Pledge(fid, cite(*sources), pos(), donor=donor, recipient="other", amount=Decimal(amount), currency=currency)
