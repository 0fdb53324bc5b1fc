"""Python's memory around bulk work: the cyclic garbage collector paused (a context manager and a
decorator), freed memory handed back to the system.

Reading a graph, mapping seeds or drawing a page makes hundreds of thousands of small objects
that form no cycles, so each full collection only rescans them all: with a large graph loaded,
a collection triggered while the page is generated costs more than the page itself (5,022
nodes: 1.8 s generated, 1.3 s with the collector paused). Reference counting still frees what
is dropped; what cycles there are are collected when the collector resumes.

>>> import gc
>>> with paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Pause the collector for the block (or the decorated function); nested uses leave it as they found it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def give_back() -> None:
    """Hand memory Python has freed back to the system (glibc's ``malloc_trim``; nothing elsewhere).

    After a million-triple graph's lines are sorted and dropped, glibc keeps the freed space
    for later use (180 MB); a build that then has Oxigraph load the store would count it in its
    peak. Written here by hand because no maintained package wraps this one call."""
    import ctypes
    import ctypes.util
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim): nothing to hand back
        pass


#: Whether this process ends with the command it runs (the console script says so; a library caller or a test
#: runner that invokes commands in-process does not).
short_lived = False


def freeze() -> None:
    """In a process that ends with its command (:data:`short_lived`), move every object tracked so far out of the
    collector's reach (``gc.freeze``): a command about to end that made millions of objects, none in a cycle, has no
    use for a collection that would rescan them (they are still freed when no longer referenced; only a cycle among
    them would stay, and the process is about to end). Elsewhere nothing: a long-lived caller keeps its collections.

    >>> short_lived
    False
    >>> freeze(); gc.get_freeze_count() == 0
    True
    """
    if short_lived:
        gc.freeze()
