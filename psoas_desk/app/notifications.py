"""The app's desktop notifications: one notifier, chosen once the tray is known,
and the actions people press in them routed by key.

Adapters may fail at any time (a notification server that crashed, a bus that
went away); a failed notification is logged and never stops the app.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from psoas_desk.adapters.notify import Notification, NotificationHandle, Notifier

log = logging.getLogger(__name__)
TIMEOUT_MS = 30_000


class Notifications:
    """Shows notifications through the chosen backend; runs the handler of a pressed action."""

    def __init__(self) -> None:
        self.notifier: Notifier | None = None
        self._actions: dict[str, Callable[[], object]] = {}

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

    def show(self, title: str, body: str, *,
             actions: tuple[tuple[str, str], ...] = ()) -> NotificationHandle | None:
        """Show a notification with ``(key, label)`` actions; None if it could not be shown."""
        if self.notifier is None:
            return None
        try:
            return self.notifier.show(Notification(
                title=title, body=body, actions=actions, timeout_ms=TIMEOUT_MS))
        except Exception:
            log.exception("notification failed")
            return None

    def close(self, handle: NotificationHandle) -> None:
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
