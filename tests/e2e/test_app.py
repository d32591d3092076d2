"""The real app under Xvfb with a real tray host, driven like a person would.

Each test starts its own virtual desktop (Xvfb, session bus, openbox, trayer,
dunst) and its own psoas-desk with an isolated ``--base-dir``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.e2e.app_process import AppProcess, logged_at
from tests.helpers.desktop import VirtualDesktop, openbox_with_tray, wait_until

FAST = """
[micro]
interval = "1m"
duration = 10
min_duration = 5
[stretch]
enabled = false
[breaks]
warning = 10
typing_pause = 6
"""


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[VirtualDesktop]:
    with openbox_with_tray(tmp_path / "desk", notifications=True) as d:
        yield d


@pytest.fixture
def app(desk: VirtualDesktop, tmp_path: Path) -> Iterator[AppProcess]:
    proc = AppProcess(desk, tmp_path / "base").start()
    yield proc
    proc.stop()


def popup_windows(desk: VirtualDesktop, title: str = "Micro-break") -> list[str]:
    return desk.find_windows("--name", f"^{title}$")


def app_windows(desk: VirtualDesktop, app: AppProcess) -> list[str]:
    assert app.proc is not None
    return desk.find_windows("--pid", str(app.proc.pid))


def docked_icons(desk: VirtualDesktop, app: AppProcess) -> list[str]:
    """The app's windows that sit inside trayer's panel (its tray icons)."""
    tree = "".join(desk.run(["xwininfo", "-tree", "-id", w]).stdout
                   for w in desk.find_windows("--class", "trayer"))
    return [w for w in app_windows(desk, app) if f"{int(w):#x} " in tree]


def docked_icon(desk: VirtualDesktop, app: AppProcess) -> str:
    """The app's window that sits inside trayer's panel (the tray icon)."""
    icons = wait_until(lambda: docked_icons(desk, app), timeout=15,
                       what="the tray icon to dock in trayer")
    assert isinstance(icons, list)
    return str(icons[0])


def test_the_tray_icon_is_embedded_and_its_menu_opens_on_right_click(
        app: AppProcess, desk: VirtualDesktop, tmp_path: Path) -> None:
    status = app.status()
    assert status["tray_available"] is True
    # Under Xvfb with openbox, trayer and dunst on a private bus:
    assert {k: status["backends"][k] for k in ("idle", "fullscreen", "notifications")} == {
        "idle": "x11-screensaver", "fullscreen": "x11-ewmh", "notifications": "freedesktop"
    }, status["backends"]
    icon = docked_icon(desk, app)
    # The icon shown early at start-up is the one the app keeps: never two.
    assert docked_icons(desk, app) == [icon]
    before = set(app_windows(desk, app))
    desk.run(["xdotool", "mousemove", "--window", icon, "11", "15", "click", "3"])
    menu = wait_until(lambda: set(app_windows(desk, app)) - before, timeout=10,
                      what="the tray menu to open")
    assert isinstance(menu, set) and len(menu) == 1
    shot = desk.screenshot(tmp_path / "menu.png", next(iter(menu)))
    assert shot.stat().st_size > 5_000
    # A keyboard user picks "Take a micro-break now" by its mnemonic.
    desk.run(["xdotool", "key", "m"])
    app.wait_for("popup_shown", kind="micro")


def test_break_from_the_cli_opens_the_popup_and_skip_is_counted(
        app: AppProcess, desk: VirtualDesktop) -> None:
    out = app.cli("break", "micro")
    assert out.returncode == 0, out.stderr
    app.wait_for("popup_shown", kind="micro")
    window = wait_until(lambda: popup_windows(desk), timeout=10, what="the popup")
    assert isinstance(window, list)
    # The popup must not steal the keyboard from what the person was typing in.
    active = desk.run(["xdotool", "getactivewindow"], check=False).stdout.strip()
    assert active not in window
    # Keys typed right away are ignored (no default button, 2 s key guard).
    desk.run(["xdotool", "windowactivate", "--sync", window[0]], check=False)
    desk.run(["xdotool", "key", "Return", "space", "alt+s"])
    assert app.status()["state"] == "in_break"
    # After the guard, the Skip mnemonic works like a person pressing it.
    wait_until(lambda: _guard_passed(app), timeout=10, what="the key guard to pass")
    desk.run(["xdotool", "windowactivate", "--sync", window[0]], check=False)
    desk.run(["xdotool", "key", "alt+s"])
    app.wait_for("break_ended", outcome="skipped")
    wait_until(lambda: not popup_windows(desk), timeout=10, what="the popup to close")
    status = app.status()
    assert status["today"]["breaks_skipped"] == 1
    assert status["state"] == "sitting"


def _guard_passed(app: AppProcess) -> bool:
    started = app.events("break_started")
    if not started:
        return False
    return (datetime.now(UTC) - logged_at(started[-1])).total_seconds() > 2.5


def test_with_a_one_minute_interval_a_micro_break_appears_by_itself(
        desk: VirtualDesktop, tmp_path: Path) -> None:
    app = AppProcess(desk, tmp_path / "base", settings=FAST).start()
    try:
        # The person keeps working, the pointer moving every two seconds: when
        # the break is due it waits for a 6 s pause in their input.
        def nudge() -> datetime:
            desk.run(["xdotool", "mousemove_relative", "--", "1", "0"])
            return datetime.now(UTC)

        wait_until(lambda: nudge() and app.events("break_waiting"), timeout=90, interval=2.0,
                   what="the due micro-break to wait for a pause")
        for _ in range(4):
            last_input = nudge()
            time.sleep(2.0)
        assert not app.events("break_started"), "the break started while the person typed"
        app.wait_for("break_started", timeout=30)
        # It starts as the pause reaches 6 s, not at the next once-a-minute refresh.
        waited = logged_at(app.events("break_started")[0]) - last_input
        assert 5.5 <= waited.total_seconds() <= 9.0, waited
        warned = app.events("break_warned")
        assert warned and warned[0]["kind"] == "micro"
        wait_until(lambda: popup_windows(desk), timeout=10, what="the popup window")
        app.wait_for("break_ended", outcome="completed", timeout=60)
        # It ends when its 10 s are up, not at the next once-a-minute refresh.
        lasted = logged_at(app.events("break_ended")[0]) - logged_at(app.events("break_started")[0])
        assert 9.5 <= lasted.total_seconds() <= 13.0, lasted
        wait_until(lambda: not popup_windows(desk), timeout=10, what="the popup to close")
        assert app.status()["today"]["breaks_completed"] == 1
    finally:
        app.stop()


def test_no_input_past_the_away_threshold_is_away_and_motion_brings_you_back(
        desk: VirtualDesktop, tmp_path: Path) -> None:
    app = AppProcess(desk, tmp_path / "base",
                     settings='[presence]\naway_threshold = "15s"\n').start()
    try:
        desk.run(["xdotool", "mousemove", "100", "100"])
        wait_until(lambda: app.status()["state"] == "away", timeout=60,
                   what="status to say away after 15 s without input")
        desk.run(["xdotool", "mousemove", "300", "300"])
        assert app.status()["state"] == "sitting"
    finally:
        app.stop()


def test_a_second_launch_shows_the_running_one_instead_of_starting(
        app: AppProcess, desk: VirtualDesktop) -> None:
    second = app.cli(timeout=30)  # plain `psoas-desk`
    assert second.returncode == 0, second.stderr
    assert len(app.events("app_started")) == 1
    wait_until(lambda: desk.find_windows("--name", "^psoas-desk status$"), timeout=10,
               what="the status panel of the running instance")
    assert app.proc is not None and app.proc.poll() is None


def test_without_a_tray_host_the_app_runs_and_shows_its_status_window(
        tmp_path: Path) -> None:
    with VirtualDesktop(tmp_path / "desk") as bare:
        bare.start_window_manager()
        app = AppProcess(bare, tmp_path / "base").start()
        try:
            assert app.status()["tray_available"] is False
            wait_until(lambda: bare.find_windows("--name", "^psoas-desk status$"), timeout=10,
                       what="the status panel shown instead of a tray icon")
            assert app.cli("break", "micro").returncode == 0
            app.wait_for("popup_shown")
        finally:
            assert app.stop() == 0


def test_quit_from_the_cli_exits_cleanly_and_saves_the_bout(
        app: AppProcess, desk: VirtualDesktop) -> None:
    assert app.stop() == 0
    state = (app.base_dir / "state" / "state.json").read_text()
    assert '"bout"' in state
    assert app.cli("status").returncode == 1


def test_history_export_and_the_statistics_window_from_the_cli(
        app: AppProcess, desk: VirtualDesktop, tmp_path: Path) -> None:
    assert app.cli("break", "micro").returncode == 0
    app.wait_for("popup_shown")
    assert app.cli("pause", "30m").returncode == 0  # ends the break (cancelled)
    resumed = app.cli("resume")
    assert resumed.returncode == 0 and resumed.stdout == "Reminders resumed.\n"
    again = app.cli("resume")
    assert again.stdout == "Reminders were not paused; nothing to resume.\n"
    out_csv, out_json = tmp_path / "history.csv", tmp_path / "history.json"
    done = app.cli("export", "--csv", str(out_csv))
    assert done.returncode == 0, done.stderr
    assert f"to {out_csv}." in done.stdout
    assert app.cli("export", "--json", str(out_json)).returncode == 0
    import json as _json

    exported = _json.loads(out_json.read_text())
    assert [b["outcome"] for b in exported["breaks"]] == ["cancelled"]
    lines = out_csv.read_text().splitlines()
    assert lines[0].startswith("record,") and all(line.split(",")[2] for line in lines[1:])
    # The app is still recording: a break after the exports goes in as usual.
    assert app.cli("break", "micro").returncode == 0
    app.wait_for("popup_shown", count=2)
    assert (app.base_dir / "data" / "history.sqlite3").exists()
    assert app.cli("stats").returncode == 0
    wait_until(lambda: desk.find_windows("--name", "^psoas-desk statistics$"), timeout=10,
               what="the statistics window")
