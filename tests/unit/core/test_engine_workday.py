"""A real workday (issue 15): no double popups, no lost days, working through a
break is not a break, reading still counts.

Each test is a defect found by running the engine through simulated workdays,
written to fail before its fix.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from psoas_desk.core import events as ev
from psoas_desk.core.model import BreakKind, BreakOutcome, BreakPhase, Posture
from tests.helpers.fakes import BERLIN
from tests.helpers.sim import Sim, settings_with

MIN = 60.0


def offers(sim: Sim) -> list[ev.BreakStarted]:
    return [e for e in sim.started() if not e.requested]


# -- 1. two popups back to back after a hold ---------------------------------------------

def test_after_a_long_hold_the_overdue_stretch_break_comes_alone() -> None:
    sim = Sim()
    sim.run(minutes=25)
    sim.dnd = True  # a long full-screen presentation holds the micro-break due at 30 min
    sim.tick()
    sim.run(minutes=70)
    sim.dnd = False
    sim.tick()
    sim.run(minutes=20)
    # Both are overdue: the stretch break includes the micro-break and comes instead.
    assert [e.kind for e in offers(sim)] == [BreakKind.STRETCH]
    assert [e.outcome for e in sim.ended()] == [BreakOutcome.COMPLETED]
    snap = sim.engine.snapshot()
    assert snap.next_break is not None and snap.next_break.kind is BreakKind.MICRO
    assert snap.next_break.in_s == pytest.approx(30 * MIN - snap.sitting_s, abs=2)


def test_a_held_micro_break_turns_into_the_stretch_break_that_fell_due_meanwhile() -> None:
    sim = Sim()
    sim.run(minutes=29, seconds=50)
    sim.dnd = True
    sim.tick()
    sim.run(minutes=62)  # the stretch break falls due at 90 min, during the hold
    assert sim.engine.snapshot().next_break.kind is BreakKind.STRETCH  # type: ignore[union-attr]
    sim.dnd = False
    sim.tick()
    sim.run(minutes=10)
    assert [e.kind for e in offers(sim)] == [BreakKind.STRETCH]


def test_two_automatic_offers_are_never_closer_than_five_minutes_of_sitting() -> None:
    from psoas_desk.core.scheduler import MIN_OFFER_GAP_S

    # A micro-break every 9 min (merge window 3 min) and a stretch break every
    # 13 min: the stretch break falls due 4 min of sitting after the micro-break.
    sim = Sim(settings_with(micro__interval="9m", stretch__interval="13m"))
    sim.run(minutes=40)
    starts = offers(sim)
    assert len(starts) >= 3
    for before, after in zip(sim.ended(), starts[1:], strict=False):
        assert before.started_at is not None
        # Typing all along: wall time after the break ended is sitting time.
        assert (after.at - before.at).total_seconds() >= MIN_OFFER_GAP_S - 1
    assert MIN_OFFER_GAP_S == 5 * MIN


# -- 2. a day lost ------------------------------------------------------------------------

def test_a_wall_clock_stepped_back_across_the_day_boundary_never_rolls_the_day_back() -> None:
    # A laptop resumes at 03:59 with its hardware clock 2 minutes fast, then NTP fixes it.
    sim = Sim(start=datetime(2026, 3, 3, 3, 0, tzinfo=BERLIN))
    sim.run(minutes=58, seconds=50)  # 03:58:50, still Monday's psoas-desk day
    monday_s = sim.engine.snapshot().today.sitting_s
    sim.clock.jump_wall(timedelta(minutes=2))  # reads 04:00:50: Tuesday begins
    sim.run(seconds=20)
    sim.clock.jump_wall(timedelta(minutes=-2))  # NTP: back to 03:59:10
    sim.tick()  # the app steps now and then (its refresh, a lock check...)
    sim.run(seconds=30)
    sim.tick()
    sim.run(minutes=30)
    days = sim.of(ev.DayEnded)
    assert [d.day for d in days] == [date(2026, 3, 2)]
    assert days[0].totals.sitting_s == pytest.approx(monday_s, abs=1)
    today = sim.engine.snapshot().today
    assert today.day == date(2026, 3, 3)
    assert today.sitting_s >= 29 * MIN  # 31 minutes at the desk, one of them in a break


# -- 3. sleep across the day boundary ------------------------------------------------------

@pytest.mark.parametrize("knows_sleep", [True, False])
def test_sleep_across_the_day_boundary_is_split_at_the_boundary(knows_sleep: bool) -> None:
    sim = Sim(start=datetime(2026, 3, 3, 3, 0, tzinfo=BERLIN), knows_sleep=knows_sleep)
    sim.run(minutes=30)
    sim.suspend(hours=2)  # 03:30 to 05:30: half an hour on Monday, 90 minutes on Tuesday
    sim.run(minutes=10)
    monday = sim.of(ev.DayEnded)[0].totals
    assert monday.away_s == pytest.approx(30 * MIN, abs=2)
    today = sim.engine.snapshot().today
    assert today.away_s == pytest.approx(90 * MIN, abs=2)
    assert today.sitting_s == pytest.approx(10 * MIN, abs=2)


# -- 4. a break shown to a standing person -------------------------------------------------

def test_a_break_due_as_the_person_says_i_am_standing_is_not_shown() -> None:
    sim = Sim()
    sim.run(minutes=29, seconds=40)
    sim.clock.advance(20)
    sim.input()
    sim.events += sim.engine.set_posture(Posture.STANDING)
    sim.run(minutes=5)  # typing at a standing desk
    assert not sim.started()
    # Standing long enough counts as the break.
    assert sim.engine.snapshot().today.natural_breaks == 1
    credited = {e.kind for e in sim.of(ev.NaturalBreakTaken)} | {
        e.kind for e in sim.ended() if e.outcome is BreakOutcome.NATURAL}
    assert BreakKind.MICRO in credited


# -- 5. working through a break ------------------------------------------------------------

def test_typing_through_a_break_is_worked_through_and_the_bout_goes_on() -> None:
    from psoas_desk.core.scheduler import RETRY_AFTER_WORKED_THROUGH_S

    sim = Sim()
    sim.on_break = "ignore"  # keeps typing as if the popup were not there
    sim.run(minutes=34)
    ended = sim.ended()
    assert [e.outcome for e in ended] == [BreakOutcome.WORKED_THROUGH]
    assert not sim.of(ev.BoutEnded)
    snap = sim.engine.snapshot()
    assert snap.sitting_s == pytest.approx(34 * MIN, abs=2)
    assert snap.today.breaks_completed == 0 and snap.today.breaks_worked_through == 1
    assert snap.to_json()["today"]["breaks_worked_through"] == 1  # status --json
    # Offered again after a short grace of sitting, and taken this time.
    sim.on_break = "take"
    sim.run(minutes=10)
    again = offers(sim)[1]
    retry = ended[0].at + timedelta(seconds=RETRY_AFTER_WORKED_THROUGH_S)
    assert again.due_at == retry  # due again after the grace of sitting...
    assert again.at <= retry + timedelta(minutes=2)  # ...shown at a typing pause
    assert [e.outcome for e in sim.ended()][-1] is BreakOutcome.COMPLETED
    assert [b.reason.value for b in sim.of(ev.BoutEnded)] == ["break"]


def test_using_the_break_windows_own_controls_is_not_working_through() -> None:
    sim = Sim()
    sim.run(minutes=32, seconds=30)  # the break is on screen
    assert sim.engine.snapshot().active_break is not None
    for _ in range(12):  # steps through the routine with its own buttons
        sim.clock.advance(5)
        sim.input()
        sim.events += sim.engine.popup_input()
        sim.tick()
    sim.run(minutes=1, doing="reading")
    assert [e.outcome for e in sim.ended()] == [BreakOutcome.COMPLETED]


def test_typing_only_during_the_key_guard_is_not_working_through() -> None:
    sim = Sim()
    sim.run(minutes=32, seconds=20)
    assert sim.engine.snapshot().active_break is not None
    sim.run(seconds=2)  # finishes the sentence while the keys are still guarded
    sim.run(minutes=1, doing="reading")
    assert [e.outcome for e in sim.ended()] == [BreakOutcome.COMPLETED]


# -- 6. reading taken for an absence -------------------------------------------------------

def test_an_unexplained_absence_that_credited_a_break_is_asked_about_and_can_be_undone() -> None:
    sim = Sim()
    sim.run(minutes=20)
    sim.run(minutes=12, doing="reading")  # reading a printout: no input for 12 minutes
    sim.input()
    sim.tick()
    sim.run(seconds=30)
    counted = sim.of(ev.AbsenceCounted)
    assert len(counted) == 1
    assert counted[0].away_s == pytest.approx(12 * MIN, abs=2)
    assert counted[0].kinds == (BreakKind.MICRO, BreakKind.STRETCH)
    assert sim.engine.snapshot().sitting_s < 1 * MIN
    sim.events += sim.engine.undo_absence()  # "I was at my desk"
    snap = sim.engine.snapshot()
    assert snap.sitting_s == pytest.approx(32.5 * MIN, abs=2)
    assert snap.today.sitting_s == pytest.approx(32.5 * MIN, abs=2)
    assert snap.today.natural_breaks == 0
    assert len(sim.of(ev.AbsenceUndone)) == 1
    # The micro-break clock goes on from 32.5 minutes: overdue, so it comes (warned first).
    sim.run(minutes=3)
    assert [e.kind for e in offers(sim)] == [BreakKind.MICRO]
    assert sim.of(ev.BreakWarned)[-1].at < offers(sim)[0].at


def test_a_locked_screen_or_a_sleep_is_not_asked_about() -> None:
    sim = Sim()
    sim.run(minutes=20)
    sim.run(minutes=12, doing="locked")
    sim.run(minutes=1)
    sim.suspend(minutes=20)
    sim.run(minutes=1)
    assert not sim.of(ev.AbsenceCounted)


def test_the_question_can_be_turned_off() -> None:
    sim = Sim(settings_with(presence__ask_about_absence=False))
    sim.run(minutes=20)
    sim.run(minutes=12, doing="reading")
    sim.run(minutes=1)
    assert not sim.of(ev.AbsenceCounted)


def test_reading_mode_keeps_idle_time_sitting_until_input_returns() -> None:
    sim = Sim()
    sim.run(minutes=10)
    sim.events += sim.engine.set_reading(True)
    assert sim.engine.snapshot().reading
    sim.run(minutes=15, doing="reading")
    assert not sim.of(ev.AwayStarted)
    assert sim.engine.snapshot().sitting_s == pytest.approx(25 * MIN, abs=2)
    sim.run(minutes=1)  # back at the keyboard: the mode has done its job
    assert not sim.engine.snapshot().reading
    assert [e.on for e in sim.of(ev.ReadingChanged)] == [True, False]


def test_reading_mode_ends_at_the_presence_sign_limit() -> None:
    sim = Sim(settings_with(presence__presence_sign_limit="30m"))
    sim.run(minutes=5)
    sim.events += sim.engine.set_reading(True)
    sim.run(minutes=50, doing="reading")
    away = sim.of(ev.AwayStarted)
    assert len(away) == 1
    assert not sim.engine.snapshot().reading


# -- 7. a break with no warning after a restart --------------------------------------------

def test_a_restored_overdue_break_is_warned_before_it_shows() -> None:
    first = Sim()
    first.run(minutes=25)
    first.dnd = True  # the micro-break falls due during a presentation and is held
    first.tick()
    first.run(minutes=15)
    assert first.of(ev.BreakDeferred)
    saved = first.engine.export_state()  # then the app restarts
    second = Sim(start=first.clock.now() + timedelta(seconds=5))
    second.events += second.engine.restore_state(saved)
    second.run(minutes=2, doing="reading")
    names = [type(e).__name__ for e in second.events]
    assert "BreakStarted" in names
    assert names.index("BreakWarned") < names.index("BreakStarted")
    warned = second.of(ev.BreakWarned)[0]
    assert second.started()[0].at - warned.at >= timedelta(seconds=30)


# -- 8. a warning that goes quiet ------------------------------------------------------------

def test_a_break_waiting_for_a_typing_pause_says_so() -> None:
    sim = Sim()
    sim.run(minutes=30, seconds=10)  # typing on past the due time
    snap = sim.engine.snapshot()
    assert snap.next_break is not None
    assert snap.next_break.phase is BreakPhase.WAITING
    assert snap.to_json()["next_break"]["phase"] == "waiting_for_pause"  # type: ignore[index]
    waiting = sim.of(ev.BreakWaiting)
    assert len(waiting) == 1 and waiting[0].kind is BreakKind.MICRO
    assert waiting[0].within_s == pytest.approx(120, abs=1)
    sim.run(minutes=1)
    assert len(sim.of(ev.BreakWaiting)) == 1  # said once, not every step


def test_a_restart_with_the_clock_set_back_across_the_day_boundary_keeps_the_days_figures() -> None:
    first = Sim(start=datetime(2026, 3, 3, 3, 0, tzinfo=BERLIN))
    first.run(minutes=61)  # 04:01: Tuesday has begun, with a minute of sitting
    first.clock.jump_wall(timedelta(minutes=-2))
    saved = first.engine.export_state()
    assert saved["day"] == "2026-03-03"
    # Restarted while the wall clock reads 03:59:30 (set back): still Tuesday.
    second = Sim(start=datetime(2026, 3, 3, 3, 59, 30, tzinfo=BERLIN))
    second.events += second.engine.restore_state(saved)
    second.run(minutes=5)
    assert not second.of(ev.DayEnded)
    assert second.engine.snapshot().today.day == date(2026, 3, 3)
