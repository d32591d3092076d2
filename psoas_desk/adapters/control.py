"""The control socket server, living in the Qt event loop.

``psoas-desk <command>`` and a second launch talk to the running app through
this server (wire format and validation: ``control_protocol``). It is built
on ``QLocalServer`` rather than a raw AF_UNIX socket plus
``QSocketNotifier``: Qt already does non-blocking, incremental reads for
many clients, creates the socket atomically with owner-only permissions
(bind in a private temporary folder, then rename), and on Windows the same
class listens on a named pipe, so only the client transport would differ.

Who may connect: the socket lives in a 0700 runtime folder, the file is made
0600, and on Linux each peer's user id is checked with ``SO_PEERCRED``.

No threads. Each connection gets one request and one reply, then is closed.
A client that sends nothing complete within the timeout, sends an oversized
line or malformed data gets an error reply and is dropped; nothing a client
sends, and no exception from the handler, reaches the event loop.
"""

from __future__ import annotations

import logging
import os
import socket
import struct
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from psoas_desk.adapters.control_protocol import (
    MAX_MESSAGE_BYTES,
    MAX_SOCKET_PATH_BYTES,
    ProtocolError,
    Reply,
    Request,
    decode_request,
)
from psoas_desk.storage.paths import ensure_private_dir

_log = logging.getLogger(__name__)

Handler = Callable[[Request], Reply]
DEFAULT_CLIENT_TIMEOUT_MS = 5000
DEFAULT_MAX_CLIENTS = 128


class ControlServerError(OSError):
    """The control socket could not be set up; the text is for a person."""


class _Client:
    """One connection: buffers a request line, answers once, then closes.

    Its timer bounds the whole life of the connection: first the wait for a
    complete request, then the wait for the reply to drain before the socket
    is cut.
    """

    def __init__(self, sock: QLocalSocket, timeout_ms: int,
                 on_line: Callable[[_Client, bytes], None],
                 on_gone: Callable[[_Client], None]) -> None:
        self.sock = sock
        self._timeout_ms = timeout_ms
        self._on_line = on_line
        self._on_gone = on_gone
        self._buffer = bytearray()
        self._answered = False
        self._gone = False
        # Qt stops reading from the kernel once this much is buffered, so a
        # client streaming endless data costs at most one message of memory.
        sock.setReadBufferSize(MAX_MESSAGE_BYTES + 1)
        self._timer = QTimer(sock)
        self._timer.setObjectName("control-client-timeout")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)

    def start(self) -> None:
        """Start serving; call once the server tracks this client (it may finish at once)."""
        self.sock.readyRead.connect(self._on_ready_read)
        self.sock.disconnected.connect(self._on_disconnected)
        self._timer.start(self._timeout_ms)
        if self.sock.bytesAvailable() > 0:
            self._on_ready_read()
        if self.sock.state() != QLocalSocket.LocalSocketState.ConnectedState:
            self._on_disconnected()  # gone before we got to it: no signal will come

    def answer(self, reply: Reply) -> None:
        """Send ``reply`` (once) and close the connection once it is written."""
        if self._answered or self._gone:
            return
        self._answered = True
        try:
            data = reply.encode()
        except ProtocolError as exc:
            _log.error("control reply could not be sent: %s", exc)
            data = Reply.failure(f"psoas-desk could not send its answer: {exc}").encode()
        self._timer.start(self._timeout_ms)
        if self.sock.state() == QLocalSocket.LocalSocketState.ConnectedState:
            self.sock.write(data)
            self.sock.flush()
            self.sock.disconnectFromServer()

    def _on_ready_read(self) -> None:
        try:
            chunk = self.sock.readAll().data()
            if self._answered:
                return  # closing: whatever else arrives is dropped
            self._buffer += chunk
            newline = self._buffer.find(b"\n")
            if newline < 0 and len(self._buffer) < MAX_MESSAGE_BYTES:
                return
            if newline < 0 or newline >= MAX_MESSAGE_BYTES:
                _log.info("control client sent more than %d bytes; dropped", MAX_MESSAGE_BYTES)
                self.answer(Reply.failure(
                    f"message too long (at most {MAX_MESSAGE_BYTES} bytes per line)"))
                return
            self._on_line(self, bytes(self._buffer[:newline]))
        except Exception:
            # Nothing may escape into the event loop; losing one client is fine.
            _log.exception("control connection failed")
            self._drop()

    def _on_timeout(self) -> None:
        if self._answered:
            _log.info("control client did not take its reply; dropped")
            self._drop()
        else:
            _log.info("control client sent no complete request in time; dropped")
            self.answer(Reply.failure(
                f"no complete request within {self._timeout_ms / 1000:g} s"))

    def _drop(self) -> None:
        self.sock.abort()
        self._on_disconnected()  # abort() signals only if it was still connected

    def _on_disconnected(self) -> None:
        if not self._gone:
            self._gone = True
            self._timer.stop()
            self._on_gone(self)


