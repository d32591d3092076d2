"""Do-not-disturb as a property of the running notification server.

Two notification servers publish their quiet mode on the object they serve
at ``/org/freedesktop/Notifications``, and announce changes with the standard
``org.freedesktop.DBus.Properties.PropertiesChanged`` signal:

- KDE Plasma: ``Inhibited`` on ``org.freedesktop.Notifications``, true while
  Plasma's "Do not disturb" is on (set by hand, on a schedule, or by another
  app's inhibition);
- dunst (1.6 and later): ``paused`` on ``org.dunstproject.cmd0``, true after
  ``dunstctl set-paused true``.

``NotificationServerFlag`` reads one such property. Its value is cached and
kept fresh by the change signal (each signal for our interface triggers one
asynchronous ``Get``), and by a ``QDBusServiceWatcher`` on the service name: a
server that goes away leaves "off"; a new one is asked. So ``active()`` does
no I/O, except while the cache cannot be trusted (the signal could not be
subscribed, or the server did not answer): then each reading starts one
asynchronous ``Get`` (never more than one at a time) and returns the last
answer, so a hung server never blocks a reading.

Never starting a server: every call is sent with auto-start off, so a
notification daemon that is merely activatable is not started by us.
At construction one blocking ``Get`` (at most ``timeout_ms``) decides:
a running server that lacks the property (GNOME Shell, mako, ...) makes the
backend unavailable; no server or no answer keeps it, waiting for a server.

Threading: the GUI thread; the change handler runs from the Qt event loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCallWatcher,
    QDBusServiceWatcher,
)

from psoas_desk.adapters.dnd.bus import (
    ABSENT_ERRORS,
    NO_OWNER_ERRORS,
    SignalHook,
    call_blocking,
    variant_value,
)
from psoas_desk.adapters.dnd.model import DndUnavailable

__all__ = ["READ_TIMEOUT_MS", "NotificationServerFlag", "dunst_paused", "kde_inhibited"]

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
_PROPERTIES = "org.freedesktop.DBus.Properties"

READ_TIMEOUT_MS = 500
"""The most the first reading blocks, and how long a later reading waits for its answer."""


class NotificationServerFlag:
    """A ``DesktopDnd`` reading a boolean property of the notification server.

    Args:
        bus: the session bus connection.
        name: the backend id for logs ("kde-inhibited").
        interface: the property's interface.
        prop: the property's name.
        timeout_ms: see ``READ_TIMEOUT_MS``.

    Raises:
        DndUnavailable: the bus is not connected, or the running server answered
            that it has no such property.
    """

    def __init__(self, bus: QDBusConnection, *, name: str, interface: str, prop: str,
                 timeout_ms: int = READ_TIMEOUT_MS) -> None:
        if not bus.isConnected():
            raise DndUnavailable("the session bus is not connected")
        self.name = name
        self._bus = bus
        self._interface = interface
        self._prop = prop
        self._timeout_ms = timeout_ms
        self._value = False
        self._pending: QDBusPendingCallWatcher | None = None
        self._handler: Callable[[], None] | None = None
        self._closed = False
        first = call_blocking(bus, self._get_message(), timeout_ms)
        error = first.errorName() if first.type() == QDBusMessage.MessageType.ErrorMessage else ""
        if error in ABSENT_ERRORS:
            raise DndUnavailable(f"the notification server has no {interface}.{prop} "
                                 f"({first.errorMessage()})")
        if not error:
            self._value = variant_value(first) is True
        elif error in NO_OWNER_ERRORS:
            log.info("%s: no notification server yet; waiting for one", name)
        else:
            log.info("%s: no answer yet (%s); will ask again", name, error)
        self._hook = SignalHook(self._on_properties_changed)
        self._subscribed = self._hook.subscribe(bus, SERVICE, OBJECT_PATH, _PROPERTIES,
                                                "PropertiesChanged")
        # The cached value can be trusted while the signal and the owner watch
        # keep it fresh: after an answer, or after "no server" (the watch will
        # say when one comes). Only a missing answer calls for asking again.
        self._live = self._subscribed and (not error or error in NO_OWNER_ERRORS)
        self._watcher = QDBusServiceWatcher(SERVICE, bus,
                                            QDBusServiceWatcher.WatchModeFlag.WatchForOwnerChange)
        self._watcher.serviceOwnerChanged.connect(self._on_owner_changed)

    # -- DesktopDnd ----------------------------------------------------------
    def active(self) -> bool:
        """The server's quiet mode as last known; False when unknown. No blocking I/O."""
        if not self._live and not self._closed:
            self._refresh()
        return self._value

    def set_change_handler(self, handler: Callable[[], None] | None) -> None:
        """Call ``handler()`` (from the event loop) whenever the value changes."""
        self._handler = handler

    def close(self) -> None:
        """Stop listening; later readings return the last value. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._hook.unsubscribe(self._bus)
        self._watcher.serviceOwnerChanged.disconnect(self._on_owner_changed)
        self._handler = None

    # -- reading -------------------------------------------------------------
    def _get_message(self) -> QDBusMessage:
        message = QDBusMessage.createMethodCall(SERVICE, OBJECT_PATH, _PROPERTIES, "Get")
        message.setArguments([self._interface, self._prop])
        # Asking must not start a notification daemon that is only activatable.
        message.setAutoStartService(False)
        return message

    def _refresh(self) -> None:
        """Ask once more, asynchronously; the answer updates the value."""
        if self._pending is not None:
            return
        watcher = QDBusPendingCallWatcher(self._bus.asyncCall(self._get_message(),
                                                              self._timeout_ms))
        self._pending = watcher
        watcher.finished.connect(self._on_answer)

    def _on_answer(self, watcher: QDBusPendingCallWatcher) -> None:
        watcher.deleteLater()
        if watcher is not self._pending or self._closed:
            return  # an answer from a server that has been replaced meanwhile
        self._pending = None
        reply = watcher.reply()
        if reply.type() == QDBusMessage.MessageType.ReplyMessage:
            self._live = self._subscribed
            self._set(variant_value(reply) is True)
        elif reply.errorName() in ABSENT_ERRORS | NO_OWNER_ERRORS:
            self._live = self._subscribed
            self._set(False)  # this server has no such mode, or there is none
        else:
            self._live = False  # no answer: ask again at the next reading
            log.info("%s: reading failed: %s", self.name, reply.errorName())

    def _set(self, value: bool) -> None:
        if value == self._value:
            return
        self._value = value
        log.info("%s: desktop do-not-disturb %s", self.name, "on" if value else "off")
        if self._handler is not None:
            self._handler()

    def _on_properties_changed(self, message: QDBusMessage) -> None:
        # The changed values arrive as a map PySide6 cannot unpack; ask instead.
        args = message.arguments()
        if args and args[0] == self._interface:
            self._refresh()

    def _on_owner_changed(self, _service: str, _old: str, new_owner: str) -> None:
        if self._closed:
            return
        self._pending = None  # whatever the old server answers no longer counts
        if new_owner:
            self._refresh()
        else:
            self._set(False)


def kde_inhibited(bus: QDBusConnection) -> NotificationServerFlag:
    """KDE Plasma's "Do not disturb" (the ``Inhibited`` property)."""
    return NotificationServerFlag(bus, name="kde-inhibited", interface=SERVICE,
                                  prop="Inhibited")


def dunst_paused(bus: QDBusConnection) -> NotificationServerFlag:
    """dunst's paused state (``dunstctl set-paused``)."""
    return NotificationServerFlag(bus, name="dunst-paused", interface="org.dunstproject.cmd0",
                                  prop="paused")
