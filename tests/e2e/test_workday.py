"""A real workday in the real app (issue 15): reading still counts, and time away
that only idle time tells of is asked about, under Xvfb with dunst on a private bus.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.app_process import AppProcess
from tests.helpers.desktop import VirtualDesktop, openbox_with_tray, wait_until

QUICK_ABSENCE = """
[presence]
away_threshold = "15s"
natural_break = "10s"
"""


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[VirtualDesktop]:
    with openbox_with_tray(tmp_path / "desk", notifications=True) as d:
        yield d


@pytest.fixture
def app(desk: VirtualDesktop, tmp_path: Path) -> Iterator[AppProcess]:
    proc = AppProcess(desk, tmp_path / "base", settings=QUICK_ABSENCE).start()
    yield proc
    proc.stop()


def test_i_was_at_my_desk_in_the_notification_takes_the_credit_back(
        app: AppProcess, desk: VirtualDesktop) -> None:
    desk.run(["xdotool", "mousemove", "100", "100"])
    wait_until(lambda: app.status()["state"] == "away", timeout=60,
               what="15 s without input to count as away")
    # Back (they were reading): one touch of the mouse. The X server's IDLETIME
    # alarm tells the app at once (without it, the app would look for input
    # only at its next planned step, up to a minute later).
    desk.run(["xdotool", "mousemove_relative", "--", "1", "0"])
    counted = app.wait_for("absence_counted", timeout=5)
    assert counted["kinds"] == ["micro"]
    assert app.status()["today"]["natural_breaks"] == 1

    def shown() -> bool:
        return desk.run(["dunstctl", "count", "displayed"]).stdout.strip() not in ("", "0")

    wait_until(shown, timeout=15, what="the notification on screen")
    desk.run(["xdotool", "mousemove_relative", "--", "1", "0"])
    # Its one action, "I was at my desk" (dunst invokes the only action).
    desk.run(["dunstctl", "action", "0"])
    app.wait_for("absence_undone", timeout=15)
    status = app.status()
    assert status["today"]["natural_breaks"] == 0
    assert status["sitting_s"] >= 15  # the time "away" is sitting again


def test_reading_or_watching_from_the_command_line_keeps_idle_time_sitting(
        app: AppProcess, desk: VirtualDesktop) -> None:
    result = app.cli("reading")
    assert result.returncode == 0, result.stderr
    assert "reading or watching" in result.stdout
    assert app.status()["reading"] is True
    desk.run(["xdotool", "mousemove", "100", "100"])
    app.wait_for("reading_changed", timeout=10)
    # Well past the 15 s away threshold without input: still sitting.
    wait_until(lambda: app.status()["sitting_s"] >= 30, timeout=60,
               what="half a minute of reading counted as sitting")
    assert app.status()["state"] == "sitting"
    assert not app.events("away_started")
    assert app.cli("reading", "off").returncode == 0
    assert app.status()["reading"] is False
