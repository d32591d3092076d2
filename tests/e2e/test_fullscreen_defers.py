"""A real full-screen window holds a break, and the break comes right after it.

The real ``Engine`` runs on a ``FakeClock`` and is stepped the way the app
steps it (at ``next_wakeup``), each step observed through the app's
``Observer`` with the real ``X11FullscreenMonitor`` against a private Xvfb
under openbox. The window is a small Qt program in another process that
goes full screen when it gets the key F and back on N; xdotool activates it
and types the keys, as a user would press F11 in a video player. Idle time
comes from a fake: the simulated person is reading, present but not typing.

Waiting: ``wait_until`` for the other processes (the window mapping, openbox
applying the state); the engine's time is the fake clock's only.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from typing import TypeVar

import pytest

from psoas_desk.adapters.fullscreen import X11FullscreenMonitor
from psoas_desk.app.observe import Observer
from psoas_desk.core import events as ev
from psoas_desk.core.engine import Engine
from psoas_desk.core.model import BreakKind, BreakPhase
from psoas_desk.core.settings import Settings
from tests.helpers.desktop import VirtualDesktop, wait_until
from tests.helpers.fakes import FakeClock
from tests.helpers.sim import settings_with

_PROBE = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

class Probe(QLabel):
    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_F:
            self.showFullScreen()
        elif event.key() == Qt.Key.Key_N:
            self.showNormal()

app = QApplication(sys.argv)
window = Probe("F: full screen, N: normal")
window.setWindowTitle(sys.argv[1])
window.resize(320, 200)
window.show()
sys.exit(app.exec())
"""

E = TypeVar("E", bound=ev.Event)

READING_IDLE_S = 20.0
"""No input for 20 s: present, not typing, far below the away threshold."""


class ReadingPerson:
    """An ``IdleMonitor`` for someone reading at the desk."""

    name = "fake-reading"

    def idle_seconds(self) -> float | None:
        return READING_IDLE_S

    def close(self) -> None:
        """Nothing to release."""


class Desk:
    """The engine, the app's observer and a clock that moves only when stepped."""

    def __init__(self, settings: Settings, monitor: X11FullscreenMonitor) -> None:
        self.settings = settings
        self.clock = FakeClock()
        self.engine = Engine(settings, self.clock)
        self.observer = Observer(ReadingPerson(), monitor)
        self.events: list[ev.Event] = []
        self.step()

    def step(self) -> None:
        self.events += self.engine.tick(self.observer.observe(self.settings))

    def run(self, minutes: float) -> None:
        """Step at every wake-up the engine asks for, as the app's wake-up driver does."""
        end = self.clock.monotonic() + minutes * 60
        while self.clock.monotonic() < end:
            now = self.clock.monotonic()
            self.clock.advance(min(max(self.engine.next_wakeup(), now + 0.001), end) - now)
            self.step()

    def of(self, kind: type[E]) -> list[E]:
        return [e for e in self.events if isinstance(e, kind)]


class Window:
    """The probe window, driven by xdotool."""

    def __init__(self, desk: VirtualDesktop) -> None:
        self.desk = desk
        self.title = f"psoas-fullscreen-{os.getpid()}"
        desk.spawn("probe", [sys.executable, "-c", _PROBE, self.title])
        found = wait_until(lambda: desk.find_windows("--name", self.title), timeout=20,
                           what="the probe window to map")
        assert isinstance(found, list)
        self.id = found[0]

    def press(self, key: str) -> None:
        self.desk.run(["xdotool", "windowactivate", "--sync", self.id])
        self.desk.run(["xdotool", "key", "--clearmodifiers", key])


@pytest.fixture
def monitor(desktop: VirtualDesktop) -> X11FullscreenMonitor:
    desktop.start_window_manager()
    return X11FullscreenMonitor(desktop.display)


def go_full_screen(window: Window, monitor: X11FullscreenMonitor) -> None:
    window.press("f")
    wait_until(monitor.fullscreen_active, what="openbox to make the window full screen")


def test_a_full_screen_window_defers_the_break_until_right_after_it(
        desktop: VirtualDesktop, monitor: X11FullscreenMonitor) -> None:
    window = Window(desktop)
    go_full_screen(window, monitor)
    desk = Desk(Settings(), monitor)

    desk.run(minutes=45)  # the micro-break was due after 30 minutes

    deferred = desk.of(ev.BreakDeferred)
    assert [(e.kind, e.reason) for e in deferred] == [(BreakKind.MICRO, "fullscreen")]
    assert not desk.of(ev.BreakStarted)
    assert not desk.of(ev.BreakWarned)  # no notification over the full-screen window
    snap = desk.engine.snapshot()
    assert snap.next_break is not None and snap.next_break.phase is BreakPhase.DEFERRED

    window.press("n")
    wait_until(lambda: not monitor.fullscreen_active(), what="the window to leave full screen")
    desk.run(minutes=2)

    ended = [e for e in desk.of(ev.DndChanged) if not e.active]
    started = desk.of(ev.BreakStarted)
    assert len(ended) == 1 and len(started) == 1
    assert started[0].kind is BreakKind.MICRO
    # Offered right after: the settings' release delay, not a whole interval.
    assert started[0].at - ended[0].at == desk.settings.dnd.release_delay
    # Held for as long as the window stayed full screen (from minute 30 to 45).
    assert ended[0].at - deferred[0].at >= timedelta(minutes=14)
    monitor.close()


def test_with_full_screen_turned_off_in_settings_the_break_comes_on_time(
        desktop: VirtualDesktop, monitor: X11FullscreenMonitor) -> None:
    window = Window(desktop)
    go_full_screen(window, monitor)
    desk = Desk(settings_with(dnd__fullscreen=False), monitor)

    desk.run(minutes=31)

    assert not desk.of(ev.BreakDeferred)
    started = desk.of(ev.BreakStarted)
    assert len(started) == 1 and started[0].kind is BreakKind.MICRO
    assert monitor.fullscreen_active()  # it was full screen all along
    monitor.close()
