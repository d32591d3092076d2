"""Desktop notifications (the pre-break warning): the port and its chooser.

``Notifier`` is the port; backends live in sibling modules: ``freedesktop``
(org.freedesktop.Notifications over QtDBus), ``tray`` (the tray icon's
balloon) and ``null`` (log only). ``default_notifier_candidates`` lists the
backends worth trying, best first, and ``choose_notifier`` keeps the first one
that can be built, falling back to ``NullNotifier``; the choice is logged.

Seam for other platforms: a Windows (toast) or macOS (UserNotifications)
backend implements ``Notifier`` in its own module and is offered by
``default_notifier_candidates`` ahead of the tray balloon, only where its
platform is present, like the idle backends.

Cost: choosing asks the bus daemon at most two short questions; nothing
happens at import time beyond importing PySide6.QtDBus.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtDBus import QDBusConnection

from psoas_desk.adapters.notify.dbus_args import DBusTypingUnavailable
from psoas_desk.adapters.notify.freedesktop import FreedesktopNotifier
from psoas_desk.adapters.notify.freedesktop_wire import service_available
from psoas_desk.adapters.notify.model import (
    DEFAULT_TIMEOUT_MS,
    NEVER_EXPIRE_MS,
    ActionHandler,
    ClosedHandler,
    CloseReason,
    Notification,
    NotificationHandle,
    Urgency,
)
from psoas_desk.adapters.notify.null import NullNotifier
from psoas_desk.adapters.notify.tray import ShowMessage, TrayBalloonNotifier

__all__ = [
    "DEFAULT_TIMEOUT_MS",
    "NEVER_EXPIRE_MS",
    "ActionHandler",
    "CloseReason",
    "ClosedHandler",
    "DBusTypingUnavailable",
    "FreedesktopNotifier",
    "Notification",
    "NotificationHandle",
    "Notifier",
    "NotifierCandidate",
    "NotifierUnavailable",
    "NullNotifier",
    "ShowMessage",
    "TrayBalloonNotifier",
    "Urgency",
    "choose_notifier",
    "default_notifier_candidates",
]

_log = logging.getLogger(__name__)


class Notifier(Protocol):
    """Shows desktop notifications and reports what the user did with them.

    Events come back through two callbacks rather than Qt signals, so the port
    stays free of Qt and a plain fake can implement it. The app maps the
    "snooze" action key to the engine's postpone intent.

    Threading: every method is called on the GUI thread only. ``show`` and
    ``close`` never wait for a slow server beyond the backend's documented
    limit and never raise for a failure to display; handlers are called later
    from the event loop, never from inside ``show`` or ``close``.
    """

    @property
    def name(self) -> str:
        """Short backend id for logs and handles, e.g. "freedesktop" or "none"."""
        ...

    @property
    def supports_actions(self) -> bool:
        """Whether action buttons are shown and can come back to the action handler."""
        ...

    def show(self, notification: Notification) -> NotificationHandle:
        """Show a notification, or update ``notification.replaces`` in place.

        Returns:
            The handle to replace or close it later (the same handle when it
            replaced one of this backend's notifications).
        """
        ...

    def close(self, handle: NotificationHandle) -> None:
        """Take the notification down if it is still showing; unknown handles are ignored."""
        ...

    def set_action_handler(self, handler: ActionHandler | None) -> None:
        """Set (or clear with None) the one callback for invoked actions."""
        ...

    def set_closed_handler(self, handler: ClosedHandler | None) -> None:
        """Set (or clear with None) the one callback for notifications going away."""
        ...


class NotifierUnavailable(RuntimeError):
    """A candidate backend cannot work in this session; the text says why."""


NotifierCandidate = tuple[str, Callable[[], Notifier]]
"""A label for the log and a factory that builds the backend or raises."""


def choose_notifier(candidates: Sequence[NotifierCandidate]) -> Notifier:
    """Build the first candidate whose factory succeeds.

    Returns:
        The chosen backend, or a ``NullNotifier`` when none can be built.
    """
    for label, factory in candidates:
        try:
            notifier = factory()
        except Exception as exc:
            _log.info("notification backend %s is unavailable: %s", label, exc)
            continue
        _log.info("notification backend: %s", label)
        return notifier
    tried = ", ".join(label for label, _ in candidates) or "none offered"
    _log.warning("no notification backend works (tried: %s); break warnings will only "
                 "be logged", tried)
    return NullNotifier()


def default_notifier_candidates(*, bus: QDBusConnection | None,
                                show_message: ShowMessage | None,
                                app_name: str, icon: str) -> list[NotifierCandidate]:
    """The notification backends worth trying, best first.

    Args:
        bus: the session bus, or None where there is none.
        show_message: the tray icon's ``showMessage`` while a tray is available,
            else None.
        app_name: the application name shown by notification servers.
        icon: an icon theme name or ``file://`` URI for the notifications.
    """
    candidates: list[NotifierCandidate] = []
    if bus is not None:
        session_bus = bus

        def freedesktop() -> Notifier:
            if not service_available(session_bus):
                raise NotifierUnavailable("org.freedesktop.Notifications is not on the bus")
            return FreedesktopNotifier(session_bus, app_name, icon)

        candidates.append(("freedesktop", freedesktop))
    # Windows and macOS backends join here, each offered only on its platform.
    if show_message is not None:
        balloon = show_message
        candidates.append(("tray-balloon", lambda: TrayBalloonNotifier(balloon)))
    return candidates
