"""Lock and sleep events: logind and the screensavers over D-Bus, Windows and macOS with fakes.

The D-Bus sources listen to fakes of logind (on a private "system" bus) and
of the screensaver services (on a private session bus), each in a child
process that emits the real signals. A signal the code must *ignore* is
followed by one it must act on ("a fence"): D-Bus keeps one sender's order,
so once the fence has arrived the ignored one was seen and dropped.
"""

from __future__ import annotations

import ctypes
import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from psoas_desk.adapters.dbus_call import DBusCallFailed
from psoas_desk.adapters.session import (
    LogindSession,
    MacSession,
    NullSession,
    ScreenSaverSession,
    SessionChange,
    SessionMonitor,
    WindowsSession,
    default_session_candidates,
    open_session_monitor,
)
from psoas_desk.adapters.session.logind import MANAGER, SESSION_INTERFACE, find_session_path
from psoas_desk.adapters.session.screensaver import FREEDESKTOP_SCREENSAVER
from psoas_desk.adapters.session.windows import (
    MSG,
    PBT_APMRESUMEAUTOMATIC,
    PBT_APMRESUMESUSPEND,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    WTS_SESSION_UNLOCK,
)
from tests.helpers.fake_dbus_process import FakeService, private_bus
from tests.helpers.fake_session_services import (
    SESSION_ID,
    SESSION_PATH,
    fake_gnome_screensaver,
    fake_logind,
    lock_screen,
    prepare_for_sleep,
    screensaver_active,
    unlock_screen,
)

SIGNAL_MS = 5000  # generous: a signal crosses two processes and a bus daemon


def _connect(address: str) -> tuple[QDBusConnection, str]:
    name = f"session-test-{uuid.uuid4().hex}"
    connection = QDBusConnection.connectToBus(address, name)
    assert connection.isConnected()
    return connection, name


@pytest.fixture
def system_address(tmp_path: Path) -> Iterator[str]:
    with private_bus(tmp_path / "system", kind="system") as address:
        yield address


@pytest.fixture
def session_address(tmp_path: Path) -> Iterator[str]:
    with private_bus(tmp_path / "session") as address:
        yield address


@pytest.fixture
def system_bus(system_address: str, qapp: object) -> Iterator[QDBusConnection]:
    connection, name = _connect(system_address)
    yield connection
    QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def session_bus(session_address: str, qapp: object) -> Iterator[QDBusConnection]:
    connection, name = _connect(session_address)
    yield connection
    QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def logind(system_address: str) -> Iterator[FakeService]:
    with fake_logind(system_address) as fake:
        yield fake


@pytest.fixture
def monitor() -> Iterator[SessionMonitor]:
    made = SessionMonitor()
    yield made
    made.close()


ENV = {"XDG_SESSION_ID": SESSION_ID}


# -- finding the session ---------------------------------------------------------


def test_the_session_comes_from_xdg_session_id_first(system_bus: QDBusConnection,
                                                     logind: FakeService) -> None:
    assert find_session_path(system_bus, ENV, 4242) == SESSION_PATH
    assert [c.args for c in logind.calls("GetSession")] == [[SESSION_ID]]
    assert not logind.calls("GetSessionByPID")


def test_without_xdg_session_id_the_session_is_looked_up_by_pid_as_a_uint32(
        system_bus: QDBusConnection, logind: FakeService) -> None:
    assert find_session_path(system_bus, {}, 4242) == SESSION_PATH
    (asked,) = logind.calls("GetSessionByPID")
    assert (asked.signature, asked.args) == ("u", [4242])


def test_a_systemd_user_service_finds_the_users_graphical_session(
        system_bus: QDBusConnection, system_address: str) -> None:
    # GNOME starts autostart entries as user services, outside the session.
    with fake_logind(system_address, by_id=False, by_pid=False):
        assert find_session_path(system_bus, ENV, 4242) == SESSION_PATH


def test_no_session_anywhere_says_why(system_bus: QDBusConnection,
                                      system_address: str) -> None:
    with fake_logind(system_address, by_id=False, by_pid=False, by_display=False), \
            pytest.raises(LookupError) as caught:
        find_session_path(system_bus, ENV, 4242)
    message = str(caught.value)
    assert "NoSuchSession" in message and "NoSessionForPID" in message
    assert "Display" in message


