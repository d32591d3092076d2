"""The freedesktop notification backend against a real server: dunst on a private bus.

dunst checks every call against the spec's signature and rejects wrongly typed
ones (DESKTOP-TESTING gotcha 7), so a notification dunst shows proves the
typing. It only lists a notification in ``dunstctl history`` after it left the
screen, so each test's dunst runs a rule script that logs every notification
it receives, with dunst's own view of it (id, urgency, category, ...).
dunst reads the urgency hint only when it is a byte: a logged LOW proves it.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from psoas_desk import APP_ID
from psoas_desk.adapters.notify import (
    CloseReason,
    FreedesktopNotifier,
    Notification,
    NotificationHandle,
    Urgency,
)
from psoas_desk.adapters.notify.freedesktop import CALL_TIMEOUT_MS, CAPABILITIES_TIMEOUT_MS
from tests.helpers.desktop import VirtualDesktop

WARNING = Notification("Micro-break in 30 seconds", "Stand up and look away",
                       actions=(("snooze", "Snooze 5 min"),), timeout_ms=0,
                       urgency=Urgency.LOW, category="reminder")

SLACK_MS = 1000
"""Scheduling slack for the frozen-server test on a busy machine. It keeps every
check there sharp: a ``show`` that waited for the reply would take the whole
CALL_TIMEOUT_MS (2 s), and QtDBus's default timeout is 25 s."""
WAIT_MS = 20_000
"""How long to wait for dunst, another process: it runs the logging script
(a Python interpreter) for each notification, slow when the machine is busy."""

_LOGGER_SCRIPT = """#!{python}
import json, os
with open({log!r}, "a") as out:
    out.write(json.dumps({{k: v for k, v in os.environ.items() if k.startswith("DUNST_")}}) + "\\n")
"""


class Dunst:
    """A running dunst whose rule script logs each notification it receives."""

    def __init__(self, desktop: VirtualDesktop, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.desktop = desktop
        self.log = directory / "received.jsonl"
        script = directory / "log-notification"
        script.write_text(_LOGGER_SCRIPT.format(python=sys.executable, log=str(self.log)))
        script.chmod(0o755)
        config = directory / "dunstrc"
        config.write_text(f'[log_everything]\n    summary = "*"\n    script = {script}\n')
        desktop.start_notification_server(config)

    def received(self) -> list[dict[str, Any]]:
        """What the rule script logged so far, oldest first."""
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text().splitlines()]

    def ctl(self, *args: str) -> str:
        return self.desktop.run(["dunstctl", *args]).stdout.strip()

    def pid(self) -> int:
        out = self.desktop.run([
            "dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus", "org.freedesktop.DBus.GetConnectionUnixProcessID",
            "string:org.freedesktop.Notifications"]).stdout
        return int(out.split()[-1])


class Recorder:
    """Collects what a notifier reports."""

    def __init__(self, notifier: FreedesktopNotifier) -> None:
        self.actions: list[tuple[NotificationHandle, str]] = []
        self.closed: list[tuple[NotificationHandle, CloseReason]] = []
        notifier.set_action_handler(lambda handle, key: self.actions.append((handle, key)))
        notifier.set_closed_handler(lambda handle, why: self.closed.append((handle, why)))


@pytest.fixture
def dunst(desktop: VirtualDesktop, tmp_path: Path) -> Dunst:
    return Dunst(desktop, tmp_path / "dunst")


@pytest.fixture
def notifier(desktop: VirtualDesktop, dunst: Dunst, qapp: object
             ) -> Iterator[FreedesktopNotifier]:
    name = f"notify-e2e-{uuid.uuid4().hex}"
    bus = QDBusConnection.connectToBus(desktop.bus_address, name)
    assert bus.isConnected()
    made = FreedesktopNotifier(bus, "psoas-desk", "")
    yield made
    made.dispose()
    QDBusConnection.disconnectFromBus(name)


def _server_id(qtbot: QtBot, notifier: FreedesktopNotifier, handle: NotificationHandle) -> int:
    qtbot.waitUntil(lambda: notifier.server_id(handle) is not None, timeout=WAIT_MS)
    server_id = notifier.server_id(handle)
    assert server_id is not None
    return server_id


