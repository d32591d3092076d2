"""The D-Bus do-not-disturb sources against real services on a private bus.

- GNOME: the real dconf service writes ``show-banners`` when ``gsettings``
  (what GNOME's switch does underneath) changes it; the source reads the real
  database file and hears the writer's real ``Notify`` signal.
- dunst: the real daemon, paused and resumed with ``dunstctl``.
- KDE Plasma: a fake server in its own process (tests/helpers/fake_plasma.py),
  for the property and signal Plasma has and for what a real server cannot
  be made to do on cue (hang, appear late).

Waiting: ``qtbot.waitUntil`` runs our event loop until a signal from another
process has been handled; ``wait_until`` waits for other processes.
"""

from __future__ import annotations

import random
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from psoas_desk.adapters.dnd import (
    DndUnavailable,
    GnomeShowBanners,
    choose_dnd_sources,
    default_dnd_candidates,
)
from psoas_desk.adapters.dnd.gnome import dconf_user_db
from psoas_desk.adapters.dnd.gvdb import GvdbError, GvdbFile
from psoas_desk.adapters.dnd.notification_server import (
    READ_TIMEOUT_MS,
    NotificationServerFlag,
    dunst_paused,
    kde_inhibited,
)
from tests.helpers.desktop import VirtualDesktop, stop_process_group, wait_until
from tests.helpers.fake_plasma import SERVICE, FakePlasma

NOTIFICATIONS = "org.gnome.desktop.notifications"
BANNERS = "/org/gnome/desktop/notifications/show-banners"
SIGNAL_MS = 10_000
SLACK_MS = 300


@pytest.fixture
def bus(desktop: VirtualDesktop, qapp: object) -> Iterator[QDBusConnection]:
    """The code under test's own connection to the desktop's private session bus."""
    name = f"dnd-test-{uuid.uuid4().hex}"
    connection = QDBusConnection.connectToBus(desktop.bus_address, name)
    assert connection.isConnected()
    yield connection
    QDBusConnection.disconnectFromBus(name)


def gsettings(desk: VirtualDesktop, *args: str) -> None:
    desk.run(["gsettings", *args])


def dconf_db(desk: VirtualDesktop) -> Path:
    return dconf_user_db(desk.env, Path(desk.env["HOME"]))


def recorder(source: NotificationServerFlag | GnomeShowBanners) -> list[bool]:
    heard: list[bool] = []
    source.set_change_handler(lambda: heard.append(source.active()))
    return heard


# -- GNOME ----------------------------------------------------------------------------


def test_gnome_do_not_disturb_is_heard_from_the_real_dconf(
        desktop: VirtualDesktop, bus: QDBusConnection, qtbot: QtBot) -> None:
    source = GnomeShowBanners(dconf_db(desktop), bus)
    heard = recorder(source)
    assert not source.active()  # nothing written yet: the schema default, banners on

    gsettings(desktop, "set", NOTIFICATIONS, "show-banners", "false")
    qtbot.waitUntil(lambda: heard == [True], timeout=SIGNAL_MS)
    gsettings(desktop, "set", NOTIFICATIONS, "show-banners", "true")
    qtbot.waitUntil(lambda: heard == [True, False], timeout=SIGNAL_MS)
    gsettings(desktop, "set", NOTIFICATIONS, "show-banners", "false")
    qtbot.waitUntil(lambda: heard == [True, False, True], timeout=SIGNAL_MS)
    gsettings(desktop, "reset", NOTIFICATIONS, "show-banners")  # back to the default
    qtbot.waitUntil(lambda: heard == [True, False, True, False], timeout=SIGNAL_MS)
    assert not source.active()
    source.close()


