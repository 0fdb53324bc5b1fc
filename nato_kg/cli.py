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
    """Print a library error on stderr and exit with its code.

    Seed errors are already ``file:line:col: message`` lines (what editors jump to);
    other errors get a ``nato-kg:`` prefix on their first line.
    """
    from .errors import SeedError

    text = str(error) or error.__class__.__name__
    click.echo(text if isinstance(error, SeedError) else f"nato-kg: {text}", err=True)
    sys.exit(error.exit_code)


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


QUERY_HELP = """Run a SPARQL query on the built graph and print the result.

QUERY is a named query (see 'nato-kg queries'), a .rq file, or '-' for stdin; or give
the text with -e. The graph is rebuilt first if seeds/ or ontology/ changed.

\b
Formats (-f, or from the -o file's extension):
  SELECT/ASK:         table (default on a terminal), csv (default in a pipe), tsv, json, xml, md
  CONSTRUCT/DESCRIBE: ttl (default), nt, jsonld, xml

Read-only and offline: UPDATE, SERVICE and FROM are refused.

\b
Exit codes: 0 success; 2 usage, input or query error (unknown query, bad
parameter, syntax error, refused query, timeout)."""


@cli.command(help=QUERY_HELP)
@click.argument("query", required=False)
@click.option("-e", "--expression", help="The SPARQL text itself, instead of QUERY.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter of the query (repeatable); bound as an RDF term, never pasted into the text.")
@click.option("-f", "--format", "fmt", help="Output format (see above).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write to this file (atomically) instead of stdout; its extension sets the format.")
@click.option("--timeout", type=float, default=30.0, show_default=True,
              help="Stop the query after this many seconds (0: no limit).")
@click.pass_obj
def query(obj: Context, query: str | None, expression: str | None, params: tuple[str, ...],
          fmt: str | None, output: str | None, timeout: float) -> None:
    from .query.formats import choose_format, render
    from .query.named import load_query, parse_header
    from .query.params import parse_assignments
    from .query.runner import answer

    if bool(query) == bool(expression):
        raise click.UsageError("give a QUERY (name, file or -) or -e 'SPARQL …', not both")
    ws = obj.workspace()
    if expression:
        named = parse_header("-e", Path("-e"), expression)
    else:
        named = load_query(query, ws.queries_dir, sys.stdin.read() if query == "-" else None)
    given = parse_assignments(params)
    from .query.safety import prepare, query_type

    prepared = prepare(named.text)
    to_terminal = output in (None, "-") and sys.stdout.isatty()
    chosen = choose_format(fmt, output, query_type(prepared), to_terminal)
    result = answer(ws, named, given, timeout or None, prepared=prepared)
    if result.rebuilt:
        click.echo("nato-kg: seeds/ or ontology/ changed since the last build; rebuilt build/nato_kg.ttl", err=True)
    width = click.get_terminal_size()[0] if to_terminal else None
    emit(render(result.result, chosen, result.prefixes, width=width), output)


@cli.command()
@click.pass_obj
def queries(obj: Context) -> None:
    """List the named queries with their descriptions and parameters."""
    from .query.named import list_named

    ws = obj.workspace()
    for q in list_named(ws.queries_dir):
        click.echo(f"{q.name:<18} {q.description or q.title}")
        for p in q.params:
            how = f"default {p.default}" if p.default else ("optional" if p.optional else "required")
            click.echo(f"{'':<18}   --param {p.name}=<{p.type}>  ({how}) {p.doc}")


def emit(data: bytes, output: str | None) -> None:
    """Write ``data`` to stdout, or atomically to the file ``output``."""
    from .output import atomic_write_bytes

    if output in (None, "-"):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        atomic_write_bytes(Path(output), data)
        click.echo(f"wrote {output}", err=True)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="nato-kg")
