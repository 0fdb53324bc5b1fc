"""The ``nato-kg`` console script (and ``python -m nato_kg``).

A plain ``query NAME`` on a current build is answered before the command line is loaded: loading click
and the commands would take longer than reading the bytes kept for it, or than the engine takes to
answer it the first time (see :mod:`nato_kg.query.again`). Everything else goes to :mod:`nato_kg.cli`.
"""

from __future__ import annotations

import sys


def main() -> None:
    """Console-script entry point."""
    from .errors import NatoKGError
    from .query.again import answer_early

    try:
        early = answer_early(sys.argv[1:])
    except NatoKGError as error:  # the engine's error (a timeout, the memory cap), told as the command tells it
        from .cli import fail

        fail(error)
    except KeyboardInterrupt:  # as click tells it
        sys.stderr.write("Aborted!\n")
        sys.exit(1)
    if early is not None:
        sys.stdout.buffer.write(early)
        sys.stdout.buffer.flush()
        return
    from . import collector
    from .cli import main as run

    collector.short_lived = True  # (the process ends with the command: see collector.freeze)
    try:
        run()
    finally:
        _quick_exit()


def _quick_exit() -> None:
    """Spare the interpreter's last collections the objects a command leaves (its graph, read model, caches):
    at exit Python scans every tracked object for cycles (0.6 s after ``check`` on a million triples), only to
    free what the process is about to hand back anyway. Frozen objects are skipped by those scans; files
    and atexit handlers are closed and run as before."""
    import gc

    gc.freeze()
