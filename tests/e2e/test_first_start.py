"""A new person's first start, on empty folders: the welcome, start at login, a quiet terminal.

The app is started as ``scripts/run`` starts it (its command named through
``PSOAS_DESK_COMMAND``), with no ``--base-dir`` and no JSON logging, inside
a desktop with a window manager and an XEmbed tray: everything it writes to
stdout and stderr is what the person would see in their terminal.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.desktop import VirtualDesktop, stop_process_group, wait_until

ROOT = Path(__file__).resolve().parents[2]
WELCOME = "^Welcome to psoas-desk$"


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[VirtualDesktop]:
    with VirtualDesktop(tmp_path / "desk") as desktop:
        desktop.start_window_manager()
        desktop.start_tray("xembed")
        yield desktop


def cli(desk: VirtualDesktop, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "psoas_desk", *args],
                          env=dict(desk.env, PSOAS_DESK_COMMAND="scripts/run"), cwd=ROOT,
                          capture_output=True, text=True, timeout=30, check=False)


def app_log(home: Path) -> str:
    log = home / ".local" / "state" / "psoas-desk" / "log" / "psoas-desk.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


def test_first_start_welcomes_offers_start_at_login_and_keeps_the_terminal_quiet(
        desk: VirtualDesktop) -> None:
    home = Path(desk.env["HOME"])
    config = Path(desk.env["XDG_CONFIG_HOME"])
    # Empty of psoas-desk (the window manager and the tray keep files of their own).
    assert not [p for p in home.rglob("*") if "psoas" in p.name], "a first start"
    env = dict(desk.env, PSOAS_DESK_COMMAND="scripts/run")
    app = desk.spawn("psoas-desk", [sys.executable, "-m", "psoas_desk"], env=env)
    terminal = desk.log_path("psoas-desk")  # the app's stdout and stderr
    try:
        found = wait_until(lambda: desk.find_windows("--name", WELCOME), timeout=30,
                           what="the welcome window")
        assert isinstance(found, list)
        (welcome,) = found
        assert "welcome shown" in app_log(home)
        # Nothing is set up behind the person's back.
        entry = config / "autostart" / "org.psoasdesk.PsoasDesk.desktop"
        assert not entry.exists()
        assert not (config / "psoas-desk" / "settings.toml").exists()
        # Not the checklist: that is an optional step now.
        assert not desk.find_windows("--name", "^Posture checklist$")

        # The person ticks "Start psoas-desk when I log in" and presses Done.
        desk.run(["xdotool", "windowactivate", "--sync", welcome])
        desk.run(["xdotool", "key", "--delay", "80", "alt+s", "alt+d"])
        wait_until(lambda: not desk.find_windows("--name", WELCOME), timeout=10,
                   what="the welcome to close")
        wait_until(entry.exists, timeout=10, what="the autostart entry")
        text = entry.read_text(encoding="utf-8")
        assert "Exec=" in text and "psoas" in text
        settings = (config / "psoas-desk" / "settings.toml").read_text(encoding="utf-8")
        assert "[startup]" in settings and "autostart = true" in settings

        status = cli(desk, "status")
        assert status.returncode == 0, status.stderr
        # A break plays its sound: Qt Multimedia loads and talks (FFmpeg's
        # version, PulseAudio without a server), into the log only.
        assert cli(desk, "break").returncode == 0
        wait_until(lambda: "break sounds off" in app_log(home)
                   or "qt.multimedia" in app_log(home), timeout=20, what="the break sound")
        assert cli(desk, "quit").returncode == 0
        app.wait(timeout=20)
        assert app.returncode == 0
    finally:
        stop_process_group(app)
    assert terminal.read_text(errors="replace") == "", "the terminal stays quiet"

    # A second start is no first start: no welcome.
    again = desk.spawn("psoas-desk-again", [sys.executable, "-m", "psoas_desk"], env=env)
    try:
        wait_until(lambda: cli(desk, "status").returncode == 0, timeout=30,
                   what="the second start")
        assert app_log(home).count("welcome shown") == 1
        assert not desk.find_windows("--name", WELCOME)
        assert cli(desk, "quit").returncode == 0
        again.wait(timeout=20)
    finally:
        stop_process_group(again)
    assert desk.log_path("psoas-desk-again").read_text(errors="replace") == ""


def test_without_a_running_app_the_hint_names_scripts_run(desk: VirtualDesktop) -> None:
    out = cli(desk, "status")
    assert out.returncode == 1
    assert out.stderr == "psoas-desk is not running (start it with `scripts/run`)\n"


def test_a_click_on_the_tray_icon_opens_the_status_panel_beside_it(
        desk: VirtualDesktop, tmp_path: Path) -> None:
    from tests.e2e.app_process import AppProcess
    from tests.e2e.test_reliability import docked, geometry, returning_user

    app = AppProcess(desk, returning_user(tmp_path / "base")).start()
    try:
        wait_until(lambda: docked(desk, app), timeout=15, what="the icon to dock")
        assert app.proc is not None
        mine = set(desk.find_windows("--pid", str(app.proc.pid), visible_only=False))
        tree = "".join(desk.run(["xwininfo", "-tree", "-id", tray]).stdout
                       for tray in desk.find_windows("--class", "trayer", visible_only=False))
        # Qt's icon window (the widest of ours inside trayer; the others are 1x1 helpers).
        icon = max((w for w in mine if f"{int(w):#x} " in tree),
                   key=lambda w: geometry(desk, w)[2])
        ix, iy, iw, ih = geometry(desk, icon)
        desk.run(["xdotool", "mousemove", "--window", icon, str(iw // 2), str(ih // 2),
                  "click", "1"])
        found = wait_until(lambda: desk.find_windows("--name", "^psoas-desk status$"),
                           timeout=10, what="the status panel")
        assert isinstance(found, list)
        px, py, pw, ph = geometry(desk, found[0])
        # trayer sits at the top right: the panel hangs under the icon, right
        # edges lined up (within the window frame), on the screen.
        assert py >= iy + ih, ((px, py, pw, ph), (ix, iy, iw, ih))
        assert py - (iy + ih) < 80, "right under the icon, not somewhere else"
        assert abs((px + pw) - (ix + iw)) < 40, ((px, py, pw, ph), (ix, iy, iw, ih))
        assert px >= 0 and px + pw <= 1600 and py + ph <= 900
    finally:
        assert app.stop() == 0


def test_hand_edits_apply_while_running_and_a_bad_one_is_named_by_its_label(
        desk: VirtualDesktop, tmp_path: Path) -> None:
    from tests.e2e.app_process import AppProcess
    from tests.e2e.test_notify_dunst import Dunst
    from tests.e2e.test_reliability import QUIET, returning_user

    dunst = Dunst(desk, tmp_path / "dunst")
    app = AppProcess(desk, returning_user(tmp_path / "base"), settings=QUIET).start()
    settings = app.base_dir / "config" / "settings.toml"
    try:
        def micro_timer() -> int:
            timers = app.status()["timers"]
            return int(next(t["in_s"] for t in timers if t["kind"] == "micro"))

        assert micro_timer() > 25 * 60
        # An editor saves a shorter interval: the app uses it without a restart.
        tmp = settings.with_name("settings.toml.new")
        tmp.write_text(QUIET + '[micro]\ninterval = "10m"\n', encoding="utf-8")
        tmp.replace(settings)
        wait_until(lambda: micro_timer() <= 10 * 60, timeout=10, what="the edit to apply")
        assert app.status()["notices"] == []

        # A bad edit: the default is used and the person is told which option and why,
        # in their words (the label), in the status and as a desktop notification.
        settings.write_text(QUIET + '[micro]\ninterval = "5h"\n', encoding="utf-8")
        wait_until(lambda: micro_timer() > 25 * 60, timeout=10, what="the default again")
        notices = "\n".join(app.status()["notices"])
        assert "Micro-break every: must be at most 4 h, got 5 h" in notices, notices
        assert "micro.interval" not in notices
        wait_until(lambda: any("Micro-break every" in r.get("DUNST_BODY", "")
                               for r in dunst.received()), timeout=10,
                   what="the desktop notification")
        # The file the person is editing is left alone (a copy is kept beside it).
        assert '"5h"' in settings.read_text(encoding="utf-8")
        assert list(settings.parent.glob("settings.toml.broken-*"))
    finally:
        assert app.stop() == 0
