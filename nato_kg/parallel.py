"""Work spread over processes: a big build's seed files parsed and mapped several at a time.

Reading YAML and making triples is pure Python, so threads would take turns on one core;
forked processes do not. A forked child starts with the parent's memory as it is (the
records every file's mapping looks things up in), so nothing but each file's name goes to
a child and its result (bytes, or a few small values) comes back. Where ``fork`` does not
exist (Windows, and macOS prefers ``spawn``) the work is done in this process, as it is for
small workspaces, where starting processes would cost more than it saves.

>>> spread(len, ["a", "bb", "ccc"], workers=1)
[1, 2, 3]
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

#: The variable that sets how many processes a build may use (1: none besides itself).
WORKERS_VARIABLE = "NATO_KG_WORKERS"

#: Below this much work (bytes of seed files), one process: forking and gathering cost more than they save.
MIN_PARALLEL_BYTES = 4 << 20

# The function the forked children call: set just before they are forked, inherited by them.
_task: Callable[[Any], Any] | None = None


def _run(item: Any) -> Any:
    assert _task is not None
    return _task(item)


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def fork_available() -> bool:
    """Whether children can be forked here (they inherit the parent's memory instead of being sent it)."""
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def worker_count(work_bytes: int, items: int) -> int:
    """How many processes to spread ``items`` pieces of work (``work_bytes`` in all) over.

    ``$NATO_KG_WORKERS`` decides when set (``1`` keeps everything in this process);
    otherwise one per CPU this process may use, and one for work too small to gain.
    Never more than there are pieces, and one where children cannot be forked.

    >>> worker_count(10 << 30, 1)
    1
    """
    wanted = os.environ.get(WORKERS_VARIABLE, "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        count = int(wanted)
    elif work_bytes < MIN_PARALLEL_BYTES:
        count = 1
    else:
        count = available_cpus()
    count = min(count, items)
    return count if count > 1 and fork_available() else 1


def spread(task: Callable[[Any], Any], items: Sequence[Any], workers: int) -> list[Any]:
    """``task(item)`` for every item, in order, computed by ``workers`` forked processes (here when 1).

    ``task`` may use anything this process holds when it is called (the children are forked
    then); each item and each result is sent between processes, so both must pickle. An
    exception raised by ``task`` in a child is raised here, and a child that dies raises
    ``BrokenProcessPool``. Where children cannot be forked, the work is done here.
    """
    global _task
    if workers <= 1 or len(items) < 2 or not fork_available():
        return [task(item) for item in items]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _task = task
    try:
        # forked before the executor starts its own thread; one item at a time, in order (pieces are big
        # and uneven: put the largest first); a child that dies (killed for memory) raises here, no hang
        with ProcessPoolExecutor(max_workers=min(workers, len(items)), mp_context=multiprocessing.get_context("fork")) as pool:
            return list(pool.map(_run, items))
    finally:
        _task = None
