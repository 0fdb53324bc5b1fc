"""Tables for a terminal: one layout for every command that prints rows.

Ids, dates, codes and ``file:line`` positions are tokens: they are never broken inside.
A column whose cells are single tokens (or a list of source ids, one per line) is as wide
as its longest token; other columns wrap at spaces. When the terminal is too narrow for
that, each row becomes a block of ``name  value`` lines (psql's expanded display), which
fits any width without cutting a token. Data is printed as text (never rich markup) with
control characters made visible (see :mod:`nato_kg.terminal`).
"""

from __future__ import annotations

import io
import re

#: Cells holding these are tokens wherever they stand (a position such as seeds/x.yaml:12:5).
_TOKEN = re.compile(r"^\S+:\d+(:\d+)?$|^[0-9a-f]{16}$")
#: Columns of these names hold lists of tokens (source ids), written one per line.
TOKEN_LISTS = {"source", "sources"}


def render_table(names: list[str], rows: list[list[str]], width: int | None = None, numeric: frozenset[int] | set[int] = frozenset(),
                 title: str | None = None, color: bool = False, footer: list[str] | tuple[str, ...] = ()) -> str:
    """``rows`` (cells as text) as a table ``width`` columns wide (None: 120), with ``footer`` lines after it."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from .terminal import printable

    width = width or 120
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color,
                      highlight=False, soft_wrap=False)
    cells = [[printable(c or "") for c in row] for row in rows]
    tokens = {i for i, name in enumerate(names)
              if name in TOKEN_LISTS or (cells and all(len(r[i].split()) <= 1 or _TOKEN.match(r[i]) for r in cells))}
    for row in cells:
        for i in tokens:
            if names[i] in TOKEN_LISTS:
                row[i] = "\n".join(row[i].split())
    widest = {i: max([len(names[i]), *(len(w) for r in cells for w in r[i].split())]) for i in tokens}
    budget = width - 2 * len(names)  # a simple box: one space of padding between columns, no edge
    flexible = len(names) - len(tokens)
    if title:
        console.print(Text(title, style="bold"))
    if sum(widest.values()) + 10 * flexible > budget:
        for number, row in enumerate(cells, 1):
            console.print(Text(f"── {number} ──", style="bold"))
            block = Table.grid(padding=(0, 2))
            block.add_column(no_wrap=True)
            block.add_column(overflow="fold")
            for name, value in zip(names, row, strict=True):
                if value:
                    block.add_row(Text(name), Text(value))
            console.print(block)
    else:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, collapse_padding=True,
                      show_lines=any("\n" in r[i] for r in cells for i in range(len(names))))
        for i, name in enumerate(names):
            table.add_column(name, justify="right" if i in numeric else "left", overflow="fold",
                             min_width=widest[i] if i in tokens else None, no_wrap=i in tokens)
        for row in cells:
            table.add_row(*(Text(c) for c in row))
        console.print(table)
    for line in footer:
        console.print(Text(printable(line)), overflow="ellipsis", no_wrap=True)
    return buffer.getvalue()


def terminal_width() -> int | None:
    """The terminal's width when stdout is one, else None (a fixed 120 for files and pipes)."""
    import shutil
    import sys

    return shutil.get_terminal_size().columns if sys.stdout.isatty() else None
