"""Notification backends: values, chooser, tray balloon, null, and the D-Bus backend.

The freedesktop backend is driven here against ``FakeNotificationServer`` on a
private bus, for what a real server cannot do on cue (answer with an error,
never answer, emit a signal at a chosen moment). Typing against a real server
(dunst) is in tests/e2e/test_notify_dunst.py.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from psoas_desk.adapters.notify import (
    CloseReason,
    FreedesktopNotifier,
    Notification,
    NotificationHandle,
    Notifier,
    NotifierCandidate,
    NotifierUnavailable,
    NullNotifier,
    ServiceFollowingNotifier,
    TrayBalloonNotifier,
    Urgency,
    choose_notifier,
    default_notifier_candidates,
    tray_show_message,
)
from psoas_desk.adapters.notify.freedesktop import CALL_TIMEOUT_MS, CAPABILITIES_TIMEOUT_MS
from psoas_desk.adapters.notify.freedesktop_wire import (
    NOTIFY_SIGNATURE,
    SERVICE,
    service_available,
)
from psoas_desk.adapters.qtdbus_shim import TypedArguments
from tests.helpers.desktop import VirtualDesktop
from tests.helpers.fake_notifications import FakeNotificationServer, start_bare_bus

WARNING = Notification("Micro-break in 30 seconds", "Stand up and look away",
                       actions=(("snooze", "Snooze 5 min"),), timeout_ms=0,
                       urgency=Urgency.NORMAL, category="reminder")

# Scheduling slack on a busy two-core machine; far below the timeouts it guards.
SLACK_MS = 300


@dataclass
class Events:
    """What the handlers of a notifier received, in order."""

    actions: list[tuple[NotificationHandle, str]] = field(default_factory=list)
    closed: list[tuple[NotificationHandle, CloseReason]] = field(default_factory=list)

    def attach(self, notifier: Notifier) -> None:
        notifier.set_action_handler(lambda handle, key: self.actions.append((handle, key)))
        notifier.set_closed_handler(lambda handle, why: self.closed.append((handle, why)))


# -- values ------------------------------------------------------------------


@pytest.mark.parametrize("kwargs", [
    {"title": ""},
    {"title": "t", "timeout_ms": -2},
    {"title": "t", "actions": (("", "Snooze"),)},
    {"title": "t", "actions": (("snooze", ""),)},
    {"title": "t", "actions": (("snooze", "A"), ("snooze", "B"))},
])
def test_notification_rejects_what_no_server_could_show(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Notification(**kwargs)  # type: ignore[arg-type]


def test_close_reason_maps_spec_codes_and_unknown_ones() -> None:
    assert [CloseReason.from_wire(code) for code in (1, 2, 3, 4, 0, 99)] == [
        CloseReason.EXPIRED, CloseReason.DISMISSED, CloseReason.CLOSED,
        CloseReason.UNDEFINED, CloseReason.UNDEFINED, CloseReason.UNDEFINED]


def test_typed_arguments_carry_the_exact_dbus_types() -> None:
    types = TypedArguments()
    assert types.uint32(2**32 - 1).currentSignature() == "u"
    assert types.byte(255).currentSignature() == "y"
    assert types.string_array([]).currentSignature() == "as"
    assert types.string_array(["snooze", "Snooze"]).currentSignature() == "as"
    for bad in (-1, 2**32):
        with pytest.raises(ValueError):
            types.uint32(bad)
    with pytest.raises(ValueError):
        types.byte(256)


# -- null and tray balloon ---------------------------------------------------------


def test_null_notifier_logs_and_never_fails(caplog: pytest.LogCaptureFixture) -> None:
    notifier = NullNotifier()
    Events().attach(notifier)
    with caplog.at_level(logging.INFO):
        first = notifier.show(WARNING)
    assert "Micro-break in 30 seconds" in caplog.text
    assert notifier.supports_actions is False
    second = notifier.show(WARNING)
    assert first != second
    assert notifier.show(Notification("updated", replaces=first)) == first
    notifier.close(first)
    notifier.close(NotificationHandle("freedesktop", 7))


def test_tray_balloon_shows_title_body_and_timeout_and_drops_actions() -> None:
    shown: list[tuple[str, str, int]] = []
    notifier = TrayBalloonNotifier(lambda title, body, ms: shown.append((title, body, ms)))
    handle = notifier.show(WARNING)
    again = notifier.show(Notification("Micro-break in 10 seconds", "Now", timeout_ms=5000,
                                       replaces=handle))
    other = notifier.show(Notification("Stretch break soon"))
    assert shown == [("Micro-break in 30 seconds", "Stand up and look away", 0),
                     ("Micro-break in 10 seconds", "Now", 5000),
                     ("Stretch break soon", "", -1)]
    assert again == handle and other != handle
    assert notifier.supports_actions is False
    notifier.close(handle)  # a balloon cannot be closed; must not raise
    assert len(shown) == 3


def test_tray_show_message_fits_qsystemtrayicon(qapp: object,
                                               caplog: pytest.LogCaptureFixture) -> None:
    calls: list[tuple[object, ...]] = []

    class RecordingTray(QSystemTrayIcon):
        def showMessage(self, title: str, body: str,  # type: ignore[override]
                        icon: QSystemTrayIcon.MessageIcon, msecs: int) -> None:
            calls.append((title, body, icon, msecs))
            super().showMessage(title, body, icon, msecs)  # the real binding must accept them

    notifier = TrayBalloonNotifier(tray_show_message(RecordingTray()))
    with caplog.at_level(logging.ERROR):
        notifier.show(WARNING)
    assert calls == [("Micro-break in 30 seconds", "Stand up and look away",
                      QSystemTrayIcon.MessageIcon.Information, 0)]
    assert caplog.text == ""


def test_tray_balloon_logs_a_failing_tray_instead_of_raising(
        caplog: pytest.LogCaptureFixture) -> None:
    def broken(title: str, body: str, ms: int) -> None:
        raise RuntimeError("tray icon was deleted")

    notifier = TrayBalloonNotifier(broken)
    with caplog.at_level(logging.ERROR):
        handle = notifier.show(WARNING)
    assert handle.backend == "tray-balloon"
    assert "tray icon was deleted" in caplog.text


# -- chooser -----------------------------------------------------------------------


def test_chooser_takes_the_first_backend_that_builds(caplog: pytest.LogCaptureFixture) -> None:
    def broken() -> Notifier:
        raise NotifierUnavailable("no service")

    tray = TrayBalloonNotifier(lambda title, body, ms: None)
    candidates: list[NotifierCandidate] = [("freedesktop", broken), ("tray-balloon", lambda: tray),
                                           ("never-tried", NullNotifier)]
    with caplog.at_level(logging.INFO):
        assert choose_notifier(candidates) is tray
    assert "freedesktop is unavailable: no service" in caplog.text
    assert "notification backend: tray-balloon" in caplog.text


def test_chooser_falls_back_to_null_and_warns(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        chosen = choose_notifier(default_notifier_candidates(
            bus=None, show_message=None, app_name="psoas-desk", icon=""))
    assert isinstance(chosen, NullNotifier)
    assert "no notification backend works" in caplog.text


def test_without_a_bus_the_tray_balloon_is_chosen() -> None:
    shown: list[tuple[str, str, int]] = []
    chosen = choose_notifier(default_notifier_candidates(
        bus=None, show_message=lambda *args: shown.append(args), app_name="a", icon=""))
    assert isinstance(chosen, TrayBalloonNotifier)
    chosen.show(WARNING)
    assert shown[0][0] == WARNING.title


# -- the D-Bus backend, against the fake server -----------------------------------------


@pytest.fixture
def bus_address(desktop: VirtualDesktop, tmp_path: Path) -> str:
    """A private bus on which nothing can be activated (see ``start_bare_bus``)."""
    return start_bare_bus(desktop, tmp_path / "bus")


@pytest.fixture
def bus(bus_address: str, qapp: object) -> Iterator[QDBusConnection]:
    """The code under test's own connection to the private bus."""
    name = f"notify-test-{uuid.uuid4().hex}"
    connection = QDBusConnection.connectToBus(bus_address, name)
    assert connection.isConnected()
    yield connection
    QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def notifier(bus: QDBusConnection) -> Iterator[FreedesktopNotifier]:
    made = FreedesktopNotifier(bus, "psoas-desk", "psoas-desk")
    yield made
    made.dispose()