# -- logind ----------------------------------------------------------------------


def test_no_system_bus_or_no_logind_is_no_crash(qapp: object, system_bus: QDBusConnection,
                                                caplog: pytest.LogCaptureFixture) -> None:
    name = "no-system-bus"
    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", name)
    try:
        with pytest.raises(DBusCallFailed):
            LogindSession(dead, lambda _change: None, env=ENV)
    finally:
        QDBusConnection.disconnectFromBus(name)
    with pytest.raises(LookupError, match="ServiceUnknown"):
        LogindSession(system_bus, lambda _change: None, env=ENV)
    caplog.set_level(logging.INFO, logger="psoas_desk.adapters.session")
    monitor = open_session_monitor(default_session_candidates(
        ENV, system_bus=system_bus, platform="linux"))
    assert monitor.name == "none"
    assert isinstance(monitor.sources[0], NullSession)
    assert "session source logind is unavailable" in caplog.text
    assert "a suspend is noticed from the clock" in caplog.text


def test_prepare_for_sleep_becomes_about_to_sleep_and_resumed_once_each(
        qtbot: QtBot, system_bus: QDBusConnection, logind: FakeService,
        monitor: SessionMonitor) -> None:
    monitor.build(lambda on: LogindSession(system_bus, on, env=ENV))
    slept: list[str] = []
    monitor.about_to_sleep.connect(lambda: slept.append("sleep"))
    monitor.resumed.connect(lambda: slept.append("resumed"))
    with qtbot.waitSignal(monitor.about_to_sleep, timeout=SIGNAL_MS):
        prepare_for_sleep(logind, True)
    with qtbot.waitSignal(monitor.resumed, timeout=SIGNAL_MS):
        prepare_for_sleep(logind, True)  # said twice: still one sleep
        prepare_for_sleep(logind, False)
    assert slept == ["sleep", "resumed"]


def test_a_sleep_delay_is_held_until_the_sleep_is_handled_and_taken_again_on_waking(
        qtbot: QtBot, system_bus: QDBusConnection, logind: FakeService,
        monitor: SessionMonitor) -> None:
    source = monitor.build(lambda on: LogindSession(system_bus, on, env=ENV))
    assert isinstance(source, LogindSession)
    qtbot.waitUntil(lambda: source.holds_sleep_delay, timeout=SIGNAL_MS)
    (asked,) = logind.calls("Inhibit")
    assert asked.args[0] == "sleep" and asked.args[3] == "delay"
    assert asked.args[1] == "psoas-desk"
    assert logind.open_fds() == 1
    held_while_handling: list[bool] = []
    monitor.about_to_sleep.connect(lambda: held_while_handling.append(source.holds_sleep_delay))
    with qtbot.waitSignal(monitor.about_to_sleep, timeout=SIGNAL_MS):
        prepare_for_sleep(logind, True)
    assert held_while_handling == [True]  # logind waited for the app to note the moment
    assert logind.open_fds() == 0  # and then may suspend
    with qtbot.waitSignal(monitor.resumed, timeout=SIGNAL_MS):
        prepare_for_sleep(logind, False)
    qtbot.waitUntil(lambda: source.holds_sleep_delay, timeout=SIGNAL_MS)
    assert logind.open_fds() == 1
    monitor.close()
    assert logind.open_fds() == 0


def test_without_a_sleep_delay_sleep_is_still_reported(
        qtbot: QtBot, system_bus: QDBusConnection, logind: FakeService,
        monitor: SessionMonitor, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="psoas_desk.adapters.session")
    logind.fails(MANAGER.path, MANAGER.interface, "Inhibit",
                 "org.freedesktop.DBus.Error.AccessDenied")
    source = monitor.build(lambda on: LogindSession(system_bus, on, env=ENV))
    assert isinstance(source, LogindSession)
    qtbot.waitUntil(lambda: "gave no sleep delay" in caplog.text, timeout=SIGNAL_MS)
    assert not source.holds_sleep_delay
    with qtbot.waitSignal(monitor.about_to_sleep, timeout=SIGNAL_MS):
        prepare_for_sleep(logind, True)


