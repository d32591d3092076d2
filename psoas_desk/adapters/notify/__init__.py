"""Desktop notifications (the pre-break warning): the port and its chooser.

``Notifier`` is the port; backends live in sibling modules: ``freedesktop``
(org.freedesktop.Notifications over QtDBus), ``tray`` (the tray icon's
balloon) and ``null`` (log only); ``following`` switches between the first
and a fallback as the notification service comes and goes on the bus.
``default_notifier_candidates`` lists the backends worth trying, best first,
and ``choose_notifier`` keeps the first one that can be built, falling back to
``NullNotifier``; the choice is logged. The port and its values are defined
in ``model`` and re-exported here.

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

from PySide6.QtDBus import QDBusConnection

from psoas_desk.adapters.choose import working
from psoas_desk.adapters.notify.following import ServiceFollowingNotifier
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
    Notifier,
    Urgency,
)
from psoas_desk.adapters.notify.null import NullNotifier
from psoas_desk.adapters.notify.tray import ShowMessage, TrayBalloonNotifier, tray_show_message
from psoas_desk.adapters.qtdbus_shim import DBusTypingUnavailable

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
    "ServiceFollowingNotifier",
    "ShowMessage",
    "TrayBalloonNotifier",
    "Urgency",
    "choose_notifier",
    "default_notifier_candidates",
    "tray_show_message",
]

log = logging.getLogger(__name__)


class NotifierUnavailable(RuntimeError):
    """A candidate backend cannot work in this session; the text says why."""


NotifierCandidate = tuple[str, Callable[[], Notifier]]
"""A label for the log and a factory that builds the backend or raises."""


def choose_notifier(candidates: Sequence[NotifierCandidate]) -> Notifier:
    """Build the first candidate whose factory succeeds.

    Returns:
        The chosen backend, or a ``NullNotifier`` when none can be built.
    """
    chosen = working(candidates, what="notification backend", log=log,
                     nothing="no notification backend works (tried: {tried}); break "
                             "warnings will only be logged")
    return chosen[0][1] if chosen else NullNotifier()


def default_notifier_candidates(*, bus: QDBusConnection | None,
                                show_message: ShowMessage | None, app_name: str, icon: str,
                                follow_service: bool = True) -> list[NotifierCandidate]:
    """The notification backends worth trying, best first.

    Args:
        bus: the session bus, or None where there is none.
        show_message: ``tray_show_message(tray_icon)`` while a tray is
            available (``QSystemTrayIcon.isSystemTrayAvailable()``), else None.
        app_name: the application name shown by notification servers.
        icon: an icon theme name or ``file://`` URI for the notifications.
        follow_service: with a bus, offer first a ``ServiceFollowingNotifier``:
            the freedesktop backend whenever the service is on the bus, else what
            the later candidates give, so a daemon started after the app is
            used. False offers the freedesktop backend only if the service is
            on the bus right now.
    """
    later: list[NotifierCandidate] = []
    # Windows and macOS backends join here, ahead of the tray balloon, each
    # offered only on its platform.
    if show_message is not None:
        balloon = show_message
        later.append(("tray-balloon", lambda: TrayBalloonNotifier(balloon)))
    if bus is None:
        return later
    session_bus = bus

    def freedesktop() -> FreedesktopNotifier:
        if not session_bus.isConnected():
            raise NotifierUnavailable("the session bus is not connected")
        return FreedesktopNotifier(session_bus, app_name, icon)

    def freedesktop_if_there() -> Notifier:
        if not service_available(session_bus):
            raise NotifierUnavailable("org.freedesktop.Notifications is not on the bus")
        return freedesktop()

    def following() -> Notifier:
        primary = freedesktop()
        return ServiceFollowingNotifier(session_bus, primary, choose_notifier(later))

    if follow_service:
        return [("freedesktop, following the service", following), *later]
    return [("freedesktop", freedesktop_if_there), *later]
