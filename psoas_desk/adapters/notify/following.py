"""Follow the notification service as it comes and goes on the bus.

A notification daemon may start after the app (a window manager's autostart
racing ours) or quit and come back. ``ServiceFollowingNotifier`` watches the
service name with a ``QDBusServiceWatcher`` and sends each new notification to
the freedesktop backend while the service is on the bus (owned, or
activatable so the bus starts it on demand), and to a fallback (tray balloon
or null) otherwise.

It hands out its own handles and maps them to the backend that showed each
notification, so a handle stays valid across a switch: replacing a
notification whose backend is no longer in use closes the old one (where
that backend can) and shows the update on the current backend under the same
handle. Events from either backend reach the app under that handle.

Cost: a name-owner watch (a match rule in the bus daemon); on each owner
change with no new owner, one ``service_available`` question to the bus
daemon (blocking, at most ``BUS_TIMEOUT_MS``).
"""

from __future__ import annotations

import dataclasses
import itertools
import logging

from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher

from psoas_desk.adapters.notify.freedesktop import FreedesktopNotifier
from psoas_desk.adapters.notify.freedesktop_wire import SERVICE, service_available
from psoas_desk.adapters.notify.model import (
    ActionHandler,
    ClosedHandler,
    CloseReason,
    Notification,
    NotificationHandle,
    Notifier,
)

__all__ = ["ServiceFollowingNotifier"]

log = logging.getLogger(__name__)


class ServiceFollowingNotifier:
    """A ``Notifier`` that uses ``primary`` while the service is there, else ``fallback``.

    Args:
        bus: the connection ``primary`` uses.
        primary: the freedesktop backend on ``bus``; this object takes over its
            handlers.
        fallback: used while the service is absent; its handlers are taken over too.
    """

    name = "following"

    def __init__(self, bus: QDBusConnection, primary: FreedesktopNotifier,
                 fallback: Notifier) -> None:
        self._bus = bus
        self._freedesktop = primary
        self._primary: Notifier = primary
        self._fallback = fallback
        self._use_primary = service_available(bus)
        self._serials = itertools.count(1)
        self._shown_by: dict[NotificationHandle, tuple[Notifier, NotificationHandle]] = {}
        self._ours: dict[NotificationHandle, NotificationHandle] = {}
        self._action_handler: ActionHandler | None = None
        self._closed_handler: ClosedHandler | None = None
        for backend in (primary, fallback):
            backend.set_action_handler(self._on_action)
            backend.set_closed_handler(self._on_closed)
        self._watcher = QDBusServiceWatcher(SERVICE, bus,
                                            QDBusServiceWatcher.WatchModeFlag.WatchForOwnerChange)
        self._watcher.serviceOwnerChanged.connect(self._on_owner_changed)
        log.info("notifications go to %s (the notification service is %s)",
                  self.active.name, "there" if self._use_primary else "absent")

    @property
    def active(self) -> Notifier:
        """The backend new notifications go to right now."""
        return self._primary if self._use_primary else self._fallback

    @property
    def supports_actions(self) -> bool:
        """Whether the active backend shows actions."""
        return self.active.supports_actions

    def show(self, notification: Notification) -> NotificationHandle:
        """Show on the active backend, moving a replaced notification there if needed."""
        replaces = notification.replaces
        handle = (replaces if replaces is not None and replaces.backend == self.name
                  else NotificationHandle(self.name, next(self._serials)))
        target = self.active
        inner_replaces = None
        previous = self._shown_by.pop(handle, None)
        if previous is not None:
            backend, inner = previous
            self._ours.pop(inner, None)
            if backend is target:
                inner_replaces = inner
            else:
                backend.close(inner)
        inner = target.show(dataclasses.replace(notification, replaces=inner_replaces))
        self._shown_by[handle] = (target, inner)
        self._ours[inner] = handle
        return handle

    def close(self, handle: NotificationHandle) -> None:
        """Close it on whichever backend showed it."""
        shown = self._shown_by.get(handle)
        if shown is not None:
            backend, inner = shown
            backend.close(inner)

    def set_action_handler(self, handler: ActionHandler | None) -> None:
        """Call ``handler(handle, action_key)`` when the user invokes an action."""
        self._action_handler = handler

    def set_closed_handler(self, handler: ClosedHandler | None) -> None:
        """Call ``handler(handle, reason)`` once when a notification goes away."""
        self._closed_handler = handler

    def dispose(self) -> None:
        """Stop watching the bus and release the freedesktop backend."""
        self._watcher.serviceOwnerChanged.disconnect(self._on_owner_changed)
        self._freedesktop.dispose()

    def _on_action(self, inner: NotificationHandle, key: str) -> None:
        handle = self._ours.get(inner)
        if handle is not None and self._action_handler is not None:
            self._action_handler(handle, key)

    def _on_closed(self, inner: NotificationHandle, reason: CloseReason) -> None:
        handle = self._ours.pop(inner, None)
        if handle is None:
            return  # one we moved away from ourselves
        self._shown_by.pop(handle, None)
        if self._closed_handler is not None:
            self._closed_handler(handle, reason)

    def _on_owner_changed(self, _service: str, _old_owner: str, new_owner: str) -> None:
        # No owner now may still mean "activatable": the bus starts it on demand.
        use_primary = bool(new_owner) or service_available(self._bus)
        if use_primary != self._use_primary:
            self._use_primary = use_primary
            log.info("notification service %s; notifications now go to %s",
                      "appeared" if use_primary else "went away", self.active.name)
