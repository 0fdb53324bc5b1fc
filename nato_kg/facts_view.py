"""The read model: a graph's facts, entities and sources as plain Python records, read once.

One reading serves every consumer that looks at facts rather than triples: the conflict
rules (:mod:`nato_kg.trust.conflicts`) and the picture (:mod:`nato_kg.viz.project`), with
one label policy (:func:`label`). Reading the graph (not the seeds) lets them run on any
nato-kg graph, including RDF imported from another tool. Each kind of triple is read in
bulk (one pass per property), not one lookup per fact.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import ClassVar

from .collector import paused

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
    """A source (article or reference) as facts cite it."""

    iri: object
    id: str
    when: Interval | None
    title: str = ""
    published: str = ""  # the literal as written ("" when unknown)
    date_status: str | None = None
    file: str | None = None


@dataclass(frozen=True)
class Cited:
    """One source of a fact, with the evidence quote it gives (None when not recorded)."""

    source: SourceView
    evidence: str | None


@dataclass(frozen=True)
class EntityView:
    """An entity (person, country, …): its type, label, other spellings and Wikidata link."""

    iri: object
    kind: str  # an entity kind's name, or "resource"
    label: str
    aliases: tuple[str, ...] = ()
    same_as: str | None = None


@dataclass(frozen=True)
class ClaimView:
    #: Record field → attribute of this view holding it (entities by label), for :func:`identity`.
    FIELDS: ClassVar[dict[str, str]] = {"speaker": "speaker_label", "text": "text"}

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
    about: tuple = ()
    cited: tuple[Cited, ...] = ()
    said_on: str | None = None  # the date literal as written


@dataclass(frozen=True)
class RoleView:
    FIELDS: ClassVar[dict[str, str]] = {"person": "person_label", "role": "role_label", "organization": "org_label",
                                        "status": "status", "start": "start", "end": "end"}

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
    role_name: str = ""  # the role's name as this fact gives it (schema:roleName)
    cited: tuple[Cited, ...] = ()
    as_of_text: str | None = None  # the as-of literal as written

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
    FIELDS: ClassVar[dict[str, str]] = {"actor": "actor_label", "percent_gdp": "percent", "year": "year",
                                        "proposed_by": "proposer_labels"}

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
    cited: tuple[Cited, ...] = ()


@dataclass(frozen=True)
class PledgeView:
    FIELDS: ClassVar[dict[str, str]] = {"donor": "donor_label", "recipient": "recipient_label", "amount": "amount",
                                        "currency": "currency"}

    iri: object
    donor: object
    donor_label: str
    recipient: object
    recipient_label: str
    amount: Decimal
    currency: str
    when: Interval | None
    sources: tuple[SourceView, ...]
    usd: Decimal | None = None  # the article's own US-dollar figure, when it gives one
    purpose: str | None = None
    cited: tuple[Cited, ...] = ()
    figure: str = "package"
    aid_type: str = "unspecified"
    #: The amount in EUR: the figure itself, or this project's conversion (None without a rate).
    eur: Decimal | None = None
    #: The amount in USD: the figure itself, or this project's conversion (never the source's own guess).
    usd_value: Decimal | None = None

    @property
    def day(self) -> Interval | None:
        """When the pledge was made: its own date, else its earliest-dated source's."""
        if self.when is not None:
            return self.when
        days = [s.when for s in self.sources if s.when is not None]
        return min(days) if days else None


def _date_known(status, basis) -> str | None:
    """``inferred (basis)`` for a date the sources do not state; None for a stated one."""
    if status is None or str(status) != "inferred":
        return None
    return "inferred" + (f": {basis}" if basis is not None else "")


def identity(kind: str, fact) -> tuple:
    """A fact view's identity by the kind's one rule (:attr:`nato_kg.kinds.FactKind.identity_fields`),
    entities compared by folded label (an import from another workspace names them with its own
    IRIs), dates as written, and for claims the folded wording."""
    from .kinds import by_name

    k = by_name(kind)
    values: list = [kind]
    for name in k.identity_fields:
        attribute = fact.FIELDS[name]
        value = getattr(fact, attribute)
        if attribute.endswith("_label"):
            value = value.casefold()
        elif attribute.endswith("_labels"):
            value = tuple(sorted(v.casefold() for v in value))
        elif value is not None and not isinstance(value, (str, Decimal)):
            value = str(value)  # a date literal
        values.append(value)
    if k.same_words:
        values.append(" ".join(fact.text.casefold().split()))
    return tuple(values)


LABEL_PROPERTIES = ("http://www.w3.org/2004/02/skos/core#prefLabel", "https://schema.org/name",
                    "https://schema.org/headline")


def label(graph, node) -> str:
    """What a person reads for ``node``: its ``skos:prefLabel``, else ``schema:name``, else
    ``schema:headline``, else the last segment of its IRI (the one label policy)."""
    from rdflib import URIRef

    for prop in LABEL_PROPERTIES:
        value = graph.value(node, URIRef(prop))
        if value is not None:
            return str(value)
    return str(node).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


