#!/usr/bin/env python3
"""Render the settings window and the posture checklist window to PNG for review.

Usage: ``.venv/bin/python scripts/shots_settings.py OUT_DIR``

Writes, at 1x and 2x (``QT_SCALE_FACTOR=2``, each scale in its own
subprocess because Qt reads the factor once) and in a light and a dark
palette:

- ``settings-<page>-<theme>@<n>x.png``: each page as the window shows it;
- ``settings-<page>-full-<theme>@<n>x.png``: the whole page, also what needs scrolling;
- ``settings-problems-<theme>@<n>x.png``: a window opened after a broken
  settings file, with a refused value and a failed save;
- ``checklist-<id>-<theme>@<n>x.png``: each checklist, a few items ticked.

Rendering is offscreen (``grab()``); nothing is written inside the checkout.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SCALES = (1, 2)
# A 4K screen, so at 2x the windows are laid out on a realistic 1920x1080.
_SCREEN = {"screens": [{"name": "shot", "x": 0, "y": 0, "width": 3840, "height": 2160,
                        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


def _palettes() -> dict[str, object]:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    light = QApplication.style().standardPalette()
    dark = QPalette()
    role = QPalette.ColorRole
    for r, color in ((role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"),
                     (role.Base, "#1e1e1e"), (role.AlternateBase, "#262626"),
                     (role.Text, "#e6e6e6"), (role.Button, "#353535"),
                     (role.ButtonText, "#e6e6e6"), (role.Highlight, "#3d6fb4"),
                     (role.HighlightedText, "#ffffff"), (role.ToolTipBase, "#353535"),
                     (role.ToolTipText, "#e6e6e6"), (role.PlaceholderText, "#9a9a9a"),
                     (role.Link, "#8ab4f8"), (role.Light, "#4a4a4a"), (role.Midlight, "#3e3e3e"),
                     (role.Mid, "#303030"), (role.Dark, "#1a1a1a"), (role.Shadow, "#000000")):
        dark.setColor(r, QColor(color))
    for r in (role.WindowText, role.Text, role.ButtonText):
        dark.setColor(QPalette.ColorGroup.Disabled, r, QColor("#7a7a7a"))
    return {"light": light, "dark": dark}


def _render(out: Path, scale: int) -> None:
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from psoas_desk.core.settings import Settings
    from psoas_desk.core.settings_codec import SettingsProblem, with_option
    from psoas_desk.storage.content import load_content
    from psoas_desk.ui.checklist_window import ChecklistWindow
    from psoas_desk.ui.hours_editor import WorkingHoursEditor
    from psoas_desk.ui.setting_editors import BoolEditor, DurationEditor
    from psoas_desk.ui.settings_window import SettingsWindow

    # The offscreen platform says what it cannot do (raise, size hints); not news here.
    def quiet(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setStyle(QStyleFactory.create("Fusion"))
    library = load_content().library
    routines = list(library.routines.values())
    checklists = sorted(library.checklists.values(), key=lambda c: c.id)
    settings = with_option(Settings(), "routines.disabled", ("micro-walk",))
    for theme, palette in _palettes().items():
        app.setPalette(palette)  # type: ignore[arg-type]
        suffix = f"{theme}@{scale}x.png"
        window = SettingsWindow(settings, routines=routines)
        window.show()
        for index in range(window.pages.count()):
            window.page_list.setCurrentRow(index)
            page = window.current_page()
            app.processEvents()
            name = page.group.name.lower()
            window.grab().save(str(out / f"settings-{name}-{suffix}"))
            body = page.widget()
            assert body is not None
            body.resize(body.width(), body.sizeHint().height())
            body.grab().save(str(out / f"settings-{name}-full-{suffix}"))
        window.close()

        problems = [SettingsProblem("micro.interval", "must be at least 1m, got 0s; "
                                    "using the default 30m"),
                    SettingsProblem("popups.theme", "expected one of system, light, dark, "
                                    "got 'blue'; using the default system")]
        broken = SettingsWindow(Settings(), routines=routines, problems=problems,
                                backup=Path("/home/sam/.config/psoas-desk/settings.toml.bad-1"))
        broken.show()
        # As if typed: 300 s is longer than the 60 s break.
        min_duration = broken.rows["micro.min_duration"].editor
        assert isinstance(min_duration, DurationEditor)
        min_duration.spin.setValue(300)
        broken.show_save_error("Permission denied: /home/sam/.config/psoas-desk/settings.toml")
        app.processEvents()
        broken.grab().save(str(out / f"settings-problems-{suffix}"))
        broken.page_list.setCurrentRow(2)
        only = broken.rows["schedule.working_hours_only"].editor
        hours = broken.rows["schedule.working_hours"].editor
        assert isinstance(only, BoolEditor) and isinstance(hours, WorkingHoursEditor)
        only.box.setChecked(True)
        hours.lines[1].setText("17:00-09:00")
        app.processEvents()
        broken.grab().save(str(out / f"settings-hours-error-{suffix}"))
        broken.close()

        for checklist in checklists:
            window_c = ChecklistWindow(checklists, current=checklist.id,
                                       last_review="12 March")
            window_c.show()
            for box in list(window_c.boxes.values())[:2]:
                box.setChecked(True)
            app.processEvents()
            window_c.grab().save(str(out / f"checklist-{checklist.id}-{suffix}"))
            window_c.close()


def main(argv: list[str] | None = None) -> int:
    """Render at every scale into the folder named on the command line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="where to write the PNGs (e.g. /tmp/shots)")
    parser.add_argument("--scale", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    if args.scale is not None:
        _render(out, args.scale)
        return 0
    with tempfile.TemporaryDirectory(prefix="psoas-shots-") as tmp:
        screen = Path(tmp) / "screen.json"
        screen.write_text(json.dumps(_SCREEN), encoding="utf-8")
        for scale in SCALES:
            env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
                       QT_SCALE_FACTOR=str(scale))
            subprocess.run([sys.executable, __file__, str(out), "--scale", str(scale)],
                           env=env, check=True)
    print(f"wrote {len(list(out.glob('*.png')))} PNGs to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
