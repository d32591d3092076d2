"""The notification backend of last resort: it writes to the log and nothing else.

Chosen when there is neither a notification service nor a tray, for example
in a bare X session or a test run. Cost: one log line per notification.
"""

from __future__ import annotations

import itertools
import logging

from psoas_desk.adapters.notify.model import (
    ActionHandler,
    ClosedHandler,
    Notification,
    NotificationHandle,
)

__all__ = ["NullNotifier"]

log = logging.getLogger(__name__)


class NullNotifier:
    """A ``Notifier`` that shows nothing, supports nothing and never fails.

    Handlers may be set but are never called: nothing is shown, so nothing can
    be clicked or closed.
    """

    name = "none"
    supports_actions = False

    def __init__(self) -> None:
        self._serials = itertools.count(1)

    def show(self, notification: Notification) -> NotificationHandle:
        """Log the notification at info level and return a handle for it."""
        log.info("notification not shown (no notification backend): %s: %s",
                  notification.title, notification.body)
        if notification.replaces is not None and notification.replaces.backend == self.name:
            return notification.replaces
        return NotificationHandle(self.name, next(self._serials))

    def close(self, handle: NotificationHandle) -> None:
        """Nothing is on screen, so there is nothing to close."""

    def set_action_handler(self, handler: ActionHandler | None) -> None:
        """Accepted for the protocol; never called."""

    def set_closed_handler(self, handler: ClosedHandler | None) -> None:
        """Accepted for the protocol; never called."""
