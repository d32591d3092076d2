"""Waking the engine at the right moments, with apscheduler's QtScheduler.

The only module that imports apscheduler. Jobs:

- ``engine-step``: a date job re-planned after every step at the time the
  engine asked for (:meth:`Engine.next_wakeup`);
- ``day-rollover``: a cron job at the hour the day starts;
- ``hours-N``: cron jobs at each working-hours boundary;
- ``pause-end``: a date job when a timed pause ends.

All jobs call the same callback with their id; the app then steps the engine,
which sorts out what is due. Jobs run in the Qt event loop thread
(``DebugExecutor`` calls them directly from the scheduler's QTimer), so no
thread ever touches Qt objects.

A job's callback is not called from inside the job's run but handed to the
event loop (a zero-delay single-shot QTimer). apscheduler removes a date job
whose trigger has fired only after its function returns, by id; a step that
re-planned ``engine-step`` from inside that run lost its new plan with the
old job, so every step the engine planned from a step (a break's end, the
typing pause a break waits for, a warning) waited for the once-a-minute
refresh instead.

Missed jobs: a job missed while the machine slept must run once on resume,
never twice and never be dropped. apscheduler's default ``misfire_grace_time``
of 1 s would drop it silently (agronholm/apscheduler#292, #182), so every job
gets ``misfire_grace_time=None`` (run however late) and ``coalesce=True``
(several missed runs of a cron job run once), set through ``job_defaults``
(apscheduler#146).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from typing import Any

from apscheduler.executors.debug import DebugExecutor
from apscheduler.schedulers.qt import QtScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from PySide6.QtCore import QTimer

log = logging.getLogger(__name__)

STEP_JOB = "engine-step"
ROLLOVER_JOB = "day-rollover"
PAUSE_JOB = "pause-end"
HOURS_PREFIX = "hours-"
SAME_PLAN_S = 0.05
"""Step plans closer than this are the same plan (wall and monotonic clocks drift apart
by microseconds between two readings)."""
_CRON_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class _SingleTimerQtScheduler(QtScheduler):  # type: ignore[misc]
    """QtScheduler with one reusable QTimer.

    WORKAROUND for apscheduler 3.x ``schedulers/qt.py``: it keeps the return
    value of the static ``QTimer.singleShot(...)`` to stop it later, but with
    PySide6 that call returns None, so a superseded timer is never stopped.
    Every job change while a timer is pending then leaves one more timer
    running for good, each firing ``_process_jobs`` again: wake-ups grow with
    every intent. One owned single-shot QTimer, restarted each time, fixes it.
    """

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._qtimer = QTimer()
        self._qtimer.setObjectName("apscheduler-wakeup")
        self._qtimer.setSingleShot(True)
        self._qtimer.timeout.connect(self._process_jobs)

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._qtimer.stop()
        if wait_seconds is not None:
            self._qtimer.start(min(int(max(0.0, wait_seconds) * 1000), 2147483647))

    def _stop_timer(self) -> None:
        self._qtimer.stop()

    @property
    def timer_active(self) -> bool:
        return bool(self._qtimer.isActive())


class WakeupDriver:
    """Calls ``on_wake(job_id)`` at planned wall-clock times.

    Args:
        on_wake: called in the Qt thread with the id of the job that fired.
        timezone: the zone cron jobs (day rollover, working hours) follow.
    """

    def __init__(self, on_wake: Callable[[str], None], timezone: tzinfo) -> None:
        self._on_wake = on_wake
        self._zone = timezone
        self._scheduler = _SingleTimerQtScheduler(
            executors={"default": DebugExecutor()},
            job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
            timezone=timezone,
        )
        self._hours_jobs: list[str] = []
        self._fired: list[str] = []
        self._deliver = QTimer()
        self._deliver.setObjectName("wakeup-deliver")
        self._deliver.setSingleShot(True)
        self._deliver.setInterval(0)
        self._deliver.timeout.connect(self._wake)

    def start(self) -> None:
        self._scheduler.start()

    def shutdown(self) -> None:
        self._deliver.stop()
        self._fired.clear()
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def plan_step(self, at: datetime) -> None:
        """(Re)plan the engine's next step; replaces the previous plan.

        A plan within :data:`SAME_PLAN_S` of the one already made is left as
        it is (most steps end with the engine wanting the same moment).
        """
        job = self._scheduler.get_job(STEP_JOB)
        if job is not None and job.next_run_time is not None and \
                abs((job.next_run_time - at).total_seconds()) < SAME_PLAN_S:
            return
        self._date_job(STEP_JOB, at)

    def set_pause_end(self, at: datetime | None) -> None:
        """A step when a timed pause ends (None removes it)."""
        if at is None:
            self._remove(PAUSE_JOB)
        else:
            self._date_job(PAUSE_JOB, at)

    def set_day_rollover(self, hour: int) -> None:
        """A step every day at ``hour`` o'clock, when the day's figures roll over."""
        self._scheduler.add_job(self._fire, CronTrigger(hour=hour, minute=0, timezone=self._zone),
                                args=(ROLLOVER_JOB,), id=ROLLOVER_JOB, replace_existing=True)

    def set_working_hours(self, boundaries: Sequence[tuple[int, int]]) -> None:
        """Steps at each (weekday, minute-of-day) boundary; an empty list removes them."""
        for job_id in self._hours_jobs:
            self._remove(job_id)
        self._hours_jobs = []
        for n, (weekday, minute) in enumerate(boundaries):
            if minute >= 24 * 60:
                weekday, minute = (weekday + 1) % 7, 0
            job_id = f"{HOURS_PREFIX}{n}"
            trigger = CronTrigger(day_of_week=_CRON_DAYS[weekday], hour=minute // 60,
                                  minute=minute % 60, timezone=self._zone)
            self._scheduler.add_job(self._fire, trigger, args=(job_id,), id=job_id,
                                    replace_existing=True)
            self._hours_jobs.append(job_id)

    def job_ids(self) -> list[str]:
        """The ids of all planned jobs (for status and the leak tests)."""
        return sorted(job.id for job in self._scheduler.get_jobs())

    def next_run(self, job_id: str) -> datetime | None:
        job = self._scheduler.get_job(job_id)
        return None if job is None else job.next_run_time

    def process_now(self) -> None:
        """Run every job that is due now and wake for it (tests; the QTimers do this normally)."""
        self._scheduler._process_jobs()
        self._wake()

    # -- helpers -----------------------------------------------------------
    def _date_job(self, job_id: str, at: datetime) -> None:
        self._scheduler.add_job(self._fire, DateTrigger(run_date=at, timezone=self._zone),
                                args=(job_id,), id=job_id, replace_existing=True)

    def _remove(self, job_id: str) -> None:
        if self._scheduler.get_job(job_id) is not None:
            self._scheduler.remove_job(job_id)

    def _fire(self, job_id: str) -> None:
        """A job's run: the wake-up follows once apscheduler is done with the job."""
        self._fired.append(job_id)
        self._deliver.start()

    def _wake(self) -> None:
        self._deliver.stop()
        while self._fired:
            job_id = self._fired.pop(0)
            try:
                self._on_wake(job_id)
            except Exception:  # never let one bad step stop the others
                log.exception("wake-up %s failed", job_id)
