"""The real app on real Wayland compositors: sway, KWin and GNOME Shell, headless.

Each compositor runs with its own folders and session bus
(``tests/helpers/wayland_session.py``); the app is the real one, started as a
person's session would start it, and driven with injected input and the
command line. Per compositor, one app run, three checks in order:

(a) idle time follows real input: with a 10 s away threshold and no input
    the app notices the absence by itself, and input brings the person
    back at once (the Wayland idle backend is event driven; on GNOME,
    Mutter's user-active watch tells the return);
(b) a terminal has the keyboard; ``psoas-desk break micro`` puts the popup
    on top, floating, centred, at its designed size, and text typed right
    after it appears arrives in the terminal (the terminal's shell writes it
    to a file); on GNOME no "… is ready" banner covers the top of the screen;
(c) a tray icon where the desktop has a tray host (swaybar), else the status
    window.

On sway also: a popup on each of two outputs, and a popup after the language
was changed while the app ran (the rules sent at start-up still hold). On
KWin (two outputs) and GNOME Shell also the "dim" and "full screen" displays:
every window of the person's is covered (dimmed), the one being typed in
too, the break window is seen above, and typing reaches the terminal.

Screenshots: set ``PSOAS_SHOTS=DIR`` to keep one per compositor.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

import pytest

from psoas_desk import APP_ID
from tests.e2e.app_process import AppProcess
from tests.helpers.desktop import wait_until
from tests.helpers.wayland_gnome import GnomeSession
from tests.helpers.wayland_kwin import KWinSession
from tests.helpers.wayland_session import SwaySession, WaylandSession

SETTINGS = """
[presence]
away_threshold = "10s"
natural_break = "10m"
[micro]
duration = 60
"""
TYPED = "typed right after the break appeared"
SCREEN = (1280, 800)


def _shot(session: WaylandSession, name: str, tmp: Path) -> Path:
    path = session.screenshot(tmp / f"{name}.png")
    keep = os.environ.get("PSOAS_SHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, Path(keep) / f"{name}.png")
    return path


class WaylandDesktopChecks:
    """The checks every compositor runs; subclasses name the session and what to expect."""

    session_class: ClassVar[type[WaylandSession]]
    name: ClassVar[str]
    idle_backends: ClassVar[tuple[str, ...]]
    qt_platform: ClassVar[str]
    focus: ClassVar[str]

    @pytest.fixture(scope="class")
    @classmethod
    def running(cls, tmp_path_factory: pytest.TempPathFactory
                ) -> Iterator[tuple[WaylandSession, AppProcess, Path]]:
        base = tmp_path_factory.mktemp(cls.name)
        with cls.session_class(base / "session") as session:
            state = base / "app" / "state"
            state.mkdir(parents=True)
            (state / "state.json").write_text(json.dumps({"first_run_done": True}))
            app = AppProcess(session, base / "app", settings=SETTINGS)
            try:
                app.start()
                yield session, app, base
            finally:
                app.stop()

    # -- (a) -------------------------------------------------------------------
    def test_a_no_input_is_away_and_input_brings_the_person_back(
            self, running: tuple[WaylandSession, AppProcess, Path]) -> None:
        session, app, _ = running
        status = app.status()
        assert status["idle_backend"] in self.idle_backends, status["backends"]
        # No input from here on: the app notices on its own (no `status` asked).
        app.wait_for("away_started", timeout=45)
        assert app.status()["state"] == "away"
        session.move_pointer()
        # The compositor tells the return ("resumed", or Mutter's user-active
        # watch) and the app steps at once, before any planned look (which
        # would come up to a minute later).
        returned = app.wait_for("returned", timeout=10)
        # Away since the last input, or since the app started if that was
        # later (Mutter reports the idle time from before the start).
        assert returned["away_s"] >= 8
        wait_until(lambda: app.status()["state"] != "away", timeout=10,
                   what="the app to see the person back")

    # -- (b) -------------------------------------------------------------------
    def test_b_popup_on_top_floating_and_typing_reaches_the_terminal(
            self, running: tuple[WaylandSession, AppProcess, Path]) -> None:
        session, app, base = running
        windows = app.status()["windows"]
        assert windows["qt_platform"] == self.qt_platform, windows
        assert windows["focus"] == self.focus, windows
        typed = base / "typed.txt"
        session.start_terminal(typed)
        before = _shot(session, f"{self.name}-before", base)
        assert app.cli("break", "micro").returncode == 0
        popup = wait_until(lambda: self.popup(session), what="the popup on screen")
        # A person typing on: the words must land in the terminal, not the popup.
        session.type_text(TYPED)
        session.press_enter()
        wait_until(lambda: typed.exists() and TYPED in typed.read_text(), timeout=10,
                   what="the typed text in the terminal")
        assert isinstance(popup, dict)
        self.check_popup(session, popup)
        time.sleep(2.5)  # GNOME's banner would slide in within this (another process)
        after = _shot(session, self.name, base)
        self.check_screen(before, after)
        assert app.status()["state"] == "in_break"

    def popup(self, session: WaylandSession) -> dict[str, Any] | None:
        raise NotImplementedError

    def check_popup(self, session: WaylandSession, popup: dict[str, Any]) -> None:
        raise NotImplementedError

    def check_screen(self, before: Path, after: Path) -> None:
        """Compositor-specific checks on the screenshots (GNOME: no banner)."""

    # -- (c) -------------------------------------------------------------------
    def test_c_tray_icon_or_status_window(
            self, running: tuple[WaylandSession, AppProcess, Path]) -> None:
        session, app, _ = running
        self.check_tray(session, app)

    def check_tray(self, session: WaylandSession, app: AppProcess) -> None:
        raise NotImplementedError


def _centred(x: float, y: float, width: float, height: float, *,
             area: tuple[float, float, float, float] = (0, 0, *SCREEN)) -> None:
    ax, ay, aw, ah = area
    assert abs(x + width / 2 - (ax + aw / 2)) <= 20, (x, width)
    assert abs(y + height / 2 - (ay + ah / 2)) <= 40, (y, height)


def _designed_size(width: float, height: float) -> None:
    # The popup's own size (64 average characters wide, its content high),
    # not a tile of half the screen.
    assert 450 <= width <= 760, width
    assert 150 <= height <= 520, height


class TestSway(WaylandDesktopChecks):
    session_class = SwaySession
    name = "sway"
    # sway 1.7 (Debian 12) serves org_kde_kwin_idle; 1.8+ ext_idle_notifier_v1.
    idle_backends = ("wayland-kde-idle", "wayland-ext-idle", "wayland-ext-idle-input")
    qt_platform = "wayland"
    focus = "sway-rules"

    def popup(self, session: WaylandSession) -> dict[str, Any] | None:
        assert isinstance(session, SwaySession)
        return next((n for n in session.tree_nodes()
                     if n.get("app_id") == APP_ID and n.get("name") == "Micro-break"), None)

    def check_popup(self, session: WaylandSession, popup: dict[str, Any]) -> None:
        assert isinstance(session, SwaySession)
        nodes = {n.get("app_id"): n for n in session.tree_nodes()}
        assert nodes["psoas-test-terminal"]["focused"]
        assert popup["is_floating"] and popup["sticky"] and not popup["focused"]
        rect = popup["rect"]
        _designed_size(rect["width"], rect["height"])
        workspace = session.swaymsg("-t", "get_workspaces")[0]["rect"]
        _centred(rect["x"], rect["y"], rect["width"], rect["height"],
                 area=(workspace["x"], workspace["y"], workspace["width"], workspace["height"]))

    def check_tray(self, session: WaylandSession, app: AppProcess) -> None:
        assert app.status()["tray_available"] is True
        out = session.run(["dbus-send", "--session", "--print-reply",
                           "--dest=org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
                           "org.freedesktop.DBus.Properties.Get",
                           "string:org.kde.StatusNotifierWatcher",
                           "string:RegisteredStatusNotifierItems"]).stdout
        assert "StatusNotifierItem" in out, out  # the app's icon, in swaybar


class TestSwayTwoOutputs:
    """"Show breaks on every screen" on sway: one popup per output, each centred there."""

    def test_every_output_gets_its_popup(self, tmp_path: Path) -> None:
        with SwaySession(tmp_path / "session", outputs=2) as session:
            state = tmp_path / "app" / "state"
            state.mkdir(parents=True)
            (state / "state.json").write_text(json.dumps({"first_run_done": True}))
            app = AppProcess(session, tmp_path / "app",
                             settings="[popups]\nall_screens = true\n")
            try:
                app.start()
                typed = tmp_path / "typed.txt"
                session.start_terminal(typed)
                assert app.cli("break", "micro").returncode == 0

                def popups() -> dict[str, dict[str, Any]]:
                    found = {n["output"]: n for n in session.tree_nodes()
                             if n.get("app_id") == APP_ID and n.get("name") == "Micro-break"}
                    return found if len(found) == 2 else {}

                placed = wait_until(popups, what="a popup on each output")
                assert isinstance(placed, dict) and set(placed) == {"HEADLESS-1", "HEADLESS-2"}
                workspaces = {w["output"]: w["rect"]
                              for w in session.swaymsg("-t", "get_workspaces")}
                for output, node in placed.items():
                    rect, area = node["rect"], workspaces[output]
                    assert node["is_floating"] and not node["focused"]
                    _designed_size(rect["width"], rect["height"])
                    _centred(rect["x"], rect["y"], rect["width"], rect["height"],
                             area=(area["x"], area["y"], area["width"], area["height"]))
                _type_into_the_terminal(session, typed)
                _shot(session, "sway-two-outputs", tmp_path)
            finally:
                app.stop()


class TestSwayLanguageSwitch:
    """The language changed while the app runs: sway's rules, sent once at start-up
    in English, still keep the popup (now titled in German) floating and unfocused."""

    def test_a_popup_in_the_new_language_keeps_out_of_the_keyboard(self, tmp_path: Path) -> None:
        with SwaySession(tmp_path / "session") as session:
            state = tmp_path / "app" / "state"
            state.mkdir(parents=True)
            (state / "state.json").write_text(json.dumps({"first_run_done": True}))
            app = AppProcess(session, tmp_path / "app", settings='[popups]\nlanguage = "en"\n')
            try:
                app.start()
                assert app.status()["windows"]["focus"] == "sway-rules"
                (tmp_path / "app" / "config" / "settings.toml").write_text(
                    '[popups]\nlanguage = "de"\n', encoding="utf-8")
                app.wait_for("settings_reloaded", timeout=15)
                typed = tmp_path / "typed.txt"
                session.start_terminal(typed)
                assert app.cli("break", "micro").returncode == 0

                def popup() -> dict[str, Any] | None:
                    return next((n for n in session.tree_nodes()
                                 if n.get("app_id") == APP_ID and n.get("name") == "Kurzpause"),
                                None)

                node = wait_until(popup, what="the German popup on screen")
                _type_into_the_terminal(session, typed)
                assert isinstance(node, dict)
                assert node["is_floating"] and node["sticky"] and not node["focused"]
                _designed_size(node["rect"]["width"], node["rect"]["height"])
                _shot(session, "sway-german", tmp_path)
            finally:
                app.stop()


class TestKWin(WaylandDesktopChecks):
    session_class = KWinSession
    name = "kwin"
    idle_backends = ("wayland-ext-idle", "wayland-ext-idle-input")
    qt_platform = "xcb"
    focus = "xwayland"

    def popup(self, session: WaylandSession) -> dict[str, Any] | None:
        assert isinstance(session, KWinSession)
        return next((w for w in session.windows() if w["caption"] == "Micro-break"), None)

    def check_popup(self, session: WaylandSession, popup: dict[str, Any]) -> None:
        assert isinstance(session, KWinSession)
        windows = session.windows()
        active = [w for w in windows if w["active"]]
        assert [w["caption"] for w in active] == ["Wayland Terminal"], windows
        popup = next(w for w in windows if w["caption"] == "Micro-break")
        assert popup["keepAbove"]
        assert popup["stack"] == max(w["stack"] for w in windows), windows
        _designed_size(popup["width"], popup["height"])
        _centred(popup["x"], popup["y"], popup["width"], popup["height"])

    def check_tray(self, session: WaylandSession, app: AppProcess) -> None:
        # No plasmashell here, so no tray host: the status window instead
        # (and no word about GNOME's extension).
        assert app.status()["tray_available"] is False
        assert isinstance(session, KWinSession)
        assert any(w["caption"] == "psoas-desk status" for w in session.windows())
        state = json.loads((app.base_dir / "state" / "state.json").read_text())
        assert state.get("tray_hint_shown") is False


class TestKWinTwoOutputs:
    """"Show breaks on every screen" under XWayland on KWin: one popup per output, centred."""

    def test_every_output_gets_its_popup(self, tmp_path: Path) -> None:
        with KWinSession(tmp_path / "session", outputs=2) as session:
            state = tmp_path / "app" / "state"
            state.mkdir(parents=True)
            (state / "state.json").write_text(json.dumps({"first_run_done": True}))
            app = AppProcess(session, tmp_path / "app",
                             settings="[popups]\nall_screens = true\n")
            try:
                app.start()
                assert app.cli("break", "micro").returncode == 0

                def popups() -> list[dict[str, Any]]:
                    # KWin tells same-named windows apart: "Micro-break <2>".
                    found = [w for w in session.windows()
                             if w["caption"].startswith("Micro-break")]
                    return found if len(found) == 2 else []

                placed = wait_until(popups, what="two popups")
                assert isinstance(placed, list)
                # The outputs sit side by side, 1280 px wide each.
                by_output = sorted(placed, key=lambda w: w["x"])
                for index, popup in enumerate(by_output):
                    assert popup["keepAbove"]
                    _designed_size(popup["width"], popup["height"])
                    _centred(popup["x"], popup["y"], popup["width"], popup["height"],
                             area=(1280 * index, 0, *SCREEN))
                _shot(session, "kwin-two-outputs", tmp_path)
            finally:
                app.stop()


class TestKWinDim:
    """"Show breaks as: dim" (and "full screen") under XWayland on KWin: a backdrop
    on each output, the break window above them, and the keyboard left with the
    person while the key guard lasts."""

    @pytest.mark.parametrize("display", ["dim", "full"])
    def test_both_outputs_are_covered_and_typing_reaches_the_terminal(
            self, tmp_path: Path, display: str) -> None:
        with KWinSession(tmp_path / "session", outputs=2) as session, \
                _break_over_a_terminal(session, tmp_path, display, "kwin") as (typed, before,
                                                                             shown):
            assert shown["display"] == display and shown["backdrops"] == 2, shown

            def covers() -> list[dict[str, Any]]:
                found = [w for w in session.windows() if w["caption"].startswith("Break")]
                return found if len(found) == 2 else []

            backdrops = wait_until(covers, what="a backdrop on each output")
            assert isinstance(backdrops, list)
            assert sorted((w["x"], w["y"], w["width"], w["height"]) for w in backdrops) == [
                (0, 0, *SCREEN), (SCREEN[0], 0, *SCREEN)]
            _type_into_the_terminal(session, typed)
            windows = session.windows()
            active = [w["caption"] for w in windows if w["active"]]
            assert active == ["Wayland Terminal"], windows
            popup = next(w for w in windows if w["caption"] == "Micro-break")
            assert popup["stack"] > max(w["stack"] for w in backdrops), windows
            after = _shot(session, f"kwin-{display}", tmp_path)
            # Dim: every window of the person's is still seen, darker, the
            # terminal with the keyboard too; full: nothing of them is seen
            # (KWin hides an inactive app's tool windows: as one, a backdrop
            # never showed). And the break window is seen above it all.
            assert _not_covered(display, before, after, popup) == []
            assert _shows_text(after, popup)


@contextmanager
def _break_over_a_terminal(session: WaylandSession, tmp_path: Path, display: str,
                           tag: str) -> Iterator[tuple[Path, Path, dict[str, Any]]]:
    """A returning user's app showing breaks as ``display`` with an 8 s key guard,
    a terminal with the keyboard (``cat`` into a file), a settled screenshot of
    it, then a micro-break: yields the file, the screenshot and ``popup_shown``."""
    state = tmp_path / "app" / "state"
    state.mkdir(parents=True)
    (state / "state.json").write_text(json.dumps({"first_run_done": True}))
    app = AppProcess(session, tmp_path / "app",
                     settings=f'[popups]\ndisplay = "{display}"\nkey_guard = "8s"\n')
    try:
        app.start()
        typed = tmp_path / "typed.txt"
        session.start_terminal(typed)
        before = _settled_shot(session, f"{tag}-{display}-before", tmp_path)
        assert app.cli("break", "micro").returncode == 0
        yield typed, before, app.wait_for("popup_shown", timeout=20)
    finally:
        app.stop()


def _type_into_the_terminal(session: WaylandSession, typed: Path) -> None:
    session.type_text(TYPED)
    session.press_enter()
    wait_until(lambda: typed.exists() and TYPED in typed.read_text(), timeout=10,
               what="the typed text in the terminal")


def _settled_shot(session: WaylandSession, name: str, tmp: Path) -> Path:
    """A screenshot once the screen has stopped changing (windows placed, drawn)."""
    from PySide6.QtGui import QImage

    shot = _shot(session, name, tmp)
    for _ in range(20):
        earlier = QImage(str(shot))
        time.sleep(0.25)
        shot = _shot(session, name, tmp)
        if QImage(str(shot)) == earlier:
            break
    return shot


def _shows_text(shot: Path, window: dict[str, Any]) -> bool:
    """Whether the screenshot shows ``window`` as it is, above any backdrop: dark
    text on its light background. (Under a dim backdrop its text stays dark too,
    but the background falls to about 41 % of its lightness.)"""
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    seen = sorted(image.pixelColor(px, py).lightness()
                  for px in range(window["x"], window["x"] + window["width"], 3)
                  for py in range(window["y"], window["y"] + window["height"], 3))
    dark = sum(1 for lightness in seen if lightness < 60)
    background = seen[len(seen) * 3 // 4]
    return dark > 50 and background > 150


def _not_covered(display: str, before: Path, after: Path, window: dict[str, Any],
                 top: int = 0) -> list[tuple[int, int, int, int]]:
    """Spots on a grid (from ``top`` down, outside ``window``) where ``after`` does
    not show the backdrop: (x, y, lightness before, lightness after).

    "dim": a light spot of ``before`` at 70 % of its lightness or more (a dim of
    alpha 150 leaves 41 %; shadows and antialiased edges move a little; spots
    that got much darker are not counted: the status window's own text changes
    when the break starts). "full": any spot darker than the window colour.
    """
    from PySide6.QtGui import QImage

    was, now = QImage(str(before)), QImage(str(after))
    margin = 16  # the window's shadow
    x, y = window["x"] - margin, window["y"] - margin
    w, h = window["width"] + 2 * margin, window["height"] + 2 * margin
    found = []
    for px in range(0, was.width(), 9):
        for py in range(top, was.height(), 9):
            if x <= px < x + w and y <= py < y + h:
                continue
            light = was.pixelColor(px, py).lightness()
            seen = now.pixelColor(px, py).lightness()
            if (display == "full" and seen < 150) or (
                    display == "dim" and light >= 120 and seen >= 0.7 * light):
                found.append((px, py, light, seen))
    return found


class TestGnome(WaylandDesktopChecks):
    session_class = GnomeSession
    name = "gnome"
    idle_backends = ("gnome-mutter",)
    qt_platform = "xcb"
    focus = "xwayland"

    def popup(self, session: WaylandSession) -> dict[str, Any] | None:
        assert isinstance(session, GnomeSession)
        return next((w for w in session.windows() if w.get("title") == "Micro-break"), None)

    def check_popup(self, session: WaylandSession, popup: dict[str, Any]) -> None:
        assert isinstance(session, GnomeSession)
        windows = session.windows()
        focused = [w["title"] for w in windows if w.get("has-focus")]
        assert focused == ["Wayland Terminal"], windows
        popup = next(w for w in windows if w.get("title") == "Micro-break")
        _designed_size(popup["width"], popup["height"])
        # On top: an X11 window asking to stay above (Mutter keeps it there).
        state = session.run(["xprop", "-name", "Micro-break", "_NET_WM_STATE"]).stdout
        assert "_NET_WM_STATE_ABOVE" in state, state
        # Centred, title bar included, below GNOME's top bar (32 px).
        geometry = session.run(["xwininfo", "-frame", "-name", "Micro-break"]).stdout
        values = {line.split(":")[0].strip(): line.split(":")[1].strip()
                  for line in geometry.splitlines() if ":" in line}
        _centred(int(values["Absolute upper-left X"]), int(values["Absolute upper-left Y"]),
                 int(values["Width"]), int(values["Height"]), area=(0, 32, 1280, 768))

    def check_screen(self, before: Path, after: Path) -> None:
        # GNOME draws its "… is ready" banner as a dark grey box at the top
        # centre (x 390-890, y 36-112 on this screen). Right of the terminal
        # that strip is otherwise the blue desktop or the status window.
        from PySide6.QtGui import QColor, QImage

        image = QImage(str(after))
        assert not image.isNull()
        samples = [QColor(image.pixel(x, y)) for x in range(750, 880, 5) for y in range(45, 100, 5)]
        dark = [c for c in samples if max(c.red(), c.green(), c.blue()) < 90
                and abs(c.red() - c.blue()) < 15]
        assert len(dark) < len(samples) // 10, "a GNOME banner covers the top of the screen"

    def check_tray(self, session: WaylandSession, app: AppProcess) -> None:
        # Stock GNOME has no tray host: the status window instead, which told
        # the person once how to get a tray icon (the AppIndicator extension).
        assert app.status()["tray_available"] is False
        assert isinstance(session, GnomeSession)
        assert any(w.get("title") == "psoas-desk status" for w in session.windows())
        state = json.loads((app.base_dir / "state" / "state.json").read_text())
        assert state["tray_hint_shown"] is True


class TestGnomeDim:
    """"Show breaks as: dim" and "full screen" under XWayland on GNOME Shell: the
    screen dimmed or covered around the break window, which is seen above it,
    and the keyboard left with the person."""

    @pytest.mark.parametrize("display", ["dim", "full"])
    def test_the_screen_is_covered_and_typing_reaches_the_terminal(
            self, tmp_path: Path, display: str) -> None:
        with GnomeSession(tmp_path / "session") as session, \
                _break_over_a_terminal(session, tmp_path, display, "gnome") as (typed, before,
                                                                              shown):
            assert shown["display"] == display and shown["backdrops"] == 1, shown
            # An X11 query: GNOME Shell's window list leaves splash windows out.
            wait_until(lambda: session.run(["xwininfo", "-name", "Break"],
                                           check=False).returncode == 0,
                       what="the backdrop")
            _type_into_the_terminal(session, typed)
            windows = session.windows()
            focused = [w["title"] for w in windows if w.get("has-focus")]
            assert focused == ["Wayland Terminal"], windows
            after = _shot(session, f"gnome-{display}", tmp_path)
            frame = session.run(["xwininfo", "-frame", "-name", "Micro-break"]).stdout
            values = {line.split(":")[0].strip(): line.split(":")[1].strip()
                      for line in frame.splitlines() if ":" in line}
            title_bar = 36  # Mutter's, above the window xwininfo names
            popup = {"x": int(values["Absolute upper-left X"]),
                     "y": int(values["Absolute upper-left Y"]) - title_bar,
                     "width": int(values["Width"]),
                     "height": int(values["Height"]) + title_bar}
            # Every window of the person's is covered, the terminal with the
            # keyboard too (below GNOME's own top bar and notifications, which
            # are the Shell's). As a plain window the backdrop counted as full
            # screen for Mutter, lost "keep above" and the terminal stayed over it.
            assert _not_covered(display, before, after, popup, top=130) == []
            # The break window above the backdrop, undimmed: as a tool window the
            # backdrop was kept above it (app/windowing.backdrop_window_type).
            assert _shows_text(after, popup)
