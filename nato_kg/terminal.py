"""Text bound for a terminal: data never reaches it as control sequences.

A seed, an import or a remote answer may hold ESC sequences that would move the cursor,
retitle the window or hide text when printed. Tables show such characters as visible
escapes (``\\x1b``) instead; line breaks and tabs stay.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    r"""``text`` with control characters (and bidirectional overrides) written as visible escapes.

    >>> printable("red\x1b[31m text\tand\nmore")
    'red\\x1b[31m text\tand\nmore'
    """
    return _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)
