"""Suspend, clock jumps, time zones, DST, day rollover and working hours.

Tests named after a tracker issue reproduce a bug another break app had
(shared research, sections 4.1 and 4.2).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from psoas_desk.core import events as ev
from psoas_desk.core.model import AwayReason, BreakKind, BreakOutcome, EngineState, PauseKind
from tests.helpers.fakes import BERLIN
from tests.helpers.sim import Sim, settings_with

MIN = 60.0


@pytest.mark.parametrize("signal", [True, False])
def test_suspend_overnight_credits_breaks_and_starts_a_new_day(signal: bool) -> None:
    sim = Sim(start=datetime(2026, 3, 2, 17, 0, tzinfo=BERLIN))
    sim.run(minutes=50)
    sim.suspend(hours=14, signal=signal)
    sim.run(minutes=10)
    days = sim.of(ev.DayEnded)
    assert [d.day for d in days] == [date(2026, 3, 2)]
    # 50 minutes at the desk, one of them in the micro-break at 8:30.
    assert days[0].totals.sitting_s == pytest.approx(49 * MIN, abs=1)
    snap = sim.engine.snapshot()
    assert snap.today.day == date(2026, 3, 3)
    assert snap.today.sitting_s == pytest.approx(10 * MIN, abs=1)
    assert [e.reason for e in sim.of(ev.AwayStarted)] == [AwayReason.SUSPENDED]
    # No break right after waking up: both clocks were reset by the night.
    assert not [e for e in sim.started() if e.at > sim.of(ev.Returned)[0].at]


@pytest.mark.parametrize("knows_sleep", [True, False])
@pytest.mark.parametrize(("sleep_s", "credited"), [
    (3, False), (10 * MIN, True), (12 * 3600, True)])
def test_sleep_mid_interval(sleep_s: float, credited: bool, knows_sleep: bool) -> None:
    sim = Sim(knows_sleep=knows_sleep)
    sim.run(minutes=12)
    sim.suspend(sleep_s, signal=False)
    sim.run(minutes=1)
    snap = sim.engine.snapshot()
    assert snap.next_break is not None
    if credited:
        assert snap.next_break.in_s == pytest.approx(29 * MIN, abs=2)
    elif knows_sleep:
        assert snap.next_break.in_s == pytest.approx(17 * MIN, abs=5)


def test_sleep_during_the_pre_warning_does_not_fire_the_break_on_wake() -> None:
    # Safe Eyes #324/#351, BreakTimer #53: the break fired right after waking.
    sim = Sim()
    sim.run(minutes=29, seconds=45)
    assert sim.of(ev.BreakWarned)
    sim.suspend(minutes=10)
    sim.run(minutes=2)
    assert not sim.started()
    assert [e.outcome for e in sim.ended()] == [BreakOutcome.NATURAL]


def test_bt206_sleeping_during_a_break_ends_it_cleanly() -> None:
    # BreakTimer #206: stuck at "next break in less than a minute" after
    # sleeping during a break; Workrave #404: the break stayed active.
    sim = Sim()
    sim.run(minutes=32, seconds=10)
    assert sim.engine.snapshot().state is EngineState.IN_BREAK
    sim.suspend(hours=1)
    snap = sim.engine.snapshot()
    assert snap.state is EngineState.SITTING
    assert [e.outcome for e in sim.ended()] == [BreakOutcome.NATURAL]
    sim.run(minutes=35)
    assert len(sim.started()) == 2  # the schedule carries on


def test_a_strict_break_survives_a_short_sleep_and_does_not_vanish() -> None:
    sim = Sim(settings_with(breaks__strict=True))
    sim.run(minutes=32, seconds=10)
    sim.suspend(seconds=20)
    snap = sim.engine.snapshot()
    assert snap.active_break is not None  # still on screen, neither completed nor gone
    assert not sim.ended()
    sim.run(minutes=2, doing="reading")
    assert [e.outcome for e in sim.ended()] == [BreakOutcome.COMPLETED]


def test_the_resume_signal_arriving_twice_is_harmless() -> None:
    sim = Sim()
    sim.run(minutes=20)
    sim.suspend(minutes=30)
    sim.tick()
    sim.tick()
    assert len(sim.of(ev.Returned)) == 1
    assert sim.engine.snapshot().today.natural_breaks == 1


def test_a_timed_pause_ending_during_sleep_resumes_on_wake() -> None:
    sim = Sim()
    sim.run(minutes=5)
    sim.events += sim.engine.pause(PauseKind.TIMED, timedelta(minutes=30))
    sim.suspend(hours=2)
    assert sim.engine.snapshot().pause is None
    assert [e.by_timer for e in sim.of(ev.Resumed)] == [True]


def test_st139_pause_indefinitely_survives_sleep() -> None:
    sim = Sim()
    sim.events += sim.engine.pause(PauseKind.INDEFINITE)
    sim.suspend(hours=3)
    sim.run(hours=2)
    assert sim.engine.snapshot().state is EngineState.PAUSED
    assert not sim.started()


def test_pause_until_tomorrow_across_midnight_ends_at_the_rollover_hour() -> None:
    sim = Sim(start=datetime(2026, 3, 2, 20, 0, tzinfo=BERLIN))
    sim.events += sim.engine.pause(PauseKind.UNTIL_TOMORROW)
    snap = sim.engine.snapshot()
    assert snap.pause is not None
    assert snap.pause.until == datetime(2026, 3, 3, 4, 0, tzinfo=BERLIN)
    sim.run(hours=7, minutes=59, doing="away")
    assert sim.engine.snapshot().state is EngineState.PAUSED
    sim.run(minutes=2, doing="away")
    resumed = sim.of(ev.Resumed)
    assert len(resumed) == 1 and resumed[0].at == datetime(2026, 3, 3, 4, 0, tzinfo=BERLIN)


def test_pause_until_tomorrow_across_the_spring_dst_change() -> None:
    # 29 March 2026: clocks in Berlin go from 02:00 to 03:00.
    sim = Sim(start=datetime(2026, 3, 28, 20, 0, tzinfo=BERLIN))
    sim.events += sim.engine.pause(PauseKind.UNTIL_TOMORROW)
    sim.run(hours=6, minutes=59, doing="away")  # 7 real hours = 04:00 local after the change
    assert sim.engine.snapshot().state is EngineState.PAUSED
    sim.run(minutes=2, doing="away")
    resumed = sim.of(ev.Resumed)
    assert len(resumed) == 1
    assert resumed[0].at.replace(tzinfo=None) == datetime(2026, 3, 29, 4, 0)


def test_wr345_setting_the_clock_back_does_not_change_countdowns() -> None:
    # Workrave #345: setting the clock back 3 h added 3 h to the countdown.
    sim = Sim(start=datetime(2026, 3, 2, 14, 0, tzinfo=BERLIN))
    sim.run(minutes=10)
    sim.clock.jump_wall(timedelta(hours=-3))
    sim.tick()
    sim.run(minutes=5)
    snap = sim.engine.snapshot()
    assert snap.next_break is not None and snap.next_break.in_s == pytest.approx(15 * MIN, abs=1)
    sim.clock.jump_wall(timedelta(hours=6))
    sim.run(minutes=5)
    snap = sim.engine.snapshot()
    assert snap.next_break is not None and snap.next_break.in_s == pytest.approx(10 * MIN, abs=1)
    assert snap.sitting_s == pytest.approx(20 * MIN, abs=1)


def test_bt215_a_time_zone_change_changes_no_duration() -> None:
    # BreakTimer #215: after a zone change, intervals grew by the offset.
    sim = Sim(start=datetime(2026, 3, 2, 10, 0, tzinfo=BERLIN))
    sim.run(minutes=10)
    sim.clock.set_zone(ZoneInfo("America/New_York"))
    sim.run(minutes=10)
    snap = sim.engine.snapshot()
    assert snap.sitting_s == pytest.approx(20 * MIN, abs=1)
    assert snap.next_break is not None and snap.next_break.in_s == pytest.approx(10 * MIN, abs=1)
    assert sim.engine.settings.micro.interval == timedelta(minutes=30)


def test_wr458_the_day_rolls_over_at_the_rollover_hour_not_midnight() -> None:
    # Workrave #458: today's usage added to yesterday; Safe Eyes #384.
    sim = Sim(settings_with(micro__enabled=False, stretch__enabled=False),
              start=datetime(2026, 3, 2, 23, 0, tzinfo=BERLIN))
    sim.run(hours=2)  # until 01:00: still the same psoas-desk day
    assert not sim.of(ev.DayEnded)
    sim.run(hours=3, minutes=30)  # past 04:00
    days = sim.of(ev.DayEnded)
    assert len(days) == 1 and days[0].day == date(2026, 3, 2)
    assert days[0].at.replace(tzinfo=None) == datetime(2026, 3, 3, 4, 0)
    assert days[0].totals.sitting_s == pytest.approx(5 * 3600, abs=1)
    assert sim.engine.snapshot().today.sitting_s == pytest.approx(30 * MIN, abs=1)


def test_working_hours_keep_quiet_outside_and_remind_inside() -> None:
    sim = Sim(settings_with(schedule__working_hours_only=True),
              start=datetime(2026, 3, 2, 7, 0, tzinfo=BERLIN))  # Monday, hours 09-18
    sim.run(hours=1, minutes=50)
    assert not sim.started() and not sim.of(ev.BreakWarned)
    assert sim.engine.snapshot().state is EngineState.OFF_HOURS
    inside = [e for e in sim.of(ev.WorkingHoursChanged) if e.inside]
    sim.run(hours=1)
    assert inside or sim.of(ev.WorkingHoursChanged)
    assert sim.started()
    assert sim.started()[0].at >= datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN)


def test_working_hours_at_the_weekend() -> None:
    sim = Sim(settings_with(schedule__working_hours_only=True),
              start=datetime(2026, 3, 7, 10, 0, tzinfo=BERLIN))  # Saturday
    sim.run(hours=3)
    assert not sim.started()


def test_st1248_a_shorter_interval_takes_effect_at_once() -> None:
    sim = Sim()
    sim.run(minutes=20)
    sim.events += sim.engine.apply_settings(settings_with(micro__interval="15m"))
    sim.run(seconds=35, doing="reading")  # overdue at once: warned, then shown
    assert sim.of(ev.BreakWarned)[0].at < sim.started(BreakKind.MICRO)[0].at
    # A settings change does not disturb the break on screen.
    sim.events += sim.engine.apply_settings(settings_with(micro__interval="45m"))
    assert sim.engine.snapshot().active_break is not None


def test_a_longer_interval_moves_the_next_break_later() -> None:
    sim = Sim()
    sim.run(minutes=10)
    sim.events += sim.engine.apply_settings(settings_with(micro__interval="50m"))
    snap = sim.engine.snapshot()
    assert snap.next_break is not None and snap.next_break.in_s == pytest.approx(40 * MIN, abs=1)
