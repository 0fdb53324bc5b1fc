"""Everything about one thing: an entity, a fact or a source, with every source's word for it.

``nato-kg show "Mark Rutte"`` gathers each fact the thing takes part in, each with what it
states, every source that states it (title, date and how the date is known, the evidence
quote) and every conflict it is part of. The graph is read, never the seeds, so this
works on imported data too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import NatoKGError, Position


class NotFound(NatoKGError):
    """Nothing in the graph goes by that name."""


@dataclass
class Citation:
    """One source's support for a fact."""

    source: str
    title: str
    date: str | None
    date_status: str | None
    evidence: str | None
    url: str | None = None


@dataclass
class FactReport:
    """One fact: its id, kind, what it states, its citations and conflicts."""

    id: str
    iri: str
    kind: str
    fields: list[tuple[str, str]]
    citations: list[Citation]
    conflicts: list[str] = field(default_factory=list)
    note: str | None = None
    position: Position | None = None


@dataclass
class ShowReport:
    """What ``show`` found for a name."""

    name: str
    what: str  # entity, fact or source
    iri: str
    label: str
    facts: list[FactReport]


_PLUMBING = {"http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/ns/prov#wasDerivedFrom",
             "http://www.w3.org/ns/prov#qualifiedDerivation", "https://w3id.org/nato-kg/ns#evidence",
             "http://www.w3.org/2004/02/skos/core#note", "https://schema.org/appearance"}


def _label(graph, node) -> str:
    from rdflib import Literal

    from .vocab import SCHEMA

    if isinstance(node, Literal):
        return str(node)
    value = graph.value(node, SCHEMA.value)
    if value is not None:  # an amount
        currency = graph.value(node, SCHEMA.currency)
        try:
            from decimal import Decimal

            number = Decimal(str(value))
            shown = f"{number:,f}" if number == number.to_integral_value() else f"{number:f}"
        except ArithmeticError:
            shown = str(value)
        return f"{shown} {currency or ''}".strip()
    from .facts_view import label

    return label(graph, node)


def _kind(graph, fact) -> str:
    from rdflib.namespace import RDF

    from .kinds import kind_of_types

    return kind_of_types(graph.objects(fact, RDF.type))


def _citations(graph, fact) -> list[Citation]:
    from rdflib.namespace import PROV

    from .vocab import NKG, SCHEMA

    out = []
    for derivation in graph.objects(fact, PROV.qualifiedDerivation):
        source = graph.value(derivation, PROV.entity)
        if source is None:
            continue
        date = graph.value(source, SCHEMA.datePublished)
        out.append(Citation(
            source=str(graph.value(source, SCHEMA.identifier) or source),
            title=str(graph.value(source, SCHEMA.headline) or ""),
            date=str(date) if date is not None else None,
            date_status=str(graph.value(source, NKG.dateStatus) or "") or None,
            evidence=str(graph.value(derivation, NKG.evidence) or "") or None,
            url=str(graph.value(source, SCHEMA.url) or "") or None,
        ))
    cited = {c.source for c in out}
    for source in graph.objects(fact, PROV.wasDerivedFrom):  # a source without a derivation (imported data)
        sid = str(graph.value(source, SCHEMA.identifier) or source)
        if sid not in cited:
            out.append(Citation(sid, str(graph.value(source, SCHEMA.headline) or ""), None, None, None))
    return sorted(out, key=lambda c: c.source)


def describe_fact(graph, fact, conflicts: dict, positions: dict | None = None) -> FactReport:
    """A fact of the graph as a :class:`FactReport`."""
    from rdflib.namespace import SKOS

    from .trust.locate import locate
    from .vocab import compact

    fields = []
    for p, o in sorted(graph.predicate_objects(fact), key=lambda po: (str(po[0]), str(po[1]))):
        if str(p) in _PLUMBING:
            continue
        fields.append((compact(str(p)).split(":", 1)[-1], _label(graph, o)))
    note = graph.value(fact, SKOS.note)
    return FactReport(str(fact).rstrip("/").rsplit("/", 1)[-1], str(fact), _kind(graph, fact), fields,
                      _citations(graph, fact), conflicts.get(str(fact), []), str(note) if note else None,
                      locate(fact, positions))


