"""Breaks a person looks forward to, with the real app under Xvfb, openbox and a tray.

- A routine chosen from the tray's Routines menu (keys, as a person with the
  menu open would) and from the command line plays as a stretch break and is
  recorded with its id.
- Its finish page lets go: it closes by itself a few seconds after the
  routine, at once on Escape, and with the window manager's close button.
- "Dim" and "full screen" (under openbox, Xfce's xfwm4 and MATE's marco, the
  last two with their compositors) cover both monitors of a two-monitor screen, leave
  the keyboard in the person's window while the key guard lasts, keep the
  break window above the covered screens and let no click through to the
  window beneath.
- Where the window manager keeps a backdrop above the break window (Cinnamon's
  muffin), the app sees it in the stacking order and shows the window alone.
- Text typed while a break window appears goes on into the person's window
  (the break window on top), under openbox, xfwm4 and marco.
- Minimised by the window manager (openbox offers it whatever the window
  asks), a break window comes back.
- On GNOME's X11 session, the break window and the backdrops are mapped out
  of the taskbar (GNOME Shell then shows no "... is ready" banner); the break
  window is listed again a moment later, the backdrops never.

The posture check's rotation over a simulated day runs through the real app
object with a fake clock (tests/ui/test_app_breaks.py): a day of real time
has no place in a test run.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.e2e.app_process import AppProcess
from tests.e2e.test_reliability import geometry, inside, returning_user, two_monitors
from tests.helpers.desktop import VirtualDesktop, openbox_with_tray, wait_until

SETTINGS = """
[micro]
enabled = false
[stretch]
enabled = false
[sounds]
enabled = false
[popups]
key_guard = 0
"""
# A routine of the person's own, short enough for a test: 6 s, no safety page.
QUICK = """\
format = 1
id = "e2e-quick"
kind = "micro"
total_s = 6
title = "Quick check"
safety = false

[[steps]]
text = "Stand up."
seconds = 3