def test_lockedhint_changes_lock_and_unlock(qtbot: QtBot, system_bus: QDBusConnection,
                                            logind: FakeService,
                                            monitor: SessionMonitor) -> None:
    monitor.build(lambda on: LogindSession(system_bus, on, env=ENV))
    assert monitor.locked() is False
    with qtbot.waitSignal(monitor.locked_changed, timeout=SIGNAL_MS) as locked:
        lock_screen(logind, request=False)  # GNOME's Super+L: only the hint changes
    assert locked.args == [True]
    with qtbot.waitSignal(monitor.locked_changed, timeout=SIGNAL_MS) as unlocked:
        unlock_screen(logind)
    assert unlocked.args == [False]


def test_an_invalidated_lockedhint_is_read_again_and_other_properties_are_ignored(
        qtbot: QtBot, system_bus: QDBusConnection, logind: FakeService,
        monitor: SessionMonitor) -> None:
    monitor.build(lambda on: LogindSession(system_bus, on, env=ENV))
    reads = len(logind.calls("Get"))
    with qtbot.waitSignal(monitor.about_to_sleep, timeout=SIGNAL_MS):
        logind.change_property(SESSION_PATH, SESSION_INTERFACE, "IdleHint", "b", True)
        prepare_for_sleep(logind, True)  # fence
    assert len(logind.calls("Get")) == reads  # nothing to read again
    assert not monitor.locked()
    logind.set_property(SESSION_PATH, SESSION_INTERFACE, "LockedHint", "b", True)
    with qtbot.waitSignal(monitor.locked_changed, timeout=SIGNAL_MS) as locked:
        logind.emit(SESSION_PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged",
                    "sa{sv}as", SESSION_INTERFACE, {}, ["LockedHint"])
    assert locked.args == [True]


def test_the_lock_state_at_start_is_read(system_address: str,
                                         system_bus: QDBusConnection) -> None:
    with fake_logind(system_address, locked=True):
        source = LogindSession(system_bus, lambda _change: None, env=ENV)
        assert source.locked() is True
        source.close()


def test_a_lock_request_counts_at_once_and_unlock_request_ends_it(
        qtbot: QtBot, system_bus: QDBusConnection, logind: FakeService,
        monitor: SessionMonitor) -> None:
    monitor.build(lambda on: LogindSession(system_bus, on, env=ENV))
    changes: list[bool] = []
    monitor.locked_changed.connect(changes.append)
    with qtbot.waitSignal(monitor.locked_changed, timeout=SIGNAL_MS):
        lock_screen(logind, hint=False)
    with qtbot.waitSignal(monitor.locked_changed, timeout=SIGNAL_MS):
        unlock_screen(logind, request=True, hint=False)
    assert changes == [True, False]


def test_a_lock_request_confirmed_by_the_locker_stays_locked(
        qtbot: QtBot, system_bus: QDBusConnection, logind: FakeService,
        monitor: SessionMonitor) -> None:
    source = monitor.build(lambda on: LogindSession(system_bus, on, env=ENV,
                                                    lock_confirm_ms=100))
    changes: list[bool] = []
    monitor.locked_changed.connect(changes.append)
    with qtbot.waitSignal(monitor.locked_changed, timeout=SIGNAL_MS):
        lock_screen(logind)
    # The hint confirmed the lock: nothing is waiting to drop it any more.
    assert isinstance(source, LogindSession)
    qtbot.waitUntil(lambda: not source.awaiting_confirmation, timeout=SIGNAL_MS)
    with qtbot.waitSignal(monitor.about_to_sleep, timeout=SIGNAL_MS):
        prepare_for_sleep(logind, True)  # fence
    assert changes == [True]
    assert monitor.locked()


