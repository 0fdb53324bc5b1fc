"""The facts of a graph as plain Python records, read with SPARQL, for the conflict rules.

Reading the graph (not the seeds) lets the checks run on any nato-kg graph, including
RDF imported from another tool.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..vocab import sparql_prefixes

PREFIXES = sparql_prefixes()

Interval = tuple[date, date]


def interval(literal) -> Interval | None:
    """The first and last day an ``xsd:date``/``gYearMonth``/``gYear`` literal can mean."""
    if literal is None:
        return None
    text = str(literal)
    try:
        if len(text) == 4:
            return date(int(text), 1, 1), date(int(text), 12, 31)
        if len(text) == 7:
            y, m = int(text[:4]), int(text[5:7])
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date(y, m, 1), date.fromordinal(nxt.toordinal() - 1)
        d = date.fromisoformat(text[:10])
        return d, d
    except ValueError:
        return None


def overlaps(a: Interval | None, b: Interval | None) -> bool:
    """Whether two intervals can be the same time (unknown never overlaps)."""
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]


@dataclass(frozen=True)
class SourceView:
    iri: object
    id: str
    when: Interval | None


@dataclass(frozen=True)
class ClaimView:
    iri: object
    speaker: object
    speaker_label: str
    text: str
    kind: str
    sources: tuple[SourceView, ...]
    topic: str | None
    when: Interval | None
    #: Claims the curator linked as renderings of the same statement (``prov:alternateOf``).
    alternates: frozenset = frozenset()


@dataclass(frozen=True)
class RoleView:
    iri: object
    person: object
    person_label: str
    role: object
    role_label: str
    org: object
    org_label: str
    start: object
    end: object
    as_of: Interval | None
    status: str | None
    sources: tuple[SourceView, ...]
    #: How ``as_of`` is known, for messages: ``inferred from …`` when the sources do not state it.
    date_known: str | None = None

    @property
    def is_term(self) -> bool:
        """A term of the role timeline (it has a start date), not an article's mention."""
        return self.start is not None

    def holds_during(self, when: Interval) -> bool:
        """Whether this term covers some day of ``when`` (the end day is the successor's first)."""
        start = interval(self.start)
        end = interval(self.end)
        if start is None:
            return False
        last = date.fromordinal(end[0].toordinal() - 1) if end else date.max
        return start[0] <= when[1] and when[0] <= last


@dataclass(frozen=True)
class TargetView:
    iri: object
    actor: object
    actor_label: str
    percent: Decimal
    year: str | None
    proposers: frozenset
    proposer_labels: tuple[str, ...]
    status: str | None
    category: str | None
    sources: tuple[SourceView, ...]


@dataclass(frozen=True)
class PledgeView:
    iri: object
    donor: object
    donor_label: str
    recipient: object
    recipient_label: str
    amount: Decimal
    currency: str
    when: Interval | None
    sources: tuple[SourceView, ...]


def _date_known(status, basis) -> str | None:
    """``inferred (basis)`` for a date the sources do not state; None for a stated one."""
    if status is None or str(status) != "inferred":
        return None
    return "inferred" + (f": {basis}" if basis is not None else "")


def _label(graph, node) -> str:
    from rdflib.namespace import SKOS

    value = graph.value(node, SKOS.prefLabel)
    return str(value) if value is not None else str(node).rsplit("/", 1)[-1]


