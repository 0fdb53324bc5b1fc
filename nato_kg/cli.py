"""The ``nato-kg`` command line: parses arguments, calls the library, formats output.

Exit codes: 0 success; 1 a check found problems; 2 usage or input errors (bad seeds,
no workspace, a file that cannot be written). Data goes to stdout, messages to stderr.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .commands.common import EXIT_CODES_HELP, Context
from .errors import NatoKGError


def fail(error: NatoKGError) -> None:
    """Print a library error on stderr and exit with its code.

    Seed errors are already ``file:line:col: message`` lines (what editors jump to);
    other errors get a ``nato-kg:`` prefix on their first line.
    """
    from .errors import SeedError
    from .terminal import printable

    text = printable(str(error) or error.__class__.__name__)
    click.echo(text if isinstance(error, SeedError) else f"nato-kg: {text}", err=True)
    sys.exit(error.exit_code)


COMPLETION_HELP = ("Shell completion: eval \"$(_NATO_KG_COMPLETE=bash_source nato-kg)\" in ~/.bashrc "
                   "(zsh_source, fish_source for zsh and fish).")


class NatoKGGroup(click.Group):
    """A click group that turns :class:`NatoKGError` into a message and an exit code.

    Commands are listed in the order they were added (the order of a day's work), not
    alphabetically, with their whole first line.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, (cmd.help or "").strip().split("\n")[0]) for name, cmd in self.commands.items() if not cmd.hidden]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows, col_max=12)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except NatoKGError as error:
            fail(error)


@click.group(cls=NatoKGGroup, epilog=EXIT_CODES_HELP + "\n\n" + COMPLETION_HELP)
@click.version_option(__version__, prog_name="nato-kg")
@click.option("--workspace", "-w", type=click.Path(file_okay=False, path_type=Path),
              help="The workspace folder (default: the nearest folder with seeds/ and ontology/ at or above the current one).")
@click.pass_context
def cli(ctx: click.Context, workspace: Path | None) -> None:
    """Build, query, check and export a knowledge graph of defence-policy news."""
    ctx.obj = Context(workspace)


def _register() -> None:
    from .commands import extract_cmds, inspect_cmds, query_cmds, trust_cmds, viz_cmds, workspace_cmds

    # In the order of a day's work: build, look, check, draw, share, take in news, set up.
    for command in (workspace_cmds.build, query_cmds.query, query_cmds.queries, inspect_cmds.show, inspect_cmds.stats,
                    trust_cmds.check, trust_cmds.validate, trust_cmds.audit, viz_cmds.viz, viz_cmds.chart, viz_cmds.export,
                    query_cmds.push, extract_cmds.extract, extract_cmds.add, workspace_cmds.import_,
                    workspace_cmds.init, workspace_cmds.bench_data):
        cli.add_command(command)


_register()


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="nato-kg")
