"""Fakes of logind and the screensaver services, and the app's wiring to a real engine.

``fake_logind`` and ``fake_gnome_screensaver`` configure ``FakeService``
processes (tests/helpers/fake_dbus_process.py) like the real services, with
the exact wire types (object paths, the ``(so)`` of a user's display).
``EngineWiring`` connects a ``SessionMonitor`` to an ``Engine`` the way the app
does: a lock change sets ``Observation.locked`` and steps the engine,
``about_to_sleep`` calls ``Engine.suspending()``, ``resumed`` steps it.
"""

from __future__ import annotations

from dataclasses import replace

from psoas_desk.adapters.session import SessionMonitor
from psoas_desk.adapters.session.logind import MANAGER, SESSION_INTERFACE, USER_SELF
from psoas_desk.adapters.session.screensaver import GNOME_SCREENSAVER
from psoas_desk.core import events as ev
from psoas_desk.core.engine import Engine
from psoas_desk.core.model import Observation
from tests.helpers.fake_dbus_process import FakeService
from tests.helpers.fakes import FakeClock

SESSION_ID = "c2"
SESSION_PATH = f"/org/freedesktop/login1/session/{SESSION_ID}"


def fake_logind(address: str, *, locked: bool = False, by_id: bool = True,
                by_pid: bool = True, by_display: bool = True) -> FakeService:
    """A logind that knows one session, found the ways that are switched on."""
    fake = FakeService(address, [MANAGER.service])
    if by_id:
        fake.returns(MANAGER.path, MANAGER.interface, "GetSession", "o", SESSION_PATH)
    else:
        fake.fails(MANAGER.path, MANAGER.interface, "GetSession",
                   "org.freedesktop.login1.NoSuchSession")
    if by_pid:
        fake.returns(MANAGER.path, MANAGER.interface, "GetSessionByPID", "o", SESSION_PATH)
    else:
        fake.fails(MANAGER.path, MANAGER.interface, "GetSessionByPID",
                   "org.freedesktop.login1.NoSessionForPID")
    if by_display:
        fake.set_property(USER_SELF.path, USER_SELF.interface, "Display", "(so)",
                          [SESSION_ID, SESSION_PATH])
    fake.set_property(SESSION_PATH, SESSION_INTERFACE, "LockedHint", "b", locked)
    fake.returns_fd(MANAGER.path, MANAGER.interface, "Inhibit")
    return fake


def lock_screen(logind: FakeService, *, request: bool = True, hint: bool = True) -> None:
    """What logind and a screen locker do on ``loginctl lock-session``."""
    if request:
        logind.emit(SESSION_PATH, SESSION_INTERFACE, "Lock")
    if hint:
        logind.change_property(SESSION_PATH, SESSION_INTERFACE, "LockedHint", "b", True)


def unlock_screen(logind: FakeService, *, request: bool = False, hint: bool = True) -> None:
    """The user typed the password (``request`` adds ``loginctl unlock-session``'s signal)."""
    if request:
        logind.emit(SESSION_PATH, SESSION_INTERFACE, "Unlock")
    if hint:
        logind.change_property(SESSION_PATH, SESSION_INTERFACE, "LockedHint", "b", False)


def prepare_for_sleep(logind: FakeService, sleeping: bool) -> None:
    logind.emit(MANAGER.path, MANAGER.interface, "PrepareForSleep", "b", sleeping)


def fake_gnome_screensaver(address: str, *, active: bool = False) -> FakeService:
    fake = FakeService(address, [GNOME_SCREENSAVER.service])
    fake.returns(GNOME_SCREENSAVER.path, GNOME_SCREENSAVER.interface, "GetActive", "b", active)
    return fake


def screensaver_active(saver: FakeService, active: bool) -> None:
    saver.emit(GNOME_SCREENSAVER.path, GNOME_SCREENSAVER.interface, "ActiveChanged", "b",
               active)


class EngineWiring:
    """A session monitor driving a real engine, as the app wires them."""

    def __init__(self, monitor: SessionMonitor, engine: Engine, clock: FakeClock) -> None:
        self.engine = engine
        self.clock = clock
        self.last_input = clock.monotonic()
        self.obs = Observation(idle_s=0.0, locked=monitor.locked())
        self.events: list[ev.Event] = []
        monitor.locked_changed.connect(self.on_locked_changed)
        monitor.about_to_sleep.connect(self.on_about_to_sleep)
        monitor.resumed.connect(self.step)

    def input(self) -> None:
        """The user touches the keyboard now."""
        self.last_input = self.clock.monotonic()

    def step(self) -> None:
        idle = self.clock.monotonic() - self.last_input
        self.obs = replace(self.obs, idle_s=idle)
        self.events += self.engine.tick(self.obs)

    def on_locked_changed(self, locked: bool) -> None:
        self.obs = replace(self.obs, locked=locked)
        self.step()

    def on_about_to_sleep(self) -> None:
        self.events += self.engine.suspending()

    def of(self, kind: type[ev.Event]) -> list[ev.Event]:
        return [e for e in self.events if isinstance(e, kind)]
