"""The ``nato-kg`` command line: parses arguments, calls the library, formats output.

Exit codes: 0 success; 1 a check found problems; 2 usage or input errors (bad seeds,
no workspace, a file that cannot be written). Data goes to stdout, messages to stderr.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import NatoKGError

EXIT_CODES_HELP = "Exit codes: 0 success, 1 a check found problems, 2 usage or input error."


class Context:
    """What every command gets: the workspace option, resolved lazily."""

    def __init__(self, workspace: Path | None):
        self.workspace_option = workspace

    def workspace(self):
        from .workspace import find_workspace, open_workspace

        if self.workspace_option is not None:
            return open_workspace(self.workspace_option)
        return find_workspace()


def fail(error: NatoKGError) -> None:
    """Print a library error on stderr and exit with its code."""
    for line in str(error).splitlines() or [error.__class__.__name__]:
        click.echo(f"nato-kg: {line}" if not _has_position(line) else line, err=True)
    sys.exit(error.exit_code)


def _has_position(line: str) -> bool:
    head = line.split(": ", 1)[0]
    return head.count(":") >= 2 and head.rsplit(":", 2)[-1].isdigit()


class NatoKGGroup(click.Group):
    """A click group that turns :class:`NatoKGError` into a message and an exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except NatoKGError as error:
            fail(error)


@click.group(cls=NatoKGGroup, epilog=EXIT_CODES_HELP)
@click.version_option(__version__, prog_name="nato-kg")
@click.option("--workspace", "-w", type=click.Path(file_okay=False, path_type=Path),
              help="The workspace folder (default: the nearest folder with seeds/ and ontology/ at or above the current one).")
@click.pass_context
def cli(ctx: click.Context, workspace: Path | None) -> None:
    """Build, query, check and export a knowledge graph of defence-policy news."""
    ctx.obj = Context(workspace)


@cli.command(epilog=EXIT_CODES_HELP)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the Turtle graph (default: build/nato_kg.ttl in the workspace).")
@click.pass_obj
def build(obj: Context, output: Path | None) -> None:
    """Read seeds/ and ontology/, write the graph as Turtle and print a summary."""
    from .build import build as build_workspace
    from .summary_view import print_summary

    ws = obj.workspace()
    result = build_workspace(ws, output)
    print_summary(result.summary, result.seeds)
    click.echo(f"wrote {result.output} ({result.summary.triples} triples)", err=True)


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--base-iri", help="Base IRI of the new workspace's data (default: the project's).")
def init(directory: Path, base_iri: str | None) -> None:
    """Create a new empty workspace in DIRECTORY, ready for your own articles' facts."""
    from .workspace import init_workspace

    ws = init_workspace(directory, base_iri)
    click.echo(f"created workspace {ws.root}: add sources, entities and facts to {ws.seeds_dir}, then run 'nato-kg -w {directory} build'", err=True)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="nato-kg")
