"""Idle time over D-Bus: Mutter's IdleMonitor and KDE's screensaver service, and the chooser.

Each backend talks to a fake of its service in a child process on a private
bus (tests/helpers/fake_dbus.py), which answers with the exact wire types the
real services use (``t`` for Mutter, ``u`` for the screensaver).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from psoas_desk.adapters.dbus_call import DBusCallFailed
from psoas_desk.adapters.idle import (
    MutterIdleMonitor,
    NullIdleMonitor,
    ScreenSaverIdleMonitor,
    X11IdleMonitor,
    choose_idle_monitor,
    default_idle_candidates,
)
from psoas_desk.adapters.idle.freedesktop import FREEDESKTOP_SCREENSAVER
from psoas_desk.adapters.idle.gnome import MUTTER_IDLE_MONITOR
from tests.helpers.fake_dbus_process import FakeService, private_bus

MUTTER = MUTTER_IDLE_MONITOR
SAVER = FREEDESKTOP_SCREENSAVER
KDE = {"XDG_CURRENT_DESKTOP": "KDE", "XDG_SESSION_TYPE": "x11"}
SIGNAL_MS = 5000


class StepClock:
    """Monotonic seconds that move only when told (for the back-off)."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def bus_address(tmp_path: Path) -> Iterator[str]:
    with private_bus(tmp_path / "bus") as address:
        yield address


@pytest.fixture
def bus(bus_address: str, qapp: object) -> Iterator[QDBusConnection]:
    name = f"idle-test-{uuid.uuid4().hex}"
    connection = QDBusConnection.connectToBus(bus_address, name)
    assert connection.isConnected()
    yield connection
    QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def mutter(bus_address: str) -> Iterator[FakeService]:
    with FakeService(bus_address, [MUTTER.service]) as fake:
        fake.returns(MUTTER.path, MUTTER.interface, "GetIdletime", "t", 4200)
        yield fake


@pytest.fixture
def kde_saver(bus_address: str) -> Iterator[FakeService]:
    with FakeService(bus_address, [SAVER.service]) as fake:
        fake.returns(SAVER.path, SAVER.interface, "GetSessionIdleTime", "u", 95_000)
        yield fake


# -- Mutter -----------------------------------------------------------------


def test_mutter_reports_milliseconds_as_seconds(bus: QDBusConnection,
                                                mutter: FakeService) -> None:
    monitor = MutterIdleMonitor(bus)
    assert monitor.idle_seconds() == pytest.approx(4.2)
    mutter.returns(MUTTER.path, MUTTER.interface, "GetIdletime", "t", 0)
    assert monitor.idle_seconds() == 0.0  # the user just touched the keyboard
    # A 64-bit counter: a reading beyond 32 bits is not cut off.
    mutter.returns(MUTTER.path, MUTTER.interface, "GetIdletime", "t", 2**33)
    assert monitor.idle_seconds() == pytest.approx(2**33 / 1000)


def test_mutter_missing_is_a_clear_error(bus: QDBusConnection) -> None:
    with pytest.raises(DBusCallFailed, match="ServiceUnknown"):
        MutterIdleMonitor(bus)


def test_mutter_on_a_dead_bus_is_a_clear_error(qapp: object) -> None:
    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "idle-dead")
    try:
        with pytest.raises(DBusCallFailed):
            MutterIdleMonitor(dead)
    finally:
        QDBusConnection.disconnectFromBus("idle-dead")


def test_a_reading_of_the_wrong_type_is_no_reading(bus: QDBusConnection,
                                                   mutter: FakeService) -> None:
    monitor = MutterIdleMonitor(bus)
    mutter.returns(MUTTER.path, MUTTER.interface, "GetIdletime", "s", "12")
    assert monitor.idle_seconds() is None
    mutter.returns(MUTTER.path, MUTTER.interface, "GetIdletime", "x", -5)
    assert monitor.idle_seconds() is None


