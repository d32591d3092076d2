"""Fakes passed into the product through constructors (never monkeypatched in)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from psoas_desk.adapters.notify import Notification, NotificationHandle

BERLIN = ZoneInfo("Europe/Berlin")


class FakeClock:
    """A clock that moves only when told to.

    ``advance`` moves monotonic and wall time together; ``suspend`` does the
    same and records the time as slept (like CLOCK_BOOTTIME minus
    CLOCK_MONOTONIC); ``jump_wall`` and ``set_zone`` change only the wall
    clock, as an NTP correction or travel would.
    """

    def __init__(self, start: datetime | None = None, *, knows_sleep: bool = True) -> None:
        start = start or datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)  # a Monday
        assert start.tzinfo is not None
        self._mono = 1000.0
        self._utc = start.astimezone(UTC)
        self._zone: tzinfo = start.tzinfo
        self._slept = 0.0
        self.knows_sleep = knows_sleep

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._utc.astimezone(self._zone)

    def suspended_total(self) -> float | None:
        return self._slept if self.knows_sleep else None

    def advance(self, seconds: float = 0.0, *, minutes: float = 0.0, hours: float = 0.0) -> None:
        delta = seconds + minutes * 60 + hours * 3600
        assert delta >= 0, "time only moves forward"
        self._mono += delta
        self._utc += timedelta(seconds=delta)

    def suspend(self, seconds: float = 0.0, *, minutes: float = 0.0, hours: float = 0.0) -> None:
        delta = seconds + minutes * 60 + hours * 3600
        self.advance(delta)
        self._slept += delta

    def jump_wall(self, delta: timedelta) -> None:
        self._utc += delta

    def set_zone(self, zone: tzinfo) -> None:
        self._zone = zone


class RecordingNotifier:
    """A notification backend that remembers what was shown, replaced and closed.

    ``press(handle, key)`` stands for the person pressing an action button.
    """

    name = "recording"
    supports_actions = True

    def __init__(self) -> None:

        self.shown: list[Notification] = []
        self.on_screen: dict[NotificationHandle, Notification] = {}
        self.closed: list[NotificationHandle] = []
        self._serial = 0
        self._action: Callable[[NotificationHandle, str], None] | None = None

    def show(self, notification: Notification) -> NotificationHandle:
        from psoas_desk.adapters.notify import NotificationHandle

        self.shown.append(notification)
        handle = notification.replaces
        if handle is None or handle not in self.on_screen:
            self._serial += 1
            handle = NotificationHandle(self.name, self._serial)
        self.on_screen[handle] = notification
        return handle

    def close(self, handle: NotificationHandle) -> None:
        if self.on_screen.pop(handle, None) is not None:
            self.closed.append(handle)

    def set_action_handler(self, handler: Callable[[NotificationHandle, str], None] | None
                           ) -> None:
        self._action = handler

    def set_closed_handler(self, handler: object) -> None:
        del handler

    def press(self, handle: NotificationHandle, key: str) -> None:
        assert self._action is not None and handle in self.on_screen
        assert key in dict(self.on_screen[handle].actions), key
        self.on_screen.pop(handle)
        self._action(handle, key)

    def press_closed(self, handle: NotificationHandle, key: str) -> None:
        """Press an action of a notification the app already closed (a server that
        keeps old ones in a list, or a press racing the close)."""
        assert self._action is not None and handle in self.closed
        shown = [n for n in self.shown if key in dict(n.actions)]
        assert shown, key
        self._action(handle, key)
