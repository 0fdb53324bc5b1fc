"""Project the RDF graph onto a networkx graph a person can read.

Entities, articles and fact nodes (role assignments, pledges, targets, claims) become
nodes; the fact's roles (holder, donor, speaker, …) and its sources become edges. Each
node carries what its tooltip shows: the facts behind it, the sources' titles and
dates, the evidence quotes, the amounts with their currencies.
"""

from __future__ import annotations

import math
from decimal import Decimal

import networkx as nx
from rdflib import URIRef

from .. import kinds as fact_kinds
from ..vocab import NKG, SCHEMA, compact

ENTITY_KINDS = {SCHEMA.Person: "person", SCHEMA.Country: "country", SCHEMA.Organization: "organization",
                SCHEMA.Place: "place", SCHEMA.Event: "event"}
FACT_KINDS = {URIRef(k.rdf_class): k.name for k in fact_kinds.KINDS}
#: The kinds a node can have, in legend order.
KINDS = ("person", "country", "organization", "place", "event", "article", "claim", "pledge", "target", "role", "resource")


def _label(graph, node) -> str:
    from rdflib.namespace import SKOS

    for prop in (SKOS.prefLabel, SCHEMA.name, SCHEMA.headline):
        value = graph.value(node, prop)
        if value is not None:
            return str(value)
    return compact(str(node))


def _money(value, currency) -> str:
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        return f"{value} {currency}"
    return f"{number:,.0f} {currency}" if number == number.to_integral_value() else f"{number:,} {currency}"


def _finite(value) -> float | None:
    """``value`` as a finite float, or None (a 10^400 amount is no float; JSON has no Infinity)."""
    try:
        number = float(Decimal(str(value)))
    except (ArithmeticError, ValueError, TypeError):
        return None
    return number if math.isfinite(number) else None


def _short_money(value, currency) -> str:
    number = _finite(value)
    if number is None:
        return f"{_shorten(str(value), 16)} {currency}"
    for scale, suffix in ((1e9, " bn"), (1e6, " m")):
        if number >= scale:
            return f"{number / scale:.3g}{suffix} {currency}"
    return f"{number:,.0f} {currency}"


