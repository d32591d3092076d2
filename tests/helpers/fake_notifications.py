"""A fake org.freedesktop.Notifications server living in the test process.

It owns the service name on a private bus through its own ``QDBusConnection``
(separate from the one the code under test uses) and handles calls in its own
thread with its own event loop, so it answers even while the test thread is
inside a blocking call, like another process would. It records every call
with the signature it arrived with (complex arguments such as the hints map
stay undecoded ``QDBusArgument`` objects: PySide6 cannot demarshal them),
answers like a well-behaved server, and lets the test emit ``ActionInvoked``
and ``NotificationClosed`` as if the user clicked.
``answer=False`` makes it a server that takes calls and never replies (a hung
daemon); ``fail_notify=True`` answers ``Notify`` with an error.

Only for what a real server cannot be made to do on cue; typing against a
real server is tested with dunst in tests/e2e/test_notify_dunst.py.

``start_bare_bus`` gives a bus without the system's activatable services: on
the desktop fixture's standard session bus a notification daemon installed on
the machine (dunst ships ``org.knopwob.dunst.service``) is started by the bus
as soon as anyone calls the service, which would answer in the fake's place.
"""

from __future__ import annotations

import itertools
import select
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QThread
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject

from psoas_desk.adapters.notify.freedesktop_wire import INTERFACE, OBJECT_PATH, SERVICE
from psoas_desk.adapters.qtdbus_shim import TypedArguments
from tests.helpers.desktop import START_TIMEOUT_S, VirtualDesktop

_BARE_BUS_CONFIG = """\
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={socket_dir}</listen>
  <auth>EXTERNAL</auth>
  <servicedir>{service_dir}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def start_bare_bus(desktop: VirtualDesktop, directory: Path, *,
                   activatable: tuple[str, ...] = ()) -> str:
    """Start a session bus whose only activatable services are ``activatable``.

    Each listed name gets a .service file whose program exits at once, so the
    name is activatable but never actually owned. The daemon is stopped with
    the desktop. Returns the bus address.
    """
    service_dir = directory / "services"
    service_dir.mkdir(parents=True, exist_ok=True)
    for name in activatable:
        (service_dir / f"{name}.service").write_text(
            f"[D-BUS Service]\nName={name}\nExec=/bin/false\n")
    config = directory / "bus.conf"
    config.write_text(_BARE_BUS_CONFIG.format(socket_dir=directory, service_dir=service_dir))
    proc = desktop.spawn(f"bare-bus-{directory.name}",
                         ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile",
                          "--print-address=1"], stdout=subprocess.PIPE)
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], START_TIMEOUT_S)
    address = proc.stdout.readline().decode().strip() if ready else ""
    proc.stdout.close()  # the daemon prints nothing more
    if not address:
        raise RuntimeError("the bare dbus-daemon did not print its address")
    return address


@dataclass(frozen=True)
class ReceivedCall:
    """One method call as the server saw it."""

    member: str
    signature: str
    args: list[Any]


@dataclass
class _Log:
    calls: list[ReceivedCall] = field(default_factory=list)

    def of(self, member: str) -> list[ReceivedCall]:
        return [call for call in self.calls if call.member == member]


class FakeNotificationServer(QDBusVirtualObject):
    """Serves ``SERVICE`` at ``OBJECT_PATH`` on the bus at ``address``; a context manager."""

    def __init__(self, address: str, *, capabilities: tuple[str, ...] = ("actions", "body"),
                 answer: bool = True, fail_notify: bool = False) -> None:
        super().__init__()
        self._name = f"fake-notifications-{id(self)}"
        self._bus = QDBusConnection.connectToBus(address, self._name)
        self._types = TypedArguments()
        self._ids = itertools.count(1)
        self.capabilities = capabilities
        self.answer = answer
        self.fail_notify = fail_notify
        self.log = _Log()
        self.open_ids: set[int] = set()
        self._thread = QThread()
        self._thread.setObjectName("fake-notifications")

    # -- lifecycle ---------------------------------------------------------
    def __enter__(self) -> FakeNotificationServer:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def start(self) -> None:
        """Start the server thread, register the object and take the service name."""
        assert self._bus.isConnected(), self._bus.lastError().message()
        self._thread.start()
        # QtDBus delivers calls to a virtual object in the object's thread.
        self.moveToThread(self._thread)
        assert self._bus.registerVirtualObject(OBJECT_PATH, self)
        assert self._bus.registerService(SERVICE)

    def release_name(self) -> None:
        """Give up the service name, as a daemon that quits would."""
        self._bus.unregisterService(SERVICE)

    def stop(self) -> None:
        """Give up the name and leave the bus."""
        self.release_name()
        self._bus.unregisterObject(OBJECT_PATH)
        QDBusConnection.disconnectFromBus(self._name)
        self._thread.quit()
        self._thread.wait()

    # -- what the test drives ---------------------------------------------------
    def invoke_action(self, server_id: int, key: str) -> None:
        """Emit ``ActionInvoked`` as if the user clicked the action ``key``."""
        self._emit("ActionInvoked", [self._types.uint32(server_id), key])

    def close_by_server(self, server_id: int, reason: int) -> None:
        """Emit ``NotificationClosed`` (1 expired, 2 dismissed, 3 closed by call, 4 other)."""
        self.open_ids.discard(server_id)
        self._emit("NotificationClosed", [self._types.uint32(server_id),
                                          self._types.uint32(reason)])

    def _emit(self, member: str, args: list[object]) -> None:
        signal = QDBusMessage.createSignal(OBJECT_PATH, INTERFACE, member)
        signal.setArguments(args)
        assert self._bus.send(signal)

    # -- QDBusVirtualObject -----------------------------------------------------
    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        if message.interface() != INTERFACE:
            return False
        member = message.member()
        self.log.calls.append(ReceivedCall(member, message.signature(), message.arguments()))
        if not self.answer:
            return True  # taken, never answered
        if member == "GetCapabilities":
            reply = _reply(message, self._types.string_array(self.capabilities))
        elif member == "Notify" and self.fail_notify:
            reply = message.createErrorReply("org.example.Fake.Error", "refused on purpose")
        elif member == "Notify":
            replaces = message.arguments()[1]
            server_id = replaces if replaces in self.open_ids else next(self._ids)
            self.open_ids.add(server_id)
            reply = _reply(message, self._types.uint32(server_id))
        elif member == "CloseNotification":
            server_id = message.arguments()[0]
            reply = _reply(message)
            connection.send(reply)
            if server_id in self.open_ids:
                self.close_by_server(server_id, 3)
            return True
        else:
            return False
        connection.send(reply)
        return True


def _reply(call: QDBusMessage, *args: object) -> QDBusMessage:
    # createReply(list) would send the list as one "av" argument.
    reply = call.createReply()
    reply.setArguments(list(args))
    return reply
