"""The blocking client every ``psoas-desk <command>`` and a second launch use.

One request line out, one reply line back, over the channel the running app
listens on there (:func:`transport_for`):

- POSIX: the AF_UNIX socket ``AppPaths.socket_path`` in the user's 0700
  runtime folder (server: ``adapters/control.py``).
- Windows, which has no AF_UNIX in Python's socket module: the named pipe
  whose random name the app writes to ``AppPaths.pipe_name_file`` in the
  user's runtime folder, reached with ``QLocalSocket`` (server:
  ``adapters/control_pipe.py``). Only this path imports Qt.

This module must not import PySide6 at import time: ``psoas-desk status`` has
to be quick.
"""

from __future__ import annotations

import os
import re
import socket
import sys
import time
from pathlib import Path
from typing import Protocol

from psoas_desk.adapters.control_protocol import (
    DEFAULT_TIMEOUT_S,
    MAX_MESSAGE_BYTES,
    MAX_SOCKET_PATH_BYTES,
    NOT_RUNNING_MESSAGE,
    ProtocolError,
    Reply,
    Request,
    decode_reply,
)
from psoas_desk.adapters.instance_lock import lock_holder_pid
from psoas_desk.storage.paths import AppPaths

__all__ = ["ControlError", "NotRunningError", "PipeTransport", "Transport", "UnixSocketTransport",
           "forward_to_running", "read_pipe_name", "send_request", "transport_for"]

PIPE_NAME = re.compile(r"psoas-desk-[0-9a-f]{32}")
"""What a pipe name written by the app looks like (the prefix and 128 random bits)."""


class ControlError(Exception):
    """Talking to the running app failed; the text is for a person."""


class NotRunningError(ControlError):
    """Nothing is listening (no socket or pipe name, or a stale one)."""

    def __init__(self, message: str = "") -> None:
        if not message:
            from psoas_desk.invocation import current_command_name

            message = NOT_RUNNING_MESSAGE.format(command=current_command_name())
        super().__init__(message)


class Transport(Protocol):
    @property
    def address(self) -> Path:
        """The file that tells where the app listens (socket, or pipe name)."""
        ...

    def exchange(self, payload: bytes, timeout_s: float) -> bytes:
        """Send ``payload`` and return the reply line (without its newline).

        Raises:
            NotRunningError: nobody is listening.
            ControlError: timeout, a reply that is too long, or a closed connection.
        """
        ...


def _timed_out(timeout_s: float) -> ControlError:
    return ControlError(f"psoas-desk did not answer within {timeout_s:g} s")


def _closed() -> ControlError:
    return ControlError("psoas-desk closed the connection without answering")


class UnixSocketTransport:
    """Sends one line over an AF_UNIX stream socket and reads one line back."""

    def __init__(self, socket_path: Path) -> None:
        self._path = socket_path

    @property
    def address(self) -> Path:
        return self._path

    def exchange(self, payload: bytes, timeout_s: float) -> bytes:
        if sys.platform == "win32":
            raise ControlError("Windows has no Unix sockets; the app listens on a named pipe")
        if len(os.fsencode(self._path)) > MAX_SOCKET_PATH_BYTES:
            raise ControlError(f"the control socket path {self._path} is too long for this system")
        deadline = time.monotonic() + timeout_s
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout_s)
            try:
                sock.connect(os.fspath(self._path))
            except (FileNotFoundError, ConnectionRefusedError, NotADirectoryError):
                raise NotRunningError() from None
            except PermissionError:
                raise ControlError(f"no permission to open {self._path}") from None
            except TimeoutError:
                raise _timed_out(timeout_s) from None
            try:
                sock.sendall(payload)
                return _read_line(sock, deadline)
            except TimeoutError:
                raise _timed_out(timeout_s) from None
            except (BrokenPipeError, ConnectionResetError):
                raise _closed() from None


def _read_line(sock: socket.socket, deadline: float) -> bytes:
    buffer = bytearray()
    while b"\n" not in buffer:
        if len(buffer) > MAX_MESSAGE_BYTES:
            raise ControlError("psoas-desk sent a reply that is too long")
        sock.settimeout(max(deadline - time.monotonic(), 0.001))
        chunk = sock.recv(16 * 1024)
        if not chunk:
            raise _closed()
        buffer += chunk
    return bytes(buffer[: buffer.index(b"\n")])


def read_pipe_name(name_file: Path) -> str:
    """The pipe name the running app wrote.

    Raises:
        NotRunningError: no such file (no app has listened since the last one
            ended), or it does not hold a name the app writes.
    """
    try:
        name = name_file.read_text(encoding="ascii").strip()
    except (FileNotFoundError, NotADirectoryError, UnicodeDecodeError):
        raise NotRunningError() from None
    except OSError as exc:
        raise ControlError(f"cannot read {name_file}: {exc.strerror or exc}") from None
    if not PIPE_NAME.fullmatch(name):
        raise NotRunningError()
    return name


