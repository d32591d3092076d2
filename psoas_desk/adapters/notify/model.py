"""The notification port and its values: what to show and what came back.

No Qt here: the UI and app layers build ``Notification`` values, talk to a
``Notifier`` and receive ``NotificationHandle`` and ``CloseReason`` values
without knowing which backend is in use, and test fakes need nothing else.
The package ``__init__`` re-exports all of it next to the chooser.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

__all__ = [
    "DEFAULT_TIMEOUT_MS",
    "NEVER_EXPIRE_MS",
    "ActionHandler",
    "CloseReason",
    "ClosedHandler",
    "Notification",
    "NotificationHandle",
    "Notifier",
    "Urgency",
]

DEFAULT_TIMEOUT_MS = -1
"""``Notification.timeout_ms`` value meaning "as long as the server usually shows one"."""

NEVER_EXPIRE_MS = 0
"""``Notification.timeout_ms`` value meaning "until the user or the app closes it"."""


class Urgency(enum.Enum):
    """How pressing a notification is; the values are the freedesktop byte codes.

    There is deliberately no "critical": servers keep critical notifications on
    screen until clicked, which is wrong for a break reminder the user may
    ignore on purpose.
    """

    LOW = 0
    NORMAL = 1


class CloseReason(enum.Enum):
    """Why a notification went away.

    The first four are the reasons of the freedesktop ``NotificationClosed``
    signal (same numbers); ``FAILED`` is ours: the server never showed it (an
    error or no answer in time), so the app should not assume it was seen.
    """

    EXPIRED = 1
    DISMISSED = 2
    CLOSED = 3
    UNDEFINED = 4
    FAILED = 100

    @classmethod
    def from_wire(cls, value: int) -> CloseReason:
        """Map a ``NotificationClosed`` reason code; unknown codes become UNDEFINED."""
        if value in (1, 2, 3, 4):
            return cls(value)
        return cls.UNDEFINED


@dataclass(frozen=True)
class NotificationHandle:
    """Names one shown notification for later replacement or closing.

    Handles are made by the backend that showed the notification; ``backend``
    is that backend's ``name`` so a handle from one backend is never mistaken
    for another's. ``serial`` counts per backend instance, starting at 1; it is
    not the server's id (which a D-Bus backend only learns asynchronously).
    """

    backend: str
    serial: int


@dataclass(frozen=True)
class Notification:
    """One desktop notification, as the user should see it.

    Attributes:
        title: one short line, e.g. "Micro-break in 30 seconds".
        body: detail text; plain text (servers differ in the markup they accept).
        actions: ``(key, label)`` pairs offered as buttons where the backend
            supports actions, in display order. The key comes back to the action
            handler; the label is shown. Backends without actions drop them.
        timeout_ms: how long it stays up: ``DEFAULT_TIMEOUT_MS`` (-1, the server's
            choice), ``NEVER_EXPIRE_MS`` (0) or a positive number of milliseconds.
        urgency: ``Urgency.LOW`` or ``Urgency.NORMAL``.
        category: a freedesktop category hint such as "reminder"; empty sends none.
        replaces: a handle from an earlier ``show`` of the same backend; the
            backend then updates that notification in place instead of adding
            a second one, and returns the same handle.

    Raises:
        ValueError: on an empty title, a timeout below -1, an empty or duplicate
            action key or an empty action label.
    """

    title: str
    body: str = ""
    actions: tuple[tuple[str, str], ...] = ()
    timeout_ms: int = DEFAULT_TIMEOUT_MS
    urgency: Urgency = Urgency.NORMAL
    category: str = ""
    replaces: NotificationHandle | None = None

    def __post_init__(self) -> None:
        if not self.title:
            raise ValueError("a notification needs a title")
        if self.timeout_ms < DEFAULT_TIMEOUT_MS:
            raise ValueError(f"timeout_ms must be -1, 0 or positive, not {self.timeout_ms}")
        keys = [key for key, _label in self.actions]
        if any(not key for key in keys) or any(not label for _key, label in self.actions):
            raise ValueError("action keys and labels must not be empty")
        if len(set(keys)) != len(keys):
            raise ValueError(f"duplicate action keys in {keys}")


ActionHandler = Callable[[NotificationHandle, str], None]
"""Called with the notification's handle and the invoked action's key."""

ClosedHandler = Callable[[NotificationHandle, CloseReason], None]
"""Called once when a shown notification goes away, with the reason."""


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
