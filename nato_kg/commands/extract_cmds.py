"""``nato-kg extract`` and ``nato-kg add``: from a new article to reviewed facts in the seeds."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import click

from .common import EXIT_OK_OR_INPUT, Context, emit, pass_context


@click.command(epilog=EXIT_OK_OR_INPUT)
@click.argument("article", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--source-id", help="The new source's id (default: the first 16 hex digits of the text's SHA-256).")
@click.option("--date", help="The article's publication date (YYYY-MM-DD, YYYY-MM or YYYY); never guessed.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), help="Write the candidates here (default: stdout).")
@pass_context
def extract(obj: Context, article: str, source_id: str | None, date: str | None, output: str | None) -> None:
    """Propose candidate facts from an article (plain text: a title line, then paragraphs; - reads stdin).

    Each candidate carries its evidence sentence, the sentence's character offsets, a
    confidence and the rule that found it; names matched fuzzily are marked to confirm.
    Review the file, then 'nato-kg add' it.
    """
    from ..extract.article import ExtractError, extract_article, read_article, to_yaml
    from ..fields import FieldProblem, date_value
    from ..fields import source_id as check_source_id
    from ..seeds import load_seeds
    from ..yamlsafe import Text

    ws = obj.workspace()
    data = sys.stdin.buffer.read() if article == "-" else _read(article)
    text = read_article(data, "stdin" if article == "-" else article)
    try:
        if date:
            date = str(date_value(Text(date, None)))
        sid = check_source_id(Text(source_id, None)) if source_id else hashlib.sha256(text.encode()).hexdigest()[:16]
    except FieldProblem as exc:
        raise ExtractError(exc.message) from None
    result = extract_article(text, load_seeds(ws.seeds_dir, ws.root), sid, date)
    emit(to_yaml(result, "stdin" if article == "-" else Path(article).name).encode("utf-8"), output)
    counts: dict[str, int] = {}
    for c in result.candidates:
        counts[c.kind] = counts.get(c.kind, 0) + 1
    summary = ", ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in sorted(counts.items())) or "no candidates"
    click.echo(f"{summary}; {len(result.new_entities)} new entities proposed", err=True)


def _read(path: str) -> bytes:
    from ..extract.article import MAX_ARTICLE_CHARS, ExtractError

    p = Path(path)
    if not p.is_file():
        raise ExtractError(f"no file {path}")
    if p.stat().st_size > 4 * MAX_ARTICLE_CHARS:
        raise ExtractError(f"{path} is {p.stat().st_size:,} bytes, too large for an article")
    return p.read_bytes()


@click.command(epilog=EXIT_OK_OR_INPUT)
@click.argument("candidates", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--no-build", is_flag=True, help="Merge only; do not rebuild the graph.")
@pass_context
def add(obj: Context, candidates: Path, no_build: bool) -> None:
    """Validate reviewed candidates and merge them into seeds/, then build.

    A candidate that restates a fact already in the seeds adds its source to that fact
    instead of a duplicate. Nothing is written if any candidate is invalid.
    """
    from ..extract.merge import merge_candidates

    ws = obj.workspace()
    report = merge_candidates(ws, candidates)
    added = ", ".join(f"{n} {k}" for k, n in sorted(report.added.items())) or "no new facts"
    where = f" to {ws.relative(report.new_file)}" if report.new_file else ""
    click.echo(f"added {added}{where}; a new source for {len(report.sourced)} existing facts"
               + (f"; {len(report.skipped)} already cited" if report.skipped else ""), err=True)
    for name, entity, how in report.relied_on:
        click.echo(f"relied on a {how} match: {name!r} is {entity}", err=True)
    for entity, alias in report.aliases:
        click.echo(f"recorded {alias!r} as an alias of {entity}", err=True)
    if not no_build:
        from ..build import build

        result = build(ws)
        click.echo(f"rebuilt {ws.relative(result.output)} ({result.summary.triples} triples)", err=True)
