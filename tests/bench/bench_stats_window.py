#!/usr/bin/env python3
"""Benchmark: open the statistics window over a year of history; print the times and memory.

Usage: ``.venv/bin/python tests/bench/bench_stats_window.py [--days 365] [--db FILE]``

Not a test (pytest does not collect ``bench_*`` files): timings depend on the
machine. It simulates ``--days`` days of desk life with the real engine
(tests/helpers/history_gen.py), records them into a history database (or
reuses ``--db``), then, in a fresh process on the offscreen platform, measures
what the app would do:

- at start-up: import the history store and open the database;
- on "Statistics": import the window, read the last 31 days, build the view,
  create, show and paint the window (the number the issue cares about:
  "well under half a second");
- memory (VmRSS) before, with the window open and after closing it;
- for comparison, importing QtCharts (not used: QPainter draws the charts).
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def rss_mb() -> float:
    """Resident memory of this process, in MiB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def generate(days: int, db: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from psoas_desk.storage.history import HistoryStore
    from tests.helpers.history_gen import simulate

    start = time.perf_counter()
    generated = simulate(days, seed=365)
    store = HistoryStore(db)
    store.open()
    generated.feed(store, batch=8)
    rows = store.rows()
    store.close()
    print(f"generated {days} days in {time.perf_counter() - start:.1f} s: "
          f"{len(rows.bouts)} bouts, {len(rows.breaks)} breaks, {len(rows.away)} absences, "
          f"{len(rows.days)} finished days; {db.stat().st_size / 1024:.0f} KiB")


def measure(db: Path, rounds: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    # What the running app has loaded anyway, so the numbers below are what
    # history and statistics add.
    import psoas_desk.app.controller
    import psoas_desk.ui.status_panel  # noqa: F401

    base = rss_mb()
    print(f"QApplication and the app's modules up: {base:.1f} MiB")

    t0 = time.perf_counter()
    from psoas_desk.storage.history import HistoryStore

    t1 = time.perf_counter()
    store = HistoryStore(db)
    store.open()
    t2 = time.perf_counter()
    print(f"start-up: import history store {1000 * (t1 - t0):.1f} ms, open database "
          f"{1000 * (t2 - t1):.1f} ms; {rss_mb() - base:+.1f} MiB")

    zone = ZoneInfo("Europe/Berlin")
    events = store.events()
    now = max(e.at for e in events)
    from psoas_desk.core.daybook import DayTotals
    from psoas_desk.core.walltime import day_of

    today = DayTotals(day_of(now, 4), sitting_s=4 * 3600.0, longest_bout_s=2700.0)
    for n in range(rounds):
        before = rss_mb()
        a = time.perf_counter()
        from psoas_desk.core.stats import build_stats
        from psoas_desk.ui.stats_window import StatsWindow

        b = time.perf_counter()
        rows = store.rows(since=now - timedelta(days=31))
        c = time.perf_counter()
        view = build_stats(rows, today=today, now=now, zone=zone, day_starts_at=4,
                           open_bout_s=900.0)
        d = time.perf_counter()
        window = StatsWindow(view)
        window.show()
        window.repaint()
        app.processEvents()
        e = time.perf_counter()
        opened = rss_mb()
        hours = [t.sitting_s for t in view.days]
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        del window, view, rows
        gc.collect()
        print(f"open #{n + 1}: total {1000 * (e - a):.0f} ms (imports {1000 * (b - a):.0f}, "
              f"read {1000 * (c - b):.0f}, build {1000 * (d - c):.0f}, window and first "
              f"paint {1000 * (e - d):.0f}); memory {opened - before:+.1f} MiB open, "
              f"{rss_mb() - before:+.1f} MiB after closing")
    store.close()
    compare_qtcharts(hours)


def compare_qtcharts(hours: list[float]) -> None:
    """Import QtCharts and show one stacked bar chart of the same 30 days."""
    from PySide6.QtWidgets import QApplication

    before = rss_mb()
    t0 = time.perf_counter()
    from PySide6.QtCharts import QBarSet, QChart, QChartView, QStackedBarSeries

    t1 = time.perf_counter()
    sitting = QBarSet("Sitting")
    sitting.append([h / 3600 for h in hours])
    series = QStackedBarSeries()
    series.append(sitting)
    chart = QChart()
    chart.addSeries(series)
    chart.createDefaultAxes()
    view = QChartView(chart)
    view.resize(600, 200)
    view.show()
    view.repaint()
    QApplication.processEvents()
    t2 = time.perf_counter()
    print(f"for comparison, QtCharts: import {1000 * (t1 - t0):.0f} ms, one bar chart shown "
          f"{1000 * (t2 - t1):.0f} ms; {rss_mb() - before:+.1f} MiB")
    view.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--db", type=Path, help="reuse (or create) this history database")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        sys.path.insert(0, str(ROOT))
        measure(args.db, args.rounds)
        return 0
    with tempfile.TemporaryDirectory(prefix="psoas-bench-") as tmp:
        db = args.db or Path(tmp) / "history.sqlite3"
        if not db.exists():
            generate(args.days, db)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        return subprocess.run([sys.executable, __file__, "--measure", "--db", str(db),
                               "--rounds", str(args.rounds)], env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