[[steps]]
text = "Sit back down."
seconds = 3
"""
POPUP = "^Stretch break$"


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[VirtualDesktop]:
    with openbox_with_tray(tmp_path / "desk") as d:
        yield d


def start(desk: VirtualDesktop, tmp_path: Path, settings: str = SETTINGS) -> AppProcess:
    base = returning_user(tmp_path / "base")
    routines = base / "config" / "routines"
    routines.mkdir(parents=True, exist_ok=True)
    (routines / "quick.toml").write_text(QUICK, encoding="utf-8")
    return AppProcess(desk, base, settings=settings).start()


def popup_windows(desk: VirtualDesktop) -> list[str]:
    return desk.find_windows("--name", POPUP)


def history(app: AppProcess) -> list[dict[str, object]]:
    out = app.cli("export", "--json", "-")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    breaks = data["breaks"] if isinstance(data, dict) else data
    assert isinstance(breaks, list)
    return breaks


def docked_icon(desk: VirtualDesktop, app: AppProcess) -> str:
    assert app.proc is not None

    def find() -> str | None:
        tree = desk.run(["xwininfo", "-tree", "-id", desk.tray_window]).stdout
        mine = desk.find_windows("--pid", str(app.proc.pid) if app.proc else "0")
        return next((w for w in mine if f"{int(w):#x} " in tree), None)

    icon = wait_until(find, what="the icon to dock in trayer")
    assert isinstance(icon, str)
    return icon


def test_a_routine_from_the_tray_menu_plays_and_its_finish_page_closes_by_itself(
        desk: VirtualDesktop, tmp_path: Path) -> None:
    app = start(desk, tmp_path)
    try:
        icon = docked_icon(desk, app)
        desk.run(["xdotool", "mousemove", "--window", icon, "11", "15", "click", "3"])
        time.sleep(0.5)  # the menu opening in the app's process
        # R&outines opens the submenu on its first routine, the shortest: ours.
        desk.run(["xdotool", "key", "--delay", "150", "o", "Return"])
        shown = app.wait_for("popup_shown", routine="e2e-quick", timeout=20)
        assert shown["kind"] == "stretch"
        status = app.status()
        assert status["state"] == "in_break" and status["in_break"]["kind"] == "stretch"
        # Every step followed: the break ends as completed when the routine does.
        ended = app.wait_for("break_ended", outcome="completed", timeout=20)
        assert ended["kind"] == "stretch"
        ended_at = time.monotonic()
        assert popup_windows(desk), "the finish page shows after the break"
        assert app.status()["state"] != "in_break"
        wait_until(lambda: not popup_windows(desk), timeout=20,
                   what="the finish page to close by itself")
        waited = time.monotonic() - ended_at
        assert 5 < waited < 16, f"closed after {waited:.1f} s"
        chosen = [b for b in history(app) if b.get("routine_id") == "e2e-quick"]
        assert len(chosen) == 1 and chosen[0]["outcome"] == "completed"
    finally:
        assert app.stop() == 0


@pytest.mark.parametrize("how", ["Escape", "alt+F4"])
def test_a_routine_from_the_command_line_and_its_finish_page_lets_go_at_once(
        desk: VirtualDesktop, tmp_path: Path, how: str) -> None:
    app = start(desk, tmp_path)
    try:
        out = app.cli("break", "--routine", "e2e-quick")
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == "Starting the routine e2e-quick as a stretch break."
        app.wait_for("popup_shown", routine="e2e-quick", timeout=20)
        app.wait_for("break_ended", outcome="completed", timeout=20)
        (window,) = wait_until(lambda: popup_windows(desk), timeout=5, what="the finish page")
        # No maximise and no resizing; minimised (openbox offers it anyway), it comes back.
        allowed = desk.run(["xprop", "-id", window, "_NET_WM_ALLOWED_ACTIONS"]).stdout
        assert "MAXIMIZE" not in allowed and "_NET_WM_ACTION_RESIZE" not in allowed
        desk.run(["xdotool", "windowminimize", window])
        # xdotool only asks: wait until the app has seen itself minimised, so
        # the check below cannot pass before openbox has minimised anything.
        app.wait_for("popup_unminimised", kind="stretch", timeout=5)
        wait_until(lambda: window in popup_windows(desk), timeout=5,
                   what="the minimised finish page to come back")
        desk.run(["xdotool", "windowactivate", "--sync", window], check=False)
        wait_until(lambda: active_window(desk) == window, timeout=5,
                   what="the finish page to have the keyboard")
        desk.run(["xdotool", "key", how])
        started = time.monotonic()
        wait_until(lambda: not popup_windows(desk), timeout=5, what=f"{how} to close it")
        assert time.monotonic() - started < 4, "long before it would close by itself"
        assert app.cli("break", "--routine", "no-such-routine").returncode == 1
    finally:
        assert app.stop() == 0


def active_window(desk: VirtualDesktop) -> str:
    return desk.run(["xdotool", "getactivewindow"], check=False).stdout.strip()


def stacking(desk: VirtualDesktop) -> list[str]:
    """Managed windows, bottom to top, as decimal ids."""
    value = desk.xprop_root("_NET_CLIENT_LIST_STACKING").split("#", 1)[-1]
    return [str(int(w.strip(), 16)) for w in value.split(",") if w.strip()]


@pytest.fixture(params=["openbox", "xfwm4-compositing", "marco-compositing"])
def any_wm(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[VirtualDesktop]:
    """openbox (no compositing manager: the app dims a still picture of the screen),
    Xfce's xfwm4 and MATE's marco with their compositors (the dim is blended)."""
    with VirtualDesktop(tmp_path / "desk") as d:
        if request.param == "openbox":
            d.start_window_manager()
        elif request.param == "xfwm4-compositing":
            d.start_xfwm4(compositor=True)
            d.env["XDG_CURRENT_DESKTOP"] = "XFCE"  # as an Xfce session sets it
        else:
            d.start_marco(compositor=True)
            d.env["XDG_CURRENT_DESKTOP"] = "MATE"  # as a MATE session sets it
        d.start_tray("xembed")
        yield d


@pytest.mark.parametrize("display", ["dim", "full"])
def test_dim_and_full_screen_cover_every_monitor_without_taking_the_keyboard_or_clicks(
        any_wm: VirtualDesktop, tmp_path: Path, display: str) -> None:
    desk = any_wm
    two_monitors(desk)
    # The person's own window, on the left monitor, with the keyboard.
    note = desk.spawn("xmessage", ["xmessage", "-name", "mywork", "-geometry", "+100+100",
                                   "typing here"])
    (mine,) = wait_until(lambda: desk.find_windows("--name", "^mywork$"), what="xmessage")
    desk.run(["xdotool", "windowactivate", "--sync", mine], check=False)
    wait_until(lambda: active_window(desk) == mine, what="xmessage to have the keyboard")
    x, y, w, h = geometry(desk, mine)
    # The lightest pixel of xmessage (its background): how the person's work looked.
    work = QImage(str(desk.screenshot(tmp_path / "before.png")))
    spot = max(((px, py) for px in range(x, x + w, 3) for py in range(y, y + h, 3)),
               key=lambda at: work.pixelColor(*at).lightness())
    before = work.pixelColor(*spot)
    assert before.lightness() > 150, before.name()
    app = start(desk, tmp_path, SETTINGS.replace("key_guard = 0", "key_guard = 4\n"
                                                 f"display = \"{display}\""))
    try:
        desk.run(["xdotool", "mousemove", "1200", "450"])  # the popup on the right monitor
        assert app.cli("break", "--routine", "e2e-quick").returncode == 0
        shown = app.wait_for("popup_shown", routine="e2e-quick", timeout=20)
        assert shown["display"] == display and shown["backdrops"] == 2
        covers = wait_until(lambda: (lambda found: found if len(found) == 2 else None)(
            desk.find_windows("--name", "^Break$")), timeout=10, what="two backdrops")
        assert sorted(geometry(desk, w) for w in covers) == [
            (0, 0, 800, 900), (800, 0, 800, 900)]
        # Never listed (on KDE they are plain windows: app/windowing.backdrop_window_type).
        for cover in covers:
            state = net_wm_state(desk, cover)
            assert "_NET_WM_STATE_SKIP_TASKBAR" in state and "SKIP_PAGER" in state, state
        (popup,) = popup_windows(desk)
        assert inside(geometry(desk, popup), (800, 0, 800, 900))
        # While the key guard lasts the keyboard stays with the person's window.
        assert active_window(desk) == mine
        order = stacking(desk)
        assert order.index(popup) > max(order.index(w) for w in covers if w in order)
        # A click on the dimmed screen over xmessage's button reaches nothing beneath
        # (it would close xmessage) and leaves the break window on top.
        desk.run(["xdotool", "mousemove", str(x + w // 2), str(y + h - 10), "click", "1"])
        time.sleep(0.5)
        assert note.poll() is None, "the click went through to the window beneath"
        order = stacking(desk)
        assert order.index(popup) > max(order.index(w) for w in covers if w in order)
        # After the key guard the break window takes the keyboard (the screens are dim).
        wait_until(lambda: active_window(desk) == popup, timeout=10,
                   what="the break window to take the keyboard after the guard")
        # The left monitor, where nothing but the backdrop is: the window colour
        # when full; when dimmed, xmessage still shows there, darkened (blended by
        # xfwm4's compositor; without one, as under openbox, the app dims a
        # picture of the screen: a translucent window would show black there).
        shot = QImage(str(desk.screenshot(tmp_path / f"{display}.png")))
        seen = shot.pixelColor(*spot)
        if display == "dim":
            share = seen.lightness() / before.lightness()
            assert 0.25 < share < 0.6, f"dim: {seen.name()} where xmessage was {before.name()}"
        else:
            assert seen.lightness() > 150, f"full: lightness {seen.lightness()}"
        app.wait_for("break_ended", outcome="completed", timeout=20)
        wait_until(lambda: not desk.find_windows("--name", "^Break$"), timeout=10,
                   what="the backdrops to go with the break")
    finally:
        assert app.stop() == 0


def net_wm_state(desk: VirtualDesktop, window: str) -> str:
    return desk.run(["xprop", "-id", window, "_NET_WM_STATE"], check=False).stdout


def test_on_gnome_break_windows_and_backdrops_are_mapped_out_of_the_taskbar(
        desk: VirtualDesktop, tmp_path: Path) -> None:
    # GNOME Shell announces a window mapped without the focus ("'Stretch break'
    # is ready") unless it is out of the taskbar then; openbox keeps the state
    # a window is mapped with, so it can be read back here.
    desk.env["XDG_CURRENT_DESKTOP"] = "GNOME"
    app = start(desk, tmp_path, SETTINGS + 'display = "dim"\n')
    try:
        assert app.cli("break", "--routine", "e2e-quick").returncode == 0
        shown = app.wait_for("popup_shown", routine="e2e-quick", timeout=20)
        (cover,) = wait_until(lambda: desk.find_windows("--name", "^Break$"), timeout=10,
                              what="the backdrop")
        (popup,) = wait_until(lambda: popup_windows(desk), timeout=10, what="the break window")
        popup_state = net_wm_state(desk, popup)
        since_shown = time.time() - datetime.fromisoformat(shown["time"]).timestamp()
        if since_shown < 1.0:  # QUIET_MAP_MS is 1.5 s: not yet listed again
            assert "_NET_WM_STATE_SKIP_TASKBAR" in popup_state, popup_state
        assert "_NET_WM_STATE_SKIP_TASKBAR" in net_wm_state(desk, cover)
        # The break window comes back to the taskbar (and Alt+Tab); the backdrop never.
        wait_until(lambda: "SKIP_TASKBAR" not in net_wm_state(desk, popup), timeout=10,
                   what="the break window to be listed again")
        assert "_NET_WM_STATE_SKIP_TASKBAR" in net_wm_state(desk, cover)
        app.wait_for("break_ended", outcome="completed", timeout=20)
    finally:
        assert app.stop() == 0


# The person's own window: a text field that writes what it holds to a file.
TYPING = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication(sys.argv[:1])
edit = QLineEdit()
edit.setWindowTitle("mywork")
edit.setGeometry(100, 100, 500, 60)
edit.textChanged.connect(lambda text: Path(sys.argv[1]).write_text(text))
edit.show()
sys.exit(app.exec())
"""


