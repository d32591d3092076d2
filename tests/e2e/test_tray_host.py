"""The tray icon in real tray hosts under Xvfb: XEmbed (trayer) and StatusNotifierItem.

Each test runs a small script as a subprocess on the xcb platform that shows
a :class:`TrayController` fed by the real engine and prints one JSON line per
signal; the test drives it from outside (xdotool, dbus-send, screenshots),
as a person and a desktop would.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from tests.helpers.desktop import VirtualDesktop, stop_process_group, wait_until
from tests.helpers.fake_dbus_process import FakeService

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication
from psoas_desk.ui.tray import TrayController
from psoas_desk.ui.view import AppView
from tests.helpers.sim import Sim

def say(event, **fields):
    print(json.dumps(dict(event=event, **fields)), flush=True)

app = QApplication(sys.argv)
app.setQuitOnLastWindowClosed(False)
bus = QDBusConnection.sessionBus()
tray = TrayController(bus=bus)
for name in ("break_requested", "posture_requested", "self_break_reported", "pause_requested",
             "resume_requested", "checklist_requested", "stats_requested",
             "settings_requested", "status_panel_requested", "quit_requested"):
    getattr(tray, name).connect(lambda *args, n=name: say(n, args=list(args)))
tray.availability_changed.connect(
    lambda up: say("availability_changed", args=[up], visible=tray.is_visible()))
tray.quit_requested.connect(app.quit)
if "--fast-poll" in sys.argv:
    tray.findChild(QTimer, "tray-availability-poll").setInterval(300)
sim = Sim()
sim.run(minutes=10)
tray.update(AppView(sim.engine.snapshot(), idle_backend="x11", tray_available=True))
say("shown", result=tray.show(), pid=os.getpid(), bus=bus.baseService())
if "--message" in sys.argv:
    tray.show_message("psoas-desk", "Time for a micro-break", 20000)
QTimer.singleShot(0, lambda: say(
    "alive", visible=tray.is_visible(), menu_built=tray.menu_is_built(),
    timers=[t.objectName() for t in tray.findChildren(QTimer) if t.isActive()]))
sys.exit(app.exec())
"""


class TrayApp:
    """The script above, running inside a virtual desktop; its lines collected as they come."""

    def __init__(self, desk: VirtualDesktop, tmp: Path, *args: str) -> None:
        script = tmp / "tray_app.py"
        script.write_text(SCRIPT, encoding="utf-8")
        env = dict(desk.env, PYTHONPATH=str(ROOT))
        self.desk = desk
        self.proc = desk.spawn("tray-app", [sys.executable, str(script), *args], env=env,
                               stdout=subprocess.PIPE)
        self.lines: list[dict[str, object]] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            self.lines.append(json.loads(raw))

    def wait_for(self, event: str, timeout: float = 15.0) -> dict[str, object]:
        def found() -> dict[str, object] | None:
            if self.proc.poll() is not None:
                log = self.desk.log_path("tray-app").read_text(errors="replace")
                raise AssertionError(f"the tray app exited ({self.proc.returncode}):\n{log}")
            return next((line for line in self.lines if line["event"] == event), None)
        line = wait_until(found, timeout=timeout, what=event)
        assert isinstance(line, dict)
        return line

    def close(self) -> None:
        """Stop the app (by PID) and release its pipe."""
        stop_process_group(self.proc)
        self._reader.join(timeout=5)
        assert self.proc.stdout is not None
        self.proc.stdout.close()

    def events(self) -> list[str]:
        return [str(line["event"]) for line in self.lines]

    @property
    def pid(self) -> int:
        return self.proc.pid

    def windows(self) -> list[str]:
        return self.desk.find_windows("--pid", str(self.pid))


def tray_children(desk: VirtualDesktop) -> str:
    """``xwininfo -tree`` of trayer's panel: every window docked in it."""
    assert desk.tray_window, "no XEmbed tray started"
    return desk.run(["xwininfo", "-tree", "-id", desk.tray_window]).stdout


def docked_icon(desk: VirtualDesktop, app: TrayApp) -> str:
    """Wait until one of the app's windows sits inside trayer; return its id."""
    def find() -> str | None:
        tree = tray_children(desk)
        return next((w for w in app.windows() if f"{int(w):#x} " in tree), None)
    window = wait_until(find, what="the icon to dock in trayer")
    assert isinstance(window, str)
    return window


def shot(desk: VirtualDesktop, window: str, target: Path) -> QImage:
    desk.screenshot(target, window)
    image = QImage(str(target))
    assert not image.isNull(), target
    return image


