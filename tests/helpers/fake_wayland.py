"""A fake Wayland compositor for the idle backend's tests: the real wire protocol, on a socket.

It speaks just enough of the Wayland wire format (a 32-bit object id, a
32-bit size-and-opcode word, then the arguments, each padded to 4 bytes) to
serve ``wl_display``, ``wl_registry``, ``wl_seat`` and the idle protocols a
test asks for, records every request the client makes, and sends "idled" /
"resumed" when the test says so. libwayland-client (through pywayland) on the
other side is the real one, so connecting, binding, round trips and a closed
connection behave as against a compositor.

It runs in a thread (the client's blocking round trips need it to answer
while the test waits in C); it never touches the test's Qt objects.
"""

from __future__ import annotations

import contextlib
import select
import socket
import struct
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

DISPLAY_ID = 1


def _string(text: str) -> bytes:
    raw = text.encode() + b"\0"
    return struct.pack("<I", len(raw)) + raw + b"\0" * (-len(raw) % 4)


def message(object_id: int, opcode: int, payload: bytes = b"") -> bytes:
    """One wire message: header words, then the already encoded arguments."""
    return struct.pack("<II", object_id, ((8 + len(payload)) << 16) | opcode) + payload


@dataclass
class _Client:
    sock: socket.socket
    objects: dict[int, str] = field(default_factory=lambda: {DISPLAY_ID: "wl_display"})
    buffer: bytes = b""


class FakeCompositor:
    """Serves idle protocols on ``runtime_dir/name``.

    Args:
        runtime_dir: where the socket goes.
        ext_version: the ``ext_idle_notifier_v1`` version offered, 0 for none.
        kde_idle: offer ``org_kde_kwin_idle``.
        seat: offer a ``wl_seat``.
    """

    def __init__(self, runtime_dir: Path, *, name: str = "wayland-fake", ext_version: int = 2,
                 kde_idle: bool = True, seat: bool = True) -> None:
        self.path = runtime_dir / name
        self.globals: list[tuple[str, int]] = []
        if seat:
            self.globals.append(("wl_seat", 5))
        if ext_version:
            self.globals.append(("ext_idle_notifier_v1", ext_version))
        if kde_idle:
            self.globals.append(("org_kde_kwin_idle", 1))
        self.requests: list[tuple[str, str, tuple[int, ...]]] = []
        """(interface, request, integer arguments) in the order they came."""
        self._clients: list[_Client] = []
        self._lock = threading.Lock()
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._wake_r, self._wake_w = socket.socketpair()
        self._stop = False
        self._thread = threading.Thread(target=self._serve, name="fake-wayland", daemon=True)

    def __enter__(self) -> FakeCompositor:
        self._listener.bind(str(self.path))
        self._listener.listen(4)
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stop = True
        self._wake_w.send(b"x")
        self._thread.join(5)
        self.close_clients()
        for sock in (self._listener, self._wake_r, self._wake_w):
            sock.close()

    # -- what a test does ----------------------------------------------------
    def notifications(self) -> list[tuple[str, str, tuple[int, ...]]]:
        """The requests that armed an idle notification so far."""
        with self._lock:
            return [r for r in self.requests if r[1] in (
                "get_idle_notification", "get_input_idle_notification", "get_idle_timeout")]

    def send_idle(self) -> None:
        """The seat has had no input for the timeout: "idled" to every notification.

        Written to the sockets before this returns, so a client reading now sees it.
        """
        self._send_event(0)

    def send_resumed(self) -> None:
        """Input came back: "resumed" to every notification."""
        self._send_event(1)

    def close_clients(self) -> None:
        """Drop every connection, as a compositor that quits or crashes does."""
        with self._lock:
            clients, self._clients = self._clients, []
        for client in clients:
            with contextlib.suppress(OSError):
                client.sock.shutdown(socket.SHUT_RDWR)
            client.sock.close()

    # -- the server thread -----------------------------------------------------
    def _send_event(self, opcode: int) -> None:
        with self._lock:
            for client in self._clients:
                for object_id, interface in client.objects.items():
                    if interface in ("ext_idle_notification_v1", "org_kde_kwin_idle_timeout"):
                        client.sock.sendall(message(object_id, opcode))

    def _serve(self) -> None:
        while not self._stop:
            with self._lock:
                socks = [c.sock for c in self._clients]
            readable, _, _ = select.select([self._listener, self._wake_r, *socks], [], [], 1.0)
            for sock in readable:
                if sock is self._listener:
                    conn, _ = self._listener.accept()
                    with self._lock:
                        self._clients.append(_Client(conn))
                elif sock is not self._wake_r:
                    self._read(sock)

    def _read(self, sock: socket.socket) -> None:
        with self._lock:
            client = next((c for c in self._clients if c.sock is sock), None)
        if client is None:
            return
        try:
            data = sock.recv(4096)
        except OSError:
            data = b""
        if not data:
            with self._lock:
                if client in self._clients:
                    self._clients.remove(client)
            sock.close()
            return
        client.buffer += data
        while len(client.buffer) >= 8:
            object_id, word = struct.unpack_from("<II", client.buffer)
            size, opcode = word >> 16, word & 0xFFFF
            if len(client.buffer) < size:
                break
            body, client.buffer = client.buffer[8:size], client.buffer[size:]
            with self._lock:
                self._request(client, object_id, opcode, body)

    def _request(self, client: _Client, object_id: int, opcode: int, body: bytes) -> None:
        interface = client.objects.get(object_id, "?")
        words = struct.unpack(f"<{len(body) // 4}I", body[:len(body) // 4 * 4])

        def send(data: bytes) -> None:
            with contextlib.suppress(OSError):  # the client may have gone already
                client.sock.sendall(data)

        if interface == "wl_display" and opcode == 0:  # sync(callback)
            self.requests.append((interface, "sync", words))
            send(message(words[0], 0, struct.pack("<I", 0)))  # wl_callback.done
            send(message(DISPLAY_ID, 1, struct.pack("<I", words[0])))  # delete_id
        elif interface == "wl_display" and opcode == 1:  # get_registry(registry)
            self.requests.append((interface, "get_registry", words))
            client.objects[words[0]] = "wl_registry"
            for number, (name, version) in enumerate(self.globals, start=1):
                send(message(words[0], 0, struct.pack("<I", number) + _string(name)
                             + struct.pack("<I", version)))
        elif interface == "wl_registry" and opcode == 0:  # bind(name, interface, version, id)
            number, length = words[0], words[1]
            name = body[8:8 + length - 1].decode()
            version, new_id = struct.unpack_from("<II", body, 8 + length + (-length % 4))
            self.requests.append((interface, f"bind {name}", (number, version)))
            client.objects[new_id] = name
        elif interface == "ext_idle_notifier_v1" and opcode in (1, 2):
            request = "get_idle_notification" if opcode == 1 else "get_input_idle_notification"
            self.requests.append((interface, request, words[1:]))  # (timeout, seat)
            client.objects[words[0]] = "ext_idle_notification_v1"
        elif interface == "org_kde_kwin_idle" and opcode == 0:
            self.requests.append((interface, "get_idle_timeout", (words[2], words[1])))
            client.objects[words[0]] = "org_kde_kwin_idle_timeout"
        elif opcode == 0 and interface in ("ext_idle_notification_v1",
                                           "org_kde_kwin_idle_timeout", "ext_idle_notifier_v1"):
            self.requests.append((interface, "destroy", ()))
            del client.objects[object_id]
            send(message(DISPLAY_ID, 1, struct.pack("<I", object_id)))
        else:
            self.requests.append((interface, f"opcode {opcode}", words))