class FactsView:
    """All facts of a graph, read once."""

    def __init__(self, graph):
        self.graph = graph
        self._sources: dict = {}
        self.claims = self._claims()
        self.roles = self._roles()
        self.targets = self._targets()
        self.pledges = self._pledges()

    def _source(self, iri) -> SourceView:
        if iri not in self._sources:
            from rdflib.namespace import SDO

            sid = self.graph.value(iri, SDO.identifier)
            self._sources[iri] = SourceView(iri, str(sid) if sid is not None else str(iri),
                                            interval(self.graph.value(iri, SDO.datePublished)))
        return self._sources[iri]

    def _sources_of(self, fact) -> tuple[SourceView, ...]:
        from rdflib.namespace import PROV

        return tuple(sorted((self._source(s) for s in self.graph.objects(fact, PROV.wasDerivedFrom)), key=lambda s: s.id))

    def _rows(self, query: str):
        return self.graph.query(PREFIXES + query)

    def _claims(self) -> list[ClaimView]:
        rows = self._rows("""
            SELECT ?c ?who ?text ?kind ?topic ?date WHERE {
              ?c a schema:Claim ; schema:author ?who ; schema:text ?text .
              OPTIONAL { ?c nkg:claimKind ?kind } OPTIONAL { ?c nkg:topic ?topic }
              OPTIONAL { ?c schema:dateCreated ?date } }""")
        from rdflib.namespace import PROV

        return sorted((ClaimView(r.c, r.who, _label(self.graph, r.who), str(r.text), str(r.kind or "quote"),
                                 self._sources_of(r.c), str(r.topic) if r.topic is not None else None,
                                 interval(r.date), frozenset(self.graph.objects(r.c, PROV.alternateOf)))
                       for r in rows), key=lambda c: str(c.iri))

    def _roles(self) -> list[RoleView]:
        rows = self._rows("""
            SELECT ?f ?p ?r ?o ?start ?end ?asof ?status ?dstatus ?dbasis WHERE {
              ?f a nkg:RoleAssignment ; nkg:holder ?p ; nkg:role ?r ; nkg:organization ?o .
              OPTIONAL { ?f schema:startDate ?start } OPTIONAL { ?f schema:endDate ?end }
              OPTIONAL { ?f nkg:asOf ?asof } OPTIONAL { ?f nkg:statedStatus ?status }
              OPTIONAL { ?f nkg:dateStatus ?dstatus } OPTIONAL { ?f nkg:dateBasis ?dbasis } }""")
        g = self.graph
        return sorted((RoleView(r.f, r.p, _label(g, r.p), r.r, _label(g, r.r), r.o, _label(g, r.o), r.start, r.end,
                                interval(r.asof), str(r.status) if r.status is not None else None,
                                self._sources_of(r.f), _date_known(r.dstatus, r.dbasis)) for r in rows),
                      key=lambda v: str(v.iri))

    def _targets(self) -> list[TargetView]:
        from ..vocab import NKG

        rows = self._rows("""
            SELECT ?t ?actor ?pct ?year ?status ?cat WHERE {
              ?t a nkg:SpendingTarget ; nkg:actor ?actor ; nkg:percentOfGDP ?pct .
              OPTIONAL { ?t nkg:targetYear ?year } OPTIONAL { ?t nkg:targetStatus ?status }
              OPTIONAL { ?t nkg:spendingCategory ?cat } }""")
        out = []
        for r in rows:
            proposers = frozenset(self.graph.objects(r.t, NKG.proposedBy))
            out.append(TargetView(r.t, r.actor, _label(self.graph, r.actor), Decimal(str(r.pct)),
                                  str(r.year) if r.year is not None else None, proposers,
                                  tuple(sorted(_label(self.graph, p) for p in proposers)),
                                  str(r.status) if r.status is not None else None,
                                  str(r.cat) if r.cat is not None else None, self._sources_of(r.t)))
        return sorted(out, key=lambda v: str(v.iri))

    def _pledges(self) -> list[PledgeView]:
        rows = self._rows("""
            SELECT ?p ?d ?r ?value ?cur ?date WHERE {
              ?p a nkg:Pledge ; nkg:donor ?d ; nkg:recipient ?r ;
                 schema:amount [ schema:value ?value ; schema:currency ?cur ] .
              OPTIONAL { ?p nkg:announced ?date } }""")
        g = self.graph
        return sorted((PledgeView(r.p, r.d, _label(g, r.d), r.r, _label(g, r.r), Decimal(str(r.value)), str(r.cur),
                                  interval(r.date), self._sources_of(r.p)) for r in rows), key=lambda v: str(v.iri))