def _server_id(qtbot: QtBot, notifier: FreedesktopNotifier, handle: NotificationHandle) -> int:
    qtbot.waitUntil(lambda: notifier.server_id(handle) is not None)
    server_id = notifier.server_id(handle)
    assert server_id is not None
    return server_id


def test_service_presence_follows_the_bus(bus_address: str, bus: QDBusConnection) -> None:
    assert not service_available(bus)
    with FakeNotificationServer(bus_address):
        assert service_available(bus)
    assert not service_available(QDBusConnection.connectToBus("unix:path=/nonexistent", "nobus"))
    QDBusConnection.disconnectFromBus("nobus")


def test_an_activatable_service_counts_as_available(desktop: VirtualDesktop, tmp_path: Path,
                                                      qapp: object) -> None:
    address = start_bare_bus(desktop, tmp_path / "activating", activatable=(SERVICE,))
    connection = QDBusConnection.connectToBus(address, "activating")
    try:
        assert service_available(connection)
    finally:
        QDBusConnection.disconnectFromBus("activating")


def test_chooser_prefers_the_notification_service_over_the_tray(
        bus_address: str, bus: QDBusConnection) -> None:
    def candidates() -> list[NotifierCandidate]:
        return default_notifier_candidates(bus=bus, show_message=lambda *args: None,
                                           app_name="psoas-desk", icon="",
                                           follow_service=False)

    assert isinstance(choose_notifier(candidates()), TrayBalloonNotifier)
    with FakeNotificationServer(bus_address):
        chosen = choose_notifier(candidates())
        assert isinstance(chosen, FreedesktopNotifier)
        chosen.dispose()


