"""Presence and sitting time: typing, reading, calls, locks, lunch, suspend."""

from __future__ import annotations

import pytest

from psoas_desk.core import events as ev
from psoas_desk.core.model import AwayReason, BoutEnd, BreakKind, EngineState, Presence
from tests.helpers.sim import Sim, settings_with

MIN = 60.0


def test_typing_counts_as_sitting() -> None:
    sim = Sim()
    sim.run(minutes=20)
    snap = sim.engine.snapshot()
    assert snap.state is EngineState.SITTING
    assert snap.presence is Presence.ACTIVE
    assert snap.sitting_s == pytest.approx(20 * MIN, abs=1)
    assert snap.today.sitting_s == pytest.approx(20 * MIN, abs=1)


def test_reading_without_input_is_still_sitting() -> None:
    sim = Sim()
    sim.run(minutes=5)
    sim.run(minutes=4, doing="reading")
    snap = sim.engine.snapshot()
    assert snap.state is EngineState.SITTING
    assert snap.presence is Presence.PASSIVE
    assert snap.sitting_s == pytest.approx(9 * MIN, abs=1)
    assert not sim.of(ev.AwayStarted)


def test_idle_past_the_away_threshold_is_away_since_the_last_input() -> None:
    sim = Sim()
    sim.run(minutes=10)
    sim.run(minutes=7, doing="away")
    snap = sim.engine.snapshot()
    assert snap.state is EngineState.AWAY
    # The five idle minutes first counted as reading were taken back.
    assert snap.today.sitting_s == pytest.approx(10 * MIN, abs=1)
    away = sim.of(ev.AwayStarted)
    assert len(away) == 1 and away[0].reason is AwayReason.IDLE
    bout = sim.of(ev.BoutEnded)
    assert len(bout) == 1 and bout[0].sitting_s == pytest.approx(10 * MIN, abs=1)
    assert bout[0].reason is BoutEnd.AWAY


def test_a_40_minute_call_without_input_is_sitting() -> None:
    sim = Sim(settings_with(micro__enabled=False, stretch__enabled=False))
    sim.run(minutes=5)
    sim.run(minutes=40, doing="call")
    snap = sim.engine.snapshot()
    assert snap.state is EngineState.SITTING
    assert snap.sitting_s == pytest.approx(45 * MIN, abs=1)
    assert not sim.of(ev.AwayStarted)


def test_a_presence_sign_alone_keeps_you_present_only_up_to_its_limit() -> None:
    # A video left playing in an empty room must not count as sitting forever.
    sim = Sim(settings_with(micro__enabled=False, stretch__enabled=False,
                            presence__presence_sign_limit="30m"))
    sim.run(minutes=1)
    sim.run(hours=2, doing="call")
    snap = sim.engine.snapshot()
    assert snap.state is EngineState.AWAY
    assert snap.today.sitting_s == pytest.approx(31 * MIN, abs=2)


def test_lunch_away_ends_the_bout_and_credits_both_breaks() -> None:
    sim = Sim()
    sim.run(minutes=50)
    sim.run(minutes=60, doing="away")
    sim.run(minutes=5)
    snap = sim.engine.snapshot()
    assert snap.state is EngineState.SITTING
    # The return is noticed at the next look (at most a minute while away).
    assert 4 * MIN <= snap.sitting_s <= 5 * MIN
    credited = {e.kind for e in sim.of(ev.NaturalBreakTaken)} | {
        e.kind for e in sim.ended() if e.outcome.value == "natural"}
    assert credited == {BreakKind.MICRO, BreakKind.STRETCH}
    assert snap.today.natural_breaks == 1
    # Both clocks start again: the next micro-break is a full interval away.
    assert snap.next_break is not None
    assert snap.next_break.in_s == pytest.approx(30 * MIN - snap.sitting_s, abs=1)


def test_st1724_st1279_a_20_second_lock_pauses_the_clock_but_keeps_progress() -> None:
    sim = Sim()
    sim.run(minutes=20)
    sim.run(seconds=20, doing="locked")
    sim.run(minutes=1)
    snap = sim.engine.snapshot()
    assert snap.sitting_s == pytest.approx(21 * MIN, abs=1)  # the 20 s are not sitting
    assert snap.next_break is not None and snap.next_break.kind is BreakKind.MICRO
    assert snap.next_break.in_s == pytest.approx(9 * MIN, abs=1)
    assert not sim.of(ev.BoutEnded) and not sim.of(ev.NaturalBreakTaken)
    assert [e.reason for e in sim.of(ev.AwayStarted)] == [AwayReason.LOCKED]


def test_a_10_minute_screen_lock_is_a_natural_break() -> None:
    sim = Sim()
    sim.run(minutes=20)
    sim.run(minutes=10, doing="locked")
    assert sim.engine.snapshot().state is EngineState.AWAY
    sim.run(minutes=1)
    snap = sim.engine.snapshot()
    assert snap.today.natural_breaks == 1
    assert {e.kind for e in sim.of(ev.NaturalBreakTaken)} == {BreakKind.MICRO, BreakKind.STRETCH}
    assert sim.of(ev.BoutEnded)[0].sitting_s == pytest.approx(20 * MIN, abs=1)
    assert snap.next_break is not None and snap.next_break.in_s == pytest.approx(29 * MIN, abs=2)


def test_a_short_absence_between_natural_break_and_stretch_length_credits_only_micro() -> None:
    sim = Sim()
    sim.run(minutes=60)
    sim.clear()
    sim.run(minutes=3, doing="locked")  # >= 2 min natural break, < 4 min stretch break
    sim.run(seconds=10)
    assert {e.kind for e in sim.of(ev.NaturalBreakTaken)} | {
        e.kind for e in sim.ended()} == {BreakKind.MICRO}


def test_no_idle_source_works_on_wall_clock_time() -> None:
    sim = Sim(idle_source=False)
    sim.run(minutes=20, doing="reading")
    snap = sim.engine.snapshot()
    assert not snap.idle_known
    assert snap.state is EngineState.SITTING
    assert snap.sitting_s == pytest.approx(20 * MIN, abs=1)
    sim.run(minutes=5, doing="locked")  # a lock still counts as away
    sim.run(minutes=1, doing="reading")
    assert sim.engine.snapshot().today.natural_breaks == 1


def test_flapping_around_the_away_threshold_does_not_invent_breaks() -> None:
    sim = Sim(settings_with(presence__away_threshold="30s"))
    for _ in range(20):
        sim.run(seconds=31, doing="reading")
        sim.input()
        sim.run(seconds=2)
    snap = sim.engine.snapshot()
    assert snap.today.natural_breaks == 0
    assert not sim.of(ev.BoutEnded)


def test_an_idle_time_that_jumps_backwards_or_goes_wild_is_survived() -> None:
    sim = Sim()
    sim.run(minutes=3)
    for idle in (5.0, 1e9, -20.0, float("nan"), 0.0):
        sim.clock.advance(30)
        sim.events += sim.engine.tick(sim.obs().__class__(idle_s=idle))
    snap = sim.engine.snapshot()
    assert snap.today.sitting_s >= 0
    assert all(v >= 0 for v in (snap.sitting_s, snap.today.away_s, snap.today.standing_s))
