#!/usr/bin/env python3
"""Render the break popups to PNG for review, at 1x and 2x, light and dark.

Usage: ``.venv/bin/python scripts/shots_popups.py OUT_DIR``

Writes ``<scene>-<light|dark>-<1|2>x.png`` for: a micro-break, a micro-break
in strict mode, a breathing micro-break, a posture-check micro-break, a
stretch step with art (right side, mirrored), a breathing step (animated and
with reduced motion), the longest floor step and the routine summary. Each
scale runs in its own offscreen process with a 1920x1080 screen
(``QT_SCALE_FACTOR=2`` for 2x, i.e. 960x540 logical pixels), sized with
``place_on`` as the app would. Keep the PNGs out of git (e.g. under /tmp).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SCREEN = {"width": 1920, "height": 1080}


@dataclass
class Clock:
    """A clock the script moves by hand."""

    now: float = 1000.0

    def __call__(self) -> float:
        return self.now


def _light_and_dark() -> dict[str, object]:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    style = QApplication.style()
    light = style.standardPalette()
    dark = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e8e8e8"),
                        (roles.Base, "#1e1e1e"), (roles.AlternateBase, "#2f2f2f"),
                        (roles.Text, "#e8e8e8"), (roles.Button, "#3a3a3a"),
                        (roles.ButtonText, "#e8e8e8"), (roles.Highlight, "#2e7d8c"),
                        (roles.HighlightedText, "#ffffff"), (roles.Link, "#7cc4d4"),
                        (roles.ToolTipBase, "#3a3a3a"), (roles.ToolTipText, "#e8e8e8"),
                        (roles.Mid, "#444444"), (roles.Dark, "#202020"),
                        (roles.Light, "#505050"), (roles.Midlight, "#454545")):
        dark.setColor(role, QColor(color))
    placeholder = QColor("#e8e8e8")
    placeholder.setAlphaF(0.6)
    dark.setColor(roles.PlaceholderText, placeholder)
    for group in (QPalette.ColorGroup.Disabled,):
        dark.setColor(group, roles.ButtonText, QColor("#8a8a8a"))
        dark.setColor(group, roles.WindowText, QColor("#8a8a8a"))
        dark.setColor(group, roles.Text, QColor("#8a8a8a"))
    return {"light": light, "dark": dark}


def _child(out: Path, scale: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QPushButton

    from psoas_desk.core.model import BreakKind
    from psoas_desk.core.routines import RoutineKind
    from psoas_desk.core.snapshot import ActiveBreak
    from psoas_desk.storage.content import load_content
    from psoas_desk.ui.break_popup import BreakContent, BreakPopup, make_break_popup

    app = QApplication([])
    app.setStyle("Fusion")
    library = load_content().library
    routines, checklists, safety = library.routines, library.checklists, library.safety

    def active(kind: BreakKind, duration: float, elapsed: float, finish_in: float = 0.0,
               postpones_left: int = 2) -> ActiveBreak:
        return ActiveBreak(kind, duration, elapsed, False, finish_in, postpones_left > 0, True,
                           3 - postpones_left, postpones_left)

    def seconds_before(routine_id: str, step: int) -> float:
        return float(sum(s.seconds for s in routines[routine_id].steps[:step]))

    Scene = tuple[str, BreakContent, ActiveBreak, float, bool,
                  Callable[[BreakPopup], None] | None]
    micro = BreakKind.MICRO
    stretch = BreakKind.STRETCH
    march = "stretch-march-and-stretch"
    # Like the app: each kind of popup keeps room for every routine it may show.
    micro_sizing = tuple(r for r in routines.values()
                         if r.kind in (RoutineKind.MICRO, RoutineKind.BREATHING))
    stretch_sizing = tuple(routines.values())
    lengths = (300, 60, 600, 1800)

    def m(routine_id: str | None, **kw: object) -> BreakContent:
        routine = routines[routine_id] if routine_id else None
        checklist = checklists.get(routine.checklist) if routine and routine.checklist else None
        return BreakContent(micro, routine, checklist, (), "en", sizing=micro_sizing,
                            postpone_choices_s=lengths, **kw)  # type: ignore[arg-type]

    def s(routine_id: str, **kw: object) -> BreakContent:
        return BreakContent(stretch, routines[routine_id], None, safety, "en",
                            sizing=stretch_sizing, postpone_choices_s=lengths,
                            **kw)  # type: ignore[arg-type]

    def start(popup: BreakPopup) -> None:
        button = popup.findChild(QPushButton, "startButton")
        if button is not None and button.isVisible():
            button.click()

    def then(*actions: Callable[[BreakPopup], None]) -> Callable[[BreakPopup], None]:
        def run(popup: BreakPopup) -> None:
            for action in actions:
                action(popup)
        return run

    def click(name: str) -> Callable[[BreakPopup], None]:
        return lambda popup: popup.findChild(QPushButton, name).click()

    def next_through(popup: BreakPopup) -> None:
        for _ in routines[march].steps:
            popup.findChild(QPushButton, "nextButton").click()

    scenes: list[Scene] = [
        ("micro", m("micro-stand-reset"), active(micro, 45, 5, finish_in=12), 5, False, None),
        ("micro-strict", m("micro-walk"), active(micro, 90, 30, finish_in=0, postpones_left=0),
         2, True, None),
        ("micro-breathing", m("micro-breathe-360"), active(micro, 60, 12), 3.5, False, None),
        ("micro-posture", m("micro-posture-check"), active(micro, 60, 20), 1, False, None),
        ("micro-fallback", m(None), active(micro, 30, 3, finish_in=7), 3, False, None),
        ("stretch-intro", s(march), active(stretch, 240, 0), 3, False, None),
        ("stretch-intro-floor", s("home-floor-hips"), active(stretch, 640, 0), 3, False, None),
        ("stretch-details", s("home-floor-hips"), active(stretch, 640, 0), 3, False,
         click("detailsLink")),
        ("stretch-step", s(march), active(stretch, 240, 0), seconds_before(march, 5) + 7, False,
         start),
        ("stretch-breathing", s(march), active(stretch, 240, 0), seconds_before(march, 8) + 2.5,
         False, start),
        ("stretch-breathing-reduced", s(march, reduce_motion=True), active(stretch, 240, 0),
         seconds_before(march, 8) + 7, False, start),
        ("stretch-long-step", s("home-floor-hips"), active(stretch, 640, 0),
         seconds_before("home-floor-hips", 7) + 3, False, start),
        ("stretch-paused", s(march), active(stretch, 240, 0), 20, False,
         then(start, click("pauseButton"))),
        ("stretch-summary", s(march), active(stretch, 240, 0), 250, False, start),
        ("stretch-summary-hurried", s(march), active(stretch, 240, 0, finish_in=120), 3, False,
         then(start, next_through)),
        ("chosen-micro", s("micro-stand-reset"), active(stretch, 45, 0), 3, False, None),
    ]
    for name, palette in _light_and_dark().items():
        app.setPalette(palette)  # type: ignore[arg-type]
        for scene, content, state, advance, strict, action in scenes:
            clock = Clock()
            popup = make_break_popup(content, clock=clock)
            popup.update_state(state, skips_left=3, strict=strict)
            screen = app.primaryScreen()
            popup.place_on(screen)
            popup.show()
            if action is not None:
                action(popup)
            clock.now += advance
            popup.refresh()
            QCoreApplication.processEvents()
            target = out / f"{scene}-{name}-{scale}x.png"
            popup.grab().save(str(target))
            print(target, popup.width(), "x", popup.height())
            popup.close()
            QCoreApplication.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--child", metavar="SCALE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.child:
        _child(args.out, args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "screens.json"
        config.write_text(json.dumps({"screens": [{
            "name": "shots", "x": 0, "y": 0, "logicalDpi": 96, "logicalBaseDpi": 96,
            "dpr": 1, **SCREEN}]}), encoding="utf-8")
        for scale in ("1", "2"):
            env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                       QT_SCALE_FACTOR=scale)
            subprocess.run([sys.executable, __file__, str(args.out), "--child", scale],
                           env=env, check=True)


if __name__ == "__main__":
    main()
