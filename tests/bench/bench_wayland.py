"""Idle cost of psoas-desk on sway next to X11, by bench.py's method (not part of the tests).

    .venv/bin/python tests/bench/bench_wayland.py [--runs 2] [--idle 120] [--settle 30]

For each run: psoas-desk idle in a tray on X11 (Xvfb + trayer, exactly as
``bench.py idle``), on X11 with a StatusNotifierItem host (the tray protocol
swaybar speaks: icon updates travel over D-Bus), and on headless sway (swaybar
as the tray, the Wayland idle backend, native Wayland windows with sway's
rules), then CPU time and wake-ups (voluntary context switches of all
threads) per idle minute, read from /proc. The Wayland idle backend must add
no periodic wake-ups: an idle user sends no events, so the figure should
match X11's with the same kind of tray.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.bench import (  # noqa: E402
    cpu_ns,
    measure_idle,
    prepare_psoas,
    psoas_argv,
    tasks,
    wakeups,
)
from tests.e2e.app_process import AppProcess  # noqa: E402
from tests.helpers.desktop import VirtualDesktop, wait_until  # noqa: E402
from tests.helpers.wayland_session import SwaySession  # noqa: E402


def measure_sway(args: argparse.Namespace) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp, SwaySession(Path(tmp) / "sway") as session:
        return _measure_app(session, Path(tmp), args, "wayland-")


def measure_x11_sni(args: argparse.Namespace) -> dict[str, float]:
    """X11 with a StatusNotifierItem host, the tray protocol swaybar speaks."""
    with tempfile.TemporaryDirectory() as tmp, VirtualDesktop(Path(tmp) / "desk") as desk:
        desk.start_tray("sni")
        return _measure_app(desk, Path(tmp), args, "x11-")


def _measure_app(desk: VirtualDesktop, tmp: Path, args: argparse.Namespace,
                 idle_prefix: str) -> dict[str, float]:
    base = tmp / "app"
    (base / "state").mkdir(parents=True)
    (base / "state" / "state.json").write_text(json.dumps({"first_run_done": True}))
    app = AppProcess(desk, base)
    app.start()
    assert app.proc is not None
    status = app.status()
    assert status["tray_available"] and status["idle_backend"].startswith(idle_prefix), status
    pid = app.proc.pid
    time.sleep(args.settle)
    cpu0, wake0, t0 = cpu_ns(pid), wakeups(pid), time.monotonic()
    time.sleep(args.idle)
    minutes = (time.monotonic() - t0) / 60
    result = {"cpu_ms_per_idle_min": (cpu_ns(pid) - cpu0) / 1e6 / minutes,
              "wakeups_per_min": (wakeups(pid) - wake0) / minutes,
              "threads": len(tasks(pid))}
    wait_until(lambda: app.stop() is not None, what="the app to quit")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--idle", type=float, default=120)
    parser.add_argument("--settle", type=float, default=30)
    args = parser.parse_args()
    x11, x11_sni, sway = [], [], []
    for _ in range(args.runs):
        x11.append(measure_idle("psoas-desk", psoas_argv(Path("/nonexistent"))[:3], args,
                                prepare_psoas))
        x11_sni.append(measure_x11_sni(args))
        sway.append(measure_sway(args))
    for name, runs in (("X11 (Xvfb, trayer: XEmbed)", x11), ("X11 (Xvfb, SNI host)", x11_sni),
                       ("sway (headless, swaybar)", sway)):
        wake = statistics.median(r["wakeups_per_min"] for r in runs)
        cpu = statistics.median(r["cpu_ms_per_idle_min"] for r in runs)
        each = ", ".join(f"{r['wakeups_per_min']:.1f}" for r in runs)
        print(f"{name:28} wake-ups/min {wake:5.1f}  CPU ms/idle min {cpu:5.2f}  (runs: {each})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
