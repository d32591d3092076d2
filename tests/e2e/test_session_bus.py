"""Lock, unlock and sleep signals on real (private) buses move a real engine away and back.

A private "system" bus carries a fake logind, a private session bus a fake
GNOME screensaver, each a separate process emitting the real signals; the
session monitor is built from ``default_session_candidates`` as the app builds
it and wired to an ``Engine`` on a ``FakeClock`` as the app wires it (see
``EngineWiring``). The outcomes are those the engine's own tests specify: a
short lock only pauses the sitting clock; a long one, or a suspend, is a
natural break; the absence starts when the screen locked or the machine
went to sleep, and ends when the user is back.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from psoas_desk.adapters.session import (
    SessionMonitor,
    default_session_candidates,
    open_session_monitor,
)
from psoas_desk.core import events as ev
from psoas_desk.core.engine import Engine
from psoas_desk.core.model import AwayReason, BreakKind, EngineState
from psoas_desk.core.settings import Settings
from tests.helpers.fake_dbus_process import FakeService, private_bus
from tests.helpers.fake_session_services import (
    SESSION_ID,
    EngineWiring,
    fake_gnome_screensaver,
    fake_logind,
    lock_screen,
    prepare_for_sleep,
    screensaver_active,
    unlock_screen,
)
from tests.helpers.fakes import FakeClock

SIGNAL_MS = 5000
MIN = 60.0


class Desk:
    """Two private buses with fake logind and GNOME screensaver, a monitor and an engine."""

    def __init__(self, logind: FakeService, saver: FakeService, monitor: SessionMonitor) -> None:
        self.logind = logind
        self.saver = saver
        self.monitor = monitor
        self.clock = FakeClock()
        self.engine = Engine(Settings(), self.clock)
        self.wiring = EngineWiring(monitor, self.engine, self.clock)

    def sit(self, minutes: float) -> None:
        """Work at the desk: input all along, a step at the end."""
        self.clock.advance(minutes=minutes)
        self.wiring.input()
        self.wiring.step()

    def state(self) -> EngineState:
        return self.engine.snapshot().state

    def away_reasons(self) -> list[AwayReason]:
        return [e.reason for e in self.wiring.events if isinstance(e, ev.AwayStarted)]

    def natural_breaks(self) -> set[BreakKind]:
        return {e.kind for e in self.wiring.events if isinstance(e, ev.NaturalBreakTaken)}


@pytest.fixture
def desk(tmp_path: Path, qapp: object) -> Iterator[Desk]:
    names = [f"e2e-system-{uuid.uuid4().hex}", f"e2e-session-{uuid.uuid4().hex}"]
    with private_bus(tmp_path / "system", kind="system") as system_address, \
            private_bus(tmp_path / "session") as session_address, \
            fake_logind(system_address) as logind, \
            fake_gnome_screensaver(session_address) as saver:
        system = QDBusConnection.connectToBus(system_address, names[0])
        session = QDBusConnection.connectToBus(session_address, names[1])
        monitor = open_session_monitor(default_session_candidates(
            {"XDG_SESSION_ID": SESSION_ID}, session_bus=session, system_bus=system,
            platform="linux"))
        assert monitor.name == "logind+screensaver"
        yield Desk(logind, saver, monitor)
        monitor.close()
        for name in names:
            QDBusConnection.disconnectFromBus(name)


def test_a_20_second_lock_is_away_and_back_without_a_break(qtbot: QtBot, desk: Desk) -> None:
    desk.sit(20)
    locked_at = desk.clock.now()
    with qtbot.waitSignal(desk.monitor.locked_changed, timeout=SIGNAL_MS):
        lock_screen(desk.logind)  # loginctl lock-session; the locker sets LockedHint
    assert desk.state() is EngineState.AWAY
    assert desk.away_reasons() == [AwayReason.LOCKED]
    away = next(e for e in desk.wiring.events if isinstance(e, ev.AwayStarted))
    assert away.since == locked_at

    desk.clock.advance(20)
    desk.wiring.input()  # the password
    with qtbot.waitSignal(desk.monitor.locked_changed, timeout=SIGNAL_MS):
        unlock_screen(desk.logind)
    assert desk.state() is EngineState.SITTING
    (back,) = [e for e in desk.wiring.events if isinstance(e, ev.Returned)]
    assert back.away_s == pytest.approx(20, abs=1)
    desk.sit(1)
    snap = desk.engine.snapshot()
    assert snap.sitting_s == pytest.approx(21 * MIN, abs=1)  # the 20 s were not sitting
    assert desk.natural_breaks() == set()


def test_a_10_minute_lock_on_the_gnome_screensaver_is_a_natural_break(
        qtbot: QtBot, desk: Desk) -> None:
    desk.sit(20)
    with qtbot.waitSignal(desk.monitor.locked_changed, timeout=SIGNAL_MS):
        screensaver_active(desk.saver, True)
    assert desk.state() is EngineState.AWAY
    desk.clock.advance(minutes=10)
    desk.wiring.input()
    with qtbot.waitSignal(desk.monitor.locked_changed, timeout=SIGNAL_MS):
        screensaver_active(desk.saver, False)
    assert desk.state() is EngineState.SITTING
    assert desk.away_reasons() == [AwayReason.LOCKED]
    assert desk.natural_breaks() == {BreakKind.MICRO, BreakKind.STRETCH}
    assert desk.engine.snapshot().today.natural_breaks == 1


def test_prepare_for_sleep_marks_the_moment_and_resume_brings_the_user_back(
        qtbot: QtBot, desk: Desk) -> None:
    desk.sit(12)
    asleep_at = desk.clock.now()
    with qtbot.waitSignal(desk.monitor.about_to_sleep, timeout=SIGNAL_MS):
        prepare_for_sleep(desk.logind, True)
    # The lid closes a little after the announcement; the machine sleeps 30 min.
    desk.clock.advance(3)
    desk.clock.suspend(minutes=30)
    with qtbot.waitSignal(desk.monitor.resumed, timeout=SIGNAL_MS):
        prepare_for_sleep(desk.logind, False)
    assert desk.state() is EngineState.AWAY
    (away,) = [e for e in desk.wiring.events if isinstance(e, ev.AwayStarted)]
    assert away.reason is AwayReason.SUSPENDED
    assert away.since == asleep_at  # from the signal, not guessed from the clock
    assert desk.natural_breaks() == {BreakKind.MICRO, BreakKind.STRETCH}

    desk.wiring.input()  # the user opens the lid and types
    desk.wiring.step()
    assert desk.state() is EngineState.SITTING
    snap = desk.engine.snapshot()
    assert snap.next_break is not None
    assert snap.next_break.in_s == pytest.approx(30 * MIN, abs=5)  # a fresh interval


def test_locked_through_a_suspend_comes_back_only_after_unlock(qtbot: QtBot, desk: Desk) -> None:
    # Suspend from the lock screen: away since the lock, still away on waking
    # (the lock screen is up), back when the user unlocks.
    desk.sit(5)
    with qtbot.waitSignal(desk.monitor.locked_changed, timeout=SIGNAL_MS):
        lock_screen(desk.logind, request=False)
    with qtbot.waitSignal(desk.monitor.about_to_sleep, timeout=SIGNAL_MS):
        prepare_for_sleep(desk.logind, True)
    desk.clock.suspend(hours=1)
    with qtbot.waitSignal(desk.monitor.resumed, timeout=SIGNAL_MS):
        prepare_for_sleep(desk.logind, False)
    assert desk.state() is EngineState.AWAY
    desk.clock.advance(15)
    desk.wiring.input()
    with qtbot.waitSignal(desk.monitor.locked_changed, timeout=SIGNAL_MS):
        unlock_screen(desk.logind)
    assert desk.state() is EngineState.SITTING
    assert desk.away_reasons()[0] is AwayReason.LOCKED
    back = [e for e in desk.wiring.events if isinstance(e, ev.Returned)]
    assert len(back) == 1
    assert back[0].away_s == pytest.approx(timedelta(hours=1, seconds=15).total_seconds(),
                                           abs=2)