def test_the_app_hears_gnome_dnd_through_the_chosen_sources(
        desktop: VirtualDesktop, bus: QDBusConnection, qtbot: QtBot) -> None:
    env = {**desktop.env, "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}
    sources = choose_dnd_sources(default_dnd_candidates(
        env=env, home=Path(desktop.env["HOME"]), bus=bus, platform="linux"))
    assert sources.names[0] == "gnome-show-banners"
    heard: list[bool] = []
    sources.set_change_handler(heard.append)

    gsettings(desktop, "set", NOTIFICATIONS, "show-banners", "false")
    qtbot.waitUntil(lambda: heard == [True], timeout=SIGNAL_MS)
    assert sources.desktop_dnd_active()
    assert sources.active_names() == ["gnome-show-banners"]
    sources.close()


def test_without_a_bus_gnome_dnd_is_still_read_when_asked(desktop: VirtualDesktop) -> None:
    source = GnomeShowBanners(dconf_db(desktop), None)
    gsettings(desktop, "set", NOTIFICATIONS, "show-banners", "false")
    assert source.active()


def test_a_file_that_is_not_a_dconf_database_is_refused(tmp_path: Path) -> None:
    (tmp_path / "user").write_bytes(b"GVariant but not really")
    with pytest.raises(DndUnavailable, match="not a dconf database"):
        GnomeShowBanners(tmp_path / "user")


def test_a_database_damaged_later_keeps_the_last_state_and_warns_once(
        desktop: VirtualDesktop, caplog: pytest.LogCaptureFixture) -> None:
    gsettings(desktop, "set", NOTIFICATIONS, "show-banners", "false")
    db = dconf_db(desktop)
    source = GnomeShowBanners(db)
    assert source.active()
    db.write_bytes(b"damaged")
    assert source.active() and source.active()
    assert caplog.text.count("GNOME do-not-disturb") == 1


# -- the GVDB reader, on files written by the real dconf ---------------------------------


@pytest.fixture
def dconf_file(desktop: VirtualDesktop) -> bytes:
    gsettings(desktop, "set", NOTIFICATIONS, "show-banners", "false")
    gsettings(desktop, "set", "org.gnome.desktop.interface", "clock-format", "12h")
    gsettings(desktop, "set", "org.gnome.desktop.interface", "enable-animations", "true")
    gsettings(desktop, "set", "org.gnome.desktop.privacy", "remember-recent-files", "false")
    return dconf_db(desktop).read_bytes()


def test_the_reader_finds_each_key_dconf_wrote(dconf_file: bytes) -> None:
    db = GvdbFile(dconf_file)
    assert db.boolean(BANNERS) is False
    assert db.boolean("/org/gnome/desktop/interface/enable-animations") is True
    assert db.boolean("/org/gnome/desktop/privacy/remember-recent-files") is False
    assert db.lookup("/org/gnome/desktop/interface/clock-format") == ("s", b"12h\x00")
    assert db.boolean("/org/gnome/desktop/interface/clock-format") is None
    for absent in ("/org/gnome/desktop/interface/", "/org/gnome/desktop/notifications/x",
                   "show-banners", "", "/"):
        assert db.lookup(absent) is None


def test_a_damaged_database_raises_gvdb_error_and_nothing_else(dconf_file: bytes) -> None:
    rng = random.Random(20261122)
    for _ in range(400):
        damaged = bytearray(dconf_file)
        for _ in range(rng.randint(1, 6)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        if rng.random() < 0.3:
            del damaged[rng.randrange(len(damaged)):]
        try:
            found = GvdbFile(bytes(damaged)).lookup(BANNERS)
        except GvdbError:
            continue
        assert found is None or isinstance(found, tuple)


# -- dunst -----------------------------------------------------------------------------------


@pytest.fixture
def dunst(desktop: VirtualDesktop) -> Iterator[subprocess.Popen[bytes]]:
    proc = desktop.spawn("dunst-own", ["dunst"])
    wait_until(lambda: desktop.bus_has_name(SERVICE), what="dunst to own its name")
    yield proc
    stop_process_group(proc)


def test_dunst_paused_is_the_desktop_dnd(desktop: VirtualDesktop, bus: QDBusConnection,
                                         dunst: subprocess.Popen[bytes], qtbot: QtBot) -> None:
    source = dunst_paused(bus)
    heard = recorder(source)
    assert not source.active()

    desktop.run(["dunstctl", "set-paused", "true"])
    qtbot.waitUntil(lambda: heard == [True], timeout=SIGNAL_MS)
    desktop.run(["dunstctl", "set-paused", "false"])
    qtbot.waitUntil(lambda: heard == [True, False], timeout=SIGNAL_MS)

    desktop.run(["dunstctl", "set-paused", "true"])
    qtbot.waitUntil(lambda: heard == [True, False, True], timeout=SIGNAL_MS)
    stop_process_group(dunst)  # a server that quits leaves nothing paused
    qtbot.waitUntil(lambda: heard == [True, False, True, False], timeout=SIGNAL_MS)
    source.close()


def test_a_server_without_the_property_is_refused(
        bus: QDBusConnection, dunst: subprocess.Popen[bytes]) -> None:
    with pytest.raises(DndUnavailable, match=r"no org\.freedesktop\.Notifications\.Inhibited"):
        kde_inhibited(bus)


def test_asking_never_starts_a_notification_daemon(desktop: VirtualDesktop,
                                                   bus: QDBusConnection) -> None:
    # dunst is installed, so the desktop's bus could start it on any call.
    sources = choose_dnd_sources(default_dnd_candidates(
        env=desktop.env, home=Path(desktop.env["HOME"]), bus=bus, platform="linux"))
    assert sources.names == ("kde-inhibited", "dunst-paused")  # waiting for a server
    assert not sources.desktop_dnd_active()
    assert not desktop.bus_has_name(SERVICE)
    sources.close()


# -- KDE Plasma (fake server) --------------------------------------------------------------------


def test_plasma_inhibition_is_read_at_start_and_followed(
        desktop: VirtualDesktop, bus: QDBusConnection, qtbot: QtBot) -> None:
    with FakePlasma(desktop.bus_address, desktop.env, inhibited=True) as plasma:
        source = kde_inhibited(bus)
        heard = recorder(source)
        assert source.active()
        plasma.send("inhibit 0")
        qtbot.waitUntil(lambda: heard == [False], timeout=SIGNAL_MS)
        plasma.send("inhibit 1")
        qtbot.waitUntil(lambda: heard == [False, True], timeout=SIGNAL_MS)
        source.close()


def test_a_server_that_appears_later_is_asked_and_one_that_quits_is_off(
        desktop: VirtualDesktop, bus: QDBusConnection, qtbot: QtBot) -> None:
    source = kde_inhibited(bus)  # nobody owns the name yet: kept, waiting
    heard = recorder(source)
    assert not source.active()
    plasma = FakePlasma(desktop.bus_address, desktop.env, inhibited=True).__enter__()
    qtbot.waitUntil(lambda: heard == [True], timeout=SIGNAL_MS)
    plasma.stop()
    qtbot.waitUntil(lambda: heard == [True, False], timeout=SIGNAL_MS)
    source.close()


def test_a_hung_server_costs_one_bounded_wait_at_start_and_none_afterwards(
        desktop: VirtualDesktop, bus: QDBusConnection) -> None:
    with FakePlasma(desktop.bus_address, desktop.env, inhibited=True) as plasma:
        plasma.send("hang")
        started = time.monotonic()
        sources = choose_dnd_sources([[("kde-inhibited", lambda: kde_inhibited(bus))]])
        waited_ms = (time.monotonic() - started) * 1000
        assert sources.names == ("kde-inhibited",)  # kept: it may answer later
        assert waited_ms < READ_TIMEOUT_MS + SLACK_MS

        started = time.monotonic()
        for _ in range(20):
            assert not sources.desktop_dnd_active()
        assert (time.monotonic() - started) * 1000 < SLACK_MS
        sources.close()