def test_following_notifier_moves_to_the_service_and_back(
        qtbot: QtBot, bus_address: str, bus: QDBusConnection) -> None:
    balloons: list[str] = []
    chosen = choose_notifier(default_notifier_candidates(
        bus=bus, show_message=lambda title, body, ms: balloons.append(title),
        app_name="psoas-desk", icon=""))
    assert isinstance(chosen, ServiceFollowingNotifier)
    events = Events()
    events.attach(chosen)
    try:
        assert chosen.active.name == "tray-balloon"
        handle = chosen.show(Notification("before the daemon"))
        assert balloons == ["before the daemon"]

        with FakeNotificationServer(bus_address) as server:
            qtbot.waitUntil(lambda: chosen.active.name == "freedesktop")
            assert chosen.show(Notification("daemon is up", replaces=handle)) == handle
            qtbot.waitUntil(lambda: len(server.log.of("Notify")) == 1)
            assert server.log.of("Notify")[0].args[3] == "daemon is up"
            qtbot.waitUntil(lambda: bool(server.open_ids))
            server.invoke_action(next(iter(server.open_ids)), "snooze")
            qtbot.waitUntil(lambda: bool(events.actions))
            server.release_name()
            qtbot.waitUntil(lambda: chosen.active.name == "tray-balloon")
            qtbot.waitUntil(lambda: bool(events.closed))

        chosen.show(Notification("daemon gone"))
    finally:
        chosen.dispose()
    assert events.actions == [(handle, "snooze")]
    assert events.closed == [(handle, CloseReason.UNDEFINED)]
    assert balloons == ["before the daemon", "daemon gone"]


def test_notify_is_sent_typed_with_our_hints(qtbot: QtBot, bus_address: str,
                                             notifier: FreedesktopNotifier) -> None:
    with FakeNotificationServer(bus_address) as server:
        handle = notifier.show(WARNING)
        _server_id(qtbot, notifier, handle)
    (call,) = server.log.of("Notify")
    assert call.signature == NOTIFY_SIGNATURE
    # The hints (index 6) stay a QDBusArgument here; their content and the
    # urgency's byte type are checked against dunst in the e2e tests.
    assert call.args[:6] + call.args[7:] == [
        "psoas-desk", 0, "psoas-desk", "Micro-break in 30 seconds", "Stand up and look away",
        ["snooze", "Snooze 5 min"], 0]