def test_a_lock_request_the_locker_never_confirms_is_dropped_and_not_trusted_again(
        qtbot: QtBot, system_bus: QDBusConnection, logind: FakeService,
        monitor: SessionMonitor, caplog: pytest.LogCaptureFixture) -> None:
    # i3lock started by xss-lock: Lock arrives, LockedHint never changes, and
    # no Unlock follows the password; we must not stay "locked" for ever.
    caplog.set_level(logging.INFO, logger="psoas_desk.adapters.session")
    monitor.build(lambda on: LogindSession(system_bus, on, env=ENV, lock_confirm_ms=100))
    changes: list[bool] = []
    monitor.locked_changed.connect(changes.append)
    with qtbot.waitSignal(monitor.locked_changed, timeout=SIGNAL_MS):
        lock_screen(logind, hint=False)
    with qtbot.waitSignal(monitor.locked_changed, timeout=SIGNAL_MS):
        pass  # the confirmation time runs out
    assert changes == [True, False]
    assert "did not confirm" in caplog.text
    with qtbot.waitSignal(monitor.about_to_sleep, timeout=SIGNAL_MS):
        lock_screen(logind, hint=False)
        prepare_for_sleep(logind, True)  # fence
    assert changes == [True, False]
    # A locker that does keep the hint is believed again.
    with qtbot.waitSignal(monitor.locked_changed, timeout=SIGNAL_MS):
        lock_screen(logind, request=False)
    assert changes == [True, False, True]


def test_signals_from_another_program_are_not_heard(
        qtbot: QtBot, system_bus: QDBusConnection, system_address: str, logind: FakeService,
        monitor: SessionMonitor) -> None:
    monitor.build(lambda on: LogindSession(system_bus, on, env=ENV))
    changes: list[object] = []
    monitor.locked_changed.connect(changes.append)
    monitor.about_to_sleep.connect(lambda: changes.append("sleep"))
    with FakeService(system_address, ["org.example.Impostor"]) as impostor:
        impostor.emit(SESSION_PATH, SESSION_INTERFACE, "Lock")
        impostor.emit(MANAGER.path, MANAGER.interface, "PrepareForSleep", "b", True)
        with qtbot.waitSignal(monitor.resumed, timeout=SIGNAL_MS):
            prepare_for_sleep(logind, False)  # fence (from the real one)
    assert changes == []


def test_a_closed_source_reports_nothing(qtbot: QtBot, system_bus: QDBusConnection,
                                         logind: FakeService) -> None:
    seen: list[SessionChange] = []
    closed = LogindSession(system_bus, seen.append, env=ENV)
    closed.close()
    closed.close()
    with qtbot.waitCallback(timeout=SIGNAL_MS) as heard:
        open_one = LogindSession(system_bus, heard, env=ENV)
        prepare_for_sleep(logind, True)
    heard.assert_called_with(SessionChange.SLEEPING)
    QCoreApplication.processEvents()  # anything delivered with it has been handled now
    assert seen == []
    open_one.close()


# -- the screensavers ---------------------------------------------------------------


def test_gnome_screensaver_active_is_locked(qtbot: QtBot, session_bus: QDBusConnection,
                                            session_address: str,
                                            monitor: SessionMonitor) -> None:
    with fake_gnome_screensaver(session_address) as saver:
        monitor.build(lambda on: ScreenSaverSession(session_bus, on))
        assert monitor.locked() is False
        with qtbot.waitSignal(monitor.locked_changed, timeout=SIGNAL_MS) as locked:
            screensaver_active(saver, True)
        assert locked.args == [True]
        with qtbot.waitSignal(monitor.locked_changed, timeout=SIGNAL_MS) as unlocked:
            screensaver_active(saver, False)
        assert unlocked.args == [False]


def test_gnome_screensaver_already_active_at_start(session_bus: QDBusConnection,
                                                   session_address: str) -> None:
    with fake_gnome_screensaver(session_address, active=True):
        assert ScreenSaverSession(session_bus, lambda _c: None).locked() is True


def test_kde_screensaver_heard_from_both_paths_locks_once(
        qtbot: QtBot, session_bus: QDBusConnection, session_address: str,
        monitor: SessionMonitor) -> None:
    saver_target = FREEDESKTOP_SCREENSAVER
    with FakeService(session_address, [saver_target.service]) as saver:
        saver.returns(saver_target.path, saver_target.interface, "GetActive", "b", False)
        monitor.build(lambda on: ScreenSaverSession(session_bus, on))
        changes: list[bool] = []
        monitor.locked_changed.connect(changes.append)
        with qtbot.waitSignal(monitor.locked_changed, timeout=SIGNAL_MS):
            for path in ("/ScreenSaver", saver_target.path):
                saver.emit(path, saver_target.interface, "ActiveChanged", "b", True)
        with qtbot.waitSignal(monitor.locked_changed, timeout=SIGNAL_MS):
            saver.emit("/ScreenSaver", saver_target.interface, "ActiveChanged", "b", False)
        assert changes == [True, False]


