"""The wire side of org.freedesktop.Notifications: names, messages, signals, presence.

Stateless pieces used by ``freedesktop.FreedesktopNotifier``: the service
names, the exactly typed ``Notify`` and ``CloseNotification`` messages (see
``qtdbus_shim`` for why typing needs care), the QObject that receives the
server's signals, and the presence check against the bus daemon.

Reference: Desktop Notifications Specification 1.2,
https://specifications.freedesktop.org/notification-spec/latest/
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

from psoas_desk.adapters.notify.model import Notification
from psoas_desk.adapters.qtdbus_shim import TypedArguments

__all__ = [
    "BUS_TIMEOUT_MS",
    "INTERFACE",
    "NOTIFY_SIGNATURE",
    "OBJECT_PATH",
    "SERVICE",
    "SignalRelay",
    "call_blocking",
    "capabilities_message",
    "close_message",
    "notify_message",
    "service_available",
]

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"

NOTIFY_SIGNATURE = "susssasa{sv}i"
"""app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout."""

BUS_TIMEOUT_MS = 1000
"""The most ``service_available`` blocks on each question to the bus daemon."""

_BUS_SERVICE = "org.freedesktop.DBus"
_BUS_PATH = "/org/freedesktop/DBus"

# "1" marks a slot, as Qt's SLOT() macro writes it; QtDBus wants that raw form.
_SIGNAL_SLOTS = (("ActionInvoked", "1action_invoked(QDBusMessage)"),
                 ("NotificationClosed", "1notification_closed(QDBusMessage)"))


def call_blocking(bus: QDBusConnection, message: QDBusMessage,
                  timeout_ms: int) -> QDBusMessage | None:
    """Send ``message`` and wait at most ``timeout_ms`` without running the event loop.

    Returns:
        The reply, or None (logged at info level) on an error or timeout.
    """
    reply = bus.call(message, QDBus.CallMode.Block, timeout_ms)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        log.info("D-Bus %s.%s failed: %s %s", message.interface(), message.member(),
                  reply.errorName(), reply.errorMessage())
        return None
    return reply


def service_available(bus: QDBusConnection, timeout_ms: int = BUS_TIMEOUT_MS) -> bool:
    """Whether a notification server owns, or can be started for, the service name.

    Asks the bus daemon (never the notification server, which may hang)
    ``NameHasOwner`` and then ``ListActivatableNames``, each blocking for at
    most ``timeout_ms``. False on a disconnected bus or any error.
    """
    if not bus.isConnected():
        return False
    has_owner = QDBusMessage.createMethodCall(_BUS_SERVICE, _BUS_PATH, _BUS_SERVICE,
                                              "NameHasOwner")
    has_owner.setArguments([SERVICE])
    reply = call_blocking(bus, has_owner, timeout_ms)
    if reply is not None and reply.arguments() == [True]:
        return True
    activatable = QDBusMessage.createMethodCall(_BUS_SERVICE, _BUS_PATH, _BUS_SERVICE,
                                                "ListActivatableNames")
    reply = call_blocking(bus, activatable, timeout_ms)
    names = reply.arguments()[0] if reply is not None and reply.arguments() else []
    return isinstance(names, list) and SERVICE in names


def notify_message(types: TypedArguments, notification: Notification, *, app_name: str,
                   icon: str, desktop_entry: str, replaces_id: int) -> QDBusMessage:
    """A ``Notify`` call typed exactly as ``NOTIFY_SIGNATURE``.

    Hints sent: ``urgency`` (a byte), ``desktop-entry``, and ``category`` when set.
    """
    hints: dict[str, object] = {
        "urgency": types.byte(notification.urgency.value),
        "desktop-entry": desktop_entry,
    }
    if notification.category:
        hints["category"] = notification.category
    message = QDBusMessage.createMethodCall(SERVICE, OBJECT_PATH, INTERFACE, "Notify")
    message.setArguments([
        app_name,
        types.uint32(replaces_id),
        icon,
        notification.title,
        notification.body,
        # The spec's actions list alternates key and label.
        types.string_array([part for action in notification.actions for part in action]),
        hints,
        notification.timeout_ms,
    ])
    return message


def close_message(types: TypedArguments, server_id: int) -> QDBusMessage:
    """A ``CloseNotification`` call for the server's id (a uint32)."""
    message = QDBusMessage.createMethodCall(SERVICE, OBJECT_PATH, INTERFACE, "CloseNotification")
    message.setArguments([types.uint32(server_id)])
    return message


def capabilities_message() -> QDBusMessage:
    """A ``GetCapabilities`` call (no arguments; the reply is an ``as``)."""
    return QDBusMessage.createMethodCall(SERVICE, OBJECT_PATH, INTERFACE, "GetCapabilities")


class SignalRelay(QObject):
    """Receives the server's ``ActionInvoked`` and ``NotificationClosed`` signals.

    QtDBus delivers D-Bus signals only to QObject slots, so this small object
    forwards them to plain callbacks as ``(server_id, action_key)`` and
    ``(server_id, reason_code)``. Arguments of the wrong shape (any program on
    the bus can emit under that interface) are dropped.
    """

    def __init__(self, on_action: Callable[[int, str], None],
                 on_closed: Callable[[int, int], None]) -> None:
        super().__init__()
        self._on_action = on_action
        self._on_closed = on_closed

    def subscribe(self, bus: QDBusConnection) -> None:
        """Start receiving the two signals from whoever owns ``SERVICE`` on ``bus``."""
        for member, slot in _SIGNAL_SLOTS:
            if not self._hook(bus.connect, member, slot):
                log.warning("could not subscribe to %s; it will go unnoticed", member)

    def unsubscribe(self, bus: QDBusConnection) -> None:
        """Stop receiving the signals."""
        for member, slot in _SIGNAL_SLOTS:
            self._hook(bus.disconnect, member, slot)

    def _hook(self, method: Callable[..., bool], member: str, slot: str) -> bool:
        # PySide6 6.12's stubs declare the slot as bytes, but that binding
        # rejects bytes and takes only str; try str first and bytes after, so
        # a binding that really wants bytes works too.
        try:
            return method(SERVICE, OBJECT_PATH, INTERFACE, member, self, slot)
        except TypeError:
            return method(SERVICE, OBJECT_PATH, INTERFACE, member, self, slot.encode())

    @Slot(QDBusMessage)
    def action_invoked(self, message: QDBusMessage) -> None:
        """Slot for ``ActionInvoked(u id, s action_key)``."""
        args = message.arguments()
        if len(args) == 2 and isinstance(args[0], int) and isinstance(args[1], str):
            self._on_action(args[0], args[1])

    @Slot(QDBusMessage)
    def notification_closed(self, message: QDBusMessage) -> None:
        """Slot for ``NotificationClosed(u id, u reason)``."""
        args = message.arguments()
        if len(args) == 2 and isinstance(args[0], int) and isinstance(args[1], int):
            self._on_closed(args[0], args[1])
