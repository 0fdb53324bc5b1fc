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


#: Every command, in the order of a day's work (build, look, check, draw, share, take in news, set
#: up), as ``module:function`` under :mod:`nato_kg.commands`. A command's module is imported only
#: when that command runs (or help lists them all): ``nato-kg query`` must not pay for importing
#: what ``viz`` or ``extract`` need.
COMMANDS = {
    "build": "workspace_cmds:build", "query": "query_cmds:query", "queries": "query_cmds:queries",
    "show": "inspect_cmds:show", "stats": "inspect_cmds:stats", "check": "trust_cmds:check",
    "validate": "trust_cmds:validate", "audit": "trust_cmds:audit", "viz": "viz_cmds:viz",
    "chart": "viz_cmds:chart", "export": "viz_cmds:export", "push": "query_cmds:push",
    "extract": "extract_cmds:extract", "add": "extract_cmds:add", "import": "workspace_cmds:import_",
    "init": "workspace_cmds:init", "bench-data": "workspace_cmds:bench_data",
}


class NatoKGGroup(click.Group):
    """A click group that turns :class:`NatoKGError` into a message and an exit code.

    Commands are listed in the order of :data:`COMMANDS` (the order of a day's work), not
    alphabetically, with their whole first line; each is imported when first asked for.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            from importlib import import_module

            module, name = COMMANDS[cmd_name].split(":")
            self.add_command(getattr(import_module(f".commands.{module}", __package__), name), cmd_name)
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        commands = [(name, self.get_command(ctx, name)) for name in self.list_commands(ctx)]
        rows = [(name, (cmd.help or "").strip().split("\n")[0]) for name, cmd in commands if cmd and not cmd.hidden]
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


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="nato-kg")
