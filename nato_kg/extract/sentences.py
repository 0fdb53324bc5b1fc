"""Sentences with their character offsets in the article (hand-written: a few regexes
that know news abbreviations such as "U.S." and "Gen." are enough, and keep offsets exact)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = {"u.s", "u.k", "u.n", "e.u", "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sen", "rep",
                  "gov", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "approx", "est", "jan",
                  "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_END = re.compile(r"[.!?](?:[\"'”’)\]]+)?(?=\s+|$)")


@dataclass(frozen=True)
class Sentence:
    """A sentence, where it starts and ends in the article, and its paragraph number."""

    text: str
    start: int
    end: int
    paragraph: int


def split_sentences(article: str) -> list[Sentence]:
    """Split ``article`` into sentences, paragraph by paragraph (a line break ends a paragraph)."""
    out: list[Sentence] = []
    offset = 0
    for number, line in enumerate(_paragraphs(article)):
        start = 0
        for match in _END.finditer(line):
            before = line[start:match.start()].rsplit(None, 1)
            word = before[-1].lower().strip("(\"'“") if before else ""
            if word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", word) or (word[-1:].isdigit() and line[match.end():match.end() + 1].isdigit()):
                continue
            if _inside_quote(line[:match.end()]):  # a quote of several sentences stays one
                continue
            _add(out, line, start, match.end(), offset, number)
            start = match.end()
        _add(out, line, start, len(line), offset, number)
        offset += len(line) + 1
    return out


def _paragraphs(article: str) -> list[str]:
    """Lines, except that a line ending inside an open quote runs on into the next one
    (the line break becomes a space, so offsets stay those of the article)."""
    out: list[str] = []
    for line in article.split("\n"):
        if out and _inside_quote(out[-1]):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return out


def _inside_quote(text: str) -> bool:
    straight = text.count('"') % 2 == 1
    curly = text.count("“") > text.count("”")
    return straight or curly


def _add(out: list[Sentence], line: str, start: int, end: int, offset: int, paragraph: int) -> None:
    chunk = line[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = offset + start + lead
    out.append(Sentence(stripped, s, s + len(stripped), paragraph))
