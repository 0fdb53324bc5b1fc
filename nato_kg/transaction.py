"""Changing several workspace files all-or-nothing, and one writer at a time.

``add`` edits up to five seed files and ``import`` writes data and registers a source;
a kill between two renames used to leave a workspace that no longer builds. Here every
new content is first written to a temporary file beside its target, then a journal
naming every (temporary, target) pair is written atomically: that is the commit point.
The renames follow and the journal goes. Whoever opens the workspace next replays a
journal it finds (renames are idempotent), or deletes stray temporary files that no
journal names, so a command sees the old files or the new ones, never a mix.

Writers (build, add, import) hold an exclusive ``flock`` on ``build/.lock``; a second
writer waits for it (up to :data:`LOCK_WAIT` seconds) instead of corrupting the store.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

from .errors import NatoKGError, OutputError

JOURNAL = ".nato-kg-journal.json"
TMP_SUFFIX = ".nkg-txn.tmp"
LOCK_WAIT = 600.0
_held: dict[str, int] = {}  # lock files this process holds, and how deeply (writers nest: add builds)


class WorkspaceBusy(NatoKGError):
    """Another nato-kg process is writing this workspace."""


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def commit(root: Path, changes: dict[Path, bytes]) -> None:
    """Replace every file in ``changes`` (path → new bytes) as one change: all or none."""
    import tempfile  # (here, not at the top: every command opens the workspace, few write to it)

    root = Path(root)
    staged: list[tuple[str, str]] = []
    try:
        for target, data in changes.items():
            target = Path(target)
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TMP_SUFFIX, dir=target.parent)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
            os.chmod(tmp, mode)
            staged.append((os.path.relpath(tmp, root), os.path.relpath(target, root)))
        journal = root / JOURNAL
        fd, tmp_journal = tempfile.mkstemp(prefix=".journal.", suffix=TMP_SUFFIX, dir=root)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"renames": staged}, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_journal, journal)  # the commit point
        _fsync_dir(root)
    except OSError as exc:
        for tmp, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(root / tmp)
        raise OutputError(f"cannot write the workspace's files: {exc.strerror or exc}") from None
    replay(root)


def replay(root: Path) -> bool:
    """Finish a committed change (a journal left by a kill), or drop an uncommitted one. Whether anything was done."""
    root = Path(root)
    journal = root / JOURNAL
    done = False
    if journal.is_file():
        try:
            renames = json.loads(journal.read_text(encoding="utf-8"))["renames"]
        except (OSError, ValueError, KeyError, TypeError):
            renames = []  # a journal is written whole (rename) or not at all; an unreadable one names nothing
        for tmp, target in renames:
            source = root / tmp
            if source.exists():
                os.replace(source, root / target)
        for folder in {(root / target).parent for _, target in renames}:
            _fsync_dir(folder)
        journal.unlink()
        done = True
    for folder in (root, root / "seeds", root / "imports"):
        if folder.is_dir():
            for stray in folder.glob(f".*{TMP_SUFFIX}"):
                with contextlib.suppress(OSError):
                    stray.unlink()
                    done = True
    return done


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def writer_lock(build_dir: Path, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold the workspace's writer lock (``build/.lock``); wait up to ``wait`` seconds for another writer."""
    build_dir = Path(build_dir)
    key = str(build_dir.resolve())
    if _held.get(key):
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    try:
        build_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(build_dir / ".lock", os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise OutputError(f"cannot lock {build_dir}: {exc.strerror or exc}") from None
    try:
        give_up = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > give_up:
                    raise WorkspaceBusy(f"another nato-kg command has been writing {build_dir.parent} for over "
                                        f"{wait:g} s; try again when it is done") from None
                time.sleep(0.05)
        _held[key] = 1
        try:
            yield
        finally:
            _held.pop(key, None)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
