"""The apscheduler-based wake-up driver (runs in a Qt event loop)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import tzlocal
from pytestqt.qtbot import QtBot

from psoas_desk.adapters.wakeup import ROLLOVER_JOB, STEP_JOB, WakeupDriver

ZONE = tzlocal.get_localzone()


@pytest.fixture
def fired(qtbot: QtBot) -> list[str]:
    return []


@pytest.fixture
def driver(fired: list[str]) -> WakeupDriver:
    d = WakeupDriver(fired.append, ZONE)
    d.start()
    yield d  # type: ignore[misc]
    d.shutdown()


def now() -> datetime:
    return datetime.now(ZONE)


def test_jobs_can_be_added_by_trigger_name(qtbot: QtBot, driver: WakeupDriver,
                                          fired: list[str]) -> None:
    """apscheduler is loaded as it is, so its plugin names work for whoever adds a job."""
    scheduler = driver._scheduler
    scheduler.add_job(fired.append, "interval", seconds=0.2, args=("every",), id="every")
    scheduler.add_job(fired.append, "date", run_date=now() + timedelta(milliseconds=100),
                      args=("once",), id="once")
    qtbot.waitUntil(lambda: fired.count("every") >= 2 and "once" in fired, timeout=5000)
    scheduler.remove_job("every")
    assert driver.job_ids() == []


def test_a_planned_step_fires_once(qtbot: QtBot, driver: WakeupDriver, fired: list[str]) -> None:
    driver.plan_step(now() + timedelta(milliseconds=100))
    qtbot.waitUntil(lambda: fired == [STEP_JOB], timeout=5000)
    assert driver.job_ids() == []


def test_a_step_planned_from_inside_a_step_fires_too(qtbot: QtBot) -> None:
    """The engine plans its next step from each step (a break's end after its start)."""
    fired: list[datetime] = []

    def step(_job: str) -> None:
        fired.append(now())
        if len(fired) < 3:
            d.plan_step(now() + timedelta(milliseconds=100))

    d = WakeupDriver(step, ZONE)
    d.start()
    try:
        d.plan_step(now() + timedelta(milliseconds=50))
        qtbot.waitUntil(lambda: len(fired) == 3, timeout=5000)
        assert d.job_ids() == []
    finally:
        d.shutdown()


def test_replanning_keeps_one_job_and_one_timer(qtbot: QtBot, driver: WakeupDriver,
                                                fired: list[str]) -> None:
    for i in range(200):
        driver.plan_step(now() + timedelta(seconds=60 - i * 0.1))
    assert driver.job_ids() == [STEP_JOB]
    driver.plan_step(now() + timedelta(milliseconds=50))
    qtbot.waitUntil(lambda: fired == [STEP_JOB], timeout=5000)
    assert driver.job_ids() == []
    # Nothing left that could fire: the one owned timer is idle.
    assert not driver._scheduler.timer_active


def test_the_same_plan_again_leaves_the_job_alone_and_a_new_one_moves_it(
        driver: WakeupDriver) -> None:
    at = now() + timedelta(minutes=5)
    driver.plan_step(at)
    job = driver._scheduler.get_job(STEP_JOB)
    driver.plan_step(at + timedelta(milliseconds=3))  # the same moment, read again
    assert driver._scheduler.get_job(STEP_JOB) is job
    driver.plan_step(at + timedelta(seconds=30))
    assert driver.next_run(STEP_JOB) == at + timedelta(seconds=30)
    assert driver.job_ids() == [STEP_JOB]


def test_a_step_missed_while_asleep_runs_once_on_wake(qtbot: QtBot, driver: WakeupDriver,
                                                      fired: list[str]) -> None:
    driver.plan_step(now() - timedelta(hours=8))  # as after a night of suspend
    qtbot.waitUntil(lambda: fired == [STEP_JOB], timeout=5000)
    driver.process_now()
    assert fired == [STEP_JOB]


def test_missed_rollovers_coalesce_into_one_run(driver: WakeupDriver, fired: list[str]) -> None:
    driver.set_day_rollover(4)
    driver._scheduler.modify_job(ROLLOVER_JOB, next_run_time=now() - timedelta(days=3))
    driver.process_now()
    assert fired == [ROLLOVER_JOB]
    next_run = driver.next_run(ROLLOVER_JOB)
    assert next_run is not None and next_run > now()
    assert next_run.hour == 4


def test_working_hours_and_pause_jobs_replace_old_ones(driver: WakeupDriver) -> None:
    driver.set_working_hours([(0, 540), (0, 1080), (1, 540), (1, 1440)])
    assert len([j for j in driver.job_ids() if j.startswith("hours-")]) == 4
    driver.set_working_hours([(2, 600)])
    assert [j for j in driver.job_ids() if j.startswith("hours-")] == ["hours-0"]
    driver.set_pause_end(now() + timedelta(minutes=30))
    driver.set_pause_end(now() + timedelta(minutes=60))
    assert driver.job_ids().count("pause-end") == 1
    driver.set_pause_end(None)
    driver.set_working_hours([])
    assert driver.job_ids() == []


def test_an_exception_in_a_step_does_not_stop_the_scheduler(qtbot: QtBot) -> None:
    calls: list[str] = []

    def flaky(job: str) -> None:
        calls.append(job)
        if len(calls) == 1:
            raise RuntimeError("boom")

    d = WakeupDriver(flaky, ZONE)
    d.start()
    try:
        d.plan_step(now())
        qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
        d.plan_step(now())
        qtbot.waitUntil(lambda: len(calls) == 2, timeout=5000)
    finally:
        d.shutdown()
