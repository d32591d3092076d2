"""Desktop notifications through the freedesktop notification service over QtDBus.

Talks to ``org.freedesktop.Notifications`` (the Desktop Notifications
Specification, version 1.2) on the ``QDBusConnection`` it is given: dunst,
GNOME Shell, KDE Plasma, xfce4-notifyd, mako and others implement it.

Never blocking the GUI for long (the server is another process that may hang):

- ``Notify`` and ``CloseNotification`` are asynchronous; their replies are
  awaited for at most ``CALL_TIMEOUT_MS``. ``show`` therefore returns a handle
  at once and learns the server's id later; an update or a close asked for in
  between is sent once the id is known. A ``Notify`` that fails or gets no
  answer in time is reported to the closed handler as ``CloseReason.FAILED``.
- ``GetCapabilities`` is one blocking call with a ``CAPABILITIES_TIMEOUT_MS``
  limit, made on the first read of ``supports_actions`` (or ``capabilities()``)
  and cached until the service changes owner; a failure caches "nothing".
- ``service_available`` asks the bus daemon (not the notification server) and
  blocks for at most ``BUS_TIMEOUT_MS``.

Signals: ``ActionInvoked`` and ``NotificationClosed`` are broadcast for every
application's notifications; only ids this instance created are reported. A
``QDBusServiceWatcher`` notices the server going away or being replaced (a
restarted daemon forgets what it showed): open notifications are then reported
closed with ``CloseReason.UNDEFINED`` and the capabilities are asked again.

Threading: use from the thread that owns the connection (the GUI thread);
handlers are called from the Qt event loop, never from inside ``show``/``close``.
Cost: one D-Bus round trip per show, update or close; nothing while idle.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCallWatcher,
    QDBusServiceWatcher,
)

from psoas_desk import APP_ID
from psoas_desk.adapters.notify.freedesktop_wire import (
    SERVICE,
    SignalRelay,
    call_blocking,
    capabilities_message,
    close_message,
    notify_message,
)
from psoas_desk.adapters.notify.model import (
    ActionHandler,
    ClosedHandler,
    CloseReason,
    Notification,
    NotificationHandle,
)
from psoas_desk.adapters.qtdbus_shim import TypedArguments

__all__ = ["CALL_TIMEOUT_MS", "CAPABILITIES_TIMEOUT_MS", "FreedesktopNotifier"]

log = logging.getLogger(__name__)

CALL_TIMEOUT_MS = 2000
"""How long an asynchronous Notify/CloseNotification waits for its reply."""

CAPABILITIES_TIMEOUT_MS = 500
"""The most the first ``supports_actions`` read can block (once per server)."""

_ReplyHandler = Callable[[QDBusMessage], None]


@dataclass
class _Entry:
    """What we know about one handle: the server's id and what waits for it."""

    server_id: int | None = None
    in_flight: bool = False
    queued: Notification | None = None
    close_requested: bool = False