def test_a_hung_compositor_costs_one_timeout_then_is_left_alone(
        bus: QDBusConnection, mutter: FakeService, caplog: pytest.LogCaptureFixture) -> None:
    clock = StepClock()
    monitor = MutterIdleMonitor(bus, timeout_ms=150, backoff_s=30.0, clock=clock)
    mutter.hang()
    started = time.monotonic()
    assert monitor.idle_seconds() is None
    blocked = time.monotonic() - started
    assert 0.1 <= blocked < 1.0  # bounded by the timeout, not frozen
    asked = len(mutter.calls("GetIdletime"))
    # Within the back-off: no call at all, so no freeze at every engine step.
    clock.now += 29
    assert monitor.idle_seconds() is None
    assert len(mutter.calls("GetIdletime")) == asked
    assert "not asking again for 30 s" in caplog.text
    # After it, the monitor asks again and reads the (recovered) compositor.
    mutter.hang(False)
    clock.now += 2
    assert monitor.idle_seconds() == pytest.approx(4.2)
    assert len(mutter.calls("GetIdletime")) == asked + 1


def test_a_closed_monitor_stops_asking(bus: QDBusConnection, mutter: FakeService) -> None:
    monitor = MutterIdleMonitor(bus)
    monitor.close()
    asked = len(mutter.calls("GetIdletime"))
    assert monitor.idle_seconds() is None
    monitor.close()
    assert len(mutter.calls("GetIdletime")) == asked


def test_mutter_tells_a_return_through_a_user_active_watch(
        bus: QDBusConnection, mutter: FakeService, qtbot: QtBot) -> None:
    clock = StepClock()
    monitor = MutterIdleMonitor(bus, clock=clock)
    told: list[float] = []
    monitor.set_resume_handler(told.append)
    mutter.returns(MUTTER.path, MUTTER.interface, "AddUserActiveWatch", "u", 7)
    mutter.returns(MUTTER.path, MUTTER.interface, "GetIdletime", "t", 600_000)
    assert monitor.idle_seconds() == pytest.approx(600.0)  # ten minutes away
    monitor.watch_for_return()
    monitor.watch_for_return()  # one watch at a time
    assert len(mutter.calls("AddUserActiveWatch")) == 1
    clock.now += 120
    # Another client's watch firing is not ours.
    mutter.emit(MUTTER.path, MUTTER.interface, "WatchFired", "u", 3)
    with qtbot.waitCallback(timeout=SIGNAL_MS) as fired:
        monitor.set_resume_handler(lambda idle_s: (told.append(idle_s), fired(idle_s)))
        mutter.emit(MUTTER.path, MUTTER.interface, "WatchFired", "u", 7)
    assert told == [pytest.approx(720.0)]  # away since the last input Mutter reported
    # Mutter drops a watch once it fired: the next absence asks for a new one.
    monitor.idle_seconds()
    monitor.watch_for_return()
    assert len(mutter.calls("AddUserActiveWatch")) == 2
    monitor.close()


def test_a_closed_mutter_monitor_sets_no_watch(bus: QDBusConnection,
                                              mutter: FakeService) -> None:
    monitor = MutterIdleMonitor(bus)
    assert monitor.idle_seconds() is not None
    monitor.close()
    monitor.watch_for_return()
    assert not mutter.calls("AddUserActiveWatch")


# -- the freedesktop screensaver (KDE) ----------------------------------------


def test_kde_screensaver_reports_milliseconds_as_seconds(bus: QDBusConnection,
                                                         kde_saver: FakeService) -> None:
    monitor = ScreenSaverIdleMonitor(bus)
    assert monitor.idle_seconds() == pytest.approx(95.0)


def test_kde_screensaver_on_wayland_refuses_and_is_not_used(
        bus: QDBusConnection, kde_saver: FakeService) -> None:
    kde_saver.fails(SAVER.path, SAVER.interface, "GetSessionIdleTime",
                    "org.freedesktop.DBus.Error.NotSupported")
    with pytest.raises(DBusCallFailed, match="NotSupported"):
        ScreenSaverIdleMonitor(bus)


# -- the chooser with D-Bus candidates -----------------------------------------


