"""What the commands share: the workspace option, output writing, exit-code help."""

from __future__ import annotations

import sys
from pathlib import Path

import click

EXIT_CODES_HELP = "Exit codes: 0 success, 1 a check found problems, 2 usage or input error."
#: For commands that check nothing: they succeed or fail on their input.
EXIT_OK_OR_INPUT = "Exit codes: 0 success; 2 usage or input error (bad seeds or files, an output that cannot be written)."


class Context:
    """What every command gets: the workspace option, resolved lazily."""

    def __init__(self, workspace: Path | None):
        self.workspace_option = workspace

    def workspace(self):
        from ..workspace import find_workspace, open_workspace

        if self.workspace_option is not None:
            return open_workspace(self.workspace_option)
        return find_workspace()


def emit(data: bytes, output: str | None) -> None:
    """Write ``data`` to stdout, or atomically to the file ``output``."""
    from ..output import atomic_write_bytes

    if output in (None, "-"):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        atomic_write_bytes(Path(output), data)
        click.echo(f"wrote {output}", err=True)




pass_context = click.make_pass_decorator(Context)


def working(message: str):
    """A spinner with ``message`` on stderr while the block runs, when stderr is a terminal; nothing in a pipe."""
    import contextlib

    if not sys.stderr.isatty():
        return contextlib.nullcontext()
    from rich.console import Console

    return Console(stderr=True, highlight=False).status(message, spinner="dots")


def steps(total: int):
    """A progress bar of ``total`` named steps on stderr, when stderr is a terminal (nothing in a pipe);
    yields the function a library calls with each step's description as it starts."""
    import contextlib

    if not sys.stderr.isatty():
        return contextlib.nullcontext(lambda step: None)
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    @contextlib.contextmanager
    def bar():
        with Progress(TextColumn("{task.description:<40}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                      TimeElapsedColumn(), console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("starting…", total=total)
            started = [False]

            def step(description: str) -> None:
                if started[0]:
                    progress.advance(task)
                started[0] = True
                progress.update(task, description=description)

            yield step

    return bar()


#: Where a server's password is read from (never the command line, where other users see it).
PASSWORD_VARIABLE = "NATO_KG_PASSWORD"


def user_option(function):
    """``--user NAME``: log in to a server that asks (password from $NATO_KG_PASSWORD or a prompt)."""
    return click.option("--user", metavar="NAME",
                        help=f"Log in as NAME when the server asks (HTTP Basic or Digest); the password comes "
                             f"from ${PASSWORD_VARIABLE}, or a prompt on a terminal, never from the command line.")(function)


def credentials_for(user: str | None):
    """The credentials for ``--user`` (None without one): password from the environment or a hidden prompt."""
    import os
    import sys

    from ..remote import Credentials

    if not user:
        return None
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        if sys.stdin is None or not sys.stdin.isatty():
            raise click.UsageError(f"--user {user}: set ${PASSWORD_VARIABLE} (no terminal to ask for the password)")
        password = click.prompt(f"password for {user}", hide_input=True, err=True)
    return Credentials(user, password)


def remote_state(ws):
    """Where the workspace remembers what it pushed to which server."""
    return ws.build_dir / "remote.json"
