"""Fencing the process that evaluates a query: no network, bounded memory.

The query check (:mod:`nato_kg.query.safety`) refuses SERVICE and FROM, but both engines
would make the HTTP call if something slipped through (rdflib through urllib, Oxigraph
through its own Rust client, which no Python hook reaches), so the forked child that
evaluates a query first leaves the machine's network: it moves into a new, empty network
namespace (Linux ``unshare``), where no address but a loopback that is down exists and
every connection fails at once. Written by hand with ``ctypes``: Python 3.11's ``os``
has no ``unshare`` (3.12 adds it), and no maintained package does just this.

Memory is capped with ``RLIMIT_AS`` above what the child already maps, so a runaway query
fails in the child (a ``MemoryError`` or an abort) instead of exhausting the machine.
"""

from __future__ import annotations

import ctypes
import os
import resource
import signal

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
PR_SET_PDEATHSIG = 1


def _libc():
    # the process's own symbols, libc's among them: ctypes.util.find_library would import half the
    # standard library and run ldconfig, longer than the query the child is about to answer
    return ctypes.CDLL(None, use_errno=True)


def _unshare(flags: int) -> bool:
    return _libc().unshare(ctypes.c_int(flags)) == 0


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this (forked) process when its parent ends, so that a query whose caller
    was interrupted or killed does not run on; leave at once if the parent (pid ``parent``) is gone already."""
    try:
        _libc().prctl(ctypes.c_int(PR_SET_PDEATHSIG), ctypes.c_ulong(signal.SIGKILL))
    except (OSError, AttributeError):  # no prctl: not Linux
        return
    if os.getppid() != parent:
        os._exit(1)


def leave_network() -> bool:
    """Move this process into an empty network namespace; whether that worked.

    As root a network namespace is enough; an ordinary user needs a user namespace
    with it (allowed on most Linux systems). Call it in a single-threaded process
    (a freshly forked child): the kernel refuses a new user namespace to threaded ones.
    """
    if not hasattr(os, "fork") or not os.path.exists("/proc/self/ns/net"):
        return False
    try:
        return _unshare(CLONE_NEWNET) or _unshare(CLONE_NEWUSER | CLONE_NEWNET)
    except (OSError, AttributeError):  # no libc.unshare on this system
        return False


def _mapped_bytes() -> int:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def limit_memory(extra: int | None) -> None:
    """Cap this process's address space at what it maps now plus ``extra`` bytes (None: no cap)."""
    if not extra:
        return
    cap = _mapped_bytes() + extra
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def near_memory_cap(memory_limit: int | None, peak_at_start: int) -> bool:
    """Whether this process's peak resident memory rose close to its cap since ``peak_at_start``
    (bytes): a library may turn a ``MemoryError`` into another error, so a failure near the cap
    is reported as the cap."""
    if not memory_limit:
        return False
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux
    return peak - peak_at_start >= 0.7 * memory_limit


def isolate(memory_limit: int | None, parent: int | None = None) -> bool:
    """Fence a query process: no network, and at most ``memory_limit`` more bytes; it ends with its ``parent``
    (a pid), if given. Whether the network is gone."""
    import faulthandler

    if parent is not None:
        die_with_parent(parent)
    faulthandler.disable()  # an abort at the memory cap is reported by the parent, not as a crash dump
    offline = leave_network()
    limit_memory(memory_limit)
    return offline
