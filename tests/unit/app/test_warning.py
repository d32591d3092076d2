"""The pre-break warning offers every postpone length; our notifications go when the break
opens and all of them when the app quits."""

from __future__ import annotations

from datetime import timedelta

from psoas_desk.app.notifications import Notifications
from psoas_desk.app.warning import BreakWarning, SitReminder
from psoas_desk.core import events as ev
from psoas_desk.core.model import BreakKind
from psoas_desk.core.settings import Settings
from tests.helpers.fakes import RecordingNotifier
from tests.helpers.sim import Sim


def setup() -> tuple[Sim, RecordingNotifier, Notifications, BreakWarning, list[int]]:
    sim = Sim()
    notifier = RecordingNotifier()
    notes = Notifications()
    notes.attach(notifier)
    postponed: list[int] = []
    warning = BreakWarning(notes, sim.engine.snapshot, postponed.append, lambda: Settings())
    return sim, notifier, notes, warning, postponed


def test_the_warning_offers_each_postpone_length_and_each_button_works(qapp: object) -> None:
    sim, notifier, _notes, warning, postponed = setup()
    sim.run(minutes=29, seconds=40)  # the warning is due: the next break is warned
    (event,) = sim.of(ev.BreakWarned)
    warning.warned(event)
    (shown,) = notifier.shown
    assert [key for key, _ in shown.actions] == ["snooze:300", "snooze:60", "snooze:600",
                                                 "snooze:1800"]
    assert [label for _, label in shown.actions] == ["5 min later", "1 min later",
                                                     "10 min later", "30 min later"]
    (handle,) = notifier.on_screen
    notifier.press(handle, "snooze:600")
    assert postponed == [600]


def test_the_warning_goes_when_the_break_opens_and_everything_when_the_app_quits(
        qapp: object) -> None:
    sim, notifier, notes, warning, _postponed = setup()
    warning.warned(ev.BreakWarned(sim.clock.now(), BreakKind.MICRO, 30))
    warning.withdraw()
    assert notifier.on_screen == {}
    warning.warned(ev.BreakWarned(sim.clock.now(), BreakKind.MICRO, 30))
    SitReminder(notes).remind(ev.StandingReminder(sim.clock.now(), timedelta(minutes=40)
                                                  .total_seconds()))
    assert len(notifier.on_screen) == 2
    notes.close_all()
    assert notifier.on_screen == {}
    assert len(notifier.closed) == 3
