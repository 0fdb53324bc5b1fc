"""The evidence audit: is every evidence quote really in the article it cites?

Tolerant of what news sites vary without changing the words: white space and line
breaks, typographic quotes and apostrophes, dashes, ellipses (see :func:`~nato_kg.text.fold`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import NatoKGError, Position
from ..text import fold, repaired, visible_text
from ..vocab import sparql_prefixes
from .locate import locate

PREFIXES = sparql_prefixes()


@dataclass(frozen=True)
class MissingQuote:
    """An evidence quote not found in its article, and the article's passage closest to it."""

    fact: str
    source: str
    file: str
    evidence: str
    position: Position | None
    closest: str | None = None
    #: How alike the closest passage is (0–100, rapidfuzz's partial ratio).
    similarity: float | None = None


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


def closest_passage(quote: str, text: str) -> tuple[str, float] | None:
    """The passage of ``text`` most like ``quote`` (both folded), and how alike (0–100).

    >>> closest_passage("Finland pledged $700 million", "Earlier, Finland pledged $691 million to Ukraine.")[0]
    'Finland pledged $691 million'
    """
    from rapidfuzz import fuzz

    if not quote or not text:
        return None
    found = fuzz.partial_ratio_alignment(quote, text)
    if found is None:
        return None
    return text[found.dest_start:found.dest_end], round(found.score, 1)


def _find_file(name: str, folders: list[Path], root: Path | None) -> Path | None:
    """The article file a source names: a bare name is looked for in each folder in turn; a
    path (``articles/x.txt``) is taken from the workspace root. Never a file outside those
    folders and the workspace (no ``../`` escape)."""
    given = Path(name)
    allowed = [f.resolve() for f in folders] + ([root.resolve()] if root else [])
    candidates = [f / given.name for f in folders] if len(given.parts) == 1 else \
        ([root / given] if root and not given.is_absolute() else []) + [f / given.name for f in folders]
    for path in candidates:
        real = path.resolve()
        if real.is_file() and any(real.is_relative_to(a) for a in allowed):
            return real
    return None


def audit_graph(graph, articles: Path | list[Path], positions: dict | None = None, root: Path | None = None) -> AuditReport:
    """Look for each derivation's evidence in its source's article file.

    ``articles`` is one folder or several (searched in order for a bare file name); a
    source whose ``file`` is a path is read relative to the workspace ``root``.
    """
    folders = [Path(articles)] if isinstance(articles, (str, Path)) else [Path(a) for a in articles]
    for folder in folders:
        if not folder.is_dir():
            raise NatoKGError(f"no articles folder {folder}")
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
            path = _find_file(name, folders, root)
            # (read as extract reads it: a page saved with its markup by its visible text, garbled words repaired)
            texts[name] = fold(repaired(visible_text(path.read_text(encoding="utf-8", errors="replace")))) if path else None
            if texts[name] is None:
                report.missing_files.append(name)
        article = texts[name]
        if article is None:
            continue
        report.checked += 1
        quote = fold(str(r.evidence))
        if quote not in article:
            near = closest_passage(quote, article)
            report.missing.append(MissingQuote(str(r.fact).rsplit("/", 1)[-1], str(r.sid), name, str(r.evidence),
                                               locate(r.d, positions), near[0] if near else None,
                                               near[1] if near else None))
    report.skipped_sources = sorted(skipped)
    return report
