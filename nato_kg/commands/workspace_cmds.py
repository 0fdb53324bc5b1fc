"""``nato-kg build`` and ``nato-kg init``."""

from __future__ import annotations

from pathlib import Path

import click

from .common import EXIT_OK_OR_INPUT, Context, pass_context, steps, working


@click.command(epilog=EXIT_OK_OR_INPUT)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the Turtle graph (default: build/nato_kg.ttl in the workspace).")
@click.option("--store", type=click.Choice(["memory", "oxigraph"]),
              help="Where the built graph lives for the other commands: rdflib's memory, or a persistent "
                   "Oxigraph store under build/ (remembered; default: Oxigraph for big workspaces).")
@click.option("--by-source", "all_sources", is_flag=True, help="List every source in the summary, not the top 20.")
@click.option("--force", is_flag=True, help="Build even when nothing has changed since the last build.")
@pass_context
def build(obj: Context, output: Path | None, store: str | None, all_sources: bool, force: bool) -> None:
    """Read seeds/ and ontology/, write the graph as Turtle and print a summary.

    When nothing has changed since the last build (seeds, ontology, imports, settings,
    version), nothing is read or written: the last build's summary is printed. Seed files
    that did not change are not parsed again (their records are cached under build/cache/).
    """
    from ..build import BUILD_STEPS
    from ..build import build as build_workspace
    from ..collector import freeze, paused
    from ..summary_view import summary_text
    from ..tables import terminal_width

    ws = obj.workspace()
    # (the collector stays paused through the summary too, and what the build made is frozen before it resumes: the command
    # ends there, and a collection would only rescan the build's millions of objects, none in a cycle — 0.45 s of a build
    # after one edit at 1M triples; console's exit freezes them all the same)
    with paused():
        with steps(BUILD_STEPS) as progress:
            result = build_workspace(ws, output, store, force, progress)
        click.echo(summary_text(result.summary, terminal_width(), all_sources), nl=False)
        freeze()
    if result.unchanged:
        click.echo(f"{result.output} is current: nothing changed since the last build ({result.summary.triples} triples; "
                   "--force builds again)", err=True)
    else:
        click.echo(f"wrote {result.output} ({result.summary.triples} triples)", err=True)


@click.command(epilog=EXIT_OK_OR_INPUT)
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--base-iri", help="Base IRI of the new workspace's data (default: the project's).")
def init(directory: Path, base_iri: str | None) -> None:
    """Create a new empty workspace in DIRECTORY, ready for your own articles' facts."""
    from ..workspace import check_base_iri, init_workspace

    if base_iri and check_base_iri(base_iri) != base_iri:
        click.echo(f"nato-kg: base IRI {base_iri!r} taken as {check_base_iri(base_iri)!r} (data IRIs are base + kind/slug)", err=True)
    ws = init_workspace(directory, base_iri)
    click.echo(f"created workspace {ws.root}: add sources, entities and facts to {ws.seeds_dir}, then run 'nato-kg -w {directory} build'", err=True)


@click.command("import", epilog=EXIT_OK_OR_INPUT)
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option("--source-id", help="The id of the new source (default: import-<file name>).")
@click.option("--title", help="A title for the source.")
@click.option("-f", "--format", "fmt", metavar="FORMAT",
              help="The RDF syntax: ttl, nt, nq, trig, jsonld, xml (RDF/XML), n3, or a MIME type "
                   "(default: from the extension; required for '-', stdin).")
@pass_context
def import_(obj: Context, file: Path, source_id: str | None, title: str | None, fmt: str | None) -> None:
    """Merge RDF from another tool into the workspace, as a source of its own.

    FILE is a path, or '-' for stdin. Nothing is fetched: a JSON-LD context named by URL
    or file, or RDF/XML with a DTD or entities, is refused; so is anything the build
    could not read back. The data is kept under imports/ and added by the next build.
    """
    import sys

    from ..importer import import_file

    ws = obj.workspace()
    data = sys.stdin.buffer.read() if str(file) == "-" else None
    with working(f"importing {file}…"):
        result = import_file(ws, file, source_id, title, fmt, data=data)
    click.echo(f"imported {result.triples} triples as source {result.source_id} ({ws.relative(result.stored)}); "
               "run 'nato-kg build'; 'nato-kg check --rule duplicate' lists facts it restates", err=True)


@click.command("bench-data", epilog=EXIT_OK_OR_INPUT)
@click.option("--articles", type=click.IntRange(1), required=True, help="How many synthetic articles (about 110 triples each).")
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="The new workspace folder.")
@click.option("--seed", type=int, default=7, show_default=True, help="Random seed (same seed, same workspace).")
def bench_data(articles: int, output: Path, seed: int) -> None:
    """Write a synthetic workspace of that many articles, for benchmarks."""
    from ..synthetic import synthetic_seeds, write_workspace

    write_workspace(synthetic_seeds(articles, seed), output)
    click.echo(f"wrote a synthetic workspace of {articles} articles to {output}", err=True)
