"""Cross-source conflicts: rules with a name and a severity, each reported with both sides.

- **attribution**: the same (or near-same) statement given to different speakers, or the
  same spending target to different proposers, by different sources;
- **office**: a source says someone held an office on a date when the curated role
  timeline (role facts with start/end dates) gives it to someone else;
- **status**: the same person and role described as current by one source and former by
  another at overlapping times, or as former while the role timeline has them in office;
- **value**: the same pledge or target (same actor, metric, year) with different amounts,
  percentages or years in different sources; two pledges are versions of one only when
  they are the same kind of figure, made on the same day or both undated and then within
  10 % of each other (two undated packages of 600 and 400 million are two packages);
- **total**: a donor's package larger than its own running total to the same recipient of
  a later date (compared in EUR when the currencies differ);
- **paraphrase**: renderings of one speaker's statement on one subject that differ in
  substance across sources: they name the same amount in different words, or one is
  negated and the other not.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import combinations
from pathlib import Path
from typing import Any

from ..collector import paused
from ..errors import Position
from ..facts_view import ClaimView, FactsView, Interval, PledgeView, RoleView, identity, overlaps
from ..text import jaccard, negated, numbers
from .locate import locate
from .similar import SimilarTexts, similar_texts

SEVERITIES = ("info", "warning", "error")
RULES = {
    "attribution": "error",
    "office": "error",
    "status": "warning",
    "value": "error",
    "total": "warning",
    "paraphrase": "warning",
    "duplicate": "warning",
    "wording": "warning",
}
#: Content-word similarity at or above which two quotes count as the same statement.
SAME_STATEMENT = 0.3
#: Below this, two renderings naming the same amount say it in different words.
SAME_WORDING = 0.5


@dataclass(frozen=True)
class Side:
    """One side of a conflict: a fact, what it states, its sources and seed position."""

    fact: str
    statement: str
    sources: tuple[str, ...]
    position: Position | None = None
    #: The fact node's full IRI.
    node: str = ""


@dataclass
class Conflict:
    """A conflict found by a rule."""

    rule: str
    severity: str
    message: str
    sides: list[Side] = field(default_factory=list)


def severity_rank(name: str) -> int:
    """``info`` 0, ``warning`` 1, ``error`` 2."""
    return SEVERITIES.index(name)


def _ids(sources) -> tuple[str, ...]:
    return tuple(s.id for s in sources)


def _disjoint(a, b) -> bool:
    return not set(_ids(a)) & set(_ids(b))


def _normalised(text: str) -> str:
    """A quote's text as compared for sameness: case and white space folded."""
    return " ".join(text.casefold().split())


#: Two undated figures of one donor for one recipient this close are versions of one pledge.
VERSION_TOLERANCE = Decimal("0.1")


def _comparable(a, b) -> tuple[Decimal, Decimal] | None:
    """Two pledges' amounts in one currency: their own when it is the same, else in EUR (converted)."""
    if a.currency == b.currency:
        return a.amount, b.amount
    if a.eur is not None and b.eur is not None:
        return a.eur, b.eur
    return None


def _versions(a, b) -> bool:
    """Whether two pledges (same donor, recipient and kind of figure) are other sources' versions of one
    pledge: made on the same day, or (a date missing) within 10 % of each other."""
    if not _disjoint(a.sources, b.sources):
        return False
    amounts = _comparable(a, b)
    if amounts is None:
        return False
    if a.when is not None and b.when is not None:
        return overlaps(a.when, b.when)
    x, y = amounts
    return abs(x - y) <= VERSION_TOLERANCE * max(x, y)


def _compatible_targets(a, b) -> bool:
    """Whether two targets can be one: the same proposers and status, or one source not naming them."""
    return ((not a.proposers or not b.proposers or a.proposers == b.proposers)
            and (a.status is None or b.status is None or a.status == b.status))


