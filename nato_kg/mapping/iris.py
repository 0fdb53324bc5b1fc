"""Data IRIs: ``{base}{type}/{slug}``, slash IRIs built from the seeds' frozen ids.

Every IRI the mapping makes is built here, and the sub-nodes of a fact (a derivation per
source, ``…/from/{source}``; its amounts, ``…/amount`` and ``…/amount-usd``) are read back
here too (:func:`owner`), so the two can never disagree; so are the values this project
computes (``…/converted-usd``).
"""

from __future__ import annotations

from rdflib import URIRef

from ..kinds import KINDS
from ..records import Fact, Seeds

#: The path segment of each fact kind's IRIs.
FACT_SEGMENTS = {k.name: k.iri_segment for k in KINDS}
#: The tails of a fact's sub-node IRIs.
_DERIVATION, _AMOUNT, _AMOUNT_USD = "/from/", "/amount", "/amount-usd"
_CONVERTED = "/converted-"  # + the currency, lower case: a value this project computed


def derivation(fact_node: URIRef, source_id: str) -> URIRef:
    """The ``prov:Derivation`` that ties one source to its evidence for a fact."""
    return URIRef(f"{fact_node}{_DERIVATION}{source_id}")


def amount(fact_node: URIRef, usd: bool = False) -> URIRef:
    """A pledge's amount node (the figure the source gives), or its US-dollar figure."""
    return URIRef(f"{fact_node}{_AMOUNT_USD if usd else _AMOUNT}")


def converted(fact_node: URIRef, currency: str) -> URIRef:
    """A pledge's amount converted by this project into ``currency`` (``…/converted-eur``)."""
    return URIRef(f"{fact_node}{_CONVERTED}{currency.lower()}")


def owner(node):
    """The fact node a sub-node (derivation, amount) belongs to, or None for any other node.

    >>> str(owner(URIRef("https://x/pledge/p1/from/src1"))), str(owner(URIRef("https://x/pledge/p1/amount-usd")))
    ('https://x/pledge/p1', 'https://x/pledge/p1')
    >>> owner(URIRef("https://x/person/mark-rutte")) is None
    True
    """
    text = str(node)
    if _DERIVATION in text:
        return type(node)(text.split(_DERIVATION, 1)[0])
    for tail in (_AMOUNT_USD, _AMOUNT):
        if text.endswith(tail):
            return type(node)(text[: -len(tail)])
    head, sep, tail = text.rpartition(_CONVERTED)
    if sep and len(tail) == 3 and tail.isalpha():
        return type(node)(head)
    return None


class Iris:
    """Builds the IRI of every record of a workspace under one base IRI."""

    def __init__(self, base: str, seeds: Seeds):
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self._seeds = seeds
        self._types = {e.id: e.type for e in seeds.entities.values()}
        self._kinds: dict[str, str] | None = None
        #: When a dict, every answer about another record (an entity's type, a role's label, a
        #: source's date, a fact's kind) is noted in it: a fragment mapped from one seed file is
        #: reused only while those answers stay the same (see :mod:`nato_kg.fragments`).
        self.looked_up: dict[tuple[str, str], object] | None = None

    def answer(self, what: str, key: str) -> object:
        """What the seeds say now about one record another one names: ``entity`` (its type), ``role``
        (its label), ``source`` (its date and date status, None if unknown) or ``fact`` (its kind)."""
        if what == "entity":
            found: object = self._types[key]
        elif what == "role":
            found = self._seeds.roles[key].label
        elif what == "source":
            s = self._seeds.sources.get(key)
            found = None if s is None else (s.date, s.date_status)
        else:
            if self._kinds is None:
                self._kinds = {f.id: f.kind for f in self._seeds.facts}
            found = self._kinds[key]
        if self.looked_up is not None:
            self.looked_up[(what, key)] = found
        return found

    def entity(self, slug: str) -> URIRef:
        """The IRI of an entity, e.g. ``…/person/mark-rutte``."""
        return URIRef(f"{self.base}{self.answer('entity', slug)}/{slug}")

    def source(self, source_id: str) -> URIRef:
        """The IRI of a source article, e.g. ``…/source/22aa553175590713``."""
        return URIRef(f"{self.base}source/{source_id}")

    def role(self, slug: str) -> URIRef:
        """The IRI of a role of the curated list, e.g. ``…/role/secretary-general``."""
        return URIRef(f"{self.base}role/{slug}")

    def role_scheme(self) -> URIRef:
        """The SKOS concept scheme that holds the curated roles."""
        return URIRef(f"{self.base}role")

    def fact(self, fact: Fact) -> URIRef:
        """The IRI of a fact node, e.g. ``…/pledge/finland-military-aid-2025``."""
        return self.fact_by_id(fact.id, fact.kind)

    def fact_by_id(self, fact_id: str, kind: str) -> URIRef:
        """The IRI of the fact of ``kind`` with id ``fact_id`` (a fact another one names)."""
        return URIRef(f"{self.base}{FACT_SEGMENTS[kind]}/{fact_id}")
