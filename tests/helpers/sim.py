"""Drive the real engine through simulated hours, stepping like the app does.

The app wakes the engine at :meth:`Engine.next_wakeup` (plus whenever an
adapter reports a change); :class:`Sim` does the same with a fake clock, so a
whole working day runs in milliseconds. The simulated person's behaviour is
described per stretch of time: typing continuously, reading (no input), on a
call (no input but a presence sign), or away.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Literal, TypeVar

from psoas_desk.core import events as ev
from psoas_desk.core.engine import Engine
from psoas_desk.core.model import BreakKind, Observation
from psoas_desk.core.settings import Settings
from psoas_desk.core.settings_codec import with_option
from tests.helpers.fakes import FakeClock

E = TypeVar("E", bound=ev.Event)
Doing = Literal["typing", "reading", "call", "away", "locked"]
OnBreak = Literal["take", "ignore", "skip", "postpone", "finish"]


def settings_with(**changes: object) -> Settings:
    """Settings with options changed, e.g. ``settings_with(micro__interval="10m")``."""
    s = Settings()
    for key, value in changes.items():
        s = with_option(s, key.replace("__", "."), value)
    return s


class Sim:
    """A person at a desk, a fake clock, and the real engine."""

    def __init__(self, settings: Settings | None = None, *, start: datetime | None = None,
                 knows_sleep: bool = True, idle_source: bool = True) -> None:
        self.clock = FakeClock(start, knows_sleep=knows_sleep)
        self.engine = Engine(settings or Settings(), self.clock)
        self.events: list[ev.Event] = []
        self.last_input = self.clock.monotonic()
        self.idle_source = idle_source
        self.locked = False
        self.sign = False
        self.dnd = False
        self.on_break: OnBreak = "take"
        self.steps = 0
        self.sitting_at: list[tuple[ev.Event, float]] = []
        """Each event recorded through :meth:`record`, with the sitting counted so far."""
        self._closed_days_s = 0.0
        self.tick()

    def record(self, events: list[ev.Event]) -> list[ev.Event]:
        """Keep ``events`` (as ``self.events``), each with the sitting counted until then."""
        if not events:
            return events
        self.events += events
        for event in events:
            if isinstance(event, ev.DayEnded):
                self._closed_days_s += event.totals.sitting_s
        odometer = self.sitting_s()
        self.sitting_at += [(e, odometer) for e in events]
        return events

    def sitting_s(self) -> float:
        """All the sitting the engine has counted since the start, over every day."""
        return self._closed_days_s + self.engine.snapshot().today.sitting_s

    # -- observation -------------------------------------------------------
    def obs(self) -> Observation:
        idle = self.clock.monotonic() - self.last_input if self.idle_source else None
        return Observation(idle_s=idle, locked=self.locked, presence_sign=self.sign,
                           dnd=self.dnd, dnd_reason="fullscreen" if self.dnd else "")

    def tick(self) -> list[ev.Event]:
        self.steps += 1
        out = self.record(self.engine.tick(self.obs()))
        self._react(out)
        return out

    def _react(self, new: list[ev.Event]) -> None:
        """Press Postpone or Skip on a new break, when the popup offers the button."""
        for event in new:
            if not isinstance(event, ev.BreakStarted):
                continue
            active = self.engine.snapshot().active_break
            assert active is not None
            action: Callable[[], list[ev.Event]] | None = None
            if self.on_break == "skip" and active.can_skip:
                action = self.engine.skip
            elif self.on_break == "postpone" and active.can_postpone:
                action = self.engine.postpone
            if action is not None:
                self.record(action())

    def input(self) -> None:
        """The person touches the keyboard or mouse right now."""
        self.last_input = self.clock.monotonic()

    # -- running time --------------------------------------------------------
    def run(self, seconds: float = 0.0, *, minutes: float = 0.0, hours: float = 0.0,
            doing: Doing = "typing") -> None:
        """Let time pass, stepping at the engine's wake-ups, while the person does ``doing``.

        While a break is on screen the person gives no input (they are up and
        stretching), unless ``on_break`` is "ignore".
        """
        end = self.clock.monotonic() + seconds + minutes * 60 + hours * 3600
        sign, locked = doing == "call", doing == "locked"
        if (sign, locked) != (self.sign, self.locked):
            # Adapters report lock and presence-sign changes as they happen.
            self.sign, self.locked = sign, locked
            if doing == "typing":
                self.input()
            self.tick()
        while True:
            now = self.clock.monotonic()
            target = min(max(self.engine.next_wakeup(), now + 0.001), end)
            self.clock.advance(target - now)
            in_break = self.engine.snapshot().active_break is not None
            if doing == "typing" and not (in_break and self.on_break != "ignore"):
                self.last_input = self.clock.monotonic()
            self.tick()
            if self.on_break == "finish" and self.engine.snapshot().active_break is not None:
                snap = self.engine.snapshot().active_break
                assert snap is not None
                if snap.can_finish_in_s <= 0:
                    self.record(self.engine.finish_break())
            if target >= end:
                return

    def suspend(self, seconds: float = 0.0, *, minutes: float = 0.0, hours: float = 0.0,
                signal: bool = True) -> list[ev.Event]:
        """Sleep the machine; wake it with a key press and step (as the app does on resume)."""
        if signal:
            self.record(self.engine.suspending())
        self.clock.suspend(seconds, minutes=minutes, hours=hours)
        self.input()
        return self.tick()

    # -- queries -----------------------------------------------------------
    def of(self, kind: type[E]) -> list[E]:
        return [e for e in self.events if isinstance(e, kind)]

    def started(self, kind: BreakKind | None = None) -> list[ev.BreakStarted]:
        return [e for e in self.of(ev.BreakStarted) if kind is None or e.kind is kind]

    def ended(self, kind: BreakKind | None = None) -> list[ev.BreakEnded]:
        return [e for e in self.of(ev.BreakEnded) if kind is None or e.kind is kind]

    def clear(self) -> None:
        self.events.clear()