def _components(items: list, linked=None, pairs=None) -> list[list]:
    """Groups of items connected by ``linked(a, b)`` or by index ``pairs`` (union-find)."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    if pairs is None:
        pairs = [(i, j) for i, j in combinations(range(len(items)), 2) if linked(items[i], items[j])]
    for i, j in pairs:
        parent[root(i)] = root(j)
    groups: dict[int, list] = defaultdict(list)
    for i, item in enumerate(items):
        groups[root(i)].append(item)
    return [g for g in groups.values() if len(g) > 1]


class Checker:
    """Runs the rules over a graph's facts; ``positions`` maps nodes to seed lines; ``cache_dir`` (a folder of the
    build's) keeps the similar claims found, for the next run (see :func:`~nato_kg.trust.similar.similar_texts`)."""

    def __init__(self, graph, positions: dict | None = None, view: FactsView | None = None, cache_dir: Path | None = None):
        self.view = view if view is not None else FactsView(graph)
        self.positions = positions
        self.cache_dir = cache_dir

    def _side(self, fact, statement: str, sources) -> Side:
        return Side(str(fact).rstrip("/").rsplit("/", 1)[-1], statement, _ids(sources), locate(fact, self.positions),
                    str(fact))

    def _claim_side(self, c: ClaimView) -> Side:
        return self._side(c.iri, f"{c.speaker_label} ({c.kind}): {c.text}", c.sources)

    def _role_side(self, r: RoleView, when: str = "") -> Side:
        status = f", {r.status}" if r.status else ""
        term = f", {r.start}–{r.end or ''}" if r.start is not None else ""
        return self._side(r.iri, f"{r.person_label}: {r.role_label} of {r.org_label}{term}{status}{when}", r.sources)

    def _target_side(self, t) -> Side:
        year = f" by {t.year}" if t.year else ""
        who = f", proposed by {', '.join(t.proposer_labels)}" if t.proposer_labels else ""
        status = f" ({t.status})" if t.status else ""
        return self._side(t.iri, f"{t.actor_label}: {t.percent} % of GDP{year}{who}{status}", t.sources)

    def _pledge_side(self, p) -> Side:
        return self._side(p.iri, f"{p.donor_label} → {p.recipient_label}: {p.amount} {p.currency}", p.sources)

    def _conflict(self, rule: str, message: str, sides: list[Side]) -> Conflict:
        return Conflict(rule, RULES[rule], message, sorted(sides, key=lambda s: (s.sources, s.fact)))

    # --- rules -------------------------------------------------------------------------

    def attribution(self) -> list[Conflict]:
        out = []

        claims = self.view.claims
        pairs = [(i, j) for i, j in self._same_statement_pairs()
                 if claims[i].speaker != claims[j].speaker and _disjoint(claims[i].sources, claims[j].sources)]
        for group in _components(claims, pairs=pairs):
            speakers = sorted({c.speaker_label for c in group})
            out.append(self._conflict("attribution",
                                      f"the same statement is attributed to {' and '.join(speakers)} by different sources",
                                      [self._claim_side(c) for c in group]))
        by_target = defaultdict(list)
        for t in self.view.targets:
            by_target[(t.actor, t.percent, t.year, t.status, t.category)].append(t)
        for group in by_target.values():
            proposers = {t.proposers for t in group if t.proposers}
            if len(proposers) > 1 and any(_disjoint(a.sources, b.sources) for a, b in combinations(group, 2)):
                t0 = group[0]
                names = sorted({n for t in group for n in t.proposer_labels})
                out.append(self._conflict("attribution",
                                          f"{t0.actor_label}'s {t0.percent} % target is attributed to {' and '.join(names)} by different sources",
                                          [self._target_side(t) for t in group]))
        return out

    def _similar(self) -> SimilarTexts:
        """The claims' content words and the pairs of claims similar in words, found once for every rule."""
        if not hasattr(self, "_similar_texts"):
            self._similar_texts = similar_texts([c.text for c in self.view.claims], SAME_STATEMENT, self.cache_dir)
        return self._similar_texts

    def _same_statement_pairs(self) -> list[tuple[int, int]]:
        """Index pairs of claims that render one statement: similar in words, or linked by the curator
        (``same_statement_as`` in the seeds, ``prov:alternateOf`` in the graph), which catches what
        word overlap misses ("we need to increase spending" / "spending must be increased urgently")."""
        claims = self.view.claims
        if not hasattr(self, "_pairs"):
            index = {c.iri: i for i, c in enumerate(claims)}
            linked = {(min(i, index[o]), max(i, index[o])) for i, c in enumerate(claims) for o in c.alternates
                      if o in index and index[o] != i}
            self._pairs: list[tuple[int, int]] = sorted(set(self._similar().pairs) | linked)
        return self._pairs

    def wording(self) -> list[Conflict]:
        """One speaker's statement quoted verbatim, in quotation marks, in different words by different sources."""
        claims = self.view.claims
        pairs = [(i, j) for i, j in self._same_statement_pairs()
                 if claims[i].speaker == claims[j].speaker and claims[i].kind == claims[j].kind == "quote"
                 and _disjoint(claims[i].sources, claims[j].sources)
                 and _normalised(claims[i].text) != _normalised(claims[j].text)]
        return [self._conflict("wording", f"{group[0].speaker_label} is quoted verbatim in different words by "
                               "different sources", [self._claim_side(c) for c in group])
                for group in _components(claims, pairs=pairs)]

    def office(self) -> list[Conflict]:
        terms = defaultdict(list)
        for r in self.view.roles:
            if r.is_term:
                terms[(r.role, r.org)].append(r)
        out = []
        for r in self.view.roles:
            if r.is_term or r.status == "former" or (r.role, r.org) not in terms:
                continue
            # As of the date the source gives, else as of each source's publication date.
            moments = [(r.as_of, r.sources)] if r.as_of else [(s.when, (s,)) for s in r.sources if s.when]
            for when, sources in moments:
                holders = [t for t in terms[(r.role, r.org)] if t.holds_during(when)]
                if holders and not any(t.person == r.person for t in holders):
                    others = " and ".join(sorted({t.person_label for t in holders}))
                    day = when[0].isoformat() if when[0] == when[1] else f"{when[0]}–{when[1]}"
                    # Say whose date it is: the source's own, or one the curator inferred.
                    dated = (f" (a date the source does not state, {r.date_known})" if r.as_of and r.date_known
                             else "" if r.as_of else " (the source's publication date)")
                    out.append(self._conflict(
                        "office",
                        f"{', '.join(_ids(sources))} says {r.person_label} was {r.role_label} of {r.org_label} on {day}"
                        f"{dated}, but the role timeline gives it to {others}",
                        [self._side(r.iri, f"{r.person_label}: {r.role_label} of {r.org_label} as of {day}", sources)]
                        + [self._role_side(t) for t in holders]))
        return out

    def status(self) -> list[Conflict]:
        mentions = defaultdict(list)
        terms = defaultdict(list)
        for r in self.view.roles:
            if r.is_term:
                terms[(r.person, r.role, r.org)].append(r)
            elif r.status:
                mentions[(r.person, r.role, r.org)].append(r)

        def moments(r: RoleView):
            return [r.as_of] if r.as_of else [s.when for s in r.sources if s.when]

        out = []
        for key, group in mentions.items():
            current = [r for r in group if r.status == "current"]
            former = [r for r in group if r.status == "former"]
            clashing = [(c, f) for c in current for f in former
                        if _disjoint(c.sources, f.sources)
                        and any(overlaps(a, b) for a in moments(c) for b in moments(f))]
            # "Former" while the person's own term in the role timeline is still running.
            in_office = [(t, f) for t in terms.get(key, []) for f in former if any(t.holds_during(m) for m in moments(f))]
            if clashing or in_office:
                sides = {r.iri: r for pair in clashing + in_office for r in pair}.values()
                r0 = group[0]
                why = ("described as current and as former at the same time" if clashing
                       else "described as former while the role timeline has them in office")
                out.append(self._conflict(
                    "status", f"{r0.person_label} is {why}: {r0.role_label} of {r0.org_label}",
                    [self._role_side(r) for r in sides]))
        return out

    def value(self) -> list[Conflict]:
        out = []
        by_actor = defaultdict(list)
        for t in self.view.targets:
            by_actor[(t.actor, t.category)].append(t)
        for what, same, differs in (("percentage", lambda t: t.year, lambda t: t.percent), ("year", lambda t: t.percent, lambda t: t.year)):
            # one target as two sources give it: the same in all but the value compared, where a proposer or
            # status a source does not name is no difference (an extracted target often names no proposer:
            # "2035" in one article and "2032" in another are still a disagreement)
            def linked(a, b, same=same, what=what) -> bool:
                return (same(a) == same(b) and _compatible_targets(a, b) and _disjoint(a.sources, b.sources)
                        and (what != "year" or bool(a.year and b.year)))
            for group in by_actor.values():
                for component in _components(group, linked):
                    if len({differs(t) for t in component}) > 1:
                        out.append(self._conflict("value", f"{component[0].actor_label}'s target has different {what}s in "
                                                  "different sources", [self._target_side(t) for t in component]))
        pledges = defaultdict(list)
        for p in self.view.pledges:
            pledges[(p.donor, p.recipient, p.figure)].append(p)
        for candidates in pledges.values():
            for versions in _components(candidates, _versions):
                if len({(p.amount, p.currency) for p in versions}) < 2:
                    continue
                p0 = versions[0]
                out.append(self._conflict("value", f"{p0.donor_label}'s pledge to {p0.recipient_label} has different "
                                          "amounts in different sources", [self._pledge_side(p) for p in versions]))
        return out

    def total(self) -> list[Conflict]:
        """A package larger than the same donor's running total to the same recipient of a later date."""
        out = []
        by_pair: dict[tuple, list[tuple[PledgeView, Interval]]] = defaultdict(list)
        for p in self.view.pledges:
            if p.day is not None:
                by_pair[(p.donor, p.recipient)].append((p, p.day))
        for group in by_pair.values():
            for t, t_day in group:
                if t.figure != "running-total":
                    continue
                for k, k_day in group:
                    if k.figure != "package" or not k_day[1] < t_day[0]:
                        continue
                    amounts = _comparable(k, t)
                    if amounts is not None and amounts[0] > amounts[1]:
                        out.append(self._conflict(
                            "total", f"{k.donor_label}'s package to {k.recipient_label} of {k.amount} {k.currency} "
                            f"({k_day[0]}) is larger than its running total of {t.amount} {t.currency} on {t_day[0]}",
                            [self._pledge_side(k), self._pledge_side(t)]))
        return out

    def paraphrase(self) -> list[Conflict]:
        by_subject = defaultdict(list)
        for c in self.view.claims:
            if c.topic:
                by_subject[(c.speaker, c.topic)].append(c)
        out = []

        words = {c.iri: w for c, w in zip(self.view.claims, self._similar().words, strict=True)}

        def differ(a: ClaimView, b: ClaimView) -> bool:
            if not _disjoint(a.sources, b.sources):
                return False
            same = jaccard(words[a.iri], words[b.iri])
            # amounts and negation are looked for only where the words' similarity makes them matter
            if same < SAME_WORDING and numbers(a.text) & numbers(b.text):
                return True
            return same >= SAME_STATEMENT and negated(a.text) != negated(b.text)

        for (_speaker, topic), claims in by_subject.items():
            if len(claims) < 2:  # most speakers say one thing on a subject: nothing to compare
                continue
            for group in _components(claims, differ):
                out.append(self._conflict("paraphrase",
                                          f"{group[0].speaker_label}'s statement on {topic} is rendered differently by different sources",
                                          [self._claim_side(c) for c in group]))
        return out

    def duplicate(self) -> list[Conflict]:
        """The same fact held by two fact nodes (an import restating the workspace's own facts):
        counted twice by totals until a curator merges them. Entities are compared by label,
        since an import from another workspace names them with its own IRIs."""
        out = []
        side_of: dict[str, Callable[[Any], Side]] = {"pledge": self._pledge_side, "target": self._target_side,
                                                      "role": self._role_side, "claim": self._claim_side}
        groups = defaultdict(list)
        for kind in side_of:
            for fact in getattr(self.view, kind + "s"):
                groups[identity(kind, fact)].append((kind, fact))
        for key, group in groups.items():
            if len({fact.iri for _, fact in group}) < 2:  # a fact with two values of a field gives two rows
                continue
            sides = {side.node: side for side in (side_of[kind](fact) for kind, fact in group)}  # sides only where found
            out.append(self._conflict("duplicate", f"the same {key[0]} is held by {len(sides)} facts; totals count "
                                      "it more than once until they are merged", list(sides.values())))
        return out

    @paused()
    def run(self, rules: tuple[str, ...] | None = None) -> list[Conflict]:
        """Every conflict the named rules (default: all) find, most severe first."""
        found = []
        for rule in rules or tuple(RULES):
            found.extend(getattr(self, rule)())
        return sorted(found, key=lambda c: (-severity_rank(c.severity), c.rule, c.message))


def check_graph(graph, positions: dict | None = None, rules: tuple[str, ...] | None = None,
                cache_dir: Path | None = None) -> list[Conflict]:
    """Run the conflict rules on ``graph`` (keeping what a next run can reuse in ``cache_dir``, when given)."""
    return Checker(graph, positions, cache_dir=cache_dir).run(rules)
