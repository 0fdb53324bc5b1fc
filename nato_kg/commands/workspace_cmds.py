"""``nato-kg build`` and ``nato-kg init``."""

from __future__ import annotations

from pathlib import Path

import click

from .common import EXIT_CODES_HELP, Context, pass_context


@click.command(epilog=EXIT_CODES_HELP)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the Turtle graph (default: build/nato_kg.ttl in the workspace).")
@click.option("--store", type=click.Choice(["memory", "oxigraph"]),
              help="Where the built graph lives for the other commands: rdflib's memory, or a persistent "
                   "Oxigraph store under build/ (remembered; default: Oxigraph for big workspaces).")
@pass_context
def build(obj: Context, output: Path | None, store: str | None) -> None:
    """Read seeds/ and ontology/, write the graph as Turtle and print a summary."""
    from ..build import build as build_workspace
    from ..summary_view import print_summary

    ws = obj.workspace()
    result = build_workspace(ws, output, store)
    print_summary(result.summary, result.seeds)
    click.echo(f"wrote {result.output} ({result.summary.triples} triples)", err=True)


@click.command(epilog=EXIT_CODES_HELP)
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--base-iri", help="Base IRI of the new workspace's data (default: the project's).")
def init(directory: Path, base_iri: str | None) -> None:
    """Create a new empty workspace in DIRECTORY, ready for your own articles' facts."""
    from ..workspace import init_workspace

    ws = init_workspace(directory, base_iri)
    click.echo(f"created workspace {ws.root}: add sources, entities and facts to {ws.seeds_dir}, then run 'nato-kg -w {directory} build'", err=True)
