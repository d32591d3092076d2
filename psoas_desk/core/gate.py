"""When reminders may run: pauses, working hours and do-not-disturb.

:class:`ReminderGate` owns the running pause, whether it is inside working
hours, and whether a presentation or meeting asks for quiet. Its methods
return events; :attr:`ReminderGate.reopened` tells the engine that
reminders just came back on (an overdue break then waits a little).

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from psoas_desk.core import events as ev
from psoas_desk.core.model import Observation, PauseKind
from psoas_desk.core.moment import Moment
from psoas_desk.core.settings import Settings
from psoas_desk.core.walltime import day_of, next_day_start


@dataclass
class PauseState:
    kind: PauseKind
    until_t: float | None = None
    until_wall: datetime | None = None
    until_day: date | None = None
    """For "until tomorrow": the pause ends when this psoas-desk day begins."""


class ReminderGate:
    """Pause, working hours and do-not-disturb (see the module docstring)."""

    def __init__(self, inside_hours: bool) -> None:
        self.pause: PauseState | None = None
        self.inside_hours = inside_hours
        self.dnd = False
        self.dnd_reason = ""
        self.reopened = False
        """Set when a pause ended or working hours began; the engine clears it."""

    def open(self) -> bool:
        """Whether reminders run now (no pause, inside working hours)."""
        return self.pause is None and self.inside_hours

    def start_pause(self, m: Moment, settings: Settings, kind: PauseKind,
                    duration: timedelta | None) -> list[ev.Event]:
        if kind is PauseKind.TIMED:
            assert duration is not None
            until_t = m.t + duration.total_seconds()
            pause = PauseState(kind, until_t, m.wall(until_t))
        elif kind is PauseKind.UNTIL_TOMORROW:
            starts_at = settings.schedule.day_starts_at
            today = day_of(m.now, starts_at)
            pause = PauseState(kind, None, next_day_start(m.now, starts_at),
                               today + timedelta(days=1))
        else:
            pause = PauseState(kind)
        self.pause = pause
        return [ev.Paused(m.now, kind, pause.until_wall)]

    def end_pause(self, m: Moment, *, by_timer: bool) -> list[ev.Event]:
        if self.pause is None:
            return []
        self.pause = None
        self.reopened = True
        return [ev.Resumed(m.now, by_timer)]

    def update(self, m: Moment, settings: Settings, obs: Observation) -> list[ev.Event]:
        """End a pause that ran out, follow working hours and do-not-disturb."""
        out: list[ev.Event] = []
        p = self.pause
        if p is not None:
            timed_out = p.kind is PauseKind.TIMED and p.until_t is not None and m.t >= p.until_t
            # "Until tomorrow" follows local wall time, even across a zone change.
            next_day = (p.kind is PauseKind.UNTIL_TOMORROW and p.until_day is not None
                        and day_of(m.now, settings.schedule.day_starts_at) >= p.until_day)
            if timed_out or next_day:
                out += self.end_pause(m, by_timer=True)
        inside = working_now(settings, m.now)
        if inside != self.inside_hours:
            self.inside_hours = inside
            self.reopened = self.reopened or inside
            out.append(ev.WorkingHoursChanged(m.now, inside))
        dnd = settings.dnd.enabled and obs.dnd
        if dnd != self.dnd:
            self.dnd = dnd
            self.dnd_reason = obs.dnd_reason if dnd else ""
            out.append(ev.DndChanged(m.now, dnd, obs.dnd_reason))
        return out


def working_now(settings: Settings, now: datetime) -> bool:
    sched = settings.schedule
    return not sched.working_hours_only or sched.working_hours.contains(now)
