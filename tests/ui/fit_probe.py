"""Open the big windows on a small or scaled screen and report whether they fit, as JSON lines.

Run by ``tests/ui/test_window_fit.py`` in a child process, because the
offscreen screen's size and scale are fixed when Qt starts::

    QT_QPA_PLATFORM=offscreen:configfile=screen.json QT_SCALE_FACTOR=2 \\
        python -m tests.ui.fit_probe

Each line is ``{"scene", "window", "screen", "buttons", "min"}``: the
window's geometry, the screen's available geometry (both in logical
pixels), each named button's rectangle in screen coordinates, and the
window's minimum size.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from psoas_desk.storage.content import load_content
from psoas_desk.ui.status_panel import StatusPanel
from tests.ui.all_windows import checklist_scenes, panel_scenes, settings_scenes, stats_scenes

BUTTONS = ("ok_button", "cancel_button", "apply_button", "done_button", "close_button")


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def report(scene: str, window: QWidget) -> dict[str, object]:
    screen = window.screen() or QGuiApplication.primaryScreen()
    assert screen is not None
    buttons = {}
    named = {name: getattr(window, name, None) for name in BUTTONS}
    if isinstance(window, StatusPanel):
        named = {b.objectName(): b for b in window.findChildren(QPushButton)}
    for name, button in named.items():
        if isinstance(button, QPushButton) and button.isVisibleTo(window):
            top_left = button.mapToGlobal(button.rect().topLeft())
            buttons[name] = [top_left.x(), top_left.y(), button.width(), button.height()]
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    return {"scene": scene, "window": _rect(window.frameGeometry()),
            "inner": _rect(window.geometry()),
            "screen": _rect(screen.availableGeometry()), "buttons": buttons,
            "min": [hint.width(), hint.height()]}


def main() -> int:
    app = QApplication(sys.argv[:1])
    library = load_content().library
    for scenes in (panel_scenes(), checklist_scenes(library, "en"),
                   settings_scenes(library, "en"), stats_scenes()):
        for name, window in scenes:
            print(json.dumps(report(name, window)), flush=True)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
