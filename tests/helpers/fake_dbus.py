"""A fake D-Bus service with exactly typed replies, run in a child process.

PySide6 cannot *write* some D-Bus types real services send (an array of
structures such as logind's ``a(ssssuu)``, a ``t``, a ``u`` from a plain int),
so the fake talks to the bus through libdbus itself (through ctypes), and it
runs in a child process because PySide6 keeps Python's GIL during a blocking
``QDBusConnection.call``: a fake in a thread of the test process could not
answer until the call had timed out.

``python -m tests.helpers.fake_dbus [--unexported] ADDRESS NAME...`` owns the
names and then obeys JSON lines on stdin (one answer line each on stdout); tests drive it
through ``tests.helpers.fake_dbus_process.FakeService``. Replies and signals
are a D-Bus signature plus JSON values: a struct is a list, a variant is
``[signature, value]``, a dict is an object.
"""

from __future__ import annotations

import ctypes
import json
import os
import select
import sys
import threading
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

PROPERTIES = "org.freedesktop.DBus.Properties"

_METHOD_CALL, _SIGNAL = 1, 4
_BASIC: dict[str, Any] = {
    "y": ctypes.c_uint8, "b": ctypes.c_uint32, "n": ctypes.c_int16, "q": ctypes.c_uint16,
    "i": ctypes.c_int32, "u": ctypes.c_uint32, "x": ctypes.c_int64, "t": ctypes.c_uint64,
    "d": ctypes.c_double, "s": ctypes.c_char_p, "o": ctypes.c_char_p, "g": ctypes.c_char_p,
    "h": ctypes.c_int,  # a file descriptor: libdbus sends a duplicate of it
}


class _Error(ctypes.Structure):
    _fields_ = (("name", ctypes.c_char_p), ("message", ctypes.c_char_p),
                ("bits", ctypes.c_uint), ("padding", ctypes.c_void_p))


def _iterator() -> Any:
    # DBusMessageIter is 72 bytes on 64-bit; leave room and keep pointer alignment.
    return (ctypes.c_void_p * 16)()


def _load() -> ctypes.CDLL:
    lib = ctypes.CDLL("libdbus-1.so.3")
    vp, cp, b = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32
    for name, args, res in [
        ("dbus_threads_init_default", (), b),
        ("dbus_error_init", (vp,), None), ("dbus_error_free", (vp,), None),
        ("dbus_connection_open_private", (cp, vp), vp),
        ("dbus_connection_set_exit_on_disconnect", (vp, b), None),
        ("dbus_bus_register", (vp, vp), b),
        ("dbus_bus_request_name", (vp, cp, ctypes.c_uint, vp), ctypes.c_int),
        ("dbus_bus_release_name", (vp, cp, vp), ctypes.c_int),
        ("dbus_connection_read_write", (vp, ctypes.c_int), b),
        ("dbus_connection_pop_message", (vp,), vp),
        ("dbus_connection_send", (vp, vp, vp), b), ("dbus_connection_flush", (vp,), None),
        ("dbus_connection_close", (vp,), None), ("dbus_connection_unref", (vp,), None),
        ("dbus_message_get_type", (vp,), ctypes.c_int),
        ("dbus_message_get_path", (vp,), cp), ("dbus_message_get_interface", (vp,), cp),
        ("dbus_message_get_member", (vp,), cp), ("dbus_message_get_signature", (vp,), cp),
        ("dbus_message_get_sender", (vp,), cp),
        ("dbus_message_new_method_return", (vp,), vp),
        ("dbus_message_new_error", (vp, cp, cp), vp),
        ("dbus_message_new_signal", (cp, cp, cp), vp),
        ("dbus_message_unref", (vp,), None),
        ("dbus_message_iter_init_append", (vp, vp), None),
        ("dbus_message_iter_append_basic", (vp, ctypes.c_int, vp), b),
        ("dbus_message_iter_open_container", (vp, ctypes.c_int, cp, vp), b),
        ("dbus_message_iter_close_container", (vp, vp), b),
        ("dbus_message_iter_init", (vp, vp), b),
        ("dbus_message_iter_get_arg_type", (vp,), ctypes.c_int),
        ("dbus_message_iter_get_basic", (vp, vp), None),
        ("dbus_message_iter_next", (vp,), b),
        ("dbus_message_iter_recurse", (vp, vp), None),
    ]:
        function = getattr(lib, name)
        function.argtypes = args
        function.restype = res
    lib.dbus_threads_init_default()
    return lib


