"""The app's desktop notifications: one notifier, chosen once the tray is known,
and the actions people press in them routed by key.

Adapters may fail at any time (a notification server that crashed, a bus that
went away); a failed notification is logged and never stops the app. Every
notification shown is remembered until it is closed, so that none is left on
screen when the app quits (``close_all``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from psoas_desk.adapters.notify import Notification, NotificationHandle, Notifier

log = logging.getLogger(__name__)
TIMEOUT_MS = 30_000
KEPT = 8
"""How many recent notifications are remembered for closing (older ones expired long ago)."""


class Notifications:
    """Shows notifications through the chosen backend; runs the handler of a pressed action."""

    def __init__(self) -> None:
        self.notifier: Notifier | None = None
        self._actions: dict[str, Callable[[], object]] = {}
        self._shown: list[NotificationHandle] = []

    @property
    def name(self) -> str:
        """The backend in use ("none" before one is chosen), for ``status``."""
        # A notifier that follows the service coming and going names the one in use.
        notifier = getattr(self.notifier, "active", self.notifier)
        return notifier.name if notifier is not None else "none"

    def attach(self, notifier: Notifier) -> None:
        """Use ``notifier`` from now on (chosen at start, once the tray is known)."""
        self.notifier = notifier
        notifier.set_action_handler(self._on_action)

    def on_action(self, key: str, handler: Callable[[], object]) -> None:
        """Run ``handler`` when an action with ``key`` is pressed in any notification."""
        self._actions[key] = handler

    def show(self, title: str, body: str, *, actions: tuple[tuple[str, str], ...] = (),
             timeout_ms: int = TIMEOUT_MS,
             replaces: NotificationHandle | None = None) -> NotificationHandle | None:
        """Show a notification with ``(key, label)`` actions; None if it could not be shown.

        With ``replaces``, the notification shown with that handle changes in
        place (no second bubble).
        """
        if self.notifier is None:
            return None
        try:
            handle = self.notifier.show(Notification(
                title=title, body=body, actions=actions, timeout_ms=timeout_ms,
                replaces=replaces))
        except Exception:
            log.exception("notification failed")
            return None
        if handle not in self._shown:
            self._shown = [*self._shown[-(KEPT - 1):], handle]
        return handle

    def close_all(self) -> None:
        """Take every notification of ours off the screen (the app is quitting)."""
        shown, self._shown = self._shown, []
        for handle in shown:
            self.close(handle)

    def close(self, handle: NotificationHandle) -> None:
        self._shown = [h for h in self._shown if h != handle]
        if self.notifier is None:
            return
        try:
            self.notifier.close(handle)
        except Exception:
            log.exception("closing a notification failed")

    def _on_action(self, _handle: NotificationHandle, key: str) -> None:
        handler = self._actions.get(key)
        if handler is not None:
            handler()
