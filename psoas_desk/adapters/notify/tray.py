"""Notifications as the tray icon's balloon message, where no notification service runs.

It wraps ``QSystemTrayIcon.showMessage`` but takes a plain callable
(``tray_show_message(icon)`` makes one), not the icon, so it needs no Qt to
test and the UI keeps owning the icon. With an XEmbed tray Qt draws its own
balloon; with a StatusNotifierItem tray Qt forwards the message to whatever
it can reach.

Limits: a balloon has no buttons and cannot be closed early; Qt keeps one
balloon at a time, so a new message replaces the previous one anyway. The
caller should only pick this backend while a tray is available
(``QSystemTrayIcon.isSystemTrayAvailable()``). Cost: none beyond Qt's.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from psoas_desk.adapters.notify.model import (
    ActionHandler,
    ClosedHandler,
    Notification,
    NotificationHandle,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

__all__ = ["ShowMessage", "TrayBalloonNotifier", "tray_show_message"]

log = logging.getLogger(__name__)

ShowMessage = Callable[[str, str, int], None]
"""``(title, body, timeout_ms)``; see ``tray_show_message``.

Qt takes -1 as its own default (10 s) and 0 as "until clicked", the same
meaning as ``Notification.timeout_ms``, so the timeout is passed through.
"""


def tray_show_message(icon: QSystemTrayIcon) -> ShowMessage:
    """A ``ShowMessage`` that shows ``icon``'s balloon with the information symbol.

    The bound ``icon.showMessage`` itself does not fit: its third parameter is
    the message icon, not the timeout.
    """
    # Imported here so the rest of this module stays usable without QtWidgets.
    from PySide6.QtWidgets import QSystemTrayIcon

    information = QSystemTrayIcon.MessageIcon.Information

    def show_message(title: str, body: str, timeout_ms: int) -> None:
        icon.showMessage(title, body, information, timeout_ms)

    return show_message


class TrayBalloonNotifier:
    """A ``Notifier`` that shows the tray icon's balloon message.

    Args:
        show_message: called as ``show_message(title, body, timeout_ms)``.
    """

    name = "tray-balloon"
    supports_actions = False

    def __init__(self, show_message: ShowMessage) -> None:
        self._show_message = show_message
        self._serials = itertools.count(1)

    def show(self, notification: Notification) -> NotificationHandle:
        """Show the balloon; actions are dropped. Errors are logged, never raised.

        Returns:
            ``notification.replaces`` when it is one of ours (the balloon is
            replaced in place), else a new handle.
        """
        if notification.replaces is not None and notification.replaces.backend == self.name:
            handle = notification.replaces
        else:
            handle = NotificationHandle(self.name, next(self._serials))
        try:
            self._show_message(notification.title, notification.body, notification.timeout_ms)
        except Exception:
            log.exception("the tray balloon could not be shown: %s", notification.title)
        return handle

    def close(self, handle: NotificationHandle) -> None:
        """A balloon cannot be taken down early; it leaves on its own timeout."""
        log.debug("tray balloon %s cannot be closed early", handle.serial)

    def set_action_handler(self, handler: ActionHandler | None) -> None:
        """Accepted for the protocol; balloons have no actions, so it is never called."""

    def set_closed_handler(self, handler: ClosedHandler | None) -> None:
        """Accepted for the protocol; Qt does not report a balloon closing, so never called."""
