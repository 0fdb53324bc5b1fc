"""The shape of a graph at a glance: facts by kind, by source and by month; idle entities; conflicts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Stats:
    """Counts of a graph (see :func:`graph_stats`)."""

    facts_by_kind: dict[str, int]
    facts_by_source: dict[str, int]
    facts_by_month: dict[str, int]  # the month of each source's publication date; "undated" when none
    entities: int
    entities_without_facts: list[str]
    sources: int
    conflicts_by_rule: dict[str, int] = field(default_factory=dict)


def graph_stats(graph, conflicts: list | None = None) -> Stats:
    """Count what the graph holds; ``conflicts`` (from ``check``) are counted by rule."""
    from rdflib.namespace import PROV, RDF, SKOS

    from .kinds import kind_of_types
    from .vocab import NKG, SCHEMA

    facts = set(graph.subjects(RDF.type, NKG.Fact))
    by_kind = Counter(kind_of_types(graph.objects(f, RDF.type)) for f in facts)
    by_source: Counter = Counter()
    by_month: Counter = Counter()
    for fact in facts:
        months = set()
        for source in graph.objects(fact, PROV.wasDerivedFrom):
            by_source[str(graph.value(source, SCHEMA.identifier) or source)] += 1
            date = graph.value(source, SCHEMA.datePublished)
            months.add(str(date)[:7] if date is not None and len(str(date)) >= 7 else "undated")
        for month in months or {"undated"}:
            by_month[month] += 1
    from rdflib import URIRef

    from .kinds import ENTITY_KINDS

    entities = {e for t in ENTITY_KINDS for e in graph.subjects(RDF.type, URIRef(t.rdf_class))}
    used = {o for f in facts for o in graph.objects(f, None)}
    idle = sorted(str(graph.value(e, SKOS.prefLabel) or e) for e in entities - used)
    return Stats(dict(sorted(by_kind.items())), dict(sorted(by_source.items(), key=lambda kv: (-kv[1], kv[0]))),
                 dict(sorted(by_month.items())), len(entities), idle,
                 len(set(graph.subjects(SCHEMA.identifier, None))),
                 dict(sorted(Counter(c.rule for c in conflicts or []).items())))
