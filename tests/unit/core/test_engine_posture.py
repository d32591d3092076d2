"""Sit/stand: the sitting clock stops while standing; standing counts and credits breaks."""

from __future__ import annotations

import pytest

from psoas_desk.core import events as ev
from psoas_desk.core.model import BoutEnd, BreakKind, EngineState, Posture
from tests.helpers.sim import Doing, Sim, settings_with

MIN = 60.0


def test_standing_stops_the_sitting_clock_and_is_counted() -> None:
    sim = Sim()
    sim.run(minutes=20)
    sim.events += sim.engine.set_posture(Posture.STANDING)
    sim.run(minutes=1)
    snap = sim.engine.snapshot()
    assert snap.state is EngineState.STANDING
    assert snap.sitting_s == 0
    assert snap.today.sitting_s == pytest.approx(20 * MIN, abs=1)
    assert snap.today.standing_s == pytest.approx(1 * MIN, abs=1)
    bouts = sim.of(ev.BoutEnded)
    assert len(bouts) == 1 and bouts[0].reason is BoutEnd.STOOD_UP
    # Nothing is offered while standing.
    sim.run(minutes=30)
    assert not sim.started()


def test_standing_a_while_credits_the_micro_break_then_the_stretch_break() -> None:
    sim = Sim()
    sim.run(minutes=25)
    sim.events += sim.engine.set_posture(Posture.STANDING)
    sim.run(minutes=2, seconds=30)
    assert [e.kind for e in sim.of(ev.NaturalBreakTaken)] == [BreakKind.MICRO]
    sim.run(minutes=2)
    assert [e.kind for e in sim.of(ev.NaturalBreakTaken)] == [BreakKind.MICRO, BreakKind.STRETCH]
    assert all(e.reason == "standing" for e in sim.of(ev.NaturalBreakTaken))
    sim.events += sim.engine.set_posture(Posture.SITTING)
    sim.run(minutes=10)
    snap = sim.engine.snapshot()
    assert snap.next_break is not None and snap.next_break.in_s == pytest.approx(20 * MIN, abs=1)
    assert snap.sitting_s == pytest.approx(10 * MIN, abs=1)


def test_sit_stand_alternation_through_a_morning() -> None:
    sim = Sim(settings_with(micro__enabled=False, stretch__enabled=False))
    for _ in range(4):
        sim.run(minutes=30)
        sim.events += sim.engine.set_posture(Posture.STANDING)
        sim.run(minutes=15)
        sim.events += sim.engine.set_posture(Posture.SITTING)
    today = sim.engine.snapshot().today
    assert today.sitting_s == pytest.approx(120 * MIN, abs=2)
    assert today.standing_s == pytest.approx(60 * MIN, abs=2)
    assert today.longest_bout_s == pytest.approx(30 * MIN, abs=1)
    assert len(sim.of(ev.PostureChanged)) == 8


def test_standing_reminder_suggests_sitting_after_the_limit() -> None:
    sim = Sim(settings_with(posture__standing_reminder=True, posture__standing_limit="20m"))
    sim.events += sim.engine.set_posture(Posture.STANDING)
    sim.run(minutes=19)
    assert not sim.of(ev.StandingReminder)
    sim.run(minutes=2)
    reminders = sim.of(ev.StandingReminder)
    assert len(reminders) == 1 and reminders[0].standing_s == pytest.approx(20 * MIN)
    sim.run(minutes=30)
    assert len(sim.of(ev.StandingReminder)) == 1  # once per standing spell


def test_no_standing_reminder_unless_asked_for() -> None:
    sim = Sim()
    sim.events += sim.engine.set_posture(Posture.STANDING)
    sim.run(hours=2)
    assert not sim.of(ev.StandingReminder)


def test_after_a_long_absence_you_are_assumed_to_sit_again() -> None:
    # Forgetting "I'm sitting" after lunch must not silence reminders all afternoon.
    sim = Sim()
    sim.events += sim.engine.set_posture(Posture.STANDING)
    sim.run(minutes=10)
    sim.run(minutes=45, doing="away")
    sim.run(minutes=35)
    assert sim.engine.snapshot().posture is Posture.SITTING
    assert sim.started(BreakKind.MICRO)


@pytest.mark.parametrize("leaving", ["away", "locked"])
def test_standing_then_leaving_is_one_time_off_the_chair(leaving: Doing) -> None:
    # Standing 2 minutes counts as a natural break; walking off from there is
    # the same time away from the chair, not a second one.
    sim = Sim()
    sim.run(minutes=20)
    sim.events += sim.engine.set_posture(Posture.STANDING)
    sim.run(minutes=2, seconds=30)
    assert sim.engine.snapshot().today.natural_breaks == 1
    sim.run(minutes=15, doing=leaving)
    sim.input()  # back, and stepped at once
    sim.tick()
    sim.run(minutes=10)
    today = sim.engine.snapshot().today
    assert today.natural_breaks == 1
    credited = [(e.kind, e.reason) for e in sim.of(ev.NaturalBreakTaken)]
    # The stretch break (4 min) is earned by the time off the chair as a
    # whole: by standing when walking off shows only later (no input), by
    # the locked screen when it is locked at once.
    assert credited == [(BreakKind.MICRO, "standing"),
                        (BreakKind.STRETCH, "standing" if leaving == "away" else "locked")]
    assert not sim.of(ev.AbsenceCounted)  # nothing new to ask about
    # Back from it, the person sits again and the clocks start from zero.
    assert sim.engine.snapshot().posture is Posture.SITTING
    assert today.sitting_s == pytest.approx(30 * MIN, abs=2)


def test_standing_briefly_then_leaving_counts_the_whole_time_off_the_chair() -> None:
    # One minute standing, then away: one natural break, and the stretch
    # break is credited once the whole time off the chair is long enough.
    sim = Sim()
    sim.run(minutes=20)
    sim.events += sim.engine.set_posture(Posture.STANDING)
    sim.run(minutes=1)
    sim.run(minutes=20, doing="away")
    sim.run(minutes=5)
    assert sim.engine.snapshot().today.natural_breaks == 1
    assert sorted(e.kind.value for e in sim.of(ev.NaturalBreakTaken)) == ["micro", "stretch"]
