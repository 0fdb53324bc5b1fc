"""Regular expressions for the extraction rules, each compiled once per process.

The rules write their patterns inline (``re.search(r"…", text)``), well over a thousand of them, many built from the
words of the page (a name, a title). :mod:`re` keeps only the last 512 patterns it compiled and drops the oldest when
full, so a page read through every rule compiled most patterns again for each sentence: half the extractor's time went
to compiling (measured on 60 saved texts, 31 s, 6 s with a larger cache). This module is :mod:`re` with the same
functions, drawing every pattern from one larger cache of its own, so that no rule has to be written differently.
(Written by hand because it is a dozen lines over :func:`functools.lru_cache`; the third-party ``regex`` module would
change the syntax the rules rely on.)

>>> search(r"\\d+", "in 2024").group(0), bool(match("a", "A", I)), [m.group(0) for m in finditer("o", "foo")]
('2024', True, ['o', 'o'])
>>> compile(r"\\w+") is compile(r"\\w+")
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from re import DOTALL, IGNORECASE, MULTILINE, VERBOSE, I, M, Match, Pattern, S, X, error, escape
from typing import Any

__all__ = ["DOTALL", "IGNORECASE", "MULTILINE", "VERBOSE", "I", "M", "Match", "Pattern", "S", "X", "error", "escape", "compile",
           "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"]

_Pat = str | Pattern[str]


@lru_cache(maxsize=16384)  # (patterns built from a page's names are many over thousands of pages; a bound keeps memory flat)
def _compiled(pattern: str, flags: int) -> Pattern[str]:
    return re.compile(pattern, flags)


def compile(pattern: _Pat, flags: int = 0) -> Pattern[str]:  # noqa: A001 (the name re gives it)
    """``pattern`` compiled, from the cache (a compiled pattern is returned as it is)."""
    return pattern if isinstance(pattern, Pattern) else _compiled(pattern, int(flags))


def search(pattern: _Pat, string: str, flags: int = 0) -> Match[str] | None:
    """:func:`re.search` over the cache."""
    return compile(pattern, flags).search(string)


def match(pattern: _Pat, string: str, flags: int = 0) -> Match[str] | None:
    """:func:`re.match` over the cache."""
    return compile(pattern, flags).match(string)


def fullmatch(pattern: _Pat, string: str, flags: int = 0) -> Match[str] | None:
    """:func:`re.fullmatch` over the cache."""
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern: _Pat, string: str, flags: int = 0) -> Iterator[Match[str]]:
    """:func:`re.finditer` over the cache."""
    return compile(pattern, flags).finditer(string)


def findall(pattern: _Pat, string: str, flags: int = 0) -> list[Any]:
    """:func:`re.findall` over the cache."""
    return compile(pattern, flags).findall(string)


def sub(pattern: _Pat, repl: str | Callable[[Match[str]], str], string: str, count: int = 0, flags: int = 0) -> str:
    """:func:`re.sub` over the cache."""
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern: _Pat, repl: str | Callable[[Match[str]], str], string: str, count: int = 0, flags: int = 0) -> tuple[str, int]:
    """:func:`re.subn` over the cache."""
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern: _Pat, string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
    """:func:`re.split` over the cache."""
    return compile(pattern, flags).split(string, maxsplit)