def colours(image: QImage) -> set[int]:
    return {image.pixel(x, y) for y in range(image.height()) for x in range(image.width())}


def teal_pixels(image: QImage) -> int:
    """Pixels of the counting disc's teal (#3d9db1)."""
    disc = QColor("#3d9db1")
    return sum(abs(image.pixelColor(x, y).red() - disc.red()) < 24
               and abs(image.pixelColor(x, y).green() - disc.green()) < 24
               and abs(image.pixelColor(x, y).blue() - disc.blue()) < 24
               for y in range(image.height()) for x in range(image.width()))


def registered_items(desk: VirtualDesktop) -> list[str]:
    out = desk.run(["dbus-send", "--session", "--print-reply",
                    "--dest=org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
                    "org.freedesktop.DBus.Properties.Get", "string:org.kde.StatusNotifierWatcher",
                    "string:RegisteredStatusNotifierItems"], check=False).stdout
    return [line.split('"')[1] for line in out.splitlines() if line.strip().startswith("string")]


def owner_pid(desk: VirtualDesktop, item: str) -> int:
    """The process behind a registered item ("service" or "service/path")."""
    service = item.split("/", 1)[0]
    out = desk.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus", "org.freedesktop.DBus.GetConnectionUnixProcessID",
                    f"string:{service}"], check=False).stdout
    return int(out.split()[-1]) if "uint32" in out else -1


def registered_by(desk: VirtualDesktop, app: TrayApp) -> bool:
    return any(owner_pid(desk, item) == app.pid for item in registered_items(desk))


@pytest.fixture
def desk(desktop: object) -> VirtualDesktop:
    assert isinstance(desktop, VirtualDesktop)
    desktop.start_window_manager()
    return desktop


@pytest.fixture
def start_app(desk: VirtualDesktop, tmp_path: Path) -> Iterator[Callable[..., TrayApp]]:
    """Start the tray script with the given arguments; stopped after the test."""
    started: list[TrayApp] = []

    def start(*args: str) -> TrayApp:
        app = TrayApp(desk, tmp_path, *args)
        started.append(app)
        return app
    yield start
    for app in started:
        app.close()


def test_xembed_icon_docks_shows_its_state_and_opens_its_menu(
        desk: VirtualDesktop, start_app: Callable[..., TrayApp], tmp_path: Path,
        qapp: QApplication) -> None:
    desk.start_tray("xembed")
    app = start_app()
    assert app.wait_for("shown")["result"] is True
    icon = docked_icon(desk, app)
    # Nothing of ours ticks while the icon is up (idle wake-ups are benchmarked),
    # and an XEmbed icon's menu is built at the first right click, not before.
    alive = app.wait_for("alive")
    assert alive["timers"] == [] and alive["menu_built"] is False
    # The counting icon is drawn: its teal disc is there, not a blank square.
    drawn = shot(desk, icon, tmp_path / "icon.png")
    assert teal_pixels(drawn) > 40

    before = set(app.windows())
    desk.run(["xdotool", "mousemove", "--window", icon, "11", "15", "click", "3"])
    popups = wait_until(lambda: set(app.windows()) - before, what="the menu to open")
    assert isinstance(popups, set)
    (menu,) = popups
    image = shot(desk, menu, tmp_path / "menu.png")
    assert image.width() > 150 and image.height() > 200
    assert len(colours(image)) > 20, "the menu looks blank"

    # Its mnemonic picks an item, as a keyboard user would.
    desk.run(["xdotool", "key", "m"])
    assert app.wait_for("break_requested")["args"] == ["micro"]
    wait_until(lambda: menu not in app.windows(), what="the menu to close")
    # The next right click opens it again (now Qt's own doing), by the pointer;
    # one within the double-click time of the last would be a double click.
    time.sleep(qapp.styleHints().mouseDoubleClickInterval() / 1000 + 0.2)
    desk.run(["xdotool", "mousemove", "--window", icon, "11", "15", "click", "3"])
    again = wait_until(lambda: set(app.windows()) - before, what="the menu to open again")
    assert isinstance(again, set)
    (menu,) = again
    assert near_pointer(desk, menu)
    desk.run(["xdotool", "key", "Escape"])
    wait_until(lambda: menu not in app.windows(), what="the menu to close again")

    # A middle click does nothing; a left click asks for the status panel.
    seen = len(app.lines)
    desk.run(["xdotool", "mousemove", "--window", icon, "11", "15", "click", "2"])
    desk.run(["xdotool", "mousemove", "--window", icon, "11", "15", "click", "1"])
    app.wait_for("status_panel_requested")
    assert app.events()[seen:] == ["status_panel_requested"]


