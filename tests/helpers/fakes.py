"""Fakes passed into the product through constructors (never monkeypatched in)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

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
