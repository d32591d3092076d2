""""I was at my desk" in the real app object: the offer never outlives its window.

:class:`DeskApp` runs in this process with its real engine, reactions,
notifications and history; the clock, the idle time and the notification
server are fakes (a recording one). The person reads a printout for 12
minutes, comes back, and is asked whether they were at their desk.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from psoas_desk.adapters.notify import NotificationHandle
from psoas_desk.app.absence_question import AT_DESK, TOO_LATE_MS
from psoas_desk.app.controller import DeskApp
from psoas_desk.core.absence_undo import UNDO_WINDOW_S
from psoas_desk.core.model import Posture
from tests.helpers.fakes import BERLIN, FakeClock, RecordingNotifier
from tests.ui.desk_helpers import FakeIdle, fake_desk_app, flush_deletes

MONDAY = datetime(2031, 3, 3, 8, 0, tzinfo=BERLIN)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@dataclass
class Desk:
    app: DeskApp
    clock: FakeClock
    idle: FakeIdle
    server: RecordingNotifier

    def live(self, seconds: float, *, typing: bool = True) -> None:
        """Let time pass, stepping when the engine asks (as the wake-up driver does)."""
        end = self.clock.monotonic() + seconds
        while self.clock.monotonic() < end:
            now = self.clock.monotonic()
            target = min(max(self.app.engine.next_wakeup(), now + 1.0), end)
            self.clock.advance(target - now)
            if typing:
                self.idle.last_input = self.clock.monotonic()
            self.app.step("test")

    def back_after_reading(self) -> NotificationHandle:
        """20 min of work, 12 of reading without input, back: the question is on screen."""
        self.live(20 * 60)
        self.live(12 * 60, typing=False)
        self.idle.last_input = self.clock.monotonic()
        self.app.step("input")
        (handle,) = [h for h, n in self.server.on_screen.items() if n.actions]
        assert self.server.on_screen[handle].actions == ((AT_DESK, "I was at my desk"),)
        return handle


@pytest.fixture
def desk(qapp: QApplication, tmp_path: Path) -> Iterator[Desk]:
    clock = FakeClock(MONDAY)
    idle = FakeIdle(clock)
    server = RecordingNotifier()
    app, _paths = fake_desk_app(tmp_path / "base", clock, idle, notifier=server)
    app.start()
    flush_deletes()
    yield Desk(app, clock, idle, server)
    app.shutdown()
    app.deleteLater()
    flush_deletes()


def test_the_question_goes_when_its_time_runs_out(desk: Desk) -> None:
    handle = desk.back_after_reading()
    desk.live(UNDO_WINDOW_S - 30)
    assert handle in desk.server.on_screen
    desk.live(60)
    # Taken down by the app, not left to the server's own timeout (which many ignore).
    assert handle not in desk.server.on_screen and handle in desk.server.closed


def test_the_question_goes_when_the_person_stands_up(desk: Desk) -> None:
    handle = desk.back_after_reading()
    desk.live(60)
    assert desk.app.intents.set_posture(Posture.STANDING) == ""
    assert handle in desk.server.closed


def test_pressed_too_late_it_says_so_in_a_short_notice(desk: Desk) -> None:
    handle = desk.back_after_reading()
    desk.live(UNDO_WINDOW_S + 60)
    natural = desk.app.engine.snapshot().today.natural_breaks
    desk.server.press_closed(handle, AT_DESK)
    notice = desk.server.shown[-1]
    assert notice.title == "The time away stays counted as a break"
    assert notice.body == ("\u201cI was at my desk\u201d can take it back within 15 min of "
                           "coming back, before you leave again or take a break.")
    assert notice.actions == () and notice.timeout_ms == TOO_LATE_MS
    assert desk.app.engine.snapshot().today.natural_breaks == natural


def test_pressed_in_time_it_takes_the_credit_back_without_a_notice(desk: Desk) -> None:
    handle = desk.back_after_reading()
    desk.live(120)
    desk.server.press(handle, AT_DESK)
    assert desk.app.engine.snapshot().today.natural_breaks == 0
    titles = [n.title for n in desk.server.shown]
    assert "The time away stays counted as a break" not in titles
    # The bout goes on at 34 minutes: the overdue micro-break is warned.
    assert titles[-1] == "Micro-break in 30 s"
