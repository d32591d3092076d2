""""I was at my desk" closes: the engine says when it is too late to undo a time away.

The notification that offers the undo must not outlive it (pressed later it
would do nothing): the engine reports ``AbsenceSettled`` the moment the
offer ends, whatever ends it, so the app can take the notification down.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from psoas_desk.core import events as ev
from psoas_desk.core.absence_undo import UNDO_WINDOW_S
from psoas_desk.core.engine import IntentRefused
from psoas_desk.core.model import BreakKind, Posture
from tests.helpers.fakes import BERLIN
from tests.helpers.sim import Sim, settings_with

MIN = 60.0


def asked(sim: Sim) -> ev.AbsenceCounted:
    """20 minutes of work, 12 of reading a printout, then back at the keyboard."""
    sim.run(minutes=20)
    sim.run(minutes=12, doing="reading")
    sim.input()
    sim.tick()
    (question,) = sim.of(ev.AbsenceCounted)
    return question


def test_the_undo_window_closing_is_reported_when_it_closes() -> None:
    sim = Sim(settings_with(micro__enabled=False, stretch__enabled=False))
    question = asked(sim)
    back = sim.clock.now()
    sim.run(seconds=UNDO_WINDOW_S - 5)
    assert not sim.of(ev.AbsenceSettled)
    sim.run(minutes=1)
    (settled,) = sim.of(ev.AbsenceSettled)
    # On time: the engine plans a step for it, not only whenever it next wakes.
    assert (settled.at - back).total_seconds() == pytest.approx(UNDO_WINDOW_S, abs=1)
    assert settled.since == question.since
    with pytest.raises(IntentRefused):
        sim.engine.undo_absence()
    sim.run(hours=1)
    assert len(sim.of(ev.AbsenceSettled)) == 1


def stand(sim: Sim) -> None:
    sim.record(sim.engine.set_posture(Posture.STANDING))


def take_a_break(sim: Sim) -> None:
    sim.record(sim.engine.start_break(BreakKind.MICRO))


def leave_again(sim: Sim) -> None:
    sim.run(minutes=8, doing="away")


@pytest.mark.parametrize("ending", [stand, take_a_break, leave_again])
def test_whatever_ends_the_offer_reports_it_once(ending: Callable[[Sim], None]) -> None:
    sim = Sim()
    question = asked(sim)

    def settled() -> list[ev.AbsenceSettled]:
        return [e for e in sim.of(ev.AbsenceSettled) if e.since == question.since]

    sim.run(minutes=1)
    ending(sim)
    assert len(settled()) == 1
    sim.run(minutes=20)
    assert len(settled()) == 1
    assert not sim.of(ev.AbsenceUndone)


def test_a_new_day_ends_the_offer() -> None:
    sim = Sim(start=datetime(2026, 3, 3, 3, 20, tzinfo=BERLIN))
    asked(sim)  # back at 03:52; the day starts at 04:00
    sim.run(minutes=10)
    (settled,) = sim.of(ev.AbsenceSettled)
    (day,) = sim.of(ev.DayEnded)
    assert settled.at <= day.at


def test_an_answered_question_is_undone_not_settled() -> None:
    sim = Sim()
    asked(sim)
    sim.run(minutes=2)
    sim.record(sim.engine.undo_absence())
    sim.run(minutes=30)
    assert len(sim.of(ev.AbsenceUndone)) == 1
    assert not sim.of(ev.AbsenceSettled)


@pytest.mark.parametrize("doing", ["locked", "reading"])
def test_nothing_asked_means_nothing_to_settle(doing: str) -> None:
    sim = Sim(settings_with(presence__ask_about_absence=doing == "locked"))
    sim.run(minutes=20)
    sim.run(minutes=12, doing="locked" if doing == "locked" else "reading")
    sim.input()
    sim.tick()
    sim.run(minutes=30)
    assert not sim.of(ev.AbsenceCounted)
    assert not sim.of(ev.AbsenceSettled)