def test_a_proxy_that_cannot_tell_is_fine(session_bus: QDBusConnection,
                                          session_address: str) -> None:
    # gnome-settings-daemon's freedesktop proxy answers GetActive with NotSupported.
    target = FREEDESKTOP_SCREENSAVER
    with FakeService(session_address, [target.service]) as proxy:
        proxy.fails(target.path, target.interface, "GetActive",
                    "org.freedesktop.DBus.Error.NotSupported")
        assert ScreenSaverSession(session_bus, lambda _c: None).locked() is False


def test_no_screensaver_service_is_refused(session_bus: QDBusConnection) -> None:
    with pytest.raises(LookupError, match="no screensaver service"):
        ScreenSaverSession(session_bus, lambda _c: None)


# -- the combination ------------------------------------------------------------------


def test_two_sources_locking_together_lock_once_and_unlock_when_both_agree(
        qtbot: QtBot, system_bus: QDBusConnection, session_bus: QDBusConnection,
        session_address: str, logind: FakeService) -> None:
    with fake_gnome_screensaver(session_address) as saver:
        monitor = open_session_monitor(default_session_candidates(
            ENV, session_bus=session_bus, system_bus=system_bus, platform="linux"))
        assert monitor.name == "logind+screensaver"
        changes: list[bool] = []
        monitor.locked_changed.connect(changes.append)
        with qtbot.waitSignal(monitor.locked_changed, timeout=SIGNAL_MS):
            screensaver_active(saver, True)
            lock_screen(logind, request=False)
        with qtbot.waitSignal(monitor.about_to_sleep, timeout=SIGNAL_MS):
            unlock_screen(logind)  # the screensaver still says active
            prepare_for_sleep(logind, True)  # fence
        assert changes == [True]
        with qtbot.waitSignal(monitor.locked_changed, timeout=SIGNAL_MS):
            screensaver_active(saver, False)
        assert changes == [True, False]
        monitor.close()


def test_the_candidates_per_platform(system_bus: QDBusConnection,
                                     session_bus: QDBusConnection) -> None:
    def labels(**kwargs: Any) -> list[str]:
        return [label for label, _ in default_session_candidates(ENV, **kwargs)]

    assert labels(platform="linux") == []
    assert labels(system_bus=system_bus, session_bus=session_bus, platform="linux") == [
        "logind", "screensaver"]
    assert labels(session_bus=session_bus, platform="freebsd14") == ["screensaver"]
    app = QCoreApplication.instance()
    assert labels(app=app, system_bus=system_bus, platform="win32") == ["windows-wts"]
    assert labels(platform="win32") == []  # no application to filter messages on
    assert labels(session_bus=session_bus, platform="darwin") == ["macos-cgsession"]


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_native_sources_that_cannot_load_give_none(platform: str, qapp: Any) -> None:
    monitor = open_session_monitor(default_session_candidates({}, app=qapp, platform=platform))
    assert monitor.name == "none"
    monitor.close()


# -- Windows ------------------------------------------------------------------------


class FakeWtsApi32:
    def __init__(self, accept: bool = True) -> None:
        self.registered: list[tuple[int, int]] = []
        self.unregistered: list[int] = []

        def WTSRegisterSessionNotification(hwnd: int, flags: int) -> int:
            self.registered.append((hwnd, flags))
            return 1 if accept else 0

        def WTSUnRegisterSessionNotification(hwnd: int) -> int:
            self.unregistered.append(hwnd)
            return 1

        self.WTSRegisterSessionNotification: Any = WTSRegisterSessionNotification
        self.WTSUnRegisterSessionNotification: Any = WTSUnRegisterSessionNotification


def _message(session: WindowsSession, message: int, wparam: int,
             event_type: bytes = b"windows_generic_MSG") -> None:
    msg = MSG(hwnd=0x1234, message=message, wParam=wparam)
    assert session.event_filter.nativeEventFilter(event_type, ctypes.addressof(msg)) == (
        False, 0)  # looked at, never consumed