def test_text_typed_as_a_break_appears_goes_on_into_the_persons_window(
        any_wm: VirtualDesktop, tmp_path: Path) -> None:
    """The core promise on X11, under openbox and under Xfce's xfwm4 (window mode)."""
    desk = any_wm
    typed = tmp_path / "typed.txt"
    desk.spawn("typing", [sys.executable, "-c", TYPING, str(typed)])
    (mine,) = wait_until(lambda: desk.find_windows("--name", "^mywork$"), what="the text field")
    desk.run(["xdotool", "windowactivate", "--sync", mine], check=False)
    wait_until(lambda: active_window(desk) == mine, what="the text field to have the keyboard")
    app = start(desk, tmp_path, SETTINGS.replace("key_guard = 0", "key_guard = 2"))
    try:
        desk.run(["xdotool", "type", "--delay", "30", "I was "])
        assert app.cli("break", "micro").returncode == 0
        app.wait_for("popup_shown", kind="micro", timeout=20)
        (popup,) = wait_until(lambda: desk.find_windows("--name", "^Micro-break$"),
                              timeout=10, what="the break window")
        desk.run(["xdotool", "type", "--delay", "30", "typing a sentence"])
        wait_until(lambda: typed.exists() and typed.read_text() == "I was typing a sentence",
                   timeout=10, what="every key in the person's window")
        assert active_window(desk) == mine
        order = stacking(desk)
        assert order.index(popup) > order.index(mine), "the break window is not on top"
    finally:
        assert app.stop() == 0


