"""Typed records of the curated seeds: what the loader produces and the mapping reads.

Every record remembers the seed position it came from, so that a check on the
graph can point back to the line an analyst has to edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import ClassVar

from .errors import Position


@dataclass(frozen=True)
class DateValue:
    """A date as precise as the source gives it: ``2025``, ``2025-06`` or ``2025-06-05``."""

    text: str

    @property
    def datatype(self) -> str:
        """The XSD datatype's local name: ``gYear``, ``gYearMonth`` or ``date``."""
        return {4: "gYear", 7: "gYearMonth"}.get(len(self.text), "date")

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Citation:
    """One source's support for a fact: the article and the verbatim evidence quote."""

    source: str
    evidence: str
    position: Position


@dataclass(frozen=True)
class Source:
    """A news article (or a reference work) that facts cite."""

    id: str
    title: str
    position: Position
    kind: str = "article"
    title_status: str = "stated"
    date: DateValue | None = None
    date_status: str = "unknown"
    date_basis: str | None = None
    file: str | None = None
    publisher: str | None = None
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Entity:
    """A person, country, organisation, place or event, with a frozen slug id."""

    id: str
    type: str
    label: str
    position: Position
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    iso3166: str | None = None
    #: for an organisation that is a country's government: that country's id
    government_of: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class RoleType:
    """An entry of the curated list of roles (``secretary-general``, ``prime-minister``)."""

    id: str
    label: str
    position: Position
    broader: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Fact:
    """What every fact has: a frozen id, its citations and where it was written."""

    kind: ClassVar[str] = "fact"
    id: str
    citations: tuple[Citation, ...]
    position: Position
    note: str | None = None
    #: How the fact's date (``date``, or ``as_of`` for a role) is known: ``stated`` by its
    #: sources, or ``inferred`` (then ``date_basis`` says from what). None: no date.
    date_status: str | None = None
    date_basis: str | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources that state this fact, in seed order."""
        return tuple(c.source for c in self.citations)


@dataclass(frozen=True)
class RoleFact(Fact):
    """A person holding a role in an organisation (or a country's government)."""

    kind: ClassVar[str] = "role"
    person: str = ""
    role: str = ""
    organization: str = ""
    start: DateValue | None = None
    end: DateValue | None = None
    as_of: DateValue | None = None
    status: str | None = None


@dataclass(frozen=True)
class Pledge(Fact):
    """A donor's pledge of an amount to a recipient."""

    kind: ClassVar[str] = "pledge"
    donor: str = ""
    recipient: str = ""
    amount: Decimal = Decimal(0)
    currency: str = ""
    amount_usd: Decimal | None = None
    purpose: str | None = None
    date: DateValue | None = None
    #: What kind of figure the source gives (see PLEDGE_FIGURES): only a package is new money.
    figure: str = "package"
    aid_type: str = "unspecified"  # military | financial | humanitarian | unspecified
    status: str | None = None  # announced | committed | delivered, as the source says
    period: str | None = None  # the period the figure covers, as stated ("2022–2025", "since 2022")
    #: For a joint figure: the other donors (the ``donor`` is the first named).
    joint_with: tuple[str, ...] = ()
    #: For a share ("of which 350 million military"): the id of the pledge it is part of.
    share_of: str | None = None


#: The kinds of figure a pledge can be (the Kiel Institute's Ukraine Support Tracker keeps them apart too).
PLEDGE_FIGURES = ("package", "running-total", "joint", "share")
AID_TYPES = ("military", "financial", "humanitarian", "unspecified")
PLEDGE_STATUSES = ("announced", "committed", "delivered")


@dataclass(frozen=True)
class SpendingTarget(Fact):
    """A defence-spending target in % of GDP, by a year, and who proposed or demanded it."""

    kind: ClassVar[str] = "target"
    actor: str = ""
    percent_gdp: Decimal = Decimal(0)
    year: str | None = None
    proposed_by: tuple[str, ...] = ()
    status: str | None = None
    category: str | None = None
    date: DateValue | None = None


@dataclass(frozen=True)
class Claim(Fact):
    """A statement attributed to a speaker: a verbatim quote or a paraphrase."""

    kind: ClassVar[str] = "claim"
    speaker: str = ""
    text: str = ""
    claim_kind: str = "quote"
    date: DateValue | None = None
    about: tuple[str, ...] = ()
    topic: str | None = None
    #: Other claims (ids) that render the same statement, as the curator knows: the same
    #: post quoted in other words, a paraphrase of it, a misattributed rendering.
    same_statement_as: tuple[str, ...] = ()


@dataclass
class Seeds:
    """Everything read from a workspace's ``seeds/``: the input of the RDF mapping."""

    sources: dict[str, Source] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    roles: dict[str, RoleType] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    #: Each seed file's records, by its path as shown, with a digest of its bytes (None when the
    #: loader kept no cache): what the build maps file by file (see :mod:`nato_kg.fragments`).
    files: dict[str, tuple[str | None, list]] = field(default_factory=dict, compare=False, repr=False)

    def facts_of(self, kind: str) -> list[Fact]:
        """The facts of one kind (``role``, ``pledge``, ``target``, ``claim``)."""
        return [f for f in self.facts if f.kind == kind]
