"""Writing outputs safely: to a temporary file beside the target, then renamed into place.

A crash or an error mid-write leaves the previous file whole (``os.replace`` is atomic
on one file system), never a shorter file that still parses.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from .errors import OutputError


def atomic_write(path: Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Call ``write(f)`` on a temporary binary file, then rename it to ``path``.

    A symbolic link is followed (its target is replaced, the link stays); anything that
    is not a regular file (``/dev/null``, a FIFO, a terminal) is written in place, never
    replaced by a regular file; a replaced file keeps its permissions.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> _ = atomic_write(target, lambda f: f.write(b"hello"))
    >>> target.read_text()
    'hello'
    """
    import stat

    path = Path(path)
    if path.is_symlink():
        try:
            path = path.resolve(strict=True)
        except (OSError, RuntimeError) as exc:  # dangling or looping
            raise OutputError(f"cannot write {path}: it is a symbolic link that leads nowhere ({exc})") from None
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        if stat.S_ISDIR(info.st_mode):
            raise OutputError(f"cannot write {path}: it is a folder")
        try:  # a device or a pipe: write through it, as shell redirection does
            with open(path, "wb") as f:
                write(f)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
        return path
    if not path.parent.is_dir():
        raise OutputError(f"cannot write {path}: no folder {path.parent} (nato-kg does not create it)")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        # mkstemp makes 0600: a new output is an ordinary file, a replaced one keeps its mode
        os.chmod(tmp, stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically."""
    def write(f: IO[bytes]) -> None:
        f.write(data)

    return atomic_write(path, write)
