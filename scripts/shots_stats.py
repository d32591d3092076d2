#!/usr/bin/env python3
"""Render the statistics window over a generated 30-day history to PNG for review.

Usage: ``.venv/bin/python scripts/shots_stats.py OUT_DIR``

The history is 30 simulated days of the real engine (tests/helpers/history_gen.py),
recorded into a temporary history database and read back, as the app does.
Writes, at 1x and 2x (each scale in its own subprocess, since Qt reads the
factor once) and in a light and a dark palette:

- ``stats-today-<theme>@<n>x.png``: the Today tab;
- ``stats-week-<theme>@<n>x.png``: the last 7 days, an earlier day chosen;
- ``stats-month-<theme>@<n>x.png``: the last 30 days;
- ``stats-notices-<theme>@<n>x.png``: a read-only history and a failed export.

Rendering is offscreen (``grab()``); nothing is written inside the checkout.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCALES = (1, 2)
_SCREEN = {"screens": [{"name": "shot", "x": 0, "y": 0, "width": 3840, "height": 2160,
                        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


def _render(out: Path, scale: int) -> None:
    sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QStyleFactory
    from shots_settings import _palettes

    from psoas_desk.core.stats import Period, build_stats
    from psoas_desk.storage.history import HistoryStore
    from psoas_desk.ui.stats_window import StatsWindow
    from tests.helpers.fakes import BERLIN
    from tests.helpers.history_gen import simulate

    def quiet(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setStyle(QStyleFactory.create("Fusion"))
    generated = simulate(30, seed=11)
    with tempfile.TemporaryDirectory(prefix="psoas-stats-shots-") as tmp:
        store = HistoryStore(Path(tmp) / "history.sqlite3")
        store.open()
        generated.feed(store)
        now = generated.sim.clock.now()
        rows = store.rows(since=now - timedelta(days=31))
        store.close()
    snap = generated.sim.engine.snapshot()
    view = build_stats(rows, today=snap.today, now=now, zone=BERLIN, day_starts_at=4,
                       open_bout_s=snap.sitting_s)
    for theme, palette in _palettes().items():
        app.setPalette(palette)  # type: ignore[arg-type]
        suffix = f"{theme}@{scale}x.png"
        window = StatsWindow(view)
        window.show()
        window.resize(window.sizeHint())
        app.processEvents()
        window.grab().save(str(out / f"stats-today-{suffix}"))
        window.set_period(Period.WEEK)
        window.show_day(view.today - timedelta(days=4))
        app.processEvents()
        window.grab().save(str(out / f"stats-week-{suffix}"))
        window.set_period(Period.MONTH)
        app.processEvents()
        window.grab().save(str(out / f"stats-month-{suffix}"))
        window.set_storage_state("read_only_newer")
        window.export_failed("/home/sam/Documents/history.csv", "Permission denied")
        app.processEvents()
        window.grab().save(str(out / f"stats-notices-{suffix}"))
        window.close()


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
    print(f"wrote {len(list(out.glob('stats-*.png')))} PNGs to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