def split_signature(signature: str) -> list[str]:
    """The complete types of a signature: "sa{sv}as" -> ["s", "a{sv}", "as"]."""
    types, i = [], 0
    while i < len(signature):
        j = _end_of_type(signature, i)
        types.append(signature[i:j])
        i = j
    return types


def _end_of_type(signature: str, i: int) -> int:
    char = signature[i]
    if char == "a":
        return _end_of_type(signature, i + 1)
    if char in "({":
        closing = ")" if char == "(" else "}"
        depth, j = 0, i
        while True:
            if signature[j] in "({":
                depth += 1
            elif signature[j] in ")}":
                depth -= 1
                if depth == 0:
                    assert signature[j] == closing, signature
                    return j + 1
            j += 1
    return i + 1


@dataclass(frozen=True)
class Reply:
    """A method return: ``signature`` and one Python value per complete type."""

    signature: str = ""
    values: Sequence[object] = ()


@dataclass(frozen=True)
class ErrorReply:
    name: str
    message: str = "fake error"


@dataclass(frozen=True)
class Call:
    """One method call as the fake saw it (basic and array arguments decoded)."""

    path: str
    interface: str
    member: str
    signature: str
    args: list[object]
    sender: str


class FakeDBusService:
    """Owns ``names`` on the bus at ``address``; a context manager."""

    def __init__(self, address: str, names: Sequence[str], *, exported: bool = True) -> None:
        self._lib = _load()
        self._address = address
        self._names = tuple(names)
        self._replies: dict[tuple[str, str, str], Reply | ErrorReply] = {}
        self._fd_methods: set[tuple[str, str, str]] = set()
        self._handed_out: list[int] = []  # read ends of pipes whose write ends we sent
        self._properties: dict[tuple[str, str], dict[str, tuple[str, object]]] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="fake-dbus", daemon=True)
        self._conn: int | None = None
        self.calls: list[Call] = []
        self.answer = True
        # False: every call is answered as if no object were there yet
        # (UnknownObject), as a service that takes its name before it exports
        # its objects does.
        self.exported = exported

    # -- lifecycle ---------------------------------------------------------
    def start(self) -> None:
        """Connect, take every name (failing if one is owned already) and start answering."""
        lib, error = self._lib, _Error()
        lib.dbus_error_init(ctypes.byref(error))
        conn = lib.dbus_connection_open_private(self._address.encode(), ctypes.byref(error))
        if not conn or not lib.dbus_bus_register(conn, ctypes.byref(error)):
            raise RuntimeError(f"fake D-Bus service cannot connect: {error.message!r}")
        lib.dbus_connection_set_exit_on_disconnect(conn, 0)
        self._conn = conn
        for name in self._names:
            # 4 = DBUS_NAME_FLAG_DO_NOT_QUEUE; 1 = DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER.
            if lib.dbus_bus_request_name(conn, name.encode(), 4, ctypes.byref(error)) != 1:
                raise RuntimeError(f"fake D-Bus service cannot own {name}")
        self._thread.start()

    def release_names(self) -> None:
        """Give up every name, as a service that quits would."""
        error = _Error()
        self._lib.dbus_error_init(ctypes.byref(error))
        with self._lock:
            for name in self._names:
                self._lib.dbus_bus_release_name(self._conn, name.encode(), ctypes.byref(error))
            self._lib.dbus_connection_flush(self._conn)

    def stop(self) -> None:
        """Stop answering and leave the bus."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
        if self._conn is not None:
            self._lib.dbus_connection_close(self._conn)
            self._lib.dbus_connection_unref(self._conn)
            self._conn = None

    # -- configuration -----------------------------------------------------
    def returns(self, path: str, interface: str, member: str, signature: str,
                values: Sequence[object]) -> None:
        """Answer ``interface.member`` at ``path`` always with the same values."""
        self._fd_methods.discard((path, interface, member))
        self._replies[(path, interface, member)] = Reply(signature, values)

    def returns_fd(self, path: str, interface: str, member: str) -> None:
        """Answer with a fresh file descriptor each time (a pipe's write end, like a lock)."""
        self._fd_methods.add((path, interface, member))

    def open_fds(self) -> int:
        """How many of the descriptors handed out are still open somewhere else."""
        still_open = 0
        for read_end in self._handed_out:
            poller = select.poll()
            poller.register(read_end, select.POLLIN)
            if not poller.poll(0):  # no POLLHUP: a write end lives on
                still_open += 1
        return still_open

    def fails(self, path: str, interface: str, member: str, name: str) -> None:
        """Answer ``interface.member`` at ``path`` with the error ``name``."""
        self._fd_methods.discard((path, interface, member))
        self._replies[(path, interface, member)] = ErrorReply(name)

    def set_property(self, path: str, interface: str, name: str, signature: str,
                     value: object) -> None:
        self._properties.setdefault((path, interface), {})[name] = (signature, value)

    def change_property(self, path: str, interface: str, name: str, signature: str,
                        value: object) -> None:
        """Set a property and emit ``PropertiesChanged`` carrying the new value."""
        self.set_property(path, interface, name, signature, value)
        self.emit(path, PROPERTIES, "PropertiesChanged", "sa{sv}as",
                  [interface, {name: (signature, value)}, []])

    def emit(self, path: str, interface: str, member: str, signature: str,
             values: Sequence[object]) -> None:
        """Broadcast a signal from this service's connection."""
        lib = self._lib
        message = lib.dbus_message_new_signal(path.encode(), interface.encode(), member.encode())
        self._write(message, signature, values)
        self._send(message)

    # -- the loop ------------------------------------------------------------
    def _loop(self) -> None:
        lib = self._lib
        while not self._stop.is_set():
            lib.dbus_connection_read_write(self._conn, 20)
            while True:
                with self._lock:
                    message = lib.dbus_connection_pop_message(self._conn)
                if not message:
                    break
                try:
                    if lib.dbus_message_get_type(message) == _METHOD_CALL:
                        self._dispatch(message)
                finally:
                    lib.dbus_message_unref(message)

    def _dispatch(self, message: int) -> None:
        lib = self._lib

        def text(value: bytes | None) -> str:
            return value.decode() if value else ""

        call = Call(text(lib.dbus_message_get_path(message)),
                    text(lib.dbus_message_get_interface(message)),
                    text(lib.dbus_message_get_member(message)),
                    text(lib.dbus_message_get_signature(message)),
                    self._read(message), text(lib.dbus_message_get_sender(message)))
        self.calls.append(call)
        if not self.answer:
            return
        if (call.path, call.interface, call.member) in self._fd_methods:
            read_end, write_end = os.pipe()
            self._handed_out.append(read_end)
            reply = lib.dbus_message_new_method_return(message)
            self._write(reply, "h", [write_end])  # libdbus sends a duplicate
            os.close(write_end)
            self._send(reply)
            return
        answer = self._answer(call)
        if answer is None:
            return
        if isinstance(answer, ErrorReply):
            reply = lib.dbus_message_new_error(message, answer.name.encode(),
                                               answer.message.encode())
        else:
            reply = lib.dbus_message_new_method_return(message)
            self._write(reply, answer.signature, answer.values)
        self._send(reply)

    def _answer(self, call: Call) -> Reply | ErrorReply | None:
        if not self.exported:
            return ErrorReply("org.freedesktop.DBus.Error.UnknownObject", f"no {call.path} yet")
        reply = self._replies.get((call.path, call.interface, call.member))
        if reply is not None:
            return reply
        if call.interface == PROPERTIES and call.member in ("Get", "GetAll"):
            props = self._properties.get((call.path, str(call.args[0])))
            if call.member == "GetAll":
                return Reply("a{sv}", [dict(props or {})])
            if props is not None and call.args[1] in props:
                return Reply("v", [props[str(call.args[1])]])
            return ErrorReply("org.freedesktop.DBus.Error.UnknownProperty", "no such property")
        return ErrorReply("org.freedesktop.DBus.Error.UnknownMethod", f"no {call.member} here")

    def _send(self, message: int) -> None:
        with self._lock:
            self._lib.dbus_connection_send(self._conn, message, None)
            self._lib.dbus_connection_flush(self._conn)
        self._lib.dbus_message_unref(message)

    # -- marshalling -----------------------------------------------------------
    def _write(self, message: int, signature: str, values: Sequence[object]) -> None:
        types = split_signature(signature)
        assert len(types) == len(values), (signature, values)
        it = _iterator()
        self._lib.dbus_message_iter_init_append(message, it)
        for kind, value in zip(types, values, strict=True):
            self._append(it, kind, value)

    def _append(self, it: Any, kind: str, value: object) -> None:
        lib = self._lib
        char = kind[0]
        if char in _BASIC:
            ctype = _BASIC[char]
            item = ctype(value.encode() if isinstance(value, str) else value)
            assert lib.dbus_message_iter_append_basic(it, ord(char), ctypes.byref(item))
            return
        sub = _iterator()
        if char == "v":
            pair: Any = value
            inner_sig, inner = str(pair[0]), pair[1]
            assert lib.dbus_message_iter_open_container(it, ord("v"), inner_sig.encode(), sub)
            self._append(sub, inner_sig, inner)
        elif char == "(":
            assert lib.dbus_message_iter_open_container(it, ord("r"), None, sub)
            for field_kind, field in zip(split_signature(kind[1:-1]), value,  # type: ignore[call-overload]
                                         strict=True):
                self._append(sub, field_kind, field)
        elif kind.startswith("a{"):
            key_kind, value_kind = split_signature(kind[2:-1])
            assert lib.dbus_message_iter_open_container(it, ord("a"), kind[1:].encode(), sub)
            for key, item in value.items():  # type: ignore[attr-defined]
                entry = _iterator()
                assert lib.dbus_message_iter_open_container(sub, ord("e"), None, entry)
                self._append(entry, key_kind, key)
                self._append(entry, value_kind, item)
                assert lib.dbus_message_iter_close_container(sub, entry)
        elif char == "a":
            assert lib.dbus_message_iter_open_container(it, ord("a"), kind[1:].encode(), sub)
            for item in value:  # type: ignore[attr-defined]
                self._append(sub, kind[1:], item)
        else:
            raise ValueError(f"cannot write {kind!r}")
        assert lib.dbus_message_iter_close_container(it, sub)

    def _read(self, message: int) -> list[object]:
        it = _iterator()
        if not self._lib.dbus_message_iter_init(message, it):
            return []
        return self._read_all(it)

    def _read_all(self, it: Any) -> list[object]:
        lib, values = self._lib, []
        while (kind := lib.dbus_message_iter_get_arg_type(it)) != 0:
            char = chr(kind)
            if char in _BASIC:
                item = _BASIC[char]()
                lib.dbus_message_iter_get_basic(it, ctypes.byref(item))
                value = item.value
                values.append(value.decode() if isinstance(value, bytes) else
                              bool(value) if char == "b" else value)
            else:
                sub = _iterator()
                lib.dbus_message_iter_recurse(it, sub)
                values.append(self._read_all(sub))
            lib.dbus_message_iter_next(it)
        return values


def main(argv: Sequence[str]) -> int:
    """Serve on the bus ``argv[0]`` as the names ``argv[1:]``; obey stdin (see the module doc)."""
    exported = argv[:1] != ["--unexported"]
    argv = argv if exported else argv[1:]
    service = FakeDBusService(argv[0], argv[1:], exported=exported)
    service.start()
    print(json.dumps({"ok": True, "result": "ready"}), flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        op = command.pop("op")
        try:
            result: object = None
            if op == "calls":
                result = [asdict(call) for call in list(service.calls)]
            elif op == "open_fds":
                result = service.open_fds()
            elif op == "answer":
                service.answer = bool(command["value"])
            elif op == "export":
                service.exported = True
            elif op == "release_names":
                service.release_names()
            elif op == "quit":
                break
            else:
                getattr(service, op)(**command)
            print(json.dumps({"ok": True, "result": result}), flush=True)
        except Exception as exc:
            print(json.dumps({"ok": False, "error": repr(exc)}), flush=True)
    service.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
