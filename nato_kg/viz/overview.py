"""The entity-first overview: who pledged what to whom, who holds which office, who said what.

Countries, people and organisations are the nodes; facts are links between them, one link
per pair and kind with everything it holds (so 1,000 articles of pledges from one donor to
one recipient are one link with their sum, not 1,000 nodes): a pledge links donor →
recipient with its amount, a role links person → organisation with the office, a target
links its proposer → the country or alliance that is to spend (a target nobody proposed
is written on the actor itself), and claims are counted on their speaker. Articles are not
nodes: every fact in a link or on a node carries its sources, dates and evidence, and the
conflicts it is part of, for the page's fact panel. Entities with nothing to show are left
out. Built from the read model (:class:`nato_kg.facts_view.FactsView`) like the fact view.
"""

from __future__ import annotations

import math
from collections import defaultdict
from decimal import Decimal

import networkx as nx

from ..facts_view import FactsView
from ..text import money_text

#: Link colours by kind (as the fact view's node colours).
LINK_KINDS = ("pledge", "role", "target")


def _short_money(value: Decimal | None, currency: str = "USD") -> str:
    if value is None:
        return "?"
    number = float(value)
    for scale, suffix in ((1e12, " tn"), (1e9, " bn"), (1e6, " m"), (1e3, " k")):
        if abs(number) >= scale:
            return f"{number / scale:.3g}{suffix} {currency}"
    return f"{number:,.0f} {currency}"


def _short(text: str, n: int = 24) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _sources(fact) -> list[dict]:
    return [{"id": c.source.id, "title": c.source.title, "date": c.source.published, "evidence": c.evidence or ""}
            for c in fact.cited]


class _Overview:
    def __init__(self, view: FactsView, conflicts):
        self.view = view
        self.net = nx.MultiDiGraph()
        self.conflicts: dict[str, list[dict]] = defaultdict(list)
        for c in conflicts:
            for side in c.sides:
                self.conflicts[side.node].append({
                    "rule": c.rule, "severity": c.severity, "message": c.message,
                    "sides": [f"{s.statement} ({', '.join(s.sources)})" for s in c.sides]})
        self.links: dict[tuple[str, str, str], dict] = {}

    def entity(self, iri) -> str:
        key = str(iri)
        if key not in self.net:
            e = self.view.entity(iri)
            self.net.add_node(key, kind=e.kind, label=e.label, full_label=e.label, facts=[], claims=0, sources=set(),
                              search=" ".join([e.label, *e.aliases]), aliases=list(e.aliases))
        return key

    def fact(self, f, kind: str, statement: str, extra: list[list[str]]) -> dict:
        return {"kind": kind, "statement": statement, "details": extra, "sources": _sources(f),
                "conflicts": self.conflicts.get(str(f.iri), []), "id": str(f.iri).rsplit("/", 1)[-1]}

    def link(self, a: str, b: str, kind: str) -> dict:
        key = (a, b, kind)
        if key not in self.links:
            self.links[key] = {"kind": kind, "facts": [], "labels": [], "usd": Decimal(0), "sources": set()}
        return self.links[key]

    def add_pledges(self) -> None:
        for p in self.view.pledges:
            usd = p.usd_value
            money = money_text(p.amount, p.currency)
            details = [["amount", money], ["kind of figure", p.figure], ["aid type", p.aid_type]]
            if usd is not None and p.currency != "USD":
                details.append(["in USD (ECB rate, computed)", f"{usd:,.0f}"])
            if p.usd is not None and p.currency != "USD":
                details.append(["in USD (as the source says)", f"{p.usd:,.0f}"])
            if p.purpose:
                details.append(["purpose", p.purpose])
            link = self.link(self.entity(p.donor), self.entity(p.recipient), "pledge")
            link["facts"].append(self.fact(p, "pledge", f"{p.donor_label} → {p.recipient_label}: {money}", details))
            link["sources"].update(c.source.id for c in p.cited)
            if p.figure in ("package", "joint") and usd is not None:
                link["usd"] += usd
                link["labels"].append(_short_money(usd))

    def add_roles(self) -> None:
        for r in self.view.roles:
            when = f"{r.start}–{r.end or ''}" if r.start is not None else (f"as of {r.as_of_text}" if r.as_of_text else "")
            details = [["office", r.role_name]] + ([["term", when]] if when else []) + (
                [["described as", r.status]] if r.status else [])
            link = self.link(self.entity(r.person), self.entity(r.org), "role")
            label = r.role_name + (" (former)" if r.status == "former" else "")  # terms and dates are in the panel
            link["facts"].append(self.fact(r, "role", f"{r.person_label}: {r.role_name} of {r.org_label}"
                                                      + (f", {when}" if when else ""), details))
            link["sources"].update(c.source.id for c in r.cited)
            if label not in link["labels"]:
                link["labels"].append(label)

    def add_targets(self) -> None:
        for t in self.view.targets:
            label = f"{t.percent.normalize():f} % of GDP" + (f" by {t.year}" if t.year else "")
            details = [["target", label]] + ([["status", t.status]] if t.status else []) + (
                [["counts", t.category]] if t.category else [])
            fact = self.fact(t, "target", f"{t.actor_label}: {label}"
                             + (f", proposed by {', '.join(t.proposer_labels)}" if t.proposer_labels else ""), details)
            actor = self.entity(t.actor)
            if t.proposers:
                for who in sorted(t.proposers, key=str):
                    link = self.link(self.entity(who), actor, "target")
                    link["facts"].append(fact)
                    link["sources"].update(c.source.id for c in t.cited)
                    if label not in link["labels"]:
                        link["labels"].append(label)
            else:
                node = self.net.nodes[actor]
                node["facts"].append(fact)
                node["sources"].update(c.source.id for c in t.cited)

    def add_claims(self) -> None:
        for c in self.view.claims:
            node = self.net.nodes[self.entity(c.speaker)]
            node["claims"] += 1
            node["facts"].append(self.fact(c, "claim", f"{c.speaker_label} ({c.kind}): “{c.text}”",
                                           [["said on", c.said_on]] if c.said_on else []))
            node["sources"].update(s.source.id for s in c.cited)

    def finish(self) -> nx.MultiDiGraph:
        for (a, b, kind), link in sorted(self.links.items()):
            facts = link["facts"]
            if kind == "pledge":
                count = len(facts)
                total = _short_money(link["usd"]) if link["usd"] else "?"
                label = link["labels"][0] if count == 1 and link["labels"] else f"{count} pledges · {total}"
            else:  # the first, and how many more (all of them are in the panel)
                label = _short(link["labels"][0]) + (f" (+{len(link['labels']) - 1})" if len(link["labels"]) > 1 else "")
                # (the page joins the links of one pair into one line)
            conflict = any(f["conflicts"] for f in facts)
            usd = float(link["usd"]) if link["usd"] < Decimal(10) ** 18 else 0.0  # a 10^400 figure draws no width
            self.net.add_edge(a, b, relation=kind, label=label, facts=facts, sources=sorted(link["sources"]),
                              conflict=conflict, usd=usd, fact="")
        for _, data in self.net.nodes(data=True):
            data["sources"] = sorted(data["sources"])
            data["label"] = _node_label(data)
            data["conflict"] = any(f["conflicts"] for f in data["facts"])
        return self.net


