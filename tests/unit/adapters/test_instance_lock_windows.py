"""The Windows single-instance lock and the client's channel choice, with the platform injected.

``msvcrt`` exists only on Windows, so a fake with its semantics stands in:
byte-range locks that belong to a file handle (a second open cannot take a
held byte, even in the same process), refused at once with EACCES under
``LK_NBLCK``, and mandatory, so the fake refuses reading a locked byte.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from psoas_desk.adapters.control_client import (
    PipeTransport,
    UnixSocketTransport,
    transport_for,
)
from psoas_desk.adapters.instance_lock import (
    WINDOWS_LOCK_OFFSET,
    acquire_instance_lock,
    lock_holder_pid,
)
from psoas_desk.storage.paths import AppPaths, resolve_paths


class FakeMsvcrt:
    """``msvcrt.locking`` as Windows does it, for one machine (this test)."""

    LK_UNLCK = 0
    LK_NBLCK = 2

    def __init__(self) -> None:
        self.held: dict[tuple[int, int, int], int] = {}  # (device, inode, offset) -> fd
        self.calls: list[tuple[int, int, int]] = []  # (mode, offset, nbytes)

    def locking(self, fd: int, mode: int, nbytes: int, /) -> None:
        offset = os.lseek(fd, 0, os.SEEK_CUR)
        self.calls.append((mode, offset, nbytes))
        info = os.fstat(fd)
        keys = [(info.st_dev, info.st_ino, offset + i) for i in range(nbytes)]
        if mode == self.LK_NBLCK:
            if any(key in self.held for key in keys):
                raise OSError(errno.EACCES, "Permission denied")
            self.held.update(dict.fromkeys(keys, fd))
        elif mode == self.LK_UNLCK:
            if any(self.held.get(key) != fd for key in keys):
                raise OSError(errno.EACCES, "Permission denied")  # not ours to unlock
            for key in keys:
                del self.held[key]
        else:
            raise AssertionError(f"the lock never waits (mode {mode})")

    def readable(self, path: Path, size: int) -> bool:
        """Whether bytes 0..size of ``path`` are free of locks (Windows locks are mandatory)."""
        info = path.stat()
        return not any((info.st_dev, info.st_ino, i) in self.held for i in range(size))


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path)


def test_the_windows_lock_is_exclusive_per_handle_and_the_pid_stays_readable(
        paths: AppPaths) -> None:
    msvcrt = FakeMsvcrt()
    lock = acquire_instance_lock(paths, platform="win32", msvcrt=msvcrt)
    assert lock is not None
    assert msvcrt.calls == [(msvcrt.LK_NBLCK, WINDOWS_LOCK_OFFSET, 1)]
    # A second launch (here a second handle in the same process) cannot take it...
    assert acquire_instance_lock(paths, platform="win32", msvcrt=msvcrt) is None
    # ...and can still read who is running: the locked byte is past the pid.
    size = paths.lock_file.stat().st_size
    assert msvcrt.readable(paths.lock_file, size) and size < WINDOWS_LOCK_OFFSET
    assert lock_holder_pid(paths) == os.getpid()
    lock.release()
    assert msvcrt.calls[-1] == (msvcrt.LK_UNLCK, WINDOWS_LOCK_OFFSET, 1)
    assert msvcrt.held == {}
    with acquire_instance_lock(paths, platform="win32", msvcrt=msvcrt) as again:
        assert again is not None


def test_the_windows_lock_winner_clears_a_stale_pipe_name(paths: AppPaths) -> None:
    msvcrt = FakeMsvcrt()
    paths.runtime_dir.mkdir(parents=True, mode=0o700)
    paths.pipe_name_file.write_text("psoas-desk-" + "0" * 32 + "\n")  # left by a killed app
    with acquire_instance_lock(paths, platform="win32", msvcrt=msvcrt) as lock:
        assert lock is not None
        assert not paths.pipe_name_file.exists()


def test_an_unexpected_locking_error_is_raised_not_taken_for_a_busy_lock(
        paths: AppPaths) -> None:
    class Broken(FakeMsvcrt):
        def locking(self, fd: int, mode: int, nbytes: int, /) -> None:
            raise OSError(errno.EBADF, "Bad file descriptor")

    with pytest.raises(OSError, match="Bad file descriptor"):
        acquire_instance_lock(paths, platform="win32", msvcrt=Broken())


def test_without_msvcrt_off_windows_the_windows_lock_says_so(paths: AppPaths) -> None:
    with pytest.raises(OSError, match="only on Windows"):
        acquire_instance_lock(paths, platform="win32")


def test_the_posix_lock_is_flock_whatever_msvcrt_is_given(paths: AppPaths) -> None:
    msvcrt = FakeMsvcrt()
    with acquire_instance_lock(paths, platform="linux", msvcrt=msvcrt) as lock:
        assert lock is not None
        assert acquire_instance_lock(paths) is None  # held by flock
    assert msvcrt.calls == []


@pytest.mark.parametrize(("platform", "kind", "address"), [
    ("win32", PipeTransport, "pipe_name_file"),
    ("linux", UnixSocketTransport, "socket_path"),
    ("darwin", UnixSocketTransport, "socket_path"),
    ("freebsd14", UnixSocketTransport, "socket_path"),
])
def test_the_client_talks_over_what_the_platform_has(
        paths: AppPaths, platform: str, kind: type, address: str) -> None:
    transport = transport_for(paths, platform)
    assert isinstance(transport, kind)
    assert transport.address == getattr(paths, address)