def near_pointer(desk: VirtualDesktop, window: str) -> bool:
    """Whether ``window``'s top-left corner is within 40 px of the pointer (a menu opened there)."""
    where = dict(line.split("=", 1) for line in desk.run(
        ["xdotool", "getmouselocation", "--shell"]).stdout.split())
    geometry = dict(line.split("=", 1) for line in desk.run(
        ["xdotool", "getwindowgeometry", "--shell", window]).stdout.split())
    pointer = int(where["X"]), int(where["Y"])
    corner = int(geometry["X"]), int(geometry["Y"])
    # A menu near the screen's edge opens to the left of or above the pointer.
    width, height = int(geometry["WIDTH"]), int(geometry["HEIGHT"])
    return any(abs(pointer[0] - x) <= 40 and abs(pointer[1] - y) <= 40
               for x in (corner[0], corner[0] + width) for y in (corner[1], corner[1] + height))


def test_the_balloon_fallback_shows_the_message_from_the_icon(
        desk: VirtualDesktop, start_app: Callable[..., TrayApp], tmp_path: Path,
        qapp: QApplication) -> None:
    desk.start_tray("xembed")
    app = start_app("--message")
    assert app.wait_for("shown")["result"] is True
    icon = docked_icon(desk, app)
    balloon = wait_until(lambda: set(app.windows()) - {icon}, what="the balloon")
    assert isinstance(balloon, set)
    image = shot(desk, balloon.pop(), tmp_path / "balloon.png")
    assert image.width() > 100 and len(colours(image)) > 10


def exported_menu_labels(desk: VirtualDesktop, item: str) -> str:
    """The labels of the menu a StatusNotifierItem exports over DBusMenu ("" without one)."""
    service, _, path = item.partition("/")
    menu_path = desk.run(["dbus-send", "--session", "--print-reply", f"--dest={service}",
                          "/" + path if path else "/StatusNotifierItem",
                          "org.freedesktop.DBus.Properties.Get",
                          "string:org.kde.StatusNotifierItem", "string:Menu"]).stdout
    (exported,) = [word.strip('"') for word in menu_path.split() if word.startswith('"/')]
    if exported == "/NO_DBUSMENU":
        return ""
    layout = desk.run(["dbus-send", "--session", "--print-reply", f"--dest={service}",
                       exported, "com.canonical.dbusmenu.GetLayout", "int32:0", "int32:-1",
                       "array:string:label"]).stdout
    return layout.replace("_", "")  # DBusMenu marks mnemonics with _


def test_sni_host_gets_the_icon_from_our_process(
        desk: VirtualDesktop, start_app: Callable[..., TrayApp]) -> None:
    desk.start_tray("sni")  # returns once its host has registered with its watcher
    app = start_app()
    assert app.wait_for("shown")["result"] is True
    wait_until(lambda: registered_by(desk, app), what="our item in RegisteredStatusNotifierItems")
    # Over SNI nothing of ours is drawn into an X11 tray window.
    assert not app.windows()
    # The host shows the menu itself, so it is exported at once (DBusMenu).
    assert app.wait_for("alive")["menu_built"] is True
    # The host shows the live status as the item's tooltip.
    (item,) = registered_items(desk)
    service, _, path = item.partition("/")
    tooltip = desk.run(["dbus-send", "--session", "--print-reply", f"--dest={service}",
                        "/" + path if path else "/StatusNotifierItem",
                        "org.freedesktop.DBus.Properties.Get", "string:org.kde.StatusNotifierItem",
                        "string:ToolTip"]).stdout
    assert "Sitting 10 min · micro-break in 20 min" in tooltip
    assert "Today: 10 min sitting · longest 10 min" in tooltip
    labels = exported_menu_labels(desk, item)
    assert "Take a micro-break now" in labels and "Quit" in labels


def test_without_a_tray_host_show_says_no_and_the_app_runs_on(
        desk: VirtualDesktop, start_app: Callable[..., TrayApp]) -> None:
    app = start_app()
    assert app.wait_for("shown")["result"] is False
    alive = app.wait_for("alive")
    assert alive["visible"] is False
    assert alive["timers"] == ["tray-availability-poll"]
    assert app.proc.poll() is None
    assert not app.windows()


