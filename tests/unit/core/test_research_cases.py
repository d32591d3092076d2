"""Bugs other break apps had (shared research §4.1-4.3), each as a test on our engine.

Names carry the tracker issue: ``st`` Stretchly, ``se`` Safe Eyes, ``bt``
BreakTimer, ``wr`` Workrave. Cases covered elsewhere are named there too
(``test_bt206_...``, ``test_wr345_...``, ``test_bt215_...``, ``test_wr458_...``,
``test_st139_...``, ``test_st1248_...``, ``test_bt65_...``, ``test_se523_...``,
``test_st1724_st1279_...``, ``test_se407_st1817_...``, ``test_st1597_...``).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from psoas_desk.core import events as ev
from psoas_desk.core.model import BreakKind, BreakOutcome, EngineState, PauseKind
from tests.helpers.fakes import BERLIN
from tests.helpers.sim import Sim, settings_with

MIN = 60.0


def test_se878_the_next_break_is_never_in_the_past_after_resume() -> None:
    sim = Sim()
    sim.run(minutes=12)
    sim.suspend(minutes=3)  # longer than the natural break: credited
    snap = sim.engine.snapshot()
    assert snap.next_break is not None and snap.next_break.in_s > 0
    assert sim.engine.next_wakeup() > sim.clock.monotonic()
    sim.run(minutes=33)  # 30 min of sitting, then at most 2 min waiting for a pause
    assert sim.started(BreakKind.MICRO)


def test_bt230_bt143_start_a_break_now_works_after_a_sleep() -> None:
    sim = Sim()
    sim.run(minutes=32, seconds=10)  # a break is on screen
    sim.suspend(hours=2)
    sim.run(minutes=1)
    sim.events += sim.engine.start_break(BreakKind.MICRO)
    assert sim.engine.snapshot().state is EngineState.IN_BREAK


def test_wr588_activity_is_seen_again_after_unlock() -> None:
    sim = Sim()
    sim.run(minutes=5)
    sim.run(minutes=6, doing="locked")
    sim.run(minutes=10)
    snap = sim.engine.snapshot()
    assert snap.state is EngineState.SITTING
    assert snap.sitting_s == pytest.approx(10 * MIN, abs=1)


def test_st1336_a_short_sleep_does_not_end_the_running_break() -> None:
    sim = Sim()
    sim.run(minutes=32, seconds=5)
    assert sim.engine.snapshot().active_break is not None
    sim.suspend(seconds=15)
    assert sim.engine.snapshot().active_break is not None
    assert not sim.ended()


def test_se328_sitting_time_does_not_grow_while_suspended() -> None:
    sim = Sim(settings_with(micro__enabled=False, stretch__enabled=False))
    sim.run(minutes=20)
    sim.suspend(hours=3)
    assert sim.engine.snapshot().today.sitting_s == pytest.approx(20 * MIN, abs=1)


def test_st923_st1464_st1694_locking_does_not_escape_a_strict_break() -> None:
    sim = Sim(settings_with(breaks__strict=True))
    sim.run(minutes=32, seconds=5)
    assert sim.engine.snapshot().active_break is not None
    sim.run(seconds=10, doing="locked")
    sim.run(seconds=5)
    snap = sim.engine.snapshot()
    assert snap.active_break is not None  # still there, with its time left
    assert snap.active_break.remaining_s > 30
    assert not sim.ended()


def test_st130_pause_until_morning_follows_a_time_zone_change() -> None:
    # Stretchly 1.3.0 fixed "Pause until morning in some timezones".
    sim = Sim(start=datetime(2026, 3, 2, 20, 0, tzinfo=BERLIN))
    sim.events += sim.engine.pause(PauseKind.UNTIL_TOMORROW)
    sim.clock.set_zone(ZoneInfo("America/New_York"))  # now 14:00 local
    sim.tick()
    assert sim.engine.snapshot().state is EngineState.PAUSED
    sim.run(hours=13, minutes=59, doing="away")  # until 03:59 New York time
    assert sim.engine.snapshot().state is EngineState.PAUSED
    sim.run(minutes=2, doing="away")
    resumed = sim.of(ev.Resumed)
    assert len(resumed) == 1
    assert resumed[0].at.astimezone(ZoneInfo("America/New_York")).hour == 4


def test_a_break_across_the_day_rollover_ends_once_and_counts_on_the_new_day() -> None:
    sim = Sim(settings_with(stretch__enabled=False),
              start=datetime(2026, 3, 3, 3, 28, tzinfo=BERLIN))
    sim.run(minutes=32, seconds=30)  # the break starts at 04:00 minus a little
    sim.run(minutes=3)
    ended = sim.ended(BreakKind.MICRO)
    assert [e.outcome for e in ended] == [BreakOutcome.COMPLETED]
    assert len(sim.of(ev.DayEnded)) == 1
    assert sim.engine.snapshot().today.breaks_completed == 1


def test_st648_st739_timers_never_run_negative_after_idle_and_postpones() -> None:
    sim = Sim()
    sim.on_break = "postpone"
    for _ in range(3):
        sim.run(minutes=40)
        sim.run(minutes=4, doing="reading")
        sim.run(minutes=1, doing="locked")
    snap = sim.engine.snapshot()
    assert snap.next_break is None or snap.next_break.in_s >= 0
    sim.on_break = "take"
    before = len(sim.started())
    sim.run(minutes=40)
    assert len(sim.started()) > before


def test_st1817_after_skipping_a_stretch_break_the_schedule_carries_on() -> None:
    sim = Sim()
    sim.run(minutes=88)
    sim.on_break = "skip"
    while not sim.started(BreakKind.STRETCH):
        sim.run(minutes=1)
    sim.on_break = "take"
    sim.run(minutes=65)
    kinds_after = [e.kind for e in sim.started() if e.at > sim.started(BreakKind.STRETCH)[0].at]
    assert kinds_after[:2] == [BreakKind.MICRO, BreakKind.MICRO]


def test_st1022_a_postponed_stretch_break_is_not_silently_lost() -> None:
    sim = Sim(settings_with(micro__enabled=False))
    sim.on_break = "postpone"
    sim.run(minutes=89)
    while len(sim.started(BreakKind.STRETCH)) < 3:
        sim.run(minutes=1)
    sim.on_break = "take"
    sim.run(minutes=15)
    outcomes = [e.outcome for e in sim.ended(BreakKind.STRETCH)]
    assert outcomes.count(BreakOutcome.POSTPONED) == 2
    assert outcomes[-1] is BreakOutcome.COMPLETED


def test_sb172_se351_no_break_right_after_coming_back_from_lunch() -> None:
    sim = Sim()
    sim.run(minutes=28)
    sim.run(minutes=45, doing="away")
    returned = sim.clock.now()
    sim.run(minutes=10)
    assert not [e for e in sim.started() if e.at >= returned]


def test_a_changed_rollover_hour_applies_to_the_day_in_progress() -> None:
    sim = Sim(start=datetime(2026, 3, 3, 5, 0, tzinfo=BERLIN))
    sim.events += sim.engine.apply_settings(settings_with(schedule__day_starts_at=6))
    assert sim.engine.snapshot().today.day == datetime(2026, 3, 2).date()
    sim.run(hours=1, minutes=5, doing="away")
    assert sim.of(ev.DayEnded)
    assert sim.of(ev.DayEnded)[-1].at.hour == 6
    assert sim.engine.settings.schedule.day_starts_at == 6
    assert timedelta(0) < sim.engine.settings.micro.interval


def test_an_announced_sleep_that_is_called_off_does_not_mark_a_later_one() -> None:
    sim = Sim()
    sim.run(minutes=10)
    sim.events += sim.engine.suspending()  # PrepareForSleep(true), then the user cancels
    sim.run(minutes=20)
    before = sim.engine.snapshot().today.sitting_s
    sim.clock.suspend(minutes=30)  # a later sleep with no announcement
    sim.input()
    sim.tick()
    today = sim.engine.snapshot().today
    # The 20 minutes after the called-off sleep stay counted as sitting.
    assert today.sitting_s == pytest.approx(before, abs=1)
    assert today.away_s == pytest.approx(30 * MIN, abs=1)