def project_overview(view: FactsView, conflicts=()) -> nx.MultiDiGraph:
    """The overview network: entities as nodes, facts aggregated on links and nodes (see the module)."""
    o = _Overview(view, conflicts)
    o.add_pledges()
    o.add_roles()
    o.add_targets()
    o.add_claims()
    net = o.finish()
    for node, data in net.nodes(data=True):
        data["degree"] = net.degree(node)
    return net


def link_width(usd: float) -> float:
    """A pledge link's width: by amount, on a log scale (1 for a million, about 8 for ten billion)."""
    return 1.0 + max(0.0, 1.75 * (math.log10(usd) - 6)) if usd > 0 else 1.0


def _keep(net: nx.MultiDiGraph, keep_fact) -> nx.MultiDiGraph:
    """The overview with only the facts ``keep_fact`` accepts, and the entities that still show something."""
    out = nx.MultiDiGraph()
    for node, data in net.nodes(data=True):
        facts = [f for f in data["facts"] if keep_fact(f)]
        out.add_node(node, **{**data, "facts": facts, "claims": sum(f["kind"] == "claim" for f in facts)})
    for a, b, data in net.edges(data=True):
        facts = [f for f in data["facts"] if keep_fact(f)]
        if facts:
            out.add_edge(a, b, **{**data, "facts": facts})
    out.remove_nodes_from([n for n, d in out.nodes(data=True) if not d["facts"] and out.degree(n) == 0])
    for node, data in out.nodes(data=True):
        data["label"] = _node_label(data)
        data["degree"] = out.degree(node)
    return out


def _node_label(data: dict) -> str:
    """An entity's name, with what it holds itself: "Mark Rutte · 11 claims", "Estonia · 5 % of GDP by 2030"."""
    claims = sum(f["kind"] == "claim" for f in data["facts"])
    targets = [f for f in data["facts"] if f["kind"] == "target"]
    extra = []
    if claims:
        extra.append(f"{claims} claim{'s' if claims > 1 else ''}")
    if len(targets) == 1:
        extra.append(targets[0]["details"][0][1])
    elif targets:
        extra.append(f"{len(targets)} targets")
    return " · ".join([data["full_label"], *extra])


def overview_by_kinds(net: nx.MultiDiGraph, kinds: tuple[str, ...]) -> nx.MultiDiGraph:
    """Only facts of these kinds."""
    return _keep(net, lambda f: f["kind"] in kinds)


def overview_by_source(net: nx.MultiDiGraph, source_id: str) -> nx.MultiDiGraph:
    """Only what one source states."""
    from .filters import VizError

    known = {s["id"] for _, d in net.nodes(data=True) for f in d["facts"] for s in f["sources"]} | {
        s["id"] for _, _, d in net.edges(data=True) for f in d["facts"] for s in f["sources"]}
    if source_id not in known:
        from ..suggest import did_you_mean

        raise VizError(f"no source {source_id!r}{did_you_mean(source_id, known)}")
    return _keep(net, lambda f: any(s["id"] == source_id for s in f["sources"]))
