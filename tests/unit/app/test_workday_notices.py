"""The notifications a real workday calls for (issue 15), with the real engine.

- A warning that said "in 30 s" says so when the break then waits for a pause
  in typing, changed in place: one bubble, not two.
- After time away that only idle time tells of and that counted as a break,
  "12 min away: counted as your micro-break", with "I was at my desk".
"""

from __future__ import annotations

import pytest

from psoas_desk.app.absence_question import AT_DESK, AbsenceQuestion
from psoas_desk.app.notifications import Notifications
from psoas_desk.app.warning import BreakWarning
from psoas_desk.core import events as ev
from psoas_desk.core.absence_undo import UNDO_WINDOW_S
from psoas_desk.core.engine import IntentRefused
from tests.helpers.fakes import RecordingNotifier
from tests.helpers.sim import Sim

MIN = 60.0


def notices(sim: Sim) -> tuple[Notifications, RecordingNotifier]:
    recorder = RecordingNotifier()
    notifications = Notifications()
    notifications.attach(recorder)
    return notifications, recorder


def test_the_warning_says_the_break_waits_for_a_pause_in_place(qapp: object) -> None:
    sim = Sim()
    notifications, recorder = notices(sim)
    warning = BreakWarning(notifications, sim.engine.snapshot, lambda _s: None,
                           lambda: sim.engine.settings)
    sim.run(minutes=29, seconds=40)
    for event in sim.of(ev.BreakWarned):
        warning.warned(event)
    sim.clear()
    sim.run(seconds=40)  # still typing when it falls due
    for event in sim.of(ev.BreakWaiting):
        warning.waiting(event)
    assert [n.title for n in recorder.shown] == [
        "Micro-break in 30 s", "Micro-break at your next pause"]
    assert recorder.shown[1].body == "It waits while you type, 2 min at most."
    assert recorder.shown[1].replaces is not None
    assert len(recorder.on_screen) == 1  # one bubble, changed in place
    assert recorder.shown[1].actions == recorder.shown[0].actions  # Postpone stays
    assert all(key.startswith("snooze") for key, _label in recorder.shown[1].actions)


def test_no_warning_on_screen_means_nothing_to_change(qapp: object) -> None:
    sim = Sim()
    notifications, recorder = notices(sim)
    warning = BreakWarning(notifications, sim.engine.snapshot, lambda _s: None,
                           lambda: sim.engine.settings)
    sim.run(minutes=30, seconds=10)
    for event in sim.of(ev.BreakWaiting):
        warning.waiting(event)
    assert recorder.shown == []


def ask_after_reading(sim: Sim) -> tuple[RecordingNotifier, list[str]]:
    notifications, recorder = notices(sim)
    undone: list[str] = []

    def undo() -> str:
        try:
            sim.record(sim.engine.undo_absence())
        except IntentRefused as exc:
            undone.append(str(exc))
            return str(exc)
        undone.append("")
        return ""

    question = AbsenceQuestion(notifications, undo)
    sim.run(minutes=20)
    sim.run(minutes=12, doing="reading")  # a printout, no input
    sim.input()
    sim.tick()
    for event in sim.of(ev.AbsenceCounted):
        question.ask(event)
    return recorder, undone


def test_time_away_that_counted_as_a_break_is_asked_about_and_undone(qapp: object) -> None:
    sim = Sim()
    recorder, undone = ask_after_reading(sim)
    assert len(recorder.shown) == 1
    shown = recorder.shown[0]
    assert shown.title == "12 min away: counted as your stretch break"
    assert shown.actions == ((AT_DESK, "I was at my desk"),)
    assert shown.timeout_ms == UNDO_WINDOW_S * 1000
    assert sim.engine.snapshot().today.natural_breaks == 1
    sim.run(minutes=1)
    recorder.press(next(iter(recorder.on_screen)), AT_DESK)
    assert undone == [""]
    snap = sim.engine.snapshot()
    assert snap.today.natural_breaks == 0
    assert snap.sitting_s == pytest.approx(33 * MIN, abs=2)


def test_ignored_the_credit_stays_and_later_it_is_too_late(qapp: object) -> None:
    sim = Sim()
    recorder, undone = ask_after_reading(sim)
    sim.run(seconds=UNDO_WINDOW_S + 60)
    recorder.press(next(iter(recorder.on_screen)), AT_DESK)
    assert undone == ["there is no time away to take back"]
    assert sim.engine.snapshot().today.natural_breaks == 1
