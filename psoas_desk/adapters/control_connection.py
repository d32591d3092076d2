"""One control connection, whatever carries it: a request line in, one reply out.

Both control servers serve a connection the same way: bytes are collected
until the request line is complete (at most ``MAX_MESSAGE_BYTES``; a longer
one gets an error reply), the line goes to the server, the reply is sent
once, and the connection closes. One timer bounds its whole life: first the
wait for a complete request, then the wait for the reply to be taken. What
differs is the carrier: a non-blocking Unix socket watched by
``QSocketNotifier`` (``control.py``) or a ``QLocalSocket`` on a named pipe
(``control_pipe.py``, Windows); each subclasses :class:`Connection` with its
own reading, sending and releasing.

No QtNetwork here: the Unix socket server must not load it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Self

from PySide6.QtCore import QObject, QTimer

from psoas_desk.adapters.control_protocol import MAX_MESSAGE_BYTES, Reply, encoded_reply

log = logging.getLogger(__name__)


class Connection:
    """A connection's life, carrier aside: collect a line, answer once, finish.

    Args:
        timeout_ms: how long each of its two waits may last.
        parent: the server (owns the timer).
        on_line: gets the connection and its request line (without the newline).
        on_gone: told once the connection has finished by itself.
    """

    def __init__(self, timeout_ms: int, parent: QObject,
                 on_line: Callable[[Self, bytes], None],
                 on_gone: Callable[[Self], None]) -> None:
        self._timeout_ms = timeout_ms
        self._on_line = on_line
        self._on_gone = on_gone
        self._buffer = bytearray()
        self._answered = False
        self._gone = False
        self._timer = QTimer(parent)
        self._timer.setObjectName("control-client-timeout")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)

    def start(self) -> None:
        """Start serving; call once the server tracks this client (it may finish at once)."""
        self._timer.start(self._timeout_ms)
        self._on_readable()  # data may have arrived with the connection

    def answer(self, reply: Reply) -> None:
        """Send ``reply`` (once); the connection closes once it is written."""
        if self._answered or self._gone:
            return
        self._answered = True
        self._timer.start(self._timeout_ms)
        self._send(encoded_reply(reply))

    def close(self) -> None:
        """Cut the connection now (no signal; the server forgets the client itself)."""
        self._finish(notify=False)

    @property
    def reading(self) -> bool:
        """Whether the request is still awaited (no reply given, not finished)."""
        return not self._answered and not self._gone

    def _take(self: Self, chunk: bytes) -> None:
        """Add bytes the client sent; pass the line on once complete, refuse one too long."""
        self._buffer += chunk
        newline = self._buffer.find(b"\n")
        if newline < 0 and len(self._buffer) < MAX_MESSAGE_BYTES:
            return
        if newline < 0 or newline >= MAX_MESSAGE_BYTES:
            log.info("control client sent more than %d bytes; dropped", MAX_MESSAGE_BYTES)
            self.answer(Reply.failure(
                f"message too long (at most {MAX_MESSAGE_BYTES} bytes per line)"))
            return
        self._on_line(self, bytes(self._buffer[:newline]))

    def _on_timeout(self) -> None:
        if self._answered:
            log.info("control client did not take its reply; dropped")
            self._finish()
        else:
            log.info("control client sent no complete request in time; dropped")
            self.answer(Reply.failure(
                f"no complete request within {self._timeout_ms / 1000:g} s"))

    def _finish(self: Self, notify: bool = True) -> None:
        if self._gone:
            return
        self._gone = True
        self._timer.stop()
        self._timer.deleteLater()
        self._release()
        if notify:
            self._on_gone(self)

    # -- the carrier ---------------------------------------------------------

    def _on_readable(self) -> None:
        """Read what the client sent so far into ``_take`` (while ``reading``)."""
        raise NotImplementedError

    def _send(self, data: bytes) -> None:
        """Write the reply; finish once it is written (or the client is gone)."""
        raise NotImplementedError

    def _release(self) -> None:
        """Stop watching the carrier and close it."""
        raise NotImplementedError
