"""The whole app with the keyboard alone: key presses through xdotool, no clicks.

A virtual desktop with a window manager and no tray host, so the status panel
is the app's window. A person who never touches the mouse closes the
first-run welcome with Escape, opens the settings with the panel's
mnemonic, changes a value and presses Enter (OK), then takes a break from
the panel, brings the popup forward with Alt+Tab, and ends it with Alt+D
(Done) once Done is available; a second break is postponed with Escape.
Waiting here is for the other process (its windows, its log), never for our
own logic.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.e2e.app_process import AppProcess
from tests.helpers.desktop import VirtualDesktop, wait_until

SETTINGS = """
[micro]
duration = 30
min_duration = 5
[stretch]
enabled = false
"""
PANEL = "psoas-desk status"


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[VirtualDesktop]:
    with VirtualDesktop(tmp_path / "desk") as d:
        d.start_window_manager()
        # The window titles and mnemonics below are the English ones.
        d.env.update(LANG="C.UTF-8", LANGUAGE="en")
        d.env.pop("LC_ALL", None)
        yield d


@pytest.fixture
def app(desk: VirtualDesktop, tmp_path: Path) -> Iterator[AppProcess]:
    proc = AppProcess(desk, tmp_path / "base", settings=SETTINGS).start()
    yield proc
    proc.stop()


def active_name(desk: VirtualDesktop) -> str:
    out = desk.run(["xdotool", "getactivewindow", "getwindowname"], check=False)
    return out.stdout.strip() if out.returncode == 0 else ""


def keys(desk: VirtualDesktop, *names: str) -> None:
    desk.run(["xdotool", "key", "--delay", "60", *names])


def wait_active(desk: VirtualDesktop, name: str, *, cycle: bool = False) -> None:
    """Wait until window ``name`` has the keyboard; with ``cycle``, Alt+Tab towards it."""
    def check() -> bool:
        if active_name(desk) == name:
            return True
        if cycle:
            keys(desk, "alt+Tab")
        return False

    wait_until(check, timeout=20, interval=0.5 if cycle else 0.1,
               what=f"{name!r} to have the keyboard focus")


def type_text(desk: VirtualDesktop, text: str) -> None:
    desk.run(["xdotool", "type", "--delay", "60", text])


def settings_file(app: AppProcess) -> dict[str, object]:
    return tomllib.loads((app.base_dir / "config" / "settings.toml").read_text("utf-8"))


def seconds_into_break(app: AppProcess) -> float:
    started = app.events("break_started")
    if not started:
        return 0.0
    at = datetime.fromisoformat(started[-1]["time"])
    return (datetime.now(UTC) - at).total_seconds()


def test_settings_and_breaks_with_the_keyboard_alone(app: AppProcess,
                                                     desk: VirtualDesktop) -> None:
    # First run: the welcome opens on top; Escape closes it.
    wait_active(desk, "Welcome to psoas-desk")
    keys(desk, "Escape")
    wait_active(desk, PANEL, cycle=True)

    # The panel's "Settings" mnemonic opens the settings; the page list has
    # the focus, Tab goes to the first option (the Micro-breaks switch) and
    # on to "Micro-break every"; a new value, then Enter for OK.
    keys(desk, "alt+e")
    wait_active(desk, "psoas-desk settings")
    keys(desk, "Tab", "Tab", "ctrl+a")
    type_text(desk, "25")
    keys(desk, "Return")
    wait_until(lambda: not desk.find_windows("--name", "^psoas-desk settings$"), timeout=10,
               what="the settings window to close on Enter")
    def saved_interval() -> object:
        micro = settings_file(app).get("micro")
        return micro.get("interval") if isinstance(micro, dict) else None

    assert wait_until(saved_interval, timeout=10, what="the new interval to be saved") in (
        "25m", 1500)

    # A micro-break from the panel's mnemonic; it does not take the focus,
    # so the person brings it forward with Alt+Tab.
    wait_active(desk, PANEL, cycle=True)
    keys(desk, "alt+m")
    app.wait_for("popup_shown", kind="micro")
    wait_active(desk, "Micro-break", cycle=True)
    # Done becomes available after the break's minimum (5 s) and the key guard.
    wait_until(lambda: seconds_into_break(app) > 6.5, timeout=20,
               what="Done to become available")
    keys(desk, "alt+d")
    app.wait_for("break_ended", outcome="completed")
    wait_until(lambda: not desk.find_windows("--name", "^Micro-break$"), timeout=10,
               what="the popup to close")

    # Another one, put off with Escape.
    wait_active(desk, PANEL, cycle=True)
    keys(desk, "alt+m")
    app.wait_for("popup_shown", kind="micro", count=2)
    wait_active(desk, "Micro-break", cycle=True)
    wait_until(lambda: seconds_into_break(app) > 2.5, timeout=20, what="the key guard to pass")
    keys(desk, "Escape")
    app.wait_for("break_ended", outcome="postponed")
    status = app.status()
    assert status["today"]["breaks_completed"] == 1
    assert status["today"]["breaks_postponed"] == 1