def test_d_bus_backends_are_offered_only_with_a_bus_and_screensaver_only_on_kde(
        bus: QDBusConnection) -> None:
    def labels(env: dict[str, str], with_bus: bool = True) -> list[str]:
        return [label for label, _ in default_idle_candidates(
            env, bus=bus if with_bus else None, platform="linux")]

    assert labels({"DISPLAY": ":1"}, with_bus=False) == ["x11-screensaver"]
    assert labels({"DISPLAY": ":1"}) == ["gnome-mutter", "x11-screensaver"]
    assert labels({**KDE, "DISPLAY": ":1"}) == [
        "gnome-mutter", "freedesktop-screensaver", "x11-screensaver"]
    assert labels({"XDG_CURRENT_DESKTOP": "ubuntu:GNOME", "WAYLAND_DISPLAY": "wayland-0",
                   "DISPLAY": ":0"}) == ["gnome-mutter", "wayland-idle"]
    # KDE's screensaver answers NotSupported under Wayland: not offered there.
    assert labels({**KDE, "XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0",
                   "DISPLAY": ":0"}) == ["gnome-mutter", "wayland-idle"]
    assert labels({"KDE_FULL_SESSION": "true"}) == ["gnome-mutter", "freedesktop-screensaver"]
    # A desktop whose GetSessionIdleTime counts something else is not offered it.
    assert labels({"XDG_CURRENT_DESKTOP": "XFCE"}) == ["gnome-mutter"]


def test_gnome_wayland_chooses_mutter(bus: QDBusConnection, mutter: FakeService) -> None:
    env = {"XDG_CURRENT_DESKTOP": "GNOME", "XDG_SESSION_TYPE": "wayland",
           "WAYLAND_DISPLAY": "wayland-0"}
    chosen = choose_idle_monitor(default_idle_candidates(env, bus=bus, platform="linux"))
    assert isinstance(chosen, MutterIdleMonitor)
    assert chosen.idle_seconds() == pytest.approx(4.2)


def test_kde_chooses_the_screensaver_when_mutter_is_absent(
        bus: QDBusConnection, kde_saver: FakeService, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="psoas_desk.adapters.idle")
    chosen = choose_idle_monitor(default_idle_candidates(KDE, bus=bus, platform="linux"))
    assert isinstance(chosen, ScreenSaverIdleMonitor)
    assert "gnome-mutter is unavailable" in caplog.text
    assert "ServiceUnknown" in caplog.text
    assert "idle backend: freedesktop-screensaver (95.0 s idle at start)" in caplog.text


def test_every_backend_failing_gives_none_with_a_warning(
        bus: QDBusConnection, tmp_path: Path, kde_saver: FakeService,
        caplog: pytest.LogCaptureFixture) -> None:
    # KDE on Wayland with no compositor answering: Mutter is absent, the
    # Wayland socket is missing, the screensaver (NotSupported there) and X11
    # (Xwayland would miss Wayland input) are not offered: wall-clock mode.
    kde_saver.fails(SAVER.path, SAVER.interface, "GetSessionIdleTime",
                    "org.freedesktop.DBus.Error.NotSupported")
    caplog.set_level(logging.INFO, logger="psoas_desk.adapters.idle")
    env = {**KDE, "XDG_SESSION_TYPE": "wayland", "DISPLAY": f"{tmp_path}/no-x:0",
           "WAYLAND_DISPLAY": str(tmp_path / "no-wayland")}
    chosen = choose_idle_monitor(default_idle_candidates(env, bus=bus, platform="linux"))
    assert isinstance(chosen, NullIdleMonitor)
    assert chosen.name == "none"
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("gnome-mutter, wayland-idle" in w and "wall-clock" in w for w in warnings)


def test_a_broken_first_reading_moves_on_to_x11(bus: QDBusConnection, mutter: FakeService,
                                                desktop: object) -> None:
    from tests.helpers.desktop import VirtualDesktop
    assert isinstance(desktop, VirtualDesktop)
    # Mutter answers, but not with a number: the chooser closes it and takes X11.
    mutter.returns(MUTTER.path, MUTTER.interface, "GetIdletime", "s", "soon")
    chosen = choose_idle_monitor(default_idle_candidates(
        {"DISPLAY": desktop.display}, bus=bus, platform="linux"))
    try:
        assert isinstance(chosen, X11IdleMonitor)
    finally:
        chosen.close()
