"""Idle time briefly unknown: an idle source that misses a reading or two.

GNOME's compositor can miss a 250 ms deadline (seen at GNOME start-up); the
app then gets no idle time for its 30 s back-off. A gap like that must not
hide an absence until much later, nor end one that is going on: the engine
keeps what it last knew, looks again soon, and settles the time once the
readings come back. Only an idle source lost for good makes it fall back to
wall-clock time.
"""

from __future__ import annotations

import pytest

from psoas_desk.core import events as ev
from psoas_desk.core.accounting import UNKNOWN_GRACE_S
from psoas_desk.core.engine_view import UNKNOWN_POLL_S
from psoas_desk.core.model import EngineState
from tests.helpers.sim import Sim

MIN = 60.0
BACKOFF_S = 30.0
"""The Mutter backend's back-off after a call that timed out."""


def without_readings(sim: Sim, seconds: float) -> None:
    """The idle source answers nothing for ``seconds`` (no input meanwhile)."""
    sim.idle_source = False
    sim.run(seconds, doing="reading")
    sim.idle_source = True


def test_an_absence_is_noticed_on_time_across_a_gap_in_the_readings() -> None:
    sim = Sim()
    sim.run(minutes=10)
    left = sim.clock.now()
    sim.run(minutes=4, seconds=50, doing="reading")
    without_readings(sim, BACKOFF_S)  # the away check falls in the gap
    sim.run(minutes=5, doing="reading")
    (away,) = sim.of(ev.AwayStarted)
    assert away.since == left  # the time without input is taken back
    late = (away.at - left).total_seconds() - 5 * MIN
    assert late <= BACKOFF_S + UNKNOWN_POLL_S  # not at some much later wake-up
    assert sim.engine.snapshot().today.sitting_s == pytest.approx(10 * MIN, abs=1)


def test_a_gap_in_the_readings_does_not_end_an_absence() -> None:
    sim = Sim()
    sim.run(minutes=10)
    sim.run(minutes=20, doing="away")
    without_readings(sim, BACKOFF_S)
    sim.run(minutes=20, doing="away")
    assert sim.engine.snapshot().state is EngineState.AWAY
    sim.input()
    sim.tick()
    assert len(sim.of(ev.AwayStarted)) == 1
    (back,) = sim.of(ev.Returned)
    assert back.away_s == pytest.approx(40 * MIN + BACKOFF_S, abs=2)
    assert len(sim.of(ev.AbsenceCounted)) == 1
    assert sim.engine.snapshot().today.natural_breaks == 1


def test_typing_through_a_gap_stays_sitting() -> None:
    sim = Sim()
    sim.run(minutes=10)
    sim.idle_source = False
    sim.run(seconds=BACKOFF_S)  # typing all along, unseen
    sim.idle_source = True
    sim.run(minutes=5)
    assert not sim.of(ev.AwayStarted)
    assert sim.engine.snapshot().sitting_s == pytest.approx(15 * MIN + BACKOFF_S, abs=1)


def test_an_idle_source_lost_for_good_falls_back_to_wall_clock_time() -> None:
    sim = Sim()
    sim.run(minutes=10)
    sim.run(minutes=10, doing="away")
    assert sim.engine.snapshot().state is EngineState.AWAY
    sim.idle_source = False  # gone (the display server went away, say)
    steps = sim.steps
    sim.run(minutes=30, doing="reading")
    snap = sim.engine.snapshot()
    # After the grace, wall-clock mode: present, and counted as sitting again.
    assert snap.state is EngineState.SITTING
    assert snap.sitting_s == pytest.approx(30 * MIN - UNKNOWN_GRACE_S, abs=UNKNOWN_POLL_S + 1)
    # It looked again often only during the grace, not for the whole half hour.
    assert sim.steps - steps <= UNKNOWN_GRACE_S / UNKNOWN_POLL_S + 6


def test_wall_clock_mode_from_the_start_does_not_poll() -> None:
    sim = Sim(idle_source=False)
    sim.run(minutes=20, doing="reading")
    assert sim.steps <= 5
