"""The status panel and the settings, checklist and statistics windows fit a 1600x1000 screen
at 200% and a 1366x768 one.

At 200% a 1600x1000 screen is 800x500 logical pixels. Each window must lie
inside the screen's available area with room for a title bar, and its OK,
Cancel, Apply, Done or Close inside the window and the screen; what does not
fit scrolls. Measured in child processes (``tests/ui/fit_probe.py``), since
the offscreen screen's size and scale are fixed when Qt starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TITLE_BAR = 32
"""Logical pixels left above a window for the window manager's title bar."""


def probe(tmp_path: Path, width: int, height: int, scale: int) -> list[dict[str, object]]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "screen", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=str(scale), PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-m", "tests.ui.fit_probe"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300, check=True)
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


def inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


@pytest.mark.parametrize(("width", "height", "scale"), [(1600, 1000, 2), (1366, 768, 1)],
                         ids=["1600x1000 at 2x", "1366x768 at 1x"])
def test_the_big_windows_fit_the_screen_with_their_buttons_in_view(
        tmp_path: Path, width: int, height: int, scale: int) -> None:
    reports = probe(tmp_path, width, height, scale)
    scenes = {str(r["scene"]).split(" ")[0] for r in reports}
    assert scenes == {"status", "checklist", "settings", "statistics"}
    for report in reports:
        screen = report["screen"]
        window = report["window"]
        assert isinstance(screen, list) and isinstance(window, list)
        assert screen[2:] == [width // scale, height // scale]
        assert inside(window, screen), report
        assert window[3] + TITLE_BAR <= screen[3], f"no room for a title bar: {report}"
        buttons = report["buttons"]
        assert isinstance(buttons, dict) and buttons, report
        for name, rect in buttons.items():
            assert inside(rect, window) and inside(rect, screen), (name, report)
