"""The control server on Windows: a named pipe through ``QLocalServer``.

Windows has no AF_UNIX in Python's socket module, so there the app listens
on a named pipe instead of ``adapters/control.py``'s Unix socket; requests,
replies and limits are the same (``control_protocol``), and so is the client
(``control_client.PipeTransport``). Only Windows imports this module (and
with it QtNetwork, about 2.5 MB the Unix socket server avoids); elsewhere
``QLocalServer`` is a Unix socket, which is how the tests drive it.

Same user only, as with the Unix socket in its 0700 folder:

- The pipe's security descriptor: ``QLocalServer.UserAccessOption`` makes Qt
  create each pipe instance with a DACL holding a single entry, full access
  for the user SID of this process's token (owner: that SID). Windows' default
  DACL for a named pipe would also give Everyone and Anonymous read access;
  with this one, no other account can open the pipe.
- The pipe's name: named pipes share one namespace for the whole machine, so
  a fixed name could be created first by another user (squatting), who would
  then receive our commands. The name carries 128 random bits, made anew by
  every listening app, and reaches clients only through
  ``AppPaths.pipe_name_file`` in the user's runtime folder (in the user's
  profile, which only the user, SYSTEM and administrators may read). Another
  user can neither learn the name nor guess it in advance.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from psoas_desk.adapters.control_connection import Connection
from psoas_desk.adapters.control_protocol import (
    DEFAULT_CLIENT_TIMEOUT_MS,
    DEFAULT_MAX_CLIENTS,
    MAX_MESSAGE_BYTES,
    ControlServerError,
    Handler,
    answer_line,
)
from psoas_desk.storage.atomic import atomic_write_text
from psoas_desk.storage.paths import ensure_private_dir

log = logging.getLogger(__name__)


def random_pipe_name() -> str:
    """A pipe name nobody can know in advance (see the module docstring)."""
    return f"psoas-desk-{os.urandom(16).hex()}"


class _PipeClient(Connection):
    """One connection on the named pipe (see ``control_connection.Connection``)."""

    def __init__(self, sock: QLocalSocket, timeout_ms: int, parent: QObject,
                 on_line: Callable[[_PipeClient, bytes], None],
                 on_gone: Callable[[_PipeClient], None]) -> None:
        super().__init__(timeout_ms, parent, on_line, on_gone)
        self.sock = sock
        # Qt reads ahead into its own buffer; keep that to about one message too.
        sock.setReadBufferSize(MAX_MESSAGE_BYTES)
        sock.readyRead.connect(self._on_readable)
        sock.disconnected.connect(self._finish)

    def _on_readable(self) -> None:
        try:
            while self.reading and self.sock.bytesAvailable() > 0:
                self._take(bytes(self.sock.read(64 * 1024).data()))
        except Exception:
            # Nothing may escape into the event loop; losing one client is fine.
            log.exception("control connection failed")
            self._finish()

    def _send(self, data: bytes) -> None:
        self.sock.write(data)
        self.sock.flush()
        # Waits for the pending bytes, then emits disconnected (-> _finish).
        self.sock.disconnectFromServer()

    def _release(self) -> None:
        self.sock.readyRead.disconnect(self._on_readable)
        self.sock.abort()
        self.sock.deleteLater()


class PipeControlServer(QObject):
    """Answers control requests on a named pipe by calling ``handler``.

    The same contract as ``control.ControlServer``: the handler runs in the
    event loop thread, sees only validated requests, and its exceptions
    become error replies.

    Args:
        name_file: where the pipe's name is written for clients (in the
            user's private runtime folder, created if needed). The caller
            must hold the instance lock, which also removes a stale name.
        handler: turns a request into a reply.
        client_timeout_ms: how long a connection may take to send its
            request, and then to take its reply, before it is dropped.
        max_clients: connections served at once; more are refused.
        new_name: makes the pipe's name (tests may pass their own).
    """

    def __init__(self, name_file: Path, handler: Handler, *,
                 client_timeout_ms: int = DEFAULT_CLIENT_TIMEOUT_MS,
                 max_clients: int = DEFAULT_MAX_CLIENTS,
                 new_name: Callable[[], str] = random_pipe_name,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name_file = name_file
        self._handler = handler
        self._timeout_ms = client_timeout_ms
        self._max_clients = max_clients
        self._new_name = new_name
        self._server: QLocalServer | None = None
        self._name = ""
        self._clients: set[_PipeClient] = set()

    @property
    def name(self) -> str:
        """The pipe's name while listening, else ""."""
        return self._name

    @property
    def full_server_name(self) -> str:
        """Where the pipe is (``\\\\.\\pipe\\<name>`` on Windows, a socket path elsewhere)."""
        return self._server.fullServerName() if self._server is not None else ""

    @property
    def client_count(self) -> int:
        """Connections currently open."""
        return len(self._clients)

    def listen(self) -> None:
        """Create the pipe (this user only) and publish its name.

        Raises:
            ControlServerError: Qt could not create the pipe, or its name
                could not be written.
            OSError: the runtime folder is unsafe or cannot be created.
        """
        ensure_private_dir(self._name_file.parent)
        name = self._new_name()
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.setMaxPendingConnections(self._max_clients)
        if not server.listen(name):
            problem = server.errorString()
            server.deleteLater()
            raise ControlServerError(f"cannot listen on the pipe {name}: {problem}")
        try:
            atomic_write_text(self._name_file, name + "\n")
        except OSError as exc:
            server.close()
            server.deleteLater()
            raise ControlServerError(
                f"cannot write {self._name_file}: {exc.strerror or exc}") from exc
        server.newConnection.connect(self._on_new_connection)
        self._server, self._name = server, name
        log.info("control pipe listening as %s", name)

    def close(self) -> None:
        """Drop every connection, close the pipe and withdraw its name."""
        for client in list(self._clients):
            client.close()
        self._clients.clear()
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        server.deleteLater()
        with contextlib.suppress(OSError, UnicodeDecodeError):
            if self._name_file.read_text(encoding="ascii").strip() == self._name:
                self._name_file.unlink()
        self._name = ""

    def _on_new_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            sock = server.nextPendingConnection()
            if len(self._clients) >= self._max_clients:
                log.warning("control connection refused: already serving %d connections",
                            self._max_clients)
                sock.abort()
                sock.deleteLater()
                continue
            client = _PipeClient(sock, self._timeout_ms, self, self._on_line, self._on_gone)
            self._clients.add(client)
            client.start()

    def _on_line(self, client: _PipeClient, line: bytes) -> None:
        client.answer(answer_line(line, self._handler))

    def _on_gone(self, client: _PipeClient) -> None:
        self._clients.discard(client)
