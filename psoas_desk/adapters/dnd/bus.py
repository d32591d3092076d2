"""Small QtDBus helpers shared by the D-Bus do-not-disturb sources.

- ``SignalHook``: QtDBus delivers D-Bus signals only to slots of a QObject;
  this one forwards each matching signal, as its ``QDBusMessage``, to a plain
  callback.
- ``call_blocking``: one method call that waits at most a given time without
  running the event loop, returning the reply or the error.
- ``ABSENT_ERRORS``: the error names with which a running service says "I do
  not have that" (as opposed to "no such service" or "no answer").

Threading: use from the thread that owns the connection (the GUI thread).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

__all__ = ["ABSENT_ERRORS", "NO_OWNER_ERRORS", "SignalHook", "call_blocking", "variant_value"]

log = logging.getLogger(__name__)

ABSENT_ERRORS = frozenset({
    "org.freedesktop.DBus.Error.UnknownMethod",
    "org.freedesktop.DBus.Error.UnknownInterface",
    "org.freedesktop.DBus.Error.UnknownObject",
    "org.freedesktop.DBus.Error.UnknownProperty",
    # GDBus (GLib) answers a Get for a missing property or interface with this.
    "org.freedesktop.DBus.Error.InvalidArgs",
})
"""A running service lacks the object, interface or property asked for."""

NO_OWNER_ERRORS = frozenset({
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NameHasNoOwner",
})
"""Nobody owns the service name (and the call was not allowed to start one)."""

# "1" marks a slot, as Qt's SLOT() macro writes it; QtDBus wants that raw form.
_SLOT = "1received(QDBusMessage)"


def call_blocking(bus: QDBusConnection, message: QDBusMessage, timeout_ms: int) -> QDBusMessage:
    """Send ``message`` and wait at most ``timeout_ms`` (the event loop does not run).

    Returns:
        The reply or the error message; a timeout comes back as an error whose
        name is ``org.freedesktop.DBus.Error.NoReply``.
    """
    return bus.call(message, QDBus.CallMode.Block, timeout_ms)


def variant_value(reply: QDBusMessage) -> object:
    """The value inside a reply made of one variant (``v``), e.g. from ``Properties.Get``."""
    args = reply.arguments()
    if len(args) != 1:
        return None
    value = args[0]
    unwrap = getattr(value, "variant", None)  # a QDBusVariant
    return unwrap() if callable(unwrap) else value


class SignalHook(QObject):
    """Calls ``callback(message)`` for each matching D-Bus signal while subscribed.

    Args:
        callback: receives the signal's ``QDBusMessage``; exceptions are logged.
    """

    def __init__(self, callback: Callable[[QDBusMessage], None]) -> None:
        super().__init__()
        self._callback = callback
        self._match: tuple[str, str, str, str] | None = None

    def subscribe(self, bus: QDBusConnection, service: str, path: str, interface: str,
                  member: str) -> bool:
        """Listen for ``interface.member`` from ``service`` at ``path``; False if refused."""
        match = (service, path, interface, member)
        if self._hook(bus.connect, match):
            self._match = match
            return True
        log.info("could not subscribe to %s.%s from %s", interface, member, service or "anyone")
        return False

    def unsubscribe(self, bus: QDBusConnection) -> None:
        """Stop listening; safe to call when not subscribed."""
        if self._match is not None:
            self._hook(bus.disconnect, self._match)
            self._match = None

    def _hook(self, method: Callable[..., bool], match: tuple[str, str, str, str]) -> bool:
        # PySide6 6.12's stubs declare the slot as bytes while that binding only
        # takes str; try str first, then bytes, so either binding works.
        try:
            return method(*match, self, _SLOT)
        except TypeError:
            return method(*match, self, _SLOT.encode())

    @Slot(QDBusMessage)
    def received(self, message: QDBusMessage) -> None:
        """The slot QtDBus calls."""
        try:
            self._callback(message)
        except Exception:
            log.exception("handling the D-Bus signal %s failed", message.member())