def show(graph, name: str, positions: dict | None = None, conflicts: list | None = None) -> ShowReport:
    """Everything the graph says about ``name``: an entity (slug, label or alias), a fact id or a source id."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import PROV, RDF

    from .names import EntityIndex, NameNotFound
    from .vocab import NKG, SCHEMA

    by_conflict: dict[str, list[str]] = {}
    for c in conflicts or []:
        for side in c.sides:
            others = "; ".join(s.statement for s in c.sides if s is not side)
            by_conflict.setdefault(side.node, []).append(f"[{c.severity}] {c.rule}: {c.message} (other side: {others})")
    facts = {f for f in graph.subjects(RDF.type, NKG.Fact)}

    def report(what, iri, label, chosen):
        ordered = sorted(chosen, key=lambda f: (_kind(graph, f), str(f)))
        return ShowReport(name, what, str(iri), label, [describe_fact(graph, f, by_conflict, positions) for f in ordered])

    source = next(graph.subjects(SCHEMA.identifier, Literal(name)), None)
    if source is not None:
        chosen = {f for f in graph.subjects(PROV.wasDerivedFrom, source) if f in facts}
        return report("source", source, str(graph.value(source, SCHEMA.headline) or name), chosen)
    fact = next((f for f in facts if str(f).rstrip("/").rsplit("/", 1)[-1] == name or str(f) == name.strip("<>")), None)
    if fact is not None:
        return report("fact", fact, name, {fact})
    try:
        entity = EntityIndex(graph).find(name)
    except NameNotFound as exc:
        raise NotFound(str(exc)) from None
    if not isinstance(entity, URIRef):
        raise NotFound(f"no entity, fact or source {name!r}")
    chosen = {f for f in graph.subjects(None, entity) if f in facts}
    return report("entity", entity, _label(graph, entity), chosen)


def to_text(report: ShowReport, width: int | None = None) -> str:
    """The report for a terminal, wrapped at ``width`` (None: 100) at spaces only."""
    import textwrap

    from .terminal import printable

    width = max(width or 100, 40)

    def wrap(text: str, first: str = "", rest: str | None = None) -> list[str]:
        return textwrap.wrap(printable(" ".join(str(text).split())), width, initial_indent=first,
                             subsequent_indent=first if rest is None else rest,
                             break_long_words=False, break_on_hyphens=False) or [first.rstrip()]

    lines = wrap(f"{report.label} ({report.what}, {report.iri}): {len(report.facts)} "
                 f"fact{'s' if len(report.facts) != 1 else ''}")
    for fact in report.facts:
        lines.append("")
        lines += wrap(f"{fact.kind} {fact.id}" + (f"  {fact.position}" if fact.position else ""))
        for key, value in fact.fields:
            lines += wrap(f"{key}: {value}", "  ", "      ")
        if fact.note:
            lines += wrap(f"note: {fact.note}", "  ", "      ")
        for c in fact.citations:
            dated = f", {c.date}" if c.date else ""
            status = f" ({c.date_status})" if c.date_status else ""
            lines += wrap(f"source {c.source}: {c.title}{dated}{status}" + (f" <{c.url}>" if c.url else ""), "  ", "      ")
            if c.evidence:
                quoted = c.evidence if c.evidence[:1] in "\"“‘'" else f"“{c.evidence}”"
                lines += wrap(quoted, "      ")
        for conflict in fact.conflicts:
            lines += wrap(f"conflict {conflict}", "  ! ", "      ")
    return "\n".join(lines) + "\n"


def to_markdown(report: ShowReport) -> str:
    """The report as Markdown (data escaped: no links or HTML from the data)."""
    from .trust.report import md_escape

    lines = [f"# {md_escape(report.label)}", "", f"{report.what} `{report.iri}`, {len(report.facts)} facts", ""]
    for fact in report.facts:
        lines += [f"## {fact.kind} `{fact.id}`", ""]
        lines += [f"- **{md_escape(k)}**: {md_escape(v)}" for k, v in fact.fields]
        if fact.note:
            lines.append(f"- **note**: {md_escape(fact.note)}")
        lines += ["", "Sources:", ""]
        for c in fact.citations:
            lines.append(f"- `{c.source}` {md_escape(c.title)}" + (f", {md_escape(c.date)}" if c.date else "")
                         + (f" ({md_escape(c.date_status)})" if c.date_status else ""))
            if c.evidence:
                lines.append(f"  > {md_escape(c.evidence)}")
        if fact.conflicts:
            lines += ["", "Conflicts:", ""] + [f"- {md_escape(c)}" for c in fact.conflicts]
        lines.append("")
    return "\n".join(lines)


def to_json(report: ShowReport) -> str:
    """The report as JSON."""
    import dataclasses
    import json

    def plain(value):
        if isinstance(value, Position):
            return str(value)
        if dataclasses.is_dataclass(value):
            return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        return value

    return json.dumps(plain(report), indent=2, ensure_ascii=False) + "\n"
