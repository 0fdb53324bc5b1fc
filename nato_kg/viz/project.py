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

from .. import kinds as fact_kinds
from ..facts_view import ClaimView, FactsView, PledgeView, RoleView, SourceView, TargetView
from ..vocab import compact

#: The kinds a node can have, in legend order.
KINDS = (*fact_kinds.ENTITY_NAMES, "article", "claim", "pledge", "target", "role", "resource")


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
    """Builds the network from the read model (:class:`nato_kg.facts_view.FactsView`)."""

    def __init__(self, view: FactsView):
        self.view = view
        self.net = nx.MultiDiGraph()

    def node(self, iri, kind: str, label: str, info: list, **extra) -> str:
        """Add a node once; ``label`` is what the picture shows (maybe shortened), ``full_label`` (default:
        the label) what exports write."""
        key = str(iri)
        if key not in self.net:
            self.net.add_node(key, kind=kind, label=label, info=info, **{"sources": [], "full_label": label, **extra})
        return key

    def entity(self, iri) -> str:
        if str(iri) in self.net:
            return str(iri)
        e = self.view.entity(iri)
        info = [["", e.label], ["type", e.kind]]
        if e.aliases:
            info.append(["also written", ", ".join(e.aliases)])
        if e.same_as is not None:
            info.append(["Wikidata", e.same_as.rsplit("/", 1)[-1]])
        return self.node(iri, e.kind, e.label, info, search=" ".join([e.label, *e.aliases]))

    def source(self, s: SourceView) -> str:
        when = f"{s.published} ({s.date_status})" if s.published else f"date {s.date_status or 'unknown'}"
        info = [["", s.title], ["source id", s.id], ["published", when]]
        if s.file is not None:
            info.append(["file", s.file])
        return self.node(s.iri, "article", _shorten(s.title, 28), info, search=f"{s.title} {s.id}", sources=[s.id],
                         full_label=s.title)

    def _fact(self, fact, kind: str, label: str, lines: list, **extra) -> str:
        key = str(fact.iri)
        if key in self.net:  # one more row of a fact with several values of one field
            return key
        source_lines = []
        for c in fact.cited:
            s = c.source
            source_lines.append([f"source {s.id}", s.title + (f" ({s.published})" if s.published else "")])
            if c.evidence is not None:
                source_lines.append(["evidence", f"“{c.evidence}”"])
        key = self.node(fact.iri, kind, label, lines + source_lines, **extra)
        self.net.nodes[key]["sources"] = [c.source.id for c in fact.cited]
        for c in fact.cited:
            self.edge(key, self.source(c.source), "source", key)
        return key

    def edge(self, a: str, b: str, relation: str, fact: str | None = None) -> None:
        if not any(d["relation"] == relation for d in (self.net.get_edge_data(a, b) or {}).values()):
            self.net.add_edge(a, b, relation=relation, fact=fact or "")

    def role(self, r: RoleView) -> None:
        lines = [["role", r.role_name]]
        for value, name in ((r.start, "from"), (r.end, "until"), (r.as_of_text, "as of"), (r.status, "described as")):
            if value is not None:
                lines.append([name, str(value)])
        key = self._fact(r, "role", r.role_name, lines, search=r.role_name)
        self.edge(self.entity(r.person), key, "holds", key)
        self.edge(key, self.entity(r.org), "in", key)

    def pledge(self, p: PledgeView) -> None:
        lines = [["amount", _money(p.amount, p.currency)]]
        if p.usd is not None and p.currency != "USD":
            lines.append(["in US dollars (as reported)", _money(p.usd, "USD")])
        if p.purpose is not None:
            lines.append(["purpose", p.purpose])
        size_usd = _finite(p.usd if p.usd is not None else p.amount if p.currency == "USD" else 0) or None
        key = self._fact(p, "pledge", _short_money(p.amount, p.currency), lines, amount_usd=size_usd or 0.0,
                         search=_money(p.amount, p.currency))
        self.edge(self.entity(p.donor), key, "pledges", key)
        self.edge(key, self.entity(p.recipient), "to", key)

    def target(self, t: TargetView) -> None:
        label = f"{t.percent.normalize():f} % GDP" + (f" by {t.year}" if t.year is not None else "")
        lines = [["target", label]]
        for value, name in ((t.status, "status"), (t.category, "counts")):
            if value is not None:
                lines.append([name, value])
        key = self._fact(t, "target", label, lines, percent=_finite(t.percent) or 0.0, search=label)
        for who in sorted(t.proposers, key=str):
            self.edge(self.entity(who), key, "proposes", key)
        self.edge(key, self.entity(t.actor), "for", key)

    def claim(self, c: ClaimView) -> None:
        lines = [[c.kind, c.text]]
        if c.said_on is not None:
            lines.append(["said on", c.said_on])
        key = self._fact(c, "claim", _shorten(c.text, 28), lines, search=c.text, full_label=c.text)
        self.edge(self.entity(c.speaker), key, "says", key)
        for about in c.about:
            self.edge(key, self.entity(about), "about", key)


def project_facts(view: FactsView, conflicts=()) -> nx.MultiDiGraph:
    """The curated graph, as the read model gives it, as a network of entities, articles and fact nodes.

    ``conflicts`` (from :func:`nato_kg.trust.conflicts.check_graph`) mark the fact nodes
    and edges of facts that sources disagree on.
    """
    p = _Projector(view)
    for kind in fact_kinds.KINDS:  # the registry's order: roles, pledges, targets, claims
        for fact in getattr(view, kind.name + "s"):
            getattr(p, kind.name)(fact)
    for entity in view.entities():  # entities no fact mentions still belong to the whole graph
        p.entity(entity.iri)
    for article in view.source_nodes():
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

    p = _Projector(FactsView(graph))
    net = p.net
    for s, pred, o in sorted(graph):
        if isinstance(o, Literal):
            net.nodes[p.entity(s)]["info"].append([compact(str(pred)), _shorten(str(o), 200)])
        elif pred != RDF.type:
            p.net.add_edge(p.entity(s), p.entity(o), relation=compact(str(pred)).split(":", 1)[-1], fact="")
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
