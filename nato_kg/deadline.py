"""A wall-clock deadline for work done in this process (parsing a query, talking to a server).

A per-call socket timeout does not bound a server that drips one byte a second, and a
pure-Python parser has no timeout at all; ``SIGALRM`` interrupts both. The handler raises,
so a blocking call interrupted by it ends with that error (PEP 475 retries a system call
only when the handler returns). Signals reach the main thread only: elsewhere the
deadline is not enforced (a library caller's thread keeps its own limits).
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def deadline(seconds: float | None, error: Callable[[], BaseException]) -> Iterator[None]:
    """Raise ``error()`` inside the block once ``seconds`` have passed (None or 0: no deadline).

    >>> from nato_kg.errors import NatoKGError
    >>> with deadline(5, lambda: NatoKGError("late")):
    ...     1 + 1
    2
    """
    if not seconds or seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        if _where_python_swallows(frame):
            return  # Python would swallow it there and report it as unraisable: the next firing, 50 ms on, raises
        raise error()

    previous = signal.signal(signal.SIGALRM, expire)
    outer = signal.getitimer(signal.ITIMER_REAL)[0]
    start = time.monotonic()
    # It fires again every 50 ms after the deadline, and where Python would swallow the error (a __del__, a
    # garbage-collector callback, the hook that reports such errors) it waits for the next firing.
    signal.setitimer(signal.ITIMER_REAL, seconds if not outer else min(seconds, outer), 0.05)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:  # an enclosing deadline keeps running
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - start), 0.001))


def _where_python_swallows(frame) -> bool:
    """Whether ``frame`` runs where an exception is not propagated but printed as unraisable (or, under a test
    runner, reported as a failure of its own): a ``__del__``, a garbage-collector callback (``gc.callbacks``), a weak
    reference's callback in the standard library's weak containers, or ``sys.unraisablehook`` itself while it reports
    such an error (an error there aborts the report)."""
    import gc
    import sys

    codes = {getattr(callback, "__code__", None) for callback in (*gc.callbacks, sys.unraisablehook)} - {None}
    while frame is not None:
        # (a weak reference's callback, from the standard library's WeakSet or WeakValueDictionary, too)
        if frame.f_code in codes or frame.f_code.co_name == "__del__" \
                or frame.f_code.co_filename.endswith(("_weakrefset.py", "weakref.py")):
            return True
        frame = frame.f_back
    return False