def test_dunst_shows_our_notification_with_all_hints(qtbot: QtBot, dunst: Dunst,
                                                     notifier: FreedesktopNotifier) -> None:
    assert notifier.supports_actions is True
    assert {"actions", "body"} <= notifier.capabilities()
    handle = notifier.show(WARNING)
    server_id = _server_id(qtbot, notifier, handle)
    qtbot.waitUntil(lambda: len(dunst.received()) == 1, timeout=WAIT_MS)
    (seen,) = dunst.received()
    assert server_id > 0
    assert seen["DUNST_ID"] == str(server_id)
    assert (seen["DUNST_APP_NAME"], seen["DUNST_SUMMARY"], seen["DUNST_BODY"]) == (
        "psoas-desk", "Micro-break in 30 seconds", "Stand up and look away")
    assert (seen["DUNST_URGENCY"], seen["DUNST_CATEGORY"], seen["DUNST_DESKTOP_ENTRY"]) == (
        "LOW", "reminder", APP_ID)
    assert seen["DUNST_TIMEOUT"] == "0"
    qtbot.waitUntil(lambda: dunst.ctl("count", "displayed") == "1", timeout=WAIT_MS)


def test_replacing_updates_in_place_and_close_takes_it_down(
        qtbot: QtBot, dunst: Dunst, notifier: FreedesktopNotifier) -> None:
    events = Recorder(notifier)
    handle = notifier.show(WARNING)
    server_id = _server_id(qtbot, notifier, handle)
    # dunst runs the logging script of each notification in a process of its
    # own: replace only once the first one is logged, or the two scripts race
    # and the log's order says nothing.
    qtbot.waitUntil(lambda: len(dunst.received()) == 1, timeout=WAIT_MS)
    again = notifier.show(Notification("Micro-break in 10 seconds", "Almost there",
                                       timeout_ms=0, urgency=Urgency.NORMAL, replaces=handle))
    qtbot.waitUntil(lambda: len(dunst.received()) == 2, timeout=WAIT_MS)
    updated = dunst.received()[1]
    assert again == handle
    assert notifier.server_id(handle) == server_id
    assert (updated["DUNST_ID"], updated["DUNST_SUMMARY"], updated["DUNST_URGENCY"]) == (
        str(server_id), "Micro-break in 10 seconds", "NORMAL")
    # dunst updates its display after running the rule script: wait for it.
    qtbot.waitUntil(lambda: dunst.ctl("count", "displayed") == "1", timeout=WAIT_MS)

    notifier.close(handle)
    qtbot.waitUntil(lambda: bool(events.closed), timeout=WAIT_MS)
    assert events.closed == [(handle, CloseReason.CLOSED)]
    assert dunst.ctl("count", "displayed") == "0"
    history = json.loads(dunst.ctl("history"))["data"][0]
    assert [(entry["id"]["data"], entry["summary"]["data"]) for entry in history] == [
        (server_id, "Micro-break in 10 seconds")]


def test_snooze_chosen_in_dunst_reaches_the_handler(qtbot: QtBot, dunst: Dunst,
                                                    notifier: FreedesktopNotifier) -> None:
    events = Recorder(notifier)
    handle = notifier.show(WARNING)
    _server_id(qtbot, notifier, handle)
    # With a single action and no "default" one, dunst invokes that action.
    dunst.ctl("action", "0")
    qtbot.waitUntil(lambda: bool(events.actions), timeout=WAIT_MS)
    assert events.actions == [(handle, "snooze")]


def test_dunst_quitting_closes_what_it_showed(qtbot: QtBot, dunst: Dunst,
                                              notifier: FreedesktopNotifier) -> None:
    events = Recorder(notifier)
    handle = notifier.show(WARNING)
    _server_id(qtbot, notifier, handle)
    os.kill(dunst.pid(), signal.SIGTERM)
    qtbot.waitUntil(lambda: bool(events.closed), timeout=WAIT_MS)
    assert events.closed == [(handle, CloseReason.UNDEFINED)]


def test_a_frozen_dunst_does_not_block_the_caller(qtbot: QtBot, dunst: Dunst,
                                                  notifier: FreedesktopNotifier) -> None:
    events = Recorder(notifier)
    pid = dunst.pid()
    os.kill(pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        handle = notifier.show(WARNING)
        show_ms = (time.monotonic() - started) * 1000
        started = time.monotonic()
        actions = notifier.supports_actions
        capabilities_ms = (time.monotonic() - started) * 1000
        qtbot.waitUntil(lambda: bool(events.closed), timeout=CALL_TIMEOUT_MS + 3000)
        failed_ms = (time.monotonic() - started) * 1000
    finally:
        os.kill(pid, signal.SIGCONT)
    assert show_ms < SLACK_MS
    assert actions is False
    assert capabilities_ms < CAPABILITIES_TIMEOUT_MS + SLACK_MS
    assert failed_ms < CALL_TIMEOUT_MS + SLACK_MS
    assert events.closed == [(handle, CloseReason.FAILED)]
