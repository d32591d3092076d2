"""What the real app carries while it waits in a real tray (Xvfb, openbox, trayer).

``tests/unit/test_import_weight.py`` checks the waiting app offscreen, where
there is no tray and the status window stands in for the icon; this test
checks the case the memory figures in the README are measured on: a
returning user's app docked in a tray host, nothing open.

The app runs unchanged in a subprocess; a watcher thread started before it
reports, when the test asks (a file appears), what the process has built.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.app_process import AppProcess
from tests.helpers.desktop import VirtualDesktop, openbox_with_tray, wait_until

PROBE = """
import json, os, sys, threading, time
ask, answer = sys.argv[1], sys.argv[2]
def watch():
    while not os.path.exists(ask):
        time.sleep(0.1)
    import PySide6.QtCore as QtCore
    report = {"qt_namespace": "Qt" in QtCore.__dict__, "modules": sorted(sys.modules)}
    with open(answer + ".part", "w") as out:
        json.dump(report, out)
    os.replace(answer + ".part", answer)
threading.Thread(target=watch, daemon=True).start()
from psoas_desk.__main__ import main
sys.exit(main(sys.argv[3:]))
"""


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[VirtualDesktop]:
    with openbox_with_tray(tmp_path / "desk") as d:
        yield d


def docked(desk: VirtualDesktop, pid: int) -> bool:
    tree = "".join(desk.run(["xwininfo", "-tree", "-id", w]).stdout
                   for w in desk.find_windows("--class", "trayer"))
    return any(f"{int(w):#x} " in tree for w in desk.find_windows("--pid", str(pid)))


def test_the_app_waiting_in_a_tray_has_not_built_what_only_windows_need(
        desk: VirtualDesktop, tmp_path: Path) -> None:
    base = tmp_path / "base"
    (base / "state").mkdir(parents=True)  # a returning user: no welcome window
    (base / "state" / "state.json").write_text(json.dumps({"first_run_done": True}))
    ask, answer = tmp_path / "ask", tmp_path / "answer.json"
    proc = desk.spawn("psoas-desk", [sys.executable, "-c", PROBE, str(ask), str(answer),
                                     "--base-dir", str(base)])
    app = AppProcess(desk, base)  # for its command line only
    try:
        wait_until(lambda: docked(desk, proc.pid), timeout=30, what="the tray icon to dock")
        wait_until(lambda: app.cli("status").returncode == 0, timeout=30,
                   what="the app to answer `status`")
        ask.touch()
        wait_until(answer.exists, timeout=10, what="the probe's report")
        report = json.loads(answer.read_text())
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    modules = set(report["modules"])
    assert "psoas_desk.app.controller" in modules  # the app is fully up
    # PySide builds its whole ``Qt`` namespace (about 100 enums, 471 keys
    # among them: about 1 MB of Python objects) the first time any module
    # touches it, and keeps it; a break window needs it, the tray does not.
    assert report["qt_namespace"] is False
    opened = sorted(m for m in modules if m in {
        "psoas_desk.ui.status_panel", "psoas_desk.ui.break_popup", "psoas_desk.ui.micro_popup",
        "psoas_desk.ui.routine_player", "psoas_desk.ui.tray_menu",
        "psoas_desk.ui.welcome_window", "PySide6.QtSvg"})
    assert opened == []
