"""The control socket server, living in the Qt event loop.

``psoas-desk <command>`` and a second launch talk to the running app through
this server (wire format and validation: ``control_protocol``; client:
``control_client``). It is a plain non-blocking AF_UNIX socket watched by
``QSocketNotifier``: no threads, and no QtNetwork (whose libraries would cost
the idle app about 2.5 MB of memory). Windows, where Python has no AF_UNIX,
gets a named pipe instead (``control_pipe``); :func:`open_control_server`
picks the one for the platform.

Who may connect: the socket lives in a 0700 runtime folder, the file is made
0600, and on Linux each peer's user id is checked with ``SO_PEERCRED``.

Each connection gets one request and one reply, then is closed. A client
that sends nothing complete within the timeout, sends an oversized line or
malformed data gets an error reply and is dropped; nothing a client sends,
and no exception from the handler, reaches the event loop. A client reads
at most one message into memory: reading stops once a line is complete or
too long.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import struct
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QSocketNotifier

from psoas_desk.adapters.control_connection import Connection
from psoas_desk.adapters.control_protocol import (
    DEFAULT_CLIENT_TIMEOUT_MS,
    DEFAULT_MAX_CLIENTS,
    MAX_SOCKET_PATH_BYTES,
    ControlServerError,
    Handler,
    answer_line,
)
from psoas_desk.storage.paths import AppPaths, ensure_private_dir

__all__ = ["ControlChannel", "ControlServer", "ControlServerError", "open_control_server"]

log = logging.getLogger(__name__)

_CHUNK = 64 * 1024


class _Client(Connection):
    """One connection on the Unix socket (see ``control_connection.Connection``).

    Reading stops once a line is complete or too long; the reply drains as
    the client reads it, and the socket is cut once it is all written.
    """

    def __init__(self, sock: socket.socket, timeout_ms: int, parent: QObject,
                 on_line: Callable[[_Client, bytes], None],
                 on_gone: Callable[[_Client], None]) -> None:
        super().__init__(timeout_ms, parent, on_line, on_gone)
        sock.setblocking(False)
        self.sock = sock
        self._outgoing = b""
        self._reader = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, parent)
        self._reader.activated.connect(self._on_readable)
        self._writer = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Write, parent)
        self._writer.setEnabled(False)
        self._writer.activated.connect(self._on_writable)

    def _on_readable(self) -> None:
        try:
            while self.reading:
                try:
                    chunk = self.sock.recv(_CHUNK)
                except (BlockingIOError, InterruptedError):
                    return
                if not chunk:
                    self._finish()  # the client hung up before a whole request
                    return
                self._take(chunk)
        except OSError as exc:
            log.info("control connection lost: %s", exc)
            self._finish()
        except Exception:
            # Nothing may escape into the event loop; losing one client is fine.
            log.exception("control connection failed")
            self._finish()

    def _send(self, data: bytes) -> None:
        self._reader.setEnabled(False)  # whatever else arrives is dropped
        self._outgoing = data
        self._on_writable()

    def _on_writable(self) -> None:
        if self._gone:
            return
        try:
            while self._outgoing:
                sent = self.sock.send(self._outgoing)
                self._outgoing = self._outgoing[sent:]
        except (BlockingIOError, InterruptedError):
            self._writer.setEnabled(True)  # the rest when the client reads
            return
        except OSError as exc:
            log.info("control client went before its reply: %s", exc)
        self._finish()

    def _release(self) -> None:
        for notifier in (self._reader, self._writer):
            notifier.setEnabled(False)
            notifier.deleteLater()
        with contextlib.suppress(OSError):
            self.sock.close()


def _peer_uid(sock: socket.socket) -> int | None:
    """The user id of the connected process, or None where unknown.

    Linux only (``SO_PEERCRED``); elsewhere the socket's folder and file
    permissions are the only gate (macOS would need ``getpeereid``).
    """
    so_peercred = getattr(socket, "SO_PEERCRED", None)
    if so_peercred is None:
        return None
    creds = sock.getsockopt(socket.SOL_SOCKET, so_peercred, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", creds)
    return int(uid)


class ControlServer(QObject):
    """Answers control requests on a local socket by calling ``handler``.

    The handler runs in the event loop thread and returns a :class:`Reply`;
    if it raises, the client gets an error reply and the traceback goes to
    the log. Requests reach it only after validation.

    Args:
        socket_path: where to listen; its folder is created 0700. The caller
            must hold the instance lock (``acquire_instance_lock``), which
            also removes a socket file left by a killed instance.
        handler: turns a request into a reply.
        client_timeout_ms: how long a connection may take to send its
            request, and then to take its reply, before it is dropped.
        max_clients: connections served at once; more are refused.
        allowed_uid: the user allowed to connect; defaults to our own.
    """

    def __init__(self, socket_path: Path, handler: Handler, *,
                 client_timeout_ms: int = DEFAULT_CLIENT_TIMEOUT_MS,
                 max_clients: int = DEFAULT_MAX_CLIENTS, allowed_uid: int | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = socket_path
        self._handler = handler
        self._timeout_ms = client_timeout_ms
        self._max_clients = max_clients
        # No getuid() on Windows, where the named pipe's ACL does this job.
        if allowed_uid is None and sys.platform != "win32":
            allowed_uid = os.getuid()
        self._allowed_uid = allowed_uid
        self._clients: set[_Client] = set()
        self._listener: socket.socket | None = None
        self._acceptor: QSocketNotifier | None = None

    @property
    def socket_path(self) -> Path:
        return self._path

    @property
    def client_count(self) -> int:
        """Connections currently open."""
        return len(self._clients)

    def listen(self) -> None:
        """Create the socket (0600, in a 0700 folder) and start accepting.

        Raises:
            ControlServerError: the path is too long or taken, or Qt refused.
            OSError: the folder is unsafe or cannot be created.
        """
        if sys.platform == "win32":
            raise ControlServerError("Windows has no Unix sockets; use the named pipe server")
        if len(os.fsencode(self._path)) > MAX_SOCKET_PATH_BYTES:
            raise ControlServerError(f"control socket path too long for this system: {self._path}")
        ensure_private_dir(self._path.parent)
        if self._path.exists() or self._path.is_symlink():
            raise ControlServerError(
                f"{self._path} already exists; is another psoas-desk running?")
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        bound = False
        try:
            listener.setblocking(False)
            listener.bind(os.fspath(self._path))
            bound = True
            # The folder is 0700 already; connecting needs read and write only.
            self._path.chmod(0o600)
            listener.listen(self._max_clients)
        except OSError as exc:
            listener.close()
            if bound:
                with contextlib.suppress(OSError):
                    self._path.unlink()
            raise ControlServerError(
                f"cannot listen on {self._path}: {exc.strerror or exc}") from exc
        self._listener = listener
        self._acceptor = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._acceptor.activated.connect(self._on_new_connection)
        log.info("control socket listening on %s", self._path)

    def close(self) -> None:
        """Drop every connection and remove the socket file."""
        for client in list(self._clients):
            client.close()
        self._clients.clear()
        if self._acceptor is not None:
            self._acceptor.setEnabled(False)
            self._acceptor.deleteLater()
            self._acceptor = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
            with contextlib.suppress(OSError):
                self._path.unlink()

    def _on_new_connection(self) -> None:
        listener = self._listener
        while listener is not None:
            try:
                sock, _address = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # e.g. out of file descriptors: try again later
                log.warning("control connection could not be accepted: %s", exc)
                return
            reason = self._refusal(sock)
            if reason:
                log.warning("control connection refused: %s", reason)
                sock.close()
                continue
            client = _Client(sock, self._timeout_ms, self, self._on_line, self._on_gone)
            self._clients.add(client)
            client.start()

    def _refusal(self, sock: socket.socket) -> str:
        if len(self._clients) >= self._max_clients:
            return f"already serving {self._max_clients} connections"
        try:
            uid = _peer_uid(sock)
        except OSError as exc:
            return f"cannot check who is connecting: {exc}"
        if uid is not None and self._allowed_uid is not None and uid != self._allowed_uid:
            return f"connection from user id {uid}"
        return ""

    def _on_line(self, client: _Client, line: bytes) -> None:
        client.answer(answer_line(line, self._handler))

    def _on_gone(self, client: _Client) -> None:
        self._clients.discard(client)


class ControlChannel(Protocol):
    """What the app needs of a control server, whichever the platform has."""

    def listen(self) -> None: ...

    def close(self) -> None: ...


def open_control_server(paths: AppPaths, handler: Handler, *, platform: str = sys.platform,
                        parent: QObject | None = None) -> ControlChannel:
    """The control server for ``platform`` (a ``sys.platform`` value); not listening yet.

    Windows gets the named pipe server (``control_pipe``, which brings
    QtNetwork); everything else the Unix socket server here.
    """
    if platform == "win32":
        from psoas_desk.adapters.control_pipe import PipeControlServer

        return PipeControlServer(paths.pipe_name_file, handler, parent=parent)
    return ControlServer(paths.socket_path, handler, parent=parent)
