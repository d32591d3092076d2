"""Value types for the weekly schedule: time ranges and working hours.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import datetime

from psoas_desk.core.i18n import Text, problem_text

MINUTES_PER_DAY = 24 * 60
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


class ScheduleError(ValueError):
    """A time range or weekly schedule is invalid; ``reason`` is for a person.

    ``day`` names the weekday (``"mon"``…) the reason is about, if any; the
    English message starts with it.
    """

    def __init__(self, reason: Text, day: str = "") -> None:
        super().__init__(f"{day}: {reason}" if day else str(reason))
        self.reason = reason
        self.day = day


@dataclass(frozen=True, order=True)
class TimeRange:
    """A range of local wall time within one day, ``start`` inclusive, ``end`` exclusive.

    Both are minutes since midnight; ``end`` may be 1440 ("24:00").
    """

    start_min: int
    end_min: int

    def __post_init__(self) -> None:
        if not 0 <= self.start_min < MINUTES_PER_DAY:
            raise ScheduleError(problem_text("start %1 min is outside the day", self.start_min))
        if not 0 < self.end_min <= MINUTES_PER_DAY:
            raise ScheduleError(problem_text("end %1 min is outside the day", self.end_min))
        if self.end_min <= self.start_min:
            raise ScheduleError(problem_text(
                "%1 ends before it starts; split a range that crosses midnight in two", str(self)))

    @classmethod
    def parse(cls, text: str) -> TimeRange:
        """Parse ``"09:00-17:30"``."""
        match = _RANGE.match(text) if isinstance(text, str) else None
        if match is None:
            raise ScheduleError(problem_text(
                "%1 is not a time range like \"09:00-17:30\"", repr(text)))
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 > 23 or m1 > 59 or m2 > 59 or h2 > 24 or (h2 == 24 and m2 != 0):
            raise ScheduleError(problem_text("%1 has an impossible time of day", repr(text)))
        return cls(h1 * 60 + m1, h2 * 60 + m2)

    def __str__(self) -> str:
        return f"{_hhmm(self.start_min)}-{_hhmm(self.end_min)}"

    def contains(self, minute: float) -> bool:
        return self.start_min <= minute < self.end_min


_ANY_RANGE = re.compile(r"\d{1,2}\s*:\s*\d{2}\s*[-\u2010-\u2015]\s*\d{1,2}\s*:\s*\d{2}")
_DASHES = re.compile(r"[\u2010-\u2015]")


def parse_ranges(text: str) -> tuple[TimeRange, ...]:
    """Read the ranges of one day from text as a person types it.

    Ranges may be separated any way that has no digits in it: commas, "and"
    in any language (the help's own example, "09:00-12:30 and 13:30-17:30"),
    semicolons or spaces; en and em dashes count as the hyphen. Empty text
    is no ranges.

    Raises:
        ScheduleError: a range cannot be read or ends before it starts.
    """
    ranges: list[TimeRange] = []
    position = 0
    for match in _ANY_RANGE.finditer(text):
        _check_gap(text[position:match.start()])
        ranges.append(TimeRange.parse(_DASHES.sub("-", re.sub(r"\s+", "", match.group()))))
        position = match.end()
    _check_gap(text[position:])
    if not ranges and text.strip():
        TimeRange.parse(text.strip())  # raises, naming what was typed
    return tuple(ranges)


def _check_gap(gap: str) -> None:
    """Text between ranges is only a separator; with digits it is a range gone wrong."""
    if any(ch.isdigit() for ch in gap):
        TimeRange.parse(re.sub(r"^[^\d]+", "", gap).strip())  # raises, naming what was typed


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class WorkingHours:
    """For each weekday (Monday first), the ranges of local time when reminders run."""

    days: tuple[tuple[TimeRange, ...], ...]

    def __post_init__(self) -> None:
        if len(self.days) != 7:
            raise ScheduleError(problem_text("working hours need one entry per weekday"))
        for name, ranges in zip(WEEKDAYS, self.days, strict=True):
            ordered = sorted(ranges)
            for first, second in itertools.pairwise(ordered):
                if second.start_min < first.end_min:
                    raise ScheduleError(problem_text(
                        "%1 and %2 overlap", str(first), str(second)), name)

    @classmethod
    def weekdays(cls, *ranges: TimeRange) -> WorkingHours:
        """The same ranges Monday to Friday, nothing at the weekend."""
        return cls(tuple(tuple(ranges) if i < 5 else () for i in range(7)))

    def ranges_on(self, weekday: int) -> tuple[TimeRange, ...]:
        return self.days[weekday]

    def contains(self, when: datetime) -> bool:
        """Is the local wall time ``when`` inside working hours?"""
        minute = when.hour * 60 + when.minute + when.second / 60
        return any(r.contains(minute) for r in self.days[when.weekday()])

    def boundaries(self) -> list[tuple[int, int]]:
        """Every (weekday, minute) at which a range starts or ends, sorted."""
        marks = {(day, m) for day, ranges in enumerate(self.days)
                 for r in ranges for m in (r.start_min, r.end_min)}
        return sorted(marks)

    def to_doc(self) -> dict[str, list[str]]:
        return {name: [str(r) for r in sorted(ranges)]
                for name, ranges in zip(WEEKDAYS, self.days, strict=True)}

    def to_day_doc(self, weekday: int) -> list[str]:
        """One weekday's ranges as the file writes them, e.g. ``["09:00-12:30"]``."""
        return [str(r) for r in sorted(self.days[weekday])]

    @classmethod
    def from_doc(cls, doc: object, default: WorkingHours | None = None) -> WorkingHours:
        """Build from ``{"mon": ["09:00-17:00"], ...}``.

        Args:
            doc: the table of weekdays; a string stands for a one-range list.
            default: the hours of a weekday the table leaves out (so a file
                names only the days someone changed); without it, no hours.
        """
        if not isinstance(doc, dict):
            raise ScheduleError(problem_text("working hours must be a table of weekdays"))
        unknown = sorted(set(doc) - set(WEEKDAYS))
        if unknown:
            raise ScheduleError(problem_text(
                "unknown weekday %1; use %2", repr(unknown[0]), ", ".join(WEEKDAYS)))
        days: list[tuple[TimeRange, ...]] = []
        for index, name in enumerate(WEEKDAYS):
            if name not in doc and default is not None:
                days.append(default.days[index])
                continue
            value = doc.get(name, [])
            if isinstance(value, str):
                try:
                    days.append(parse_ranges(value))
                except ScheduleError as exc:
                    raise ScheduleError(exc.reason, name) from None
                continue
            if not isinstance(value, list):
                raise ScheduleError(problem_text(
                    "expected a list of ranges like [\"09:00-12:00\"]"), name)
            try:
                days.append(tuple(TimeRange.parse(v) for v in value))
            except ScheduleError as exc:
                raise ScheduleError(exc.reason, name) from None
        return cls(tuple(days))
