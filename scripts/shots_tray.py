#!/usr/bin/env python3
"""Render the tray icon states, the tray menu and the status panel to PNG for review.

Usage: ``.venv/bin/python scripts/shots_tray.py OUT_DIR``

Writes into OUT_DIR (keep it out of git, e.g. under /tmp):

- ``icons/<state>[-<progress>]-<size>-<light|dark>.png``: every tray look at
  16, 22, 24, 32, 48 and 64 px on a light and a dark panel colour;
- ``tray-icons.png``: all of them on one sheet, and ``tray-icons-zoom.png``,
  the small sizes magnified 4x without smoothing, to judge single pixels;
- ``menu-<view>-<1x|2x>-<light|dark>.png`` and ``menu-pause-*.png``: the context menu;
- ``panel-<view>-<1x|2x>-<light|dark>.png``: the status panel.

Everything is drawn offscreen; the 2x shots come from a child run of this
script with ``QT_SCALE_FACTOR=2``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from psoas_desk.core.daybook import DayTotals
from psoas_desk.core.model import BreakKind, EngineState, PauseKind, Posture, Presence
from psoas_desk.core.snapshot import NextBreak, PauseInfo, Snapshot
from psoas_desk.ui.status_panel import StatusPanel
from psoas_desk.ui.tray import TrayController
from psoas_desk.ui.tray_icons import ICON_SIZES, TrayIconState, render_tray_image
from psoas_desk.ui.view import AppView

PANELS = {"light": "#f2f2f2", "dark": "#2b2b2b"}


def sample_views() -> dict[str, AppView]:
    """A few typical moments of a day, as the app would hand them over."""
    now = datetime.now().astimezone().replace(hour=11, minute=5, second=0)
    today = DayTotals(day=date.today(), sitting_s=3 * 3600 + 600, standing_s=40 * 60,
                      longest_bout_s=52 * 60, bouts_over_30=3, breaks_completed=5,
                      breaks_postponed=1, breaks_skipped=0, natural_breaks=2)
    sitting = Snapshot(
        at=now, state=EngineState.SITTING, presence=Presence.ACTIVE, posture=Posture.SITTING,
        sitting_s=23 * 60, standing_s=0, away_s=0,
        next_break=NextBreak(BreakKind.MICRO, 7 * 60, True), active_break=None, pause=None,
        dnd=False, dnd_reason="", off_hours=False, idle_known=True, strict=False,
        skips_left=3, today=today)
    paused = dataclasses.replace(
        sitting, state=EngineState.PAUSED, next_break=None,
        pause=PauseInfo(PauseKind.TIMED, now + timedelta(minutes=85)))
    standing = dataclasses.replace(
        sitting, state=EngineState.STANDING, posture=Posture.STANDING, sitting_s=0,
        standing_s=12 * 60, next_break=NextBreak(BreakKind.STRETCH, 41 * 60, False))
    return {
        "sitting": AppView(sitting, "x11", True, last_checklist_review="Mon 2 Mar"),
        "paused": AppView(paused, "x11", True),
        "standing": AppView(standing, "x11", True),
        "no-tray": AppView(sitting, "none", False, notices=(
            "Your settings file could not be read; the defaults are in use.",)),
    }


def dark_palette() -> QPalette:
    """A plain dark palette, to see the panel and menu as on a dark desktop."""
    pal = QPalette()
    role = QPalette.ColorRole
    for r, c in ((role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"), (role.Base, "#1e1e1e"),
                 (role.Text, "#e6e6e6"), (role.Button, "#3a3a3a"), (role.ButtonText, "#e6e6e6"),
                 (role.Highlight, "#3d9db1"), (role.HighlightedText, "#ffffff"),
                 (role.ToolTipBase, "#2b2b2b"), (role.ToolTipText, "#e6e6e6")):
        pal.setColor(r, QColor(c))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#8a8a8a"))
    pal.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#8a8a8a"))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#8a8a8a"))
    return pal


def shoot_icons(out: Path) -> None:
    """Every look at every size on both panel colours, singly and on two sheets."""
    looks: list[tuple[TrayIconState, float | None]] = [
        (TrayIconState.COUNTING, p) for p in (None, 0.25, 0.5, 0.75, 11 / 12, 1.0)]
    looks += [(s, None) for s in TrayIconState if s is not TrayIconState.COUNTING]
    (out / "icons").mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, list[QImage]]] = []
    zoom_rows: list[tuple[str, list[QImage]]] = []
    for bg_name, bg in PANELS.items():
        for size in ICON_SIZES:
            row = []
            for state, progress in looks:
                image = QImage(size, size, QImage.Format.Format_ARGB32)
                image.fill(QColor(bg))
                painter = QPainter(image)
                painter.drawImage(0, 0, render_tray_image(state, progress, size))
                painter.end()
                tag = state.value if progress is None else f"{state.value}-{round(progress * 100)}"
                image.save(str(out / "icons" / f"{tag}-{size}-{bg_name}.png"))
                row.append(image)
            rows.append((bg, row))
            if size <= 24:
                zoom_rows.append((bg, [i.scaled(size * 4, size * 4) for i in row]))
    sheet(rows).save(str(out / "tray-icons.png"))
    sheet(zoom_rows).save(str(out / "tray-icons-zoom.png"))


def sheet(rows: list[tuple[str, list[QImage]]], gap: int = 6) -> QImage:
    """Lay rows of images out on one image, each row on its own background colour."""
    images = rows
    width = max(sum(i.width() + gap for i in row) for _bg, row in images) + gap
    height = sum(max(i.height() for i in row) + gap for _bg, row in images) + gap
    out = QImage(width, height, QImage.Format.Format_ARGB32)
    out.fill(QColor("#808080"))
    painter = QPainter(out)
    y = gap
    for bg, row in images:
        h = max(i.height() for i in row)
        painter.fillRect(0, y - gap // 2, width, h + gap, QColor(bg))
        x = gap
        for image in row:
            painter.drawImage(x, y, image)
            x += image.width() + gap
        y += h + gap
    painter.end()
    return out


def shoot_widgets(out: Path, scale: str) -> None:
    """The menu, its Pause submenu and the status panel for each sample view."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    light = app.palette()
    for theme, palette in (("light", light), ("dark", dark_palette())):
        app.setPalette(palette)
        for name, view in sample_views().items():
            tray = TrayController()
            tray.update(view)
            menu = tray.menu()
            menu.ensurePolished()
            menu.adjustSize()
            menu.grab().save(str(out / f"menu-{name}-{scale}-{theme}.png"))
            if name == "sitting":
                pause = tray.action("pause").menu()
                assert isinstance(pause, QMenu)
                pause.adjustSize()
                pause.grab().save(str(out / f"menu-pause-{scale}-{theme}.png"))
            panel = StatusPanel()
            if not view.tray_available:
                panel.set_no_tray_reason(
                    "No system tray was found, so psoas-desk shows this window instead.")
            panel.update(view)
            panel.adjustSize()
            panel.show()
            app.processEvents()
            panel.grab().save(str(out / f"panel-{name}-{scale}-{theme}.png"))
            panel.hide()


def main(argv: list[str] | None = None) -> int:
    """Render everything into the folder named on the command line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="where to write the PNGs (e.g. /tmp/shots)")
    parser.add_argument("--scale", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    if not args.scale:
        # The offscreen screen is 800x600 by default, half that in logical
        # pixels at 2x: too small to show a window at its natural size.
        config = args.out_dir / "offscreen-screen.json"
        config.write_text(json.dumps({"screens": [
            {"name": "shots", "x": 0, "y": 0, "width": 3200, "height": 2400,
             "logicalDpi": 96}]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    app = QApplication.instance() or QApplication([])
    if args.scale:
        shoot_widgets(args.out_dir, args.scale)
        return 0
    shoot_icons(args.out_dir)
    shoot_widgets(args.out_dir, "1x")
    del app
    env = dict(os.environ, QT_SCALE_FACTOR="2")
    subprocess.run([sys.executable, __file__, str(args.out_dir), "--scale", "2x"], env=env,
                   check=True)
    print(f"wrote {len(list(args.out_dir.rglob('*.png')))} PNGs to {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