def test_windows_lock_and_power_messages(qapp: Any, monitor: SessionMonitor) -> None:
    wts = FakeWtsApi32()
    session = monitor.build(lambda on: WindowsSession(on, app=qapp, wtsapi32=wts,
                                                      window=0x1234))
    assert isinstance(session, WindowsSession)
    assert wts.registered == [(0x1234, 0)]  # NOTIFY_FOR_THIS_SESSION
    seen: list[object] = []
    monitor.locked_changed.connect(seen.append)
    monitor.about_to_sleep.connect(lambda: seen.append("sleep"))
    monitor.resumed.connect(lambda: seen.append("resumed"))
    _message(session, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    _message(session, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    _message(session, WM_POWERBROADCAST, PBT_APMSUSPEND)
    _message(session, WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC)
    _message(session, WM_POWERBROADCAST, PBT_APMRESUMESUSPEND)  # the pair: one resume
    _message(session, WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK)
    _message(session, WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, b"xcb_generic_event_t")
    _message(session, 0x0010, 0)  # WM_CLOSE: not ours to look at
    assert seen == [True, "sleep", "resumed", False]
    monitor.close()
    assert wts.unregistered == [0x1234]
    _message(session, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    assert seen == [True, "sleep", "resumed", False]


def test_windows_resume_without_a_seen_suspend_is_still_reported(
        qapp: Any, monitor: SessionMonitor) -> None:
    session = monitor.build(lambda on: WindowsSession(on, app=qapp, wtsapi32=FakeWtsApi32(),
                                                      window=0x99))
    assert isinstance(session, WindowsSession)
    woke: list[str] = []
    monitor.resumed.connect(lambda: woke.append("resumed"))
    _message(session, WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC)
    assert woke == ["resumed"]


def test_windows_refused_registration_is_an_error(qapp: Any) -> None:
    with pytest.raises(OSError, match="refused"):
        WindowsSession(lambda _c: None, app=qapp, wtsapi32=FakeWtsApi32(accept=False),
                       window=0x5)


# -- macOS ------------------------------------------------------------------------------


class FakeMacLibraries:
    """CGSessionCopyCurrentDictionary and the CoreFoundation calls around it."""

    SESSION, KEY, TRUE = 0x1000, 0x2000, 0x3000

    def __init__(self) -> None:
        self.locked = False
        self.window_server = True
        self.copies = 0
        self.released: list[int] = []

        def CGSessionCopyCurrentDictionary() -> int:
            if not self.window_server:
                return 0
            self.copies += 1
            return self.SESSION

        def CFStringCreateWithCString(_alloc: object, text: bytes, _encoding: int) -> int:
            assert text == b"CGSSessionScreenIsLocked"
            return self.KEY

        def CFDictionaryGetValue(dictionary: int, key: int) -> int:
            assert (dictionary, key) == (self.SESSION, self.KEY)
            return self.TRUE if self.locked else 0

        def CFBooleanGetValue(value: int) -> int:
            assert value == self.TRUE
            return 1

        def CFRelease(ref: int) -> None:
            self.released.append(ref)

        self.CGSessionCopyCurrentDictionary: Any = CGSessionCopyCurrentDictionary
        self.CFStringCreateWithCString: Any = CFStringCreateWithCString
        self.CFDictionaryGetValue: Any = CFDictionaryGetValue
        self.CFBooleanGetValue: Any = CFBooleanGetValue
        self.CFRelease: Any = CFRelease


def test_macos_lock_state_is_read_at_each_refresh(monitor: SessionMonitor) -> None:
    libs = FakeMacLibraries()
    libs.locked = True
    monitor.build(lambda on: MacSession(on, core_graphics=libs, core_foundation=libs))
    assert monitor.locked() is True  # read at start
    changes: list[bool] = []
    monitor.locked_changed.connect(changes.append)
    monitor.refresh()
    libs.locked = False
    monitor.refresh()
    libs.window_server = False  # no session dictionary: nothing to conclude
    monitor.refresh()
    libs.window_server = True
    libs.locked = True
    monitor.refresh()
    assert changes == [False, True]
    # Every dictionary copied was released, and the key on close.
    assert libs.released.count(libs.SESSION) == libs.copies
    monitor.close()
    assert libs.released.count(libs.KEY) == 1


def test_macos_missing_frameworks_are_an_error() -> None:
    with pytest.raises(OSError):
        MacSession(lambda _c: None)  # this machine has no CoreGraphics