def _shorten(text: str, n: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


class _Projector:
    def __init__(self, graph):
        from rdflib.namespace import PROV, RDF

        self.g = graph
        self.net = nx.MultiDiGraph()
        self.PROV, self.RDF = PROV, RDF
        self.source_info: dict[str, dict] = {}

    def node(self, iri, kind: str, label: str, info: list, **extra) -> str:
        """Add a node once; ``label`` is what the picture shows (maybe shortened), ``full_label`` (default:
        the label) what exports write."""
        key = str(iri)
        if key not in self.net:
            self.net.add_node(key, kind=kind, label=label, info=info, **{"sources": [], "full_label": label, **extra})
        return key

    def entity(self, iri) -> str:
        from rdflib.namespace import SKOS

        kind = next((ENTITY_KINDS[t] for t in self.g.objects(iri, self.RDF.type) if t in ENTITY_KINDS), "resource")
        label = _label(self.g, iri)
        aliases = sorted(str(a) for a in self.g.objects(iri, SKOS.altLabel))
        info = [["", label], ["type", kind]]
        if aliases:
            info.append(["also written", ", ".join(aliases)])
        same = self.g.value(iri, SCHEMA.sameAs)
        if same is not None:
            info.append(["Wikidata", str(same).rsplit("/", 1)[-1]])
        return self.node(iri, kind, label, info, search=" ".join([label, *aliases]))

    def source(self, iri) -> str:
        sid = str(self.g.value(iri, SCHEMA.identifier) or compact(str(iri)))
        title = str(self.g.value(iri, SCHEMA.headline) or sid)
        date = self.g.value(iri, SCHEMA.datePublished)
        status = self.g.value(iri, NKG.dateStatus)
        when = f"{date} ({status})" if date is not None else f"date {status or 'unknown'}"
        self.source_info[sid] = {"id": sid, "title": title, "date": str(date) if date is not None else ""}
        info = [["", title], ["source id", sid], ["published", when]]
        file = self.g.value(iri, NKG.sourceFile)
        if file is not None:
            info.append(["file", str(file)])
        return self.node(iri, "article", _shorten(title, 28), info, search=f"{title} {sid}", sources=[sid],
                         full_label=title)

    def fact_sources(self, fact) -> tuple[list[str], list[list[str]], list[str]]:
        """Source ids, tooltip lines (each source's title, date and evidence quote), article nodes."""
        ids, lines, articles = [], [], []
        for d in sorted(self.g.objects(fact, self.PROV.qualifiedDerivation), key=str):
            src = self.g.value(d, self.PROV.entity)
            evidence = self.g.value(d, NKG.evidence)
            if src is None:
                continue
            article = self.source(src)
            sid = self.net.nodes[article]["sources"][0]
            meta = self.source_info[sid]
            ids.append(sid)
            articles.append(article)
            lines.append([f"source {sid}", f"{meta['title']}" + (f" ({meta['date']})" if meta["date"] else "")])
            if evidence is not None:
                lines.append(["evidence", f"“{evidence}”"])
        return ids, lines, articles

    def edge(self, a: str, b: str, relation: str, fact: str | None = None) -> None:
        self.net.add_edge(a, b, relation=relation, fact=fact or "")

    def facts(self) -> None:
        for cls, kind in FACT_KINDS.items():
            for fact in sorted(set(self.g.subjects(self.RDF.type, cls)), key=str):
                getattr(self, f"_{kind}")(fact)

    def _fact(self, fact, kind: str, label: str, lines: list, **extra) -> str:
        ids, source_lines, articles = self.fact_sources(fact)
        key = self.node(fact, kind, label, lines + source_lines, **extra)
        self.net.nodes[key]["sources"] = ids
        for article in articles:
            self.edge(key, article, "source", key)
        return key

    def _role(self, fact) -> None:
        g = self.g
        role = str(g.value(fact, SCHEMA.roleName) or _label(g, g.value(fact, NKG.role)))
        lines = [["role", role]]
        for prop, name in ((SCHEMA.startDate, "from"), (SCHEMA.endDate, "until"), (NKG.asOf, "as of"),
                           (NKG.statedStatus, "described as")):
            value = g.value(fact, prop)
            if value is not None:
                lines.append([name, str(value)])
        key = self._fact(fact, "role", role, lines, search=role)
        for holder in g.objects(fact, NKG.holder):
            self.edge(self.entity(holder), key, "holds", key)
        for org in g.objects(fact, NKG.organization):
            self.edge(key, self.entity(org), "in", key)

    def _pledge(self, fact) -> None:
        g = self.g
        amount = g.value(fact, SCHEMA.amount)
        value, currency = g.value(amount, SCHEMA.value), str(g.value(amount, SCHEMA.currency))
        usd_node = g.value(fact, NKG.amountUSD)
        usd = g.value(usd_node, SCHEMA.value) if usd_node is not None else None
        lines = [["amount", _money(value, currency)]]
        if usd is not None and currency != "USD":
            lines.append(["in US dollars (as reported)", _money(usd, "USD")])
        purpose = g.value(fact, NKG.purpose)
        if purpose is not None:
            lines.append(["purpose", str(purpose)])
        size_usd = _finite(usd if usd is not None else value if currency == "USD" else 0) or None
        key = self._fact(fact, "pledge", _short_money(value, currency), lines, amount_usd=size_usd or 0.0,
                         search=_money(value, currency))
        for donor in g.objects(fact, NKG.donor):
            self.edge(self.entity(donor), key, "pledges", key)
        for recipient in g.objects(fact, NKG.recipient):
            self.edge(key, self.entity(recipient), "to", key)

    def _target(self, fact) -> None:
        g = self.g
        pct = g.value(fact, NKG.percentOfGDP)
        year = g.value(fact, NKG.targetYear)
        label = f"{Decimal(str(pct)).normalize():f} % GDP" + (f" by {year}" if year is not None else "")
        lines = [["target", label]]
        for prop, name in ((NKG.targetStatus, "status"), (NKG.spendingCategory, "counts")):
            value = g.value(fact, prop)
            if value is not None:
                lines.append([name, str(value)])
        key = self._fact(fact, "target", label, lines, percent=_finite(pct) or 0.0, search=label)
        for who in g.objects(fact, NKG.proposedBy):
            self.edge(self.entity(who), key, "proposes", key)
        for actor in g.objects(fact, NKG.actor):
            self.edge(key, self.entity(actor), "for", key)

    def _claim(self, fact) -> None:
        g = self.g
        text = str(g.value(fact, SCHEMA.text) or "")
        kind = str(g.value(fact, NKG.claimKind) or "quote")
        lines = [[kind, text]]
        date = g.value(fact, SCHEMA.dateCreated)
        if date is not None:
            lines.append(["said on", str(date)])
        key = self._fact(fact, "claim", _shorten(text, 28), lines, search=text, full_label=text)
        for speaker in g.objects(fact, SCHEMA.author):
            self.edge(self.entity(speaker), key, "says", key)
        for about in g.objects(fact, SCHEMA.about):
            self.edge(key, self.entity(about), "about", key)


def project_facts(graph, conflicts=()) -> nx.MultiDiGraph:
    """The curated graph as a network of entities, articles and fact nodes.

    ``conflicts`` (from :func:`nato_kg.trust.conflicts.check_graph`) mark the fact nodes
    and edges of facts that sources disagree on.
    """
    from rdflib.namespace import RDF

    p = _Projector(graph)
    p.facts()
    for cls in ENTITY_KINDS:  # entities no fact mentions still belong to the whole graph
        for entity in sorted(set(graph.subjects(RDF.type, cls)), key=str):
            p.entity(entity)
    for article in sorted(set(graph.subjects(RDF.type, SCHEMA.NewsArticle)), key=str):
        p.source(article)
    net = p.net
    for conflict in conflicts:
        for side in conflict.sides:
            if side.node in net:
                data = net.nodes[side.node]
                data.setdefault("conflicts", []).append(f"{conflict.rule}: {conflict.message}")
    for _, _, data in net.edges(data=True):
        data["conflict"] = bool(data["fact"] and net.nodes[data["fact"]].get("conflicts"))
    for node, data in net.nodes(data=True):
        data["degree"] = net.degree(node)
        if data.get("conflicts"):
            data["info"] = data["info"] + [["sources disagree", c] for c in data["conflicts"]]
    return net


def project_triples(graph) -> nx.MultiDiGraph:
    """Any RDF graph (e.g. a CONSTRUCT result) as a network: IRIs are nodes, links are edges,
    literal values go into the tooltips."""
    from rdflib import Literal
    from rdflib.namespace import RDF

    p = _Projector(graph)
    net = p.net
    for s, pred, o in sorted(graph):
        if isinstance(o, Literal):
            net.nodes[p.entity(s)]["info"].append([compact(str(pred)), _shorten(str(o), 200)])
        elif pred != RDF.type:
            p.edge(p.entity(s), p.entity(o), compact(str(pred)).split(":", 1)[-1])
    for node, data in net.nodes(data=True):
        data["degree"] = net.degree(node)
    for _, _, data in net.edges(data=True):
        data["conflict"] = False
    return net


def node_size(data: dict) -> float:
    """A size that says something: amount for pledges, percentage for targets, degree otherwise."""
    if data["kind"] == "pledge" and data.get("amount_usd"):
        return 10 + 4 * max(0.0, math.log10(data["amount_usd"]) - 6)
    if data["kind"] == "target":
        return 8 + 2.5 * data.get("percent", 0)
    return 8 + 3 * math.sqrt(data.get("degree", 1))
