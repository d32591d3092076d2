"""Steps the engine: when the wake-up driver fires, when the user acts, and once
a minute while figures on screen should stay fresh.

Every step observes the adapters, ticks the engine, hands the events to the
app's reactions, re-plans the next wake-up and keeps the engine's saved state
fresh. Workrave's GUI calls ``ICore::heartbeat()`` every second; ours is
woken only when the engine asks (``Engine.next_wakeup()``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import timedelta, tzinfo

from PySide6.QtCore import QObject, QTimer

from psoas_desk.adapters.wakeup import WakeupDriver
from psoas_desk.app.observe import Observer
from psoas_desk.core import events as ev
from psoas_desk.core.clock import Clock
from psoas_desk.core.engine import Engine, IntentRefused
from psoas_desk.core.settings import Settings

log = logging.getLogger(__name__)
UI_REFRESH_MS = 60_000
ENGINE_SAVE_S = 60.0
SHUTTING_DOWN = "psoas-desk is shutting down"

Action = Callable[[], list[ev.Event]]
"""An engine intent (``engine.postpone``, ...): returns its events or raises IntentRefused."""


class Stepper(QObject):
    """Drives the engine and tells the app what happened.

    Args:
        engine: the engine to step.
        observer: reads idle time, locks, presence and do-not-disturb.
        clock: the app's clock (fake in tests).
        zone: the local time zone, for the calendar jobs.
        after: called after every step and intent with its events (maybe
            none): record, react, refresh what is on screen.
        save_engine: keeps the engine's exported state.
        parent: the usual QObject parent (owns the refresh timer).
    """

    def __init__(self, engine: Engine, observer: Observer, clock: Clock, zone: tzinfo, *,
                 after: Callable[[Sequence[ev.Event]], None],
                 save_engine: Callable[[dict[str, object]], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._observer = observer
        self._clock = clock
        self._after = after
        self._save_engine = save_engine
        self._saved_at = -1e18
        self._stopped = False
        self.wakeup = WakeupDriver(self.on_wake, zone)
        self._refresh = QTimer(self)
        self._refresh.setObjectName("ui-refresh")
        self._refresh.setInterval(UI_REFRESH_MS)
        self._refresh.timeout.connect(lambda: self.step("refresh"))

    @property
    def stopped(self) -> bool:
        return self._stopped

    def start(self) -> None:
        """Start waking at planned times and refreshing once a minute."""
        self.plan_calendar(self.engine.settings)
        self.wakeup.start()
        self._refresh.start()

    def stop(self) -> None:
        """No more steps; saves the engine's state one last time."""
        if self._stopped:
            return
        self._stopped = True
        self._refresh.stop()
        self.wakeup.shutdown()
        self._save_engine(self.engine.export_state())

    def on_wake(self, job_id: str) -> None:
        """The wake-up driver's callback."""
        self.step(job_id)

    def step(self, reason: str = "") -> None:
        """Observe, step the engine, react to its events, refresh the UI, re-plan."""
        if self._stopped:
            return
        log.debug("step (%s)", reason)
        observation = self._observer.observe(self.engine.settings)
        self.settle(self.engine.tick(observation))

    def suspending(self) -> None:
        """The machine is about to sleep: mark it and save now (logind waits for us)."""
        if self._stopped:
            return
        self.settle(self.engine.suspending())
        self._save(force=True)

    def intent(self, action: Action) -> str:
        """Run a user intent after a fresh step; returns "" or the reason it was refused."""
        if self._stopped:
            return SHUTTING_DOWN
        self.step("intent")
        try:
            events = action()
        except IntentRefused as exc:
            log.info("refused: %s", exc)
            self.settle([])
            return str(exc)
        self.settle(events)
        return ""

    def settle(self, events: Sequence[ev.Event]) -> None:
        """After a step or intent: let the app react, then re-plan and save."""
        self._after(events)
        self._plan_step()
        self._save(force=bool(events))

    def follow_pause(self, _event: object = None) -> None:
        """A pause began or ended: wake when a timed or until-tomorrow pause runs out."""
        pause = self.engine.snapshot().pause
        self.wakeup.set_pause_end(pause.until if pause is not None and pause.until else None)

    def plan_calendar(self, settings: Settings) -> None:
        """The jobs that follow the calendar: the day's rollover and working hours."""
        schedule = settings.schedule
        self.wakeup.set_day_rollover(schedule.day_starts_at)
        self.wakeup.set_working_hours(
            schedule.working_hours.boundaries() if schedule.working_hours_only else [])

    def _plan_step(self) -> None:
        delay = max(0.0, self.engine.next_wakeup() - self._clock.monotonic())
        self.wakeup.plan_step(self._clock.now() + timedelta(seconds=delay))

    def _save(self, *, force: bool) -> None:
        """Keep the saved bout, figures and pause fresh (at most once a minute unless forced)."""
        now = self._clock.monotonic()
        if force or now - self._saved_at >= ENGINE_SAVE_S:
            self._saved_at = now
            self._save_engine(self.engine.export_state())