class FreedesktopNotifier:
    """A ``Notifier`` speaking org.freedesktop.Notifications on a given connection.

    Args:
        bus: the connection to use (the session bus in the app, a private bus in
            tests); it must stay connected while this object lives.
        app_name: the application name servers show and match rules on.
        icon: an icon theme name or a ``file://`` URI; empty for none.
        desktop_entry: the ``desktop-entry`` hint, our .desktop file's name.
        call_timeout_ms: reply deadline of the asynchronous calls.
        capabilities_timeout_ms: limit of the one blocking ``GetCapabilities``.

    Raises:
        DBusTypingUnavailable: exactly typed arguments cannot be built here.
    """

    name = "freedesktop"

    def __init__(self, bus: QDBusConnection, app_name: str, icon: str, *,
                 desktop_entry: str = APP_ID, call_timeout_ms: int = CALL_TIMEOUT_MS,
                 capabilities_timeout_ms: int = CAPABILITIES_TIMEOUT_MS) -> None:
        self._types = TypedArguments()
        self._bus = bus
        self._app_name = app_name
        self._icon = icon
        self._desktop_entry = desktop_entry
        self._call_timeout_ms = call_timeout_ms
        self._capabilities_timeout_ms = capabilities_timeout_ms
        self._serials = itertools.count(1)
        self._entries: dict[NotificationHandle, _Entry] = {}
        self._by_server_id: dict[int, NotificationHandle] = {}
        self._calls: set[QDBusPendingCallWatcher] = set()
        self._capabilities: frozenset[str] | None = None
        self._action_handler: ActionHandler | None = None
        self._closed_handler: ClosedHandler | None = None
        self._relay = SignalRelay(self._on_action_invoked, self._on_notification_closed)
        self._relay.subscribe(bus)
        self._watcher = QDBusServiceWatcher(SERVICE, bus,
                                            QDBusServiceWatcher.WatchModeFlag.WatchForOwnerChange)
        self._watcher.serviceOwnerChanged.connect(self._on_owner_changed)

    # -- the Notifier protocol ---------------------------------------------
    @property
    def supports_actions(self) -> bool:
        """Whether the server shows action buttons (may block once, see the module doc)."""
        return "actions" in self.capabilities()

    def show(self, notification: Notification) -> NotificationHandle:
        """Send the notification (or update the one it replaces) without waiting.

        Returns:
            ``notification.replaces`` when it is one of ours, else a new handle.
        """
        replaces = notification.replaces
        if replaces is not None and replaces.backend == self.name:
            handle = replaces
        else:
            handle = NotificationHandle(self.name, next(self._serials))
        entry = self._entries.setdefault(handle, _Entry())
        entry.close_requested = False
        if entry.in_flight:
            entry.queued = notification  # sent when the id is known; the latest wins
        else:
            self._send_notify(handle, entry, notification)
        return handle

    def close(self, handle: NotificationHandle) -> None:
        """Ask the server to close the notification; the closed handler hears when it did."""
        entry = self._entries.get(handle)
        if entry is None:
            return
        entry.queued = None
        if entry.in_flight or entry.server_id is None:
            entry.close_requested = True
        else:
            self._send_close(handle, entry.server_id)

    def set_action_handler(self, handler: ActionHandler | None) -> None:
        """Call ``handler(handle, action_key)`` when the user invokes an action."""
        self._action_handler = handler

    def set_closed_handler(self, handler: ClosedHandler | None) -> None:
        """Call ``handler(handle, reason)`` once when a notification goes away."""
        self._closed_handler = handler

    # -- extras -----------------------------------------------------------------
    def capabilities(self) -> frozenset[str]:
        """The server's capabilities, e.g. "actions", "body", "persistence" (cached)."""
        if self._capabilities is None:
            reply = call_blocking(self._bus, capabilities_message(),
                                  self._capabilities_timeout_ms)
            found = reply.arguments()[0] if reply is not None and reply.arguments() else []
            self._capabilities = frozenset(c for c in found if isinstance(c, str))
            log.info("notification server capabilities: %s",
                      ", ".join(sorted(self._capabilities)) or "none")
        return self._capabilities

    def server_id(self, handle: NotificationHandle) -> int | None:
        """The server's id for a handle, once its Notify reply has arrived (for logs, tests)."""
        entry = self._entries.get(handle)
        return None if entry is None else entry.server_id

    def dispose(self) -> None:
        """Stop listening to the server; open notifications stay as they are."""
        self._relay.unsubscribe(self._bus)
        self._watcher.serviceOwnerChanged.disconnect(self._on_owner_changed)
        self._entries.clear()
        self._by_server_id.clear()

    # -- calls ------------------------------------------------------------------
    def _send_notify(self, handle: NotificationHandle, entry: _Entry,
                     notification: Notification) -> None:
        message = notify_message(self._types, notification, app_name=self._app_name,
                                 icon=self._icon, desktop_entry=self._desktop_entry,
                                 replaces_id=entry.server_id or 0)
        entry.in_flight = True
        self._start(message, lambda reply: self._on_notify_reply(handle, entry, reply))

    def _send_close(self, handle: NotificationHandle, server_id: int) -> None:
        message = close_message(self._types, server_id)
        self._start(message, lambda reply: self._on_close_reply(handle, reply))

    def _start(self, message: QDBusMessage, on_reply: _ReplyHandler) -> None:
        watcher = QDBusPendingCallWatcher(self._bus.asyncCall(message, self._call_timeout_ms))
        self._calls.add(watcher)

        def finished(done: QDBusPendingCallWatcher) -> None:
            self._calls.discard(done)
            done.deleteLater()
            try:
                on_reply(done.reply())
            except Exception:
                log.exception("handling the reply to %s failed", message.member())

        watcher.finished.connect(finished)

    def _on_notify_reply(self, handle: NotificationHandle, entry: _Entry,
                         reply: QDBusMessage) -> None:
        if self._entries.get(handle) is not entry:
            return  # forgotten meanwhile (the server went away)
        entry.in_flight = False
        args = reply.arguments()
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and (
                len(args) == 1 and isinstance(args[0], int) and args[0] > 0):
            if entry.server_id is not None and entry.server_id != args[0]:
                self._by_server_id.pop(entry.server_id, None)
            entry.server_id = args[0]
            self._by_server_id[entry.server_id] = handle
        else:
            log.warning("the notification server did not take a notification: %s %s",
                         reply.errorName(), reply.errorMessage() or args)
            if entry.server_id is None:
                self._forget(handle, CloseReason.FAILED)
                return
            # A failed update leaves the earlier version up; what waited still applies.
        if entry.close_requested:
            self._send_close(handle, entry.server_id)
        elif entry.queued is not None:
            queued, entry.queued = entry.queued, None
            self._send_notify(handle, entry, queued)

    def _on_close_reply(self, handle: NotificationHandle, reply: QDBusMessage) -> None:
        if reply.type() == QDBusMessage.MessageType.ReplyMessage:
            return  # the NotificationClosed signal reports it
        if handle in self._entries:
            log.warning("closing a notification failed: %s %s",
                         reply.errorName(), reply.errorMessage())
            self._forget(handle, CloseReason.UNDEFINED)

    # -- signals ----------------------------------------------------------------
    def _on_action_invoked(self, server_id: int, key: str) -> None:
        handle = self._by_server_id.get(server_id)
        if handle is None or self._action_handler is None:
            return
        log.info("notification action %r invoked", key)
        try:
            self._action_handler(handle, key)
        except Exception:
            log.exception("the notification action handler failed on %r", key)

    def _on_notification_closed(self, server_id: int, reason: int) -> None:
        handle = self._by_server_id.pop(server_id, None)
        if handle is None:
            return
        entry = self._entries[handle]
        entry.server_id = None
        if entry.in_flight:
            return  # an update is on its way and will show it again under a new id
        self._forget(handle, CloseReason.from_wire(reason))

    def _on_owner_changed(self, _service: str, old_owner: str, new_owner: str) -> None:
        log.info("notification server changed: %r -> %r", old_owner, new_owner)
        self._capabilities = None
        if not old_owner:
            return  # just started (maybe by our own call): nothing was lost
        for handle in list(self._entries):
            self._forget(handle, CloseReason.UNDEFINED)

    def _forget(self, handle: NotificationHandle, reason: CloseReason) -> None:
        entry = self._entries.pop(handle, None)
        if entry is not None and entry.server_id is not None:
            self._by_server_id.pop(entry.server_id, None)
        if self._closed_handler is None:
            return
        try:
            self._closed_handler(handle, reason)
        except Exception:
            log.exception("the notification closed handler failed on %s", reason)
