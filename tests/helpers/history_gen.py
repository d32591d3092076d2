"""Weeks of plausible desk life, run through the real engine, for history and stats tests.

:func:`simulate` drives :class:`tests.helpers.sim.Sim` through working days
(typing, reading, calls, standing spells, lunch away, meetings that hold
breaks, a pause now and then, breaks taken, postponed or skipped) with
nights and weekends asleep, and now and then an app restart (the engine's
state saved and restored, as the app does). It returns the engine's events
in order plus what the app adds (the routine each break showed, checklist
reviews), and :meth:`Generated.feed` records them the way the app does.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from psoas_desk.core import events as ev
from psoas_desk.core.engine import Engine, IntentRefused
from psoas_desk.core.model import BreakKind, PauseKind, Posture
from psoas_desk.core.settings import Settings
from psoas_desk.storage.history import HistoryStore
from tests.helpers.sim import Doing, OnBreak, Sim

ON_BREAK: tuple[OnBreak, ...] = ("take", "take", "finish", "finish", "skip", "postpone",
                                 "ignore")
DOING: tuple[Doing, ...] = ("typing", "typing", "reading", "call")
LUNCH: tuple[Doing, ...] = ("away", "locked")
MICRO_ROUTINES = ("micro-stand-up", "micro-walk", "micro-shoulders")
STRETCH_ROUTINES = ("hip-flexor-lunge", "standing-march", "pelvic-tilt")


@dataclass(frozen=True)
class Review:
    checklist_id: str
    at: datetime
    ticked: tuple[str, ...]


@dataclass
class Generated:
    """What happened, in order: engine events, routines chosen, checklist reviews."""

    sim: Sim
    steps: list[ev.Event | tuple[datetime, str] | Review] = field(default_factory=list)

    @property
    def events(self) -> list[ev.Event]:
        return [s for s in self.steps if isinstance(s, ev.Event)]

    @property
    def routines(self) -> list[tuple[datetime, str]]:
        return [s for s in self.steps if isinstance(s, tuple)]

    @property
    def reviews(self) -> list[Review]:
        return [s for s in self.steps if isinstance(s, Review)]

    def feed(self, store: HistoryStore, *, batch: int = 1) -> None:
        """Record everything into ``store`` in order, ``batch`` events per call."""
        pending: list[ev.Event] = []
        for step in self.steps:
            if isinstance(step, ev.Event):
                pending.append(step)
                if len(pending) >= batch:
                    store.record(pending)
                    pending = []
                continue
            store.record(pending)
            pending = []
            if isinstance(step, Review):
                store.record_checklist_review(step.checklist_id, step.at, step.ticked)
            else:
                store.set_routine(*step)
        store.record(pending)


class _Desk:
    def __init__(self, sim: Sim, rng: random.Random, out: Generated) -> None:
        self.sim, self.rng, self.out = sim, rng, out
        self.seen = 0

    def collect(self) -> None:
        """Move new engine events to the output, choosing a routine for each break shown."""
        for event in self.sim.events[self.seen:]:
            self.out.steps.append(event)
            if isinstance(event, ev.BreakStarted):
                names = MICRO_ROUTINES if event.kind is BreakKind.MICRO else STRETCH_ROUTINES
                self.out.steps.append((event.at, self.rng.choice(names)))
        self.seen = len(self.sim.events)

    def act(self, intent: str) -> None:
        # A person's clicks are never at the very same instant (two events equal
        # in every field, time included, are one event to the history).
        self.sim.clock.advance(1.0)
        engine = self.sim.engine
        try:
            if intent == "stand":
                self.sim.events += engine.set_posture(Posture.STANDING)
            elif intent == "sit":
                self.sim.events += engine.set_posture(Posture.SITTING)
            elif intent == "pause":
                self.sim.events += engine.pause(PauseKind.TIMED, timedelta(minutes=30))
            elif intent == "self":
                self.sim.events += engine.report_self_break()
        except IntentRefused:
            pass
        self.collect()

    def run(self, minutes: float, doing: Doing = "typing") -> None:
        self.sim.run(minutes=minutes, doing=doing)
        self.collect()

    def restart(self, gap: timedelta) -> None:
        """Quit the app, let ``gap`` pass (machine asleep), start it again."""
        saved = self.sim.engine.export_state()
        self.sim.clock.suspend(gap.total_seconds())
        self.sim.engine = Engine(self.sim.engine.settings, self.sim.clock)
        self.sim.events += self.sim.engine.restore_state(saved)
        self.sim.input()
        self.sim.tick()
        self.collect()

    def work_day(self) -> None:
        rng = self.rng
        if rng.random() < 0.3:
            ticked = tuple(i for i in ("chair-height", "feet-flat", "screen-height")
                           if rng.random() < 0.7)
            self.out.steps.append(Review("sitting-setup", self.sim.clock.now(), ticked))
        lunch_done = False
        home_at = rng.choice((16, 17, 18))
        while self.sim.clock.now().hour < home_at:
            self.sim.on_break = rng.choice(ON_BREAK)
            roll = rng.random()
            if not lunch_done and self.sim.clock.now().hour >= 12:
                lunch_done = True
                self.run(rng.randint(25, 60), rng.choice(LUNCH))
            elif roll < 0.12:
                self.act("stand")
                self.run(rng.randint(3, 40))
                self.act("sit")
            elif roll < 0.18:
                self.sim.dnd = True
                self.run(rng.randint(15, 60), "call")
                self.sim.dnd = False
            elif roll < 0.21:
                self.act("pause")
                self.run(rng.randint(10, 45))
            elif roll < 0.25:
                self.act("self")
            else:
                self.run(rng.randint(5, 75), rng.choice(DOING))


def simulate(days: int, *, seed: int = 7, start: datetime | None = None,
             settings: Settings | None = None) -> Generated:
    """``days`` days of desk life from ``start`` (default: Monday 2 March 2026, 08:00 Berlin)."""
    sim = Sim(settings, start=start)
    out = Generated(sim)
    desk = _Desk(sim, random.Random(seed), out)
    desk.collect()
    for n in range(days):
        today = sim.clock.now()
        if today.weekday() < 5:
            desk.work_day()
        # Sleep until a morning start (a weekend day is slept through).
        wake = (today + timedelta(days=1)).replace(
            hour=desk.rng.choice((7, 8, 8, 9)), minute=desk.rng.randrange(0, 60, 5), second=0)
        gap = timedelta(seconds=(wake.timestamp() - sim.clock.now().timestamp()))
        if n == days - 1:
            break
        if desk.rng.random() < 0.15:
            desk.restart(gap)
        else:
            sim.suspend(gap.total_seconds())
            desk.collect()
    return out