def test_an_xembed_tray_started_later_is_picked_up(
        desk: VirtualDesktop, start_app: Callable[..., TrayApp]) -> None:
    # The 30 s poll is shortened through its object name so the test is quick.
    app = start_app("--fast-poll")
    assert app.wait_for("shown")["result"] is False
    app.wait_for("alive")
    desk.start_tray("xembed")
    changed = app.wait_for("availability_changed")
    assert changed["args"] == [True] and changed["visible"] is True
    docked_icon(desk, app)


def test_an_sni_watcher_started_later_is_picked_up_from_the_bus(
        desk: VirtualDesktop, start_app: Callable[..., TrayApp]) -> None:
    # No fast poll: within the wait the 30 s poll never fires, so this is the bus watcher.
    app = start_app()
    assert app.wait_for("shown")["result"] is False
    app.wait_for("alive")
    desk.start_tray("sni")
    changed = app.wait_for("availability_changed", timeout=10)
    assert changed["args"] == [True] and changed["visible"] is True
    wait_until(lambda: registered_by(desk, app), what="our item in RegisteredStatusNotifierItems")


def test_a_host_registering_with_the_watcher_makes_it_look_again(
        desk: VirtualDesktop, start_app: Callable[..., TrayApp]) -> None:
    # A panel at login: its watcher is up, its host registers a moment later.
    # Qt only sees the tray once the host is there, so the app must look again
    # then, not 30 s later. Here an XEmbed tray appears unnoticed (no poll in
    # time) and the host signal alone must make the app find it.
    app = start_app()
    assert app.wait_for("shown")["result"] is False
    app.wait_for("alive")
    desk.start_tray("xembed")
    desk.run(["dbus-send", "--session", "--type=signal", "/StatusNotifierWatcher",
              "org.kde.StatusNotifierWatcher.StatusNotifierHostRegistered"])
    changed = app.wait_for("availability_changed", timeout=10)
    assert changed["args"] == [True] and changed["visible"] is True
    docked_icon(desk, app)


def test_the_icon_moves_to_an_sni_watcher_that_appears_while_docked_in_xembed(
        desk: VirtualDesktop, start_app: Callable[..., TrayApp]) -> None:
    desk.start_tray("xembed")
    app = start_app()
    assert app.wait_for("shown")["result"] is True
    docked_icon(desk, app)
    desk.start_tray("sni")
    wait_until(lambda: registered_by(desk, app), what="our item in RegisteredStatusNotifierItems")
    # One icon, not two: the XEmbed one left trayer.
    wait_until(lambda: not any(f"{int(w):#x} " in tray_children(desk) for w in app.windows()),
               what="the XEmbed icon to leave trayer")
    assert "availability_changed" not in app.events()
    # Never right-clicked in trayer, its menu is built now, for the SNI host.
    (item,) = [i for i in registered_items(desk) if owner_pid(desk, i) == app.pid]
    assert "Take a micro-break now" in exported_menu_labels(desk, item)


def test_a_watcher_that_answers_only_after_taking_its_name_still_gets_the_icon(
        desk: VirtualDesktop, start_app: Callable[..., TrayApp]) -> None:
    # gtk-sni-tray's watcher takes its bus name first and exports its object a
    # moment later; an icon created in between is refused (UnknownObject) and
    # Qt never registers it again. The app must wait until the watcher answers.
    app = start_app()
    assert app.wait_for("shown")["result"] is False
    app.wait_for("alive")
    path, interface = "/StatusNotifierWatcher", "org.kde.StatusNotifierWatcher"
    with FakeService(desk.bus_address, [interface], exported=False) as watcher:
        # Asked, refused, asked again: the app keeps trying and offers no icon yet.
        wait_until(watcher.calls, what="the app to ask the new watcher")
        assert not watcher.calls("RegisterStatusNotifierItem"), "offered before it answered"
        wait_until(lambda: len(watcher.calls()) >= 2, what="the app to ask the watcher again")
        assert not watcher.calls("RegisterStatusNotifierItem"), "offered before it answered"
        watcher.set_property(path, interface, "ProtocolVersion", "i", 0)
        watcher.returns(path, interface, "RegisterStatusNotifierItem", "")
        watcher.export()
        registered = wait_until(lambda: watcher.calls("RegisterStatusNotifierItem"),
                                what="the icon to register with the watcher")
        assert isinstance(registered, list)
        assert owner_pid(desk, registered[0].sender) == app.pid
        changed = app.wait_for("availability_changed")
        assert changed["args"] == [True] and changed["visible"] is True
