"""Conflict reports for people: the terminal, Markdown to paste into a memo, one offline HTML page.

Each conflict is a heading (rule, severity, what disagrees) and its sides: what each fact
states, then its id, its sources (with titles when known) and its seed position: tokens
on a line of their own, so a narrow terminal wraps between them, never inside one.
"""

from __future__ import annotations

import html

from .conflicts import Conflict


def _source_list(sources, titles: dict[str, str]) -> str:
    return ", ".join(f"{sid} ({titles[sid]})" if titles.get(sid) else sid for sid in sources)


def conflicts_text(conflicts: list[Conflict], width: int | None = None, titles: dict[str, str] | None = None) -> str:
    """The conflicts as text blocks wrapped at ``width`` columns (None: 120), at spaces only."""
    import textwrap

    from ..terminal import printable

    width = max(width or 120, 40)

    def wrap(text: str, first: str, rest: str) -> list[str]:
        return textwrap.wrap(printable(" ".join(text.split())), width, initial_indent=first, subsequent_indent=rest,
                             break_long_words=False, break_on_hyphens=False) or [first.rstrip()]

    lines: list[str] = []
    for number, c in enumerate(conflicts, 1):
        lines += wrap(f"[{c.severity}] {c.rule}: {c.message}", f"{number}. ", " " * (len(str(number)) + 2))
        for side in c.sides:
            lines += wrap(side.statement, "   • ", "     ")
            lines += wrap("  ".join(x for x in (side.fact, " ".join(side.sources), str(side.position or "")) if x),
                          "     ", "     ")
        lines.append("")
    titles = titles or {}
    used = sorted({sid for c in conflicts for s in c.sides for sid in s.sources if titles.get(sid)})
    if used:
        lines.append("sources:")
        for sid in used:
            line = printable(f"  {sid}  {titles[sid]}")
            lines.append(line if len(line) <= width else line[:width - 1] + "…")
    return "\n".join(lines) + "\n"


def md_escape(text: str) -> str:
    """Text safe inside Markdown: no markup, no HTML, no line breaks."""
    out = " ".join(str(text).split())
    for ch in "\\`*_[]<>|~":
        out = out.replace(ch, "\\" + ch)
    return out


def conflicts_markdown(conflicts: list[Conflict], titles: dict[str, str] | None = None) -> str:
    """The conflicts as Markdown: a heading per conflict, a bullet per side with its sources."""
    titles = titles or {}
    lines = [f"# Conflicts between sources ({len(conflicts)})", ""]
    for number, c in enumerate(conflicts, 1):
        lines += [f"## {number}. {md_escape(c.message)}", "", f"*{md_escape(c.rule)}*, severity **{md_escape(c.severity)}**", ""]
        for side in c.sides:
            lines.append(f"- {md_escape(side.statement)}  ")
            lines.append(f"  fact `{side.fact}`; sources: {md_escape(_source_list(side.sources, titles))}"
                         + (f"; seed `{side.position}`" if side.position else ""))
        lines.append("")
    return "\n".join(lines)


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{title}</title>
<style>body{{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}}
h2{{font-size:1.05rem;margin-top:1.6rem}} .sev{{font-size:.8rem;padding:.1rem .4rem;border-radius:.3rem;background:#eee}}
.error{{background:#f8d7da}} .warning{{background:#fff3cd}} .info{{background:#d1ecf1}}
li{{margin:.4rem 0}} code{{font-size:.85rem;color:#555}}</style></head>
<body><h1>{title}</h1>
{body}
</body></html>
"""


def conflicts_html(conflicts: list[Conflict], titles: dict[str, str] | None = None, title: str = "Conflicts between sources") -> str:
    """The conflicts as one self-contained HTML page (no script, no request; every text escaped)."""
    esc = html.escape
    titles = titles or {}
    parts = [f"<p>{len(conflicts)} conflict{'s' if len(conflicts) != 1 else ''}.</p>"]
    for number, c in enumerate(conflicts, 1):
        severity = c.severity if c.severity in ("error", "warning", "info") else "info"
        parts.append(f'<section><h2>{number}. {esc(c.message)} <span class="sev {severity}">{esc(c.severity)}</span> '
                     f"<code>{esc(c.rule)}</code></h2><ul>")
        for side in c.sides:
            seed = f"; seed <code>{esc(str(side.position))}</code>" if side.position else ""
            parts.append(f"<li>{esc(side.statement)}<br><code>{esc(side.fact)}</code>; sources: "
                         f"{esc(_source_list(side.sources, titles))}{seed}</li>")
        parts.append("</ul></section>")
    return _PAGE.format(title=esc(title), body="\n".join(parts))