class FactsView:
    """All facts of a graph, with their entities and sources, read once."""

    @paused()  # a large graph's terms are rescanned by every collection; the view makes no cycles
    def __init__(self, graph) -> None:
        from rdflib import URIRef
        from rdflib.namespace import PROV

        from .store import TermReader
        from .vocab import NKG, SCHEMA

        self.graph = graph
        self._schema, self._nkg = SCHEMA, NKG
        g = self._reader = TermReader(graph)
        self._labels: dict = {}
        for prop in reversed(LABEL_PROPERTIES):  # the first property wins
            for node, value in g.subject_texts(URIRef(prop)):
                self._labels[node] = value
        self._sources: dict = {}
        # each property of every source read in one pass (a source's view is made as a fact names it)
        self._source_fields = [self._texts(p) for p in (SCHEMA.identifier, SCHEMA.datePublished, NKG.dateStatus,
                                                         NKG.sourceFile, SCHEMA.headline)]
        derived: dict = defaultdict(set)
        for fact, src in g.subject_objects(PROV.wasDerivedFrom):
            derived[fact].add(src)
        evidence: dict = defaultdict(dict)
        entity_of = dict(g.subject_objects(PROV.entity))
        quotes = dict(g.subject_texts(NKG.evidence))
        for fact, d in g.subject_objects(PROV.qualifiedDerivation):
            src = entity_of.get(d)
            if src is not None:
                derived[fact].add(src)
                quote = quotes.get(d)
                if quote is not None or src not in evidence[fact]:
                    evidence[fact][src] = quote
        self._cited: dict = {}
        for fact, srcs in derived.items():
            views = sorted((self._source(s) for s in srcs), key=lambda v: v.id)
            self._cited[fact] = tuple(Cited(v, evidence[fact].get(v.iri)) for v in views)
        self.claims = self._claims()
        self.roles = self._roles()
        self.targets = self._targets()
        self.pledges = self._pledges()

    def label(self, node) -> str:
        """``node``'s label by the one policy (:func:`label`), from the labels read in bulk."""
        found = self._labels.get(node)
        return found if found is not None else label(self.graph, node)

    def entity(self, node) -> EntityView:
        """The entity ``node`` as the picture shows it."""
        from rdflib.namespace import RDF, SKOS

        from .kinds import entity_kind_of_types

        g = self._reader  # on Oxigraph, straight from pyoxigraph (oxrdflib costs more than the lookups)
        same = next(g.objects(node, self._schema.sameAs), None)
        return EntityView(node, entity_kind_of_types(g.objects(node, RDF.type)), self.label(node),
                          tuple(sorted(str(a) for a in g.objects(node, SKOS.altLabel))),
                          str(same) if same is not None else None)

    def entities(self) -> list[EntityView]:
        """Every node typed as an entity kind, whether or not a fact names it."""
        from rdflib import URIRef
        from rdflib.namespace import RDF

        from .kinds import ENTITY_KINDS

        nodes = {n for k in ENTITY_KINDS for n in self.graph.subjects(RDF.type, URIRef(k.rdf_class))}
        return [self.entity(n) for n in sorted(nodes, key=str)]

    def source_nodes(self) -> list[SourceView]:
        """Every article of the graph, cited or not."""
        from rdflib.namespace import RDF

        return [self._source(a) for a in sorted(set(self._reader.subjects(RDF.type, self._schema.NewsArticle)), key=str)]

    def _source(self, iri) -> SourceView:
        if iri not in self._sources:
            sid, published, status, file, title = (values.get(iri) for values in self._source_fields)
            sid_text = str(sid) if sid is not None else str(iri)
            self._sources[iri] = SourceView(iri, sid_text, interval(published), str(title) if title is not None else sid_text,
                                            str(published) if published is not None else "",
                                            str(status) if status is not None else None,
                                            str(file) if file is not None else None)
        return self._sources[iri]

    def cited(self, fact) -> tuple[Cited, ...]:
        """A fact's sources (by id) with their evidence quotes."""
        return self._cited.get(fact, ())

    def _sources_of(self, fact) -> tuple[SourceView, ...]:
        return tuple(c.source for c in self.cited(fact))

    def _values(self, prop) -> dict:
        """Each subject's value of ``prop`` (its first, by the graph's order), read in one pass.

        Every property a fact view reads is read so, not with SPARQL OPTIONALs: rdflib's engine
        joins an OPTIONAL row by row, which took seconds for a thousand articles' claims."""
        return _first(self._reader.subject_objects(prop))

    def _texts(self, prop) -> dict:
        """Each subject's value of ``prop`` as text (its first), for properties the views keep only as text."""
        return _first(self._reader.subject_texts(prop))

    def _many(self, prop) -> dict:
        """Each subject's values of ``prop``, read in one pass."""
        out: dict = defaultdict(list)
        for s, o in self._reader.subject_objects(prop):
            out[s].append(o)
        return out

    def _typed(self, cls) -> list:
        from rdflib.namespace import RDF

        return sorted(set(self._reader.subjects(RDF.type, cls)), key=str)

    def _claims(self) -> list[ClaimView]:
        from rdflib.namespace import PROV

        S, N = self._schema, self._nkg
        who = self._values(S.author)
        text, kind, topic, date = (self._texts(p) for p in (S.text, N.claimKind, N.topic, S.dateCreated))
        alternates, about = self._many(PROV.alternateOf), self._many(S.about)
        out = []
        for c in self._typed(S.Claim):
            if c not in who or c not in text:
                continue
            d = date.get(c)
            out.append(ClaimView(c, who[c], self.label(who[c]), str(text[c]), str(kind.get(c) or "quote"),
                                 self._sources_of(c), str(topic[c]) if c in topic else None, interval(d),
                                 frozenset(alternates.get(c, ())), tuple(sorted(about.get(c, ()), key=str)), self.cited(c),
                                 str(d) if d is not None else None))
        return out

    def _roles(self) -> list[RoleView]:
        S, N = self._schema, self._nkg
        holder, role, org = self._values(N.holder), self._values(N.role), self._values(N.organization)
        start, end, asof, status = (self._values(p) for p in (S.startDate, S.endDate, N.asOf, N.statedStatus))
        dstatus, dbasis, name = self._values(N.dateStatus), self._values(N.dateBasis), self._values(S.roleName)
        out = []
        for f in self._typed(N.RoleAssignment):
            if f not in holder or f not in role or f not in org:
                continue
            p, r, o, a = holder[f], role[f], org[f], asof.get(f)
            out.append(RoleView(f, p, self.label(p), r, self.label(r), o, self.label(o), start.get(f), end.get(f),
                                interval(a), str(status[f]) if f in status else None, self._sources_of(f),
                                _date_known(dstatus.get(f), dbasis.get(f)),
                                str(name[f]) if f in name else self.label(r), self.cited(f),
                                str(a) if a is not None else None))
        return out

    def _targets(self) -> list[TargetView]:
        N = self._nkg
        actor, pct, year, status, cat = (self._values(p) for p in (N.actor, N.percentOfGDP, N.targetYear, N.targetStatus,
                                                                     N.spendingCategory))
        proposed = self._many(N.proposedBy)
        out = []
        for t in self._typed(N.SpendingTarget):
            if t not in actor or t not in pct:
                continue
            proposers = frozenset(proposed.get(t, ()))
            out.append(TargetView(t, actor[t], self.label(actor[t]), Decimal(str(pct[t])),
                                  str(year[t]) if t in year else None, proposers,
                                  tuple(sorted(self.label(p) for p in proposers)),
                                  str(status[t]) if t in status else None,
                                  str(cat[t]) if t in cat else None, self._sources_of(t), self.cited(t)))
        return out

    def _pledges(self) -> list[PledgeView]:
        g, N, S = self._reader, self._nkg, self._schema
        # read as text (what str() of each object gives), the only way they are used: an rdflib Literal made for each
        # amount (its decimal parsed twice) cost more than the rest of the pledges' reading
        purposes = dict(g.subject_texts(N.purpose))
        figures = dict(g.subject_texts(N.pledgeFigure))
        aids = dict(g.subject_texts(N.aidType))
        values = dict(g.subject_texts(S.value))
        currencies = dict(g.subject_texts(S.currency))
        usd = {p: values.get(node) for p, node in g.subject_objects(N.amountUSD)}
        converted: dict[str, dict] = {"EUR": {}, "USD": {}}
        for p, node in g.subject_objects(N.convertedAmount):
            converted.get(str(currencies.get(node)), {})[p] = values.get(node)
        donor, recipient, amount = (self._values(p) for p in (N.donor, N.recipient, S.amount))
        date = self._texts(N.announced)
        out = []
        for p in self._typed(N.Pledge):
            node = amount.get(p)
            if p not in donor or p not in recipient or values.get(node) is None or currencies.get(node) is None:
                continue
            value, cur = Decimal(str(values[node])), str(currencies[node])
            in_eur, in_usd = (value if cur == c else _decimal_or_none(converted[c].get(p)) for c in ("EUR", "USD"))
            d, r = donor[p], recipient[p]
            out.append(PledgeView(p, d, self.label(d), r, self.label(r), value, cur, interval(date.get(p)), self._sources_of(p),
                                  _decimal_or_none(usd.get(p)), str(purposes[p]) if p in purposes else None, self.cited(p),
                                  str(figures.get(p, "package")), str(aids.get(p, "unspecified")), in_eur, in_usd))
        return out



def _first(pairs) -> dict:
    """Each subject's first value among (subject, value) ``pairs``."""
    out: dict = {}
    for s, o in pairs:
        out.setdefault(s, o)
    return out


def _decimal_or_none(literal) -> Decimal | None:
    return Decimal(str(literal)) if literal is not None else None
