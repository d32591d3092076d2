"""Crash-safe file writes: a complete new file or the old one, never half of each.

The data goes to a temporary file in the same folder, is flushed to disk, and
then renamed over the target (``os.replace`` is atomic on POSIX and Windows).
Files are created readable by the user only.
"""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
from pathlib import Path

from psoas_desk.storage.paths import ensure_private_dir


def atomic_write_bytes(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically.

    A private file (``mode`` without group/other bits, the default) gets a
    private folder (0700, created if needed); a file meant for others, such as
    a menu entry in ``~/.local/share/applications``, leaves its shared folder's
    permissions alone.

    Raises:
        OSError: the folder cannot be created or written (disk full, read-only);
            the old file is then untouched.
    """
    if mode & 0o077:
        path.parent.mkdir(parents=True, exist_ok=True)
    else:
        ensure_private_dir(path.parent)
    _remove_leftovers(path)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str, *, mode: int = 0o600) -> None:
    """Replace ``path`` with UTF-8 ``text`` atomically (see :func:`atomic_write_bytes`)."""
    atomic_write_bytes(path, text.encode("utf-8"), mode=mode)


def _remove_leftovers(path: Path) -> None:
    # A process killed between writing its temporary file and the rename
    # leaves that file behind. One process writes a given file (the instance
    # lock), so any older temporary file of the same target is litter.
    for old in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            old.unlink()


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible (or needed) on Windows.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
