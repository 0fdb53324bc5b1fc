"""Terminal rendering of a build summary (rich tables on stdout)."""

from __future__ import annotations

from .build import Summary
from .records import FACT_KINDS, Seeds


def print_summary(summary: Summary, seeds: Seeds) -> None:
    """Print facts by kind and facts by source (a fact with two sources counts for each) as tables."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from .terminal import printable

    console = Console(highlight=False, soft_wrap=True)
    kinds = Table(title="Facts by kind", title_justify="left")
    kinds.add_column("kind")
    kinds.add_column("facts", justify="right")
    for kind in FACT_KINDS:
        kinds.add_row(kind, str(summary.by_kind.get(kind, 0)))
    kinds.add_row("total", str(sum(summary.by_kind.values())), style="bold")
    console.print(kinds)

    sources = Table(title="Facts by source", title_justify="left")
    sources.add_column("source", no_wrap=True)
    sources.add_column("date", no_wrap=True)
    for kind in FACT_KINDS:
        sources.add_column(kind, justify="right")
    for sid, counts in summary.by_source.items():
        src = seeds.sources[sid]
        sources.add_row(Text(printable(sid)), str(src.date or "?"), *(str(counts.get(k, 0)) for k in FACT_KINDS))
    console.print(sources)
    console.print(f"{summary.entities} entities, {summary.sources} sources, {summary.triples} triples")
