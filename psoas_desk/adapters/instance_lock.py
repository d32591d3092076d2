"""The single-instance lock: which process is the running psoas-desk.

One lock file per user, ``AppPaths.lock_file``, in the per-user runtime
folder. Whoever holds a lock on it is the running instance; the operating
system drops the lock when that process ends, however it ends, so a killed
instance never leaves a stale lock. The file stays (removing it while others
may open it would race) and holds the owner's process id for messages.

- POSIX: an advisory ``flock`` on the whole file.
- Windows: ``msvcrt.locking`` on one byte far beyond the file's content.
  Windows byte-range locks are mandatory, so locking the bytes that hold the
  process id would stop a second launch from reading who is running; the
  locked byte lies past the end of the file, which Windows allows. The lock
  belongs to the file handle: a second open in the same process cannot take
  it either, as with ``flock``.

Same user only: the folder is the user's own (0700 on POSIX; on Windows the
user's profile, which only the user, SYSTEM and administrators may open), so
another user can neither hold nor block this lock.

This module must not import PySide6: a second launch has to be quick.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from types import TracebackType
from typing import Protocol

from psoas_desk.storage.paths import AppPaths, ensure_private_dir

__all__ = ["InstanceLock", "MsvcrtLocking", "acquire_instance_lock", "lock_holder_pid"]

WINDOWS_LOCK_OFFSET = 1 << 30
"""Where the Windows lock byte lies: far past the process id written at the start."""


class MsvcrtLocking(Protocol):
    """What the Windows lock uses of ``msvcrt`` (tests pass a fake)."""

    @property
    def LK_NBLCK(self) -> int: ...

    @property
    def LK_UNLCK(self) -> int: ...

    def locking(self, fd: int, mode: int, nbytes: int, /) -> None: ...


class InstanceLock:
    """Proof that this process is the running instance; release it on exit."""

    def __init__(self, fd: int, unlock: MsvcrtLocking | None = None) -> None:
        self._fd: int | None = fd
        self._msvcrt = unlock

    def release(self) -> None:
        """Give up the lock (closing the file releases a ``flock``).

        On Windows the byte is unlocked first, as the C runtime asks of a
        region locked with ``msvcrt.locking``, then the file is closed.
        """
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if self._msvcrt is not None:
            with contextlib.suppress(OSError):
                os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
                self._msvcrt.locking(fd, self._msvcrt.LK_UNLCK, 1)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def acquire_instance_lock(paths: AppPaths, *, platform: str = sys.platform,
                          msvcrt: MsvcrtLocking | None = None) -> InstanceLock | None:
    """Try to become the running instance, without waiting.

    Creates the runtime folder (private). On success, a control socket file or
    pipe name left by an instance that was killed is removed, since nobody
    can be serving it.

    Args:
        paths: where the lock file lives.
        platform: ``sys.platform`` of the system the lock is for; "win32"
            locks through ``msvcrt``, everything else with ``flock``.
        msvcrt: the ``msvcrt`` module to use on Windows (tests pass a fake).

    Returns:
        The lock, or None if another process holds it.

    Raises:
        OSError: if the runtime folder is unsafe or cannot be created.
    """
    ensure_private_dir(paths.runtime_dir)
    fd = os.open(paths.lock_file, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if platform == "win32":
            module = msvcrt if msvcrt is not None else _system_msvcrt()
            won = _lock_byte(fd, module)
        else:
            module = None
            won = _flock(fd)
    except BaseException:
        os.close(fd)
        raise
    if not won:
        os.close(fd)
        return None
    lock = InstanceLock(fd, module)
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, f"{os.getpid()}\n".encode())
    for stale in (paths.socket_path, paths.pipe_name_file):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
    return lock


def lock_holder_pid(paths: AppPaths) -> int | None:
    """The process id written by the lock holder, if it can be read."""
    try:
        text = paths.lock_file.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


def _flock(fd: int) -> bool:
    """Take an exclusive ``flock`` without waiting; False if another holds it."""
    if sys.platform == "win32":
        raise OSError(errno.ENOSYS, "flock does not exist on Windows; lock with msvcrt")
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
            return False
        raise
    return True


def _lock_byte(fd: int, msvcrt: MsvcrtLocking) -> bool:
    """Lock the byte at :data:`WINDOWS_LOCK_OFFSET` without waiting; False if another holds it.

    ``LK_NBLCK`` fails at once with EACCES (EDEADLOCK, the same as EDEADLK
    there, in some C runtimes) when another handle holds the byte.
    """
    os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EDEADLK):
            return False
        raise
    return True


def _system_msvcrt() -> MsvcrtLocking:
    """The real ``msvcrt`` module, which exists on Windows only."""
    if sys.platform != "win32":
        raise OSError(errno.ENOSYS, "msvcrt exists only on Windows")
    import msvcrt

    return msvcrt
