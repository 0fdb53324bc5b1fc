"""The evidence audit: is every evidence quote really in the article it cites?

Tolerant of what news sites vary without changing the words: white space and line
breaks, typographic quotes and apostrophes, dashes, ellipses (see :func:`~nato_kg.trust.text.fold`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import NatoKGError, Position
from ..vocab import sparql_prefixes
from .locate import locate
from .text import fold

PREFIXES = sparql_prefixes()


@dataclass(frozen=True)
class MissingQuote:
    """An evidence quote not found in its article."""

    fact: str
    source: str
    file: str
    evidence: str
    position: Position | None


@dataclass
class AuditReport:
    """What the audit checked, what it could not find, and what it skipped."""

    checked: int = 0
    missing: list[MissingQuote] = field(default_factory=list)
    missing_files: list[str] = field(default_factory=list)
    skipped_sources: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.missing and not self.missing_files


def audit_graph(graph, articles_dir: Path, positions: dict | None = None) -> AuditReport:
    """Look for each derivation's evidence in its source's article file under ``articles_dir``."""
    articles_dir = Path(articles_dir)
    if not articles_dir.is_dir():
        raise NatoKGError(f"no articles folder {articles_dir}")
    rows = graph.query(PREFIXES + """
        SELECT ?fact ?d ?src ?sid ?file ?evidence WHERE {
          ?fact prov:qualifiedDerivation ?d .
          ?d prov:entity ?src ; nkg:evidence ?evidence .
          ?src schema:identifier ?sid .
          OPTIONAL { ?src nkg:sourceFile ?file } }
        ORDER BY ?sid ?fact""")
    report = AuditReport()
    texts: dict[str, str | None] = {}
    skipped = set()
    for r in rows:
        if r.file is None:
            skipped.add(str(r.sid))
            continue
        name = str(r.file)
        if name not in texts:
            path = articles_dir / Path(name).name  # a file name, never a path out of the folder
            texts[name] = fold(path.read_text(encoding="utf-8", errors="replace")) if path.is_file() else None
            if texts[name] is None:
                report.missing_files.append(name)
        if texts[name] is None:
            continue
        report.checked += 1
        if fold(str(r.evidence)) not in texts[name]:
            report.missing.append(MissingQuote(str(r.fact).rsplit("/", 1)[-1], str(r.sid), name, str(r.evidence),
                                               locate(r.d, positions)))
    report.skipped_sources = sorted(skipped)
    return report
