"""Saving and restoring the engine: a restart keeps the bout, the figures and a pause."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psoas_desk.core import events as ev
from psoas_desk.core.engine import Engine
from psoas_desk.core.model import AwayReason, EngineState, PauseKind, Posture
from psoas_desk.core.settings import Settings
from tests.helpers.fakes import BERLIN
from tests.helpers.sim import Sim

MIN = 60.0


def restart(sim: Sim, downtime_s: float) -> tuple[Sim, list[ev.Event]]:
    """Save, let ``downtime_s`` pass with the app not running, start a new engine."""
    saved = json.loads(json.dumps(sim.engine.export_state()))  # really JSON
    sim.clock.advance(downtime_s)
    sim.engine = Engine(sim.engine.settings, sim.clock)
    restored = sim.engine.restore_state(saved)
    sim.events += restored
    sim.input()
    sim.tick()
    return sim, restored


def test_a_quick_restart_keeps_the_bout_and_the_break_clock() -> None:
    sim = Sim()
    sim.run(minutes=20)
    before = sim.engine.snapshot()
    restart(sim, 10)
    snap = sim.engine.snapshot()
    assert snap.sitting_s == pytest.approx(before.sitting_s, abs=1)
    assert snap.today.sitting_s == pytest.approx(before.today.sitting_s, abs=1)
    assert snap.next_break is not None and before.next_break is not None
    assert snap.next_break.in_s == pytest.approx(before.next_break.in_s, abs=1)
    assert not sim.of(ev.BoutEnded)


def test_a_long_downtime_ends_the_bout_at_the_last_save_and_credits_breaks() -> None:
    sim = Sim()
    sim.run(minutes=25)
    saved_at = sim.clock.now()
    restart(sim, 3 * 3600)
    bouts = sim.of(ev.BoutEnded)
    assert len(bouts) == 1
    assert bouts[0].at == saved_at
    assert bouts[0].sitting_s == pytest.approx(25 * MIN, abs=1)
    snap = sim.engine.snapshot()
    assert snap.today.sitting_s == pytest.approx(25 * MIN, abs=1)
    assert snap.next_break is not None and snap.next_break.in_s == pytest.approx(30 * MIN, abs=2)


@pytest.mark.parametrize("downtime_s", [1.0, 10.0, 119.0])
def test_a_quick_restart_records_no_time_away(downtime_s: float) -> None:
    # Shorter than the natural-break time, the time the app was not running
    # changes nothing (the bout goes on), so the history gets no record of it.
    sim = Sim()
    sim.run(minutes=20)
    _, restored = restart(sim, downtime_s)
    assert not [e for e in restored if isinstance(e, ev.AwayStarted | ev.Returned)]
    assert sim.engine.snapshot().sitting_s == pytest.approx(20 * MIN, abs=1)


@pytest.mark.parametrize("downtime_s", [120.0, 3 * 3600.0])
def test_downtime_long_enough_to_be_a_break_is_one_time_away(downtime_s: float) -> None:
    sim = Sim()
    sim.run(minutes=25)
    saved_at = sim.clock.now()
    _, restored = restart(sim, downtime_s)
    away = [e for e in restored if isinstance(e, ev.AwayStarted)]
    back = [e for e in restored if isinstance(e, ev.Returned)]
    assert [(e.since, e.reason) for e in away] == [(saved_at, AwayReason.NOT_RUNNING)]
    assert [e.away_s for e in back] == [pytest.approx(downtime_s)]
    assert sim.of(ev.BoutEnded)  # it ended the bout, as any time away that long


def test_a_restart_on_the_next_day_closes_the_saved_day() -> None:
    sim = Sim(start=datetime(2026, 3, 2, 17, 0, tzinfo=BERLIN))
    sim.run(minutes=40)
    restart(sim, 16 * 3600)
    days = sim.of(ev.DayEnded)
    assert [d.day for d in days] == [date(2026, 3, 2)]
    assert days[0].totals.sitting_s == pytest.approx(39 * MIN, abs=1)
    assert sim.engine.snapshot().today.day == date(2026, 3, 3)


def test_a_running_pause_survives_a_restart_and_ends_on_time() -> None:
    sim = Sim()
    sim.events += sim.engine.pause(PauseKind.TIMED, timedelta(hours=1))
    sim.run(minutes=10)
    restart(sim, 5 * MIN)
    assert sim.engine.snapshot().state is EngineState.PAUSED
    sim.run(minutes=44)
    assert sim.engine.snapshot().state is EngineState.PAUSED
    sim.run(minutes=2)
    assert sim.engine.snapshot().pause is None


def test_a_pause_that_ended_while_not_running_is_over_after_restart() -> None:
    sim = Sim()
    sim.events += sim.engine.pause(PauseKind.TIMED, timedelta(minutes=30))
    restart(sim, 2 * 3600)
    assert sim.engine.snapshot().pause is None
    assert sim.of(ev.Resumed)


def test_pause_until_tomorrow_and_indefinitely_survive() -> None:
    for kind in (PauseKind.UNTIL_TOMORROW, PauseKind.INDEFINITE):
        sim = Sim(start=datetime(2026, 3, 2, 12, 0, tzinfo=BERLIN))
        sim.events += sim.engine.pause(kind)
        restart(sim, 3600)
        snap = sim.engine.snapshot()
        assert snap.pause is not None and snap.pause.kind is kind


def test_standing_survives_a_quick_restart() -> None:
    sim = Sim()
    sim.events += sim.engine.set_posture(Posture.STANDING)
    sim.run(minutes=1)
    restart(sim, 5)
    assert sim.engine.snapshot().posture is Posture.STANDING


@pytest.mark.parametrize("bad", [
    {}, {"version": 2}, {"version": 1, "day": "yesterday"},
    {"version": 1, "day": "2026-03-02", "tally": [], "saved_at": "2026-03-02T08:00:00+01:00"},
])
def test_malformed_state_is_refused_without_changing_anything(bad: dict[str, Any]) -> None:
    engine = Engine(Settings(), Sim().clock)
    before = engine.snapshot()
    with pytest.raises(ValueError):
        engine.restore_state(bad)
    assert engine.snapshot() == before


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                max_size=5),
    max_leaves=20)


@settings(max_examples=200)
@given(st.dictionaries(st.sampled_from(
    ["version", "saved_at", "day", "tally", "bout", "progress", "posture", "standing_since",
     "pause"]), JSONISH, max_size=9))
def test_fuzzed_state_is_either_refused_or_restored(data: dict[str, Any]) -> None:
    data.setdefault("version", 1)
    engine = Engine(Settings(), Sim().clock)
    try:
        engine.restore_state(data)
    except ValueError:
        return
    snap = engine.snapshot()
    assert snap.today.sitting_s >= 0