class PipeTransport:
    """Sends one line over the app's named pipe with ``QLocalSocket`` (Windows).

    ``QLocalSocket``'s blocking ``waitFor...`` calls need no event loop. Qt
    is imported only here, so a command line on other systems never loads
    QtNetwork. Elsewhere ``QLocalSocket`` is a Unix socket, which is how the
    tests drive this path. PySide6 keeps the GIL during those calls, so this
    client belongs in a process of its own (the command line, a second
    launch), never in a thread of the app it talks to.
    """

    def __init__(self, name_file: Path) -> None:
        self._name_file = name_file

    @property
    def address(self) -> Path:
        return self._name_file

    def exchange(self, payload: bytes, timeout_s: float) -> bytes:
        name = read_pipe_name(self._name_file)
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_s

        def ms_left() -> int:
            # Never 0 or less: -1 would mean "wait for ever".
            return max(1, int((deadline - time.monotonic()) * 1000))

        sock = QLocalSocket()
        try:
            sock.connectToServer(name)
            if not sock.waitForConnected(ms_left()):
                raise _connect_error(sock.error(), name, timeout_s)
            sock.write(payload)
            while sock.bytesToWrite() > 0:
                if not sock.waitForBytesWritten(ms_left()):
                    raise _exchange_error(sock.error(), timeout_s)
            buffer = bytearray()
            while b"\n" not in buffer:
                if len(buffer) > MAX_MESSAGE_BYTES:
                    raise ControlError("psoas-desk sent a reply that is too long")
                if not sock.bytesAvailable() and not sock.waitForReadyRead(ms_left()):
                    if sock.bytesAvailable():  # the reply came with the hang-up
                        continue
                    raise _exchange_error(sock.error(), timeout_s)
                buffer += bytes(sock.read(16 * 1024).data())
            return bytes(buffer[: buffer.index(b"\n")])
        finally:
            sock.abort()


def _connect_error(error: object, name: str, timeout_s: float) -> ControlError:
    from PySide6.QtNetwork import QLocalSocket

    kind = QLocalSocket.LocalSocketError
    if error in (kind.ServerNotFoundError, kind.ConnectionRefusedError, kind.PeerClosedError):
        return NotRunningError()  # a name left by an app that was killed
    if error == kind.SocketAccessError:
        return ControlError(f"no permission to open the pipe {name}")
    if error == kind.SocketTimeoutError:
        return _timed_out(timeout_s)
    return ControlError(f"cannot connect to the pipe {name}: {error}")


def _exchange_error(error: object, timeout_s: float) -> ControlError:
    from PySide6.QtNetwork import QLocalSocket

    if error == QLocalSocket.LocalSocketError.SocketTimeoutError:
        return _timed_out(timeout_s)
    return _closed()


def transport_for(paths: AppPaths, platform: str = sys.platform) -> Transport:
    """The channel the running app listens on, on ``platform`` (a ``sys.platform`` value)."""
    if platform == "win32":
        return PipeTransport(paths.pipe_name_file)
    return UnixSocketTransport(paths.socket_path)


def send_request(paths: AppPaths, request: Request, *,
                 timeout_s: float = DEFAULT_TIMEOUT_S, platform: str = sys.platform) -> Reply:
    """Send one request to the running instance and wait for its reply.

    Raises:
        NotRunningError: no instance is listening.
        ControlError: it did not answer properly within ``timeout_s``.
    """
    line = transport_for(paths, platform).exchange(request.encode(), timeout_s)
    try:
        return decode_reply(line)
    except ProtocolError as exc:
        raise ControlError(f"psoas-desk sent an answer this command does not understand: {exc}"
                           ) from None


def forward_to_running(paths: AppPaths, request: Request, *,
                       timeout_s: float = DEFAULT_TIMEOUT_S,
                       platform: str = sys.platform) -> Reply:
    """Like :func:`send_request`, for when another process holds the instance lock.

    That process may still be starting and not yet listening, so connection
    failures are retried until ``timeout_s`` has passed.

    Raises:
        ControlError: it did not answer within ``timeout_s``.
    """
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return send_request(paths, request, platform=platform,
                                timeout_s=max(deadline - time.monotonic(), 0.05))
        except NotRunningError:
            if time.monotonic() >= deadline:
                pid = lock_holder_pid(paths)
                who = f"psoas-desk (process {pid})" if pid else "another psoas-desk"
                raise ControlError(f"{who} is running but did not answer within {timeout_s:g} s"
                                   ) from None
            # Polling another process while it starts up; 50 ms keeps it cheap.
            time.sleep(0.05)