def test_replacing_updates_the_same_notification(qtbot: QtBot, bus_address: str,
                                                 notifier: FreedesktopNotifier) -> None:
    with FakeNotificationServer(bus_address) as server:
        handle = notifier.show(WARNING)
        server_id = _server_id(qtbot, notifier, handle)
        again = notifier.show(Notification("Micro-break in 10 seconds", replaces=handle))
        qtbot.waitUntil(lambda: len(server.log.of("Notify")) == 2)
    assert again == handle
    assert server.log.of("Notify")[1].args[1] == server_id
    assert notifier.server_id(handle) == server_id


def test_an_update_before_the_id_is_known_waits_for_it(qtbot: QtBot, bus_address: str,
                                                       notifier: FreedesktopNotifier) -> None:
    with FakeNotificationServer(bus_address) as server:
        handle = notifier.show(WARNING)
        notifier.show(Notification("in 20 s", replaces=handle))
        notifier.show(Notification("in 10 s", replaces=handle))  # only the latest is sent
        qtbot.waitUntil(lambda: len(server.log.of("Notify")) == 2)
        server_id = _server_id(qtbot, notifier, handle)
    first, second = server.log.of("Notify")
    assert (first.args[1], first.args[3]) == (0, WARNING.title)
    assert (second.args[1], second.args[3]) == (server_id, "in 10 s")


def test_an_invoked_action_reaches_the_handler_with_handle_and_key(
        qtbot: QtBot, bus_address: str, notifier: FreedesktopNotifier) -> None:
    events = Events()
    events.attach(notifier)
    with FakeNotificationServer(bus_address) as server:
        other = notifier.show(Notification("Unrelated"))
        handle = notifier.show(WARNING)
        server_id = _server_id(qtbot, notifier, handle)
        _server_id(qtbot, notifier, other)
        server.invoke_action(server_id + 100, "snooze")  # another program's notification
        server.invoke_action(server_id, "snooze")
        qtbot.waitUntil(lambda: bool(events.actions))
    assert events.actions == [(handle, "snooze")]
    assert events.closed == []


def test_a_notification_closed_by_the_user_is_reported_once(
        qtbot: QtBot, bus_address: str, notifier: FreedesktopNotifier) -> None:
    events = Events()
    events.attach(notifier)
    with FakeNotificationServer(bus_address) as server:
        handle = notifier.show(WARNING)
        server_id = _server_id(qtbot, notifier, handle)
        server.close_by_server(server_id, 2)
        qtbot.waitUntil(lambda: bool(events.closed))
        server.close_by_server(server_id, 2)  # a repeat is not ours any more
        notifier.close(handle)  # already gone: nothing is sent
        later = notifier.show(Notification("marker"))
        _server_id(qtbot, notifier, later)
    assert events.closed == [(handle, CloseReason.DISMISSED)]
    assert notifier.server_id(handle) is None
    assert server.log.of("CloseNotification") == []


def test_close_asks_the_server_and_reports_when_it_is_gone(
        qtbot: QtBot, bus_address: str, notifier: FreedesktopNotifier) -> None:
    events = Events()
    events.attach(notifier)
    with FakeNotificationServer(bus_address) as server:
        handle = notifier.show(WARNING)
        server_id = _server_id(qtbot, notifier, handle)
        notifier.close(handle)
        qtbot.waitUntil(lambda: bool(events.closed))
    assert [call.args for call in server.log.of("CloseNotification")] == [[server_id]]
    assert events.closed == [(handle, CloseReason.CLOSED)]


def test_close_before_the_id_is_known_is_sent_once_it_is(
        qtbot: QtBot, bus_address: str, notifier: FreedesktopNotifier) -> None:
    events = Events()
    events.attach(notifier)
    with FakeNotificationServer(bus_address) as server:
        handle = notifier.show(WARNING)
        notifier.close(handle)
        qtbot.waitUntil(lambda: bool(events.closed))
    assert len(server.log.of("CloseNotification")) == 1
    assert events.closed == [(handle, CloseReason.CLOSED)]