def test_where_the_window_manager_keeps_backdrops_above_the_break_the_app_takes_them_away(
        tmp_path: Path) -> None:
    """Cinnamon's muffin (measured) keeps one of two monitors' backdrops above the
    break window whatever window type they are; the app reads the stacking order,
    raises the break window, and when that does not help shows it alone."""
    with VirtualDesktop(tmp_path / "desk") as desk:
        desk.start_muffin()
        desk.env["XDG_CURRENT_DESKTOP"] = "X-Cinnamon"
        desk.start_tray("xembed")
        two_monitors(desk)
        desk.spawn("xmessage", ["xmessage", "-name", "mywork", "-geometry", "+100+100",
                                "typing here"])
        (mine,) = wait_until(lambda: desk.find_windows("--name", "^mywork$"), what="xmessage")
        desk.run(["xdotool", "windowactivate", "--sync", mine], check=False)
        app = start(desk, tmp_path, SETTINGS.replace("key_guard = 0", "key_guard = 4\n"
                                                     'display = "dim"'))
        try:
            desk.run(["xdotool", "mousemove", "1200", "450"])
            assert app.cli("break", "--routine", "e2e-quick").returncode == 0
            shown = app.wait_for("popup_shown", routine="e2e-quick", timeout=20)
            assert shown["backdrops"] == 2
            app.wait_for("backdrops_withdrawn", timeout=10)
            wait_until(lambda: not desk.find_windows("--name", "^Break$"), timeout=10,
                       what="the backdrops to go")
            (popup,) = popup_windows(desk)
            order = stacking(desk)
            assert order.index(popup) > order.index(mine)
            app.wait_for("break_ended", outcome="completed", timeout=20)
            # The next break of this session shows as a window alone at once.
            assert app.cli("break", "--routine", "e2e-quick").returncode == 0
            again = app.wait_for("popup_shown", count=2, routine="e2e-quick", timeout=20)
            assert again["backdrops"] == 0
        finally:
            assert app.stop() == 0
