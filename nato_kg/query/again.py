"""A plain ``query NAME`` on a current build, answered before the command line is loaded.

``nato-kg query NAME`` asked twice of one build writes the same bytes twice; the second time those
bytes are read back (:mod:`.results_cache`). What is left of the time is start-up, and most of that
was the command line itself: click and the command modules take longer to import than reading the
kept answer does. So the two steps before an answer — turning what the user named into a checked
question (:func:`prepare_question`) and finding the answer kept for it (:func:`look_up`) — live here,
where the ``query`` command and the console script's early path (:func:`answer_early`) both call
them: one implementation, two doors.

:func:`answer_early` takes only the plainest form of the command — ``query NAME`` with at most a
format (``-f FMT``, ``--format FMT``, ``--format=FMT``, ``-fFMT``) and ``--workspace DIR`` before it —
in a format whose bytes are kept, and only on a current build: with the kept bytes, or else by
running the engine as the command would (the first question after a build spent as long in
importing click and the commands as in the engine). Anything else (another option, a table, a
stale build, a query needing the graph, an error before the engine runs) is left to the full
command, which reports errors as it always does. Hand-written argument matching, said here because
click is the maintained parser: this path exists to run before click is imported.
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (imported for annotations only: this module must stay cheap to import)
    from ..workspace import Workspace
    from .named import NamedQuery

#: How long the check of a query's text may take (the ``query`` command's default ``--timeout``).
DEFAULT_TIMEOUT = 30.0


@dataclass
class Question:
    """What the user asked, checked: the query, its parameters and its prepared (checked) text."""

    named: NamedQuery
    given: dict[str, str]
    prepared: object


@dataclass
class LookUp:
    """What :func:`look_up` found: the form the answer is kept in (None: not kept), whether the build is
    current, the text the answer is kept under, and the kept bytes (None: none yet)."""

    form: str | None
    current: bool | None
    text: str | None
    kept: bytes | None


def prepare_question(ws: Workspace, query: str | None, expression: str | None, params: tuple[str, ...],
                     stdin_text: str | None, timeout: float | None, too_long) -> Question:
    """Load the named query, file, stdin text or ``-e`` expression, parse its ``NAME=VALUE`` parameters and
    check its text (refusals included), the check bounded by ``timeout`` seconds (``too_long()`` is the
    error raised past it)."""
    from ..deadline import deadline
    from .named import load_query, parse_header
    from .params import parse_assignments
    from .safety import prepare_checked

    named = parse_header("-e", Path("-e"), expression) if expression else load_query(query or "-", ws.queries_dir, stdin_text)
    given = parse_assignments(params)
    with deadline(timeout, too_long):  # a huge or pathological text must not parse for ever
        prepared = prepare_checked(named.text, ws.build_dir / "cache" / "queries")
    return Question(named, given, prepared)


def look_up(ws: Workspace, question: Question, chosen: str, guard: bool, afresh: bool) -> LookUp:
    """The answer kept for ``question`` written in the format ``chosen``, if the current build has one
    (``afresh``: never look; the answer is made anew)."""
    from ..stamp import is_current
    from .results_cache import kept_output, output_form
    from .runner import kept_text

    form = None if afresh else output_form(chosen, guard)
    current = is_current(ws)  # asked once: it reads every seed file's stat
    text = kept_text(ws, question.named, question.given, question.prepared, current) if form else None
    kept = kept_output(ws, text, form) if text and form else None
    return LookUp(form, current, text, kept)


_NAME = re.compile(r"[A-Za-z0-9][\w-]*")  # a named query (a file, stdin or -e goes the full way)


def plain_query(args: list[str]) -> tuple[str, str | None, str | None] | None:
    """``(name, format, workspace)`` when ``args`` are ``query NAME`` with at most a format and a
    workspace option before the command, else None.

    >>> plain_query(["query", "pledges", "-f", "json"]), plain_query(["-w", "ws", "query", "roles"])
    (('pledges', 'json', None), ('roles', None, 'ws'))
    >>> plain_query(["query", "pledges", "-o", "x.csv"]), plain_query(["query", "-e", "ASK {}"])
    (None, None)
    """
    workspace = None
    if args[:1] in (["-w"], ["--workspace"]) and len(args) >= 2:
        workspace, args = args[1], args[2:]
    elif args[:1] and args[0].startswith("--workspace="):
        workspace, args = args[0].partition("=")[2], args[1:]
    if args[:1] != ["query"] or len(args) < 2 or not _NAME.fullmatch(args[1]):
        return None
    name, rest = args[1], args[2:]
    if not rest:
        return name, None, workspace
    if len(rest) == 2 and rest[0] in ("-f", "--format"):
        return name, rest[1], workspace
    if len(rest) == 1 and (rest[0].startswith("--format=") or (rest[0].startswith("-f") and len(rest[0]) > 2)):
        return name, rest[0].removeprefix("--format=").removeprefix("-f"), workspace
    return None


def answer_early(args: list[str], first: bool = True) -> bytes | None:
    """The bytes ``nato-kg`` called with ``args`` writes, when they are a plain ``query NAME`` (see
    :func:`plain_query`) in a format whose bytes are kept, on a current build: the bytes kept for it, or
    (``first``) the engine's first answer, written and kept; else None (the full command runs).

    Anything that goes wrong before the engine runs is left to the full command, which reports it as it
    always does; the engine's own errors (a timeout, the memory cap) are raised here, a
    :class:`~nato_kg.errors.NatoKGError`, as the command would raise them."""
    plain = plain_query(args)
    if plain is None:
        return None
    name, fmt, where = plain
    try:
        from ..workspace import find_workspace, open_workspace
        from .errors import QueryTimeout
        from .formats import choose_format
        from .safety import query_type

        started = time.monotonic()
        ws = open_workspace(Path(where)) if where else find_workspace()
        question = prepare_question(ws, name, None, (), None, DEFAULT_TIMEOUT,
                                    lambda: QueryTimeout("the query's text took too long to check"))
        kind = query_type(question.prepared)
        chosen = choose_format(fmt, None, kind, sys.stdout.isatty())
        found = look_up(ws, question, chosen, guard=True, afresh=False)
    except Exception:  # (anything at all: the full command runs and reports it as it always does)
        return None
    if found.kept is not None or not first or found.form is None or found.text is None or kind not in ("SELECT", "ASK"):
        return found.kept  # (a text is looked up only on a current build, for a query that needs no graph)
    return _first_answer(ws, question, chosen, found, DEFAULT_TIMEOUT - (time.monotonic() - started))


def _first_answer(ws: Workspace, question: Question, chosen: str, found: LookUp, timeout: float) -> bytes:
    """``question``'s answer on the current build written in ``chosen``, run as the ``query`` command runs it
    (its own process, offline, the default timeout and memory cap), and kept with its bytes."""
    from .errors import QueryTimeout
    from .formats import wants_native
    from .runner import answer

    try:
        result = answer(ws, question.named, question.given, max(timeout, 0.001), prepared=question.prepared,
                        looked_up=found.text, current=True, native=wants_native(chosen),
                        while_waiting=lambda: _get_ready(chosen))
    except QueryTimeout:  # say the limit the command has, not what was left of it after the check
        raise QueryTimeout.after(DEFAULT_TIMEOUT) from None
    from .formats import render
    from .results_cache import keep_output

    data = render(result.result, chosen, result.prefixes, guard=True)
    if result.kept_as is not None and found.form is not None:
        keep_output(ws, result.kept_as, found.form, data)
    return data


def _get_ready(chosen: str) -> None:
    """Import, while the engine answers in its own process, what writing and keeping the answer needs."""
    from ..output import atomic_write_bytes  # noqa: F401
    from .formats import get_ready, render  # noqa: F401
    from .results_cache import keep_output  # noqa: F401

    get_ready(chosen)