def test_a_refused_notification_is_reported_failed(qtbot: QtBot, bus_address: str,
                                                   notifier: FreedesktopNotifier) -> None:
    events = Events()
    events.attach(notifier)
    with FakeNotificationServer(bus_address, fail_notify=True):
        handle = notifier.show(WARNING)
        qtbot.waitUntil(lambda: bool(events.closed))
    assert events.closed == [(handle, CloseReason.FAILED)]


def test_a_refused_update_keeps_the_earlier_one_and_a_waiting_close_still_happens(
        qtbot: QtBot, bus_address: str, notifier: FreedesktopNotifier) -> None:
    events = Events()
    events.attach(notifier)
    with FakeNotificationServer(bus_address) as server:
        handle = notifier.show(WARNING)
        server_id = _server_id(qtbot, notifier, handle)
        server.fail_notify = True
        notifier.show(Notification("refused update", replaces=handle))
        notifier.close(handle)  # while the update is in flight
        qtbot.waitUntil(lambda: bool(events.closed))
    assert len(server.log.of("Notify")) == 2
    assert [call.args for call in server.log.of("CloseNotification")] == [[server_id]]
    assert events.closed == [(handle, CloseReason.CLOSED)]


def test_capabilities_are_asked_once_even_without_an_answer(
        qtbot: QtBot, bus_address: str, notifier: FreedesktopNotifier) -> None:
    # An in-process fake cannot answer a blocking call (the caller holds the
    # GIL), so this checks the caching on the unanswered path; dunst answers it
    # in the e2e tests.
    with FakeNotificationServer(bus_address, answer=False) as server:
        assert notifier.supports_actions is False
        started = time.monotonic()
        assert notifier.capabilities() == frozenset()
        assert notifier.supports_actions is False
        cached_ms = (time.monotonic() - started) * 1000
    assert len(server.log.of("GetCapabilities")) == 1
    assert cached_ms < SLACK_MS


def test_a_server_that_never_answers_does_not_block_the_caller(
        qtbot: QtBot, bus_address: str, notifier: FreedesktopNotifier) -> None:
    events = Events()
    events.attach(notifier)
    with FakeNotificationServer(bus_address, answer=False) as server:
        started = time.monotonic()
        handle = notifier.show(WARNING)
        show_ms = (time.monotonic() - started) * 1000
        started = time.monotonic()
        actions = notifier.supports_actions
        capabilities_ms = (time.monotonic() - started) * 1000
        qtbot.waitUntil(lambda: bool(events.closed), timeout=CALL_TIMEOUT_MS + 3000)
        failed_ms = (time.monotonic() - started) * 1000
        assert server.log.of("Notify") and server.log.of("GetCapabilities")
    assert show_ms < SLACK_MS
    assert actions is False
    assert capabilities_ms < CAPABILITIES_TIMEOUT_MS + SLACK_MS
    assert failed_ms < CALL_TIMEOUT_MS + SLACK_MS
    assert events.closed == [(handle, CloseReason.FAILED)]


def test_a_server_that_goes_away_closes_what_it_showed(
        qtbot: QtBot, bus_address: str, notifier: FreedesktopNotifier) -> None:
    events = Events()
    events.attach(notifier)
    with FakeNotificationServer(bus_address) as server:
        handle = notifier.show(WARNING)
        _server_id(qtbot, notifier, handle)
        server.release_name()
        qtbot.waitUntil(lambda: bool(events.closed))
    assert events.closed == [(handle, CloseReason.UNDEFINED)]


def test_a_failing_handler_is_logged_not_raised(qtbot: QtBot, bus_address: str,
                                                notifier: FreedesktopNotifier,
                                                caplog: pytest.LogCaptureFixture) -> None:
    def broken(handle: NotificationHandle, key: str) -> None:
        raise RuntimeError("app bug")

    notifier.set_action_handler(broken)
    with FakeNotificationServer(bus_address) as server:
        handle = notifier.show(WARNING)
        server.invoke_action(_server_id(qtbot, notifier, handle), "snooze")
        qtbot.waitUntil(lambda: "app bug" in caplog.text)