def _peer_uid(sock: QLocalSocket) -> int | None:
    """The user id of the connected process, or None where unknown.

    Linux only (``SO_PEERCRED``); elsewhere the socket's folder and file
    permissions are the only gate (macOS would need ``getpeereid``).
    """
    so_peercred = getattr(socket, "SO_PEERCRED", None)
    fd = int(sock.socketDescriptor())
    if so_peercred is None or fd < 0:
        return None
    # fromfd() duplicates the descriptor, so closing ours leaves Qt's intact.
    with socket.fromfd(fd, socket.AF_UNIX, socket.SOCK_STREAM) as dup:
        creds = dup.getsockopt(socket.SOL_SOCKET, so_peercred, struct.calcsize("3i"))
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
        own_uid = os.getuid() if hasattr(os, "getuid") else None
        self._allowed_uid = own_uid if allowed_uid is None else allowed_uid
        self._clients: set[_Client] = set()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.setListenBacklogSize(max_clients)
        self._server.setMaxPendingConnections(max_clients)
        self._server.newConnection.connect(self._on_new_connection)

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
        if len(os.fsencode(self._path)) > MAX_SOCKET_PATH_BYTES:
            raise ControlServerError(f"control socket path too long for this system: {self._path}")
        ensure_private_dir(self._path.parent)
        if self._path.exists() or self._path.is_symlink():
            raise ControlServerError(
                f"{self._path} already exists; is another psoas-desk running?")
        if not self._server.listen(os.fspath(self._path)):
            raise ControlServerError(
                f"cannot listen on {self._path}: {self._server.errorString()}")
        # Qt leaves the socket 0700; connecting needs read and write only.
        self._path.chmod(0o600)
        _log.info("control socket listening on %s", self._path)

    def close(self) -> None:
        """Drop every connection and remove the socket file."""
        for client in list(self._clients):
            client.sock.abort()
        self._clients.clear()
        if self._server.isListening():
            self._server.close()  # also removes the socket file

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            reason = self._refusal(sock)
            if reason:
                _log.warning("control connection refused: %s", reason)
                sock.abort()
                sock.deleteLater()
                continue
            client = _Client(sock, self._timeout_ms, self._on_line, self._on_gone)
            self._clients.add(client)
            client.start()

    def _refusal(self, sock: QLocalSocket) -> str:
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
        try:
            request = decode_request(line)
        except ProtocolError as exc:
            _log.info("control request rejected: %s", exc)
            client.answer(Reply.failure(str(exc)))
            return
        _log.debug("control request: %s %s", request.cmd, dict(request.args))
        try:
            reply = self._handler(request)
            if not isinstance(reply, Reply):
                raise TypeError(f"handler returned {type(reply).__name__}, not a Reply")
        except Exception as exc:
            _log.exception("control request %s failed", request.cmd)
            reply = Reply.failure(f"psoas-desk could not do {request.cmd!s}: {exc}")
        client.answer(reply)

    def _on_gone(self, client: _Client) -> None:
        self._clients.discard(client)
        client.sock.deleteLater()
