"""Terminal rendering of a build summary: facts by kind, the sources with most facts."""

from __future__ import annotations

from .build import Summary
from .kinds import NAMES as FACT_KINDS

#: Sources listed by default (the most facts first); ``build --by-source`` lists all.
TOP_SOURCES = 20


def summary_text(summary: Summary, width: int | None = None, all_sources: bool = False) -> str:
    """Facts by kind, and facts by source (a fact with two sources counts for each), as tables."""
    from .tables import render_table

    kinds = [[k, str(summary.by_kind.get(k, 0))] for k in FACT_KINDS] + [["total", str(sum(summary.by_kind.values()))]]
    out = render_table(["kind", "facts"], kinds, width, {1}, title="Facts by kind")
    ranked = sorted(summary.by_source.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    shown = ranked if all_sources else ranked[:TOP_SOURCES]
    rows = []
    for sid, counts in shown:
        rows.append([sid, summary.dates.get(sid) or "?", *(str(counts.get(k, 0)) for k in FACT_KINDS)])
    footer = [f"… {len(ranked) - len(shown)} more sources ('nato-kg build --by-source' lists all)"] if len(shown) < len(ranked) else []
    footer.append(f"{summary.entities} entities, {summary.sources} sources, {summary.triples} triples")
    out += "\n" + render_table(["source", "date", *FACT_KINDS], rows, width, set(range(2, 2 + len(FACT_KINDS))),
                               title="Facts by source", footer=footer)
    return out
