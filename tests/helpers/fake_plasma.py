"""A fake KDE Plasma notification server, run as a separate process.

It owns ``org.freedesktop.Notifications`` on the bus it is given and serves
only what the do-not-disturb source reads: the ``Inhibited`` property through
``org.freedesktop.DBus.Properties.Get`` (any other property or interface gets
``InvalidArgs``, as from a real server), and the ``PropertiesChanged`` signal
Plasma sends when its "Do not disturb" mode flips (same signature,
``sa{sv}as``, with an empty invalidated list).

It is a process of its own, not a thread, because the code under test makes
one *blocking* call at start: PySide6 keeps the interpreter lock during
``QDBusConnection.call``, so an in-process fake could not answer it.

Driven through stdin, one command per line; it answers ``ok`` on stdout:
``inhibit 1`` / ``inhibit 0`` (change and signal), ``hang`` (take calls,
never answer), ``quit``. It prints ``ready`` once it owns the name.

``FakePlasma`` starts and drives it from a test.
"""

from __future__ import annotations

import select
import subprocess
import sys
from pathlib import Path
from types import TracebackType

from tests.helpers.desktop import START_TIMEOUT_S, stop_process_group

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
PROPERTIES = "org.freedesktop.DBus.Properties"
_ROOT = Path(__file__).resolve().parents[2]


class FakePlasma:
    """Runs this module as a fake server on the bus at ``address``; a context manager."""

    def __init__(self, address: str, env: dict[str, str], *, inhibited: bool = False) -> None:
        self._argv = [sys.executable, "-m", "tests.helpers.fake_plasma", address,
                      "1" if inhibited else "0"]
        self._env = env
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> FakePlasma:
        self.proc = subprocess.Popen(self._argv, cwd=_ROOT, env=self._env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, start_new_session=True)
        self._expect("ready")
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def send(self, command: str) -> None:
        """Send one command and wait for its ``ok``."""
        assert self.proc is not None and self.proc.stdin is not None
        self.proc.stdin.write(f"{command}\n".encode())
        self.proc.stdin.flush()
        self._expect("ok")

    def stop(self) -> None:
        """End the process (its bus name goes with it)."""
        if self.proc is None:
            return
        stop_process_group(self.proc)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()
        self.proc = None

    def _expect(self, word: str) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], START_TIMEOUT_S)
        line = self.proc.stdout.readline().decode().strip() if ready else ""
        if line != word:
            raise RuntimeError(f"the fake Plasma server said {line!r}, not {word!r}")


def _serve(address: str, inhibited: bool) -> int:
    from PySide6.QtCore import QCoreApplication, QSocketNotifier
    from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVariant, QDBusVirtualObject

    from psoas_desk.adapters.qtdbus_shim import TypedArguments

    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(address, "fake-plasma")
    types = TypedArguments()

    class Server(QDBusVirtualObject):
        def __init__(self) -> None:
            super().__init__()
            self.inhibited = inhibited
            self.answer = True

        def introspect(self, path: str) -> str:
            return ""

        def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
            if message.interface() != PROPERTIES or message.member() != "Get":
                return False
            if not self.answer:
                return True
            if message.arguments() == [SERVICE, "Inhibited"]:
                reply = message.createReply()
                reply.setArguments([QDBusVariant(self.inhibited)])
            else:
                reply = message.createErrorReply("org.freedesktop.DBus.Error.InvalidArgs",
                                                 "No such property")
            connection.send(reply)
            return True

    server = Server()
    if not (bus.registerVirtualObject(PATH, server) and bus.registerService(SERVICE)):
        print("cannot own the name", flush=True)
        return 1

    def obey() -> None:
        command = sys.stdin.readline().split()
        if not command or command[0] == "quit":
            app.quit()
            return
        if command[0] == "inhibit":
            server.inhibited = command[1] == "1"
            signal = QDBusMessage.createSignal(PATH, PROPERTIES, "PropertiesChanged")
            signal.setArguments([SERVICE, {"Inhibited": server.inhibited},
                                 types.string_array(())])
            bus.send(signal)
        elif command[0] == "hang":
            server.answer = False
        print("ok", flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(obey)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(_serve(sys.argv[1], sys.argv[2] == "1"))
