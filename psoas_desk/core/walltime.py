"""Local wall-time rules: the day rollover, working hours, "until tomorrow".

Only these rules look at the wall clock; every duration in the engine comes
from the monotonic clock, so time-zone and DST changes never stretch or
shrink one. Aware datetimes are compared and subtracted in UTC: Python
subtracts two datetimes that share a ``tzinfo`` on their wall fields, which
is wrong across a DST change.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from psoas_desk.core.schedule_types import WorkingHours


def seconds_between(earlier: datetime, later: datetime) -> float:
    """Real seconds from ``earlier`` to ``later`` (both aware), DST-safe."""
    return (later.astimezone(UTC) - earlier.astimezone(UTC)).total_seconds()


def day_of(now: datetime, day_starts_at: int) -> date:
    """The psoas-desk day ``now`` belongs to: days start at ``day_starts_at`` o'clock."""
    return (now.replace(tzinfo=None) - timedelta(hours=day_starts_at)).date()


def _at(day: date, minute: int, like: datetime) -> datetime:
    """Local wall time ``minute`` after midnight on ``day`` in ``like``'s zone."""
    extra_days, minute = divmod(minute, 24 * 60)
    wall = datetime.combine(day + timedelta(days=extra_days), time(minute // 60, minute % 60))
    tz = like.tzinfo
    return wall.replace(tzinfo=tz)


def day_start(day: date, day_starts_at: int, like: datetime) -> datetime:
    """When ``day`` begins, as an aware local datetime."""
    return _at(day, day_starts_at * 60, like)


def next_day_start(now: datetime, day_starts_at: int) -> datetime:
    """The next day rollover strictly after ``now``."""
    today = day_of(now, day_starts_at)
    return day_start(today + timedelta(days=1), day_starts_at, now)


def next_working_boundary(now: datetime, hours: WorkingHours) -> datetime | None:
    """The next moment working hours start or end after ``now`` (None if never)."""
    marks = hours.boundaries()
    if not marks:
        return None
    for offset in range(8):
        day = now.date() + timedelta(days=offset)
        for weekday, minute in marks:
            if weekday != day.weekday():
                continue
            candidate = _at(day, minute, now)
            if seconds_between(now, candidate) > 0:
                return candidate
    return None
