"""psoas-desk's performance benchmark (not part of the test run).

    .venv/bin/python tests/bench/bench.py [--runs 2] [--idle 120] [--settle 30]
                                          [--json results.json] [idle] [popup] [engine]

- ``idle``: starts Xvfb, a private session bus and a tray host (trayer), then
  launches the bare PySide6 tray (tests/bench/bare_tray.py), the same tray
  with apscheduler loaded as psoas-desk loads it (``bare_tray.py
  --apscheduler``: what the scheduling library costs by itself), the
  platform floor (``bare_tray.py --floor``: apscheduler plus the SQLite,
  QtDBus, Xlib, socket and TOML parts any app doing this job loads) and
  psoas-desk in turn, several runs each, and reads /proc for: time from spawn to the icon
  docked in the tray, RSS and PSS after ``--settle`` seconds, CPU time and
  wake-ups (voluntary context switches of all threads) per idle minute over
  ``--idle`` seconds, thread count, and memory growth over the idle period.
- ``popup``: with a one-minute micro-break interval, the time from the app's
  own ``break_started`` log record to the popup window being mapped (polled
  every 2 ms with xdotool).
- ``engine``: the real engine through a simulated 5-day work week.
- ``away`` (not run by default): psoas-desk with a 10 s away threshold, left
  without input until it counts the person away; then wake-ups and CPU per
  minute while away over ``--idle`` seconds, and, after one injected pointer
  move, the time until the app's own ``returned`` log record (how late a
  return is noticed).

Prints one table and writes the figures as JSON. Medians over the runs.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.helpers.desktop import VirtualDesktop, wait_until  # noqa: E402

BARE = [sys.executable, str(ROOT / "tests" / "bench" / "bare_tray.py")]
BARE_APS = [*BARE, "--apscheduler"]
BARE_FLOOR = [*BARE, "--floor"]
APS = "bare+apscheduler"
FLOOR = "platform floor"
WHERE: dict[str, dict[str, int]] = {}
"""PSS per mapping of each app's last run (``--where``)."""


# -- /proc readers -------------------------------------------------------------
def tasks(pid: int) -> list[Path]:
    return list(Path(f"/proc/{pid}/task").iterdir())


def cpu_ns(pid: int) -> int:
    """CPU time of all threads in ns (schedstat: far finer than utime's 10 ms)."""
    total = 0
    for task in tasks(pid):
        with contextlib.suppress(OSError, ValueError, IndexError):
            total += int((task / "schedstat").read_text().split()[0])
    return total


def wakeups(pid: int) -> int:
    total = 0
    for task in tasks(pid):
        try:
            for line in (task / "status").read_text().splitlines():
                if line.startswith("voluntary_ctxt_switches:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def memory_kb(pid: int) -> tuple[int, int]:
    rss = pss = 0
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Rss:"):
            rss = int(line.split()[1])
        elif line.startswith("Pss:"):
            pss = int(line.split()[1])
    return rss, pss


def pss_by_mapping_kb(pid: int) -> dict[str, int]:
    """PSS per mapped file (anonymous memory under "[anon]", the heap under "[heap]")."""
    totals: dict[str, int] = {}
    name = "[anon]"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        fields = line.split()
        if fields and "-" in fields[0] and len(fields) >= 5 and not fields[0].endswith(":"):
            name = fields[5] if len(fields) > 5 else "[anon]"
        elif fields and fields[0] == "Pss:":
            totals[name] = totals.get(name, 0) + int(fields[1])
    return totals


def docked(desk: VirtualDesktop, pid: int) -> bool:
    mine = set(desk.find_windows("--pid", str(pid), visible_only=False))
    if not mine:
        return False
    for tray in desk.find_windows("--class", "trayer", visible_only=False):
        tree = desk.run(["xwininfo", "-tree", "-id", tray], check=False).stdout
        if any(f"{int(w):#x} " in tree for w in mine):
            return True
    return False


# -- measurements ------------------------------------------------------------------
def measure_idle(name: str, argv: list[str], args: argparse.Namespace,
                 prepare: Any = None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp, VirtualDesktop(Path(tmp) / "desk") as desk:
        desk.start_tray("xembed")
        extra = prepare(Path(tmp)) if prepare else []
        start = time.monotonic()
        proc = desk.spawn(name, [*argv, *extra])
        wait_until(lambda: docked(desk, proc.pid), timeout=30, interval=0.005,
                   what=f"{name} to dock")
        startup_ms = (time.monotonic() - start) * 1000
        time.sleep(args.settle)
        rss, pss = memory_kb(proc.pid)
        if args.where:
            WHERE[name] = pss_by_mapping_kb(proc.pid)
        threads = len(tasks(proc.pid))
        cpu0, wake0, t0 = cpu_ns(proc.pid), wakeups(proc.pid), time.monotonic()
        time.sleep(args.idle)
        minutes = (time.monotonic() - t0) / 60
        cpu_ms_per_min = (cpu_ns(proc.pid) - cpu0) / 1e6 / minutes
        wake_per_min = (wakeups(proc.pid) - wake0) / minutes
        _, pss_end = memory_kb(proc.pid)
        proc.terminate()
        proc.wait(timeout=10)
    return {"startup_ms": startup_ms, "rss_mb": rss / 1024, "pss_mb": pss / 1024,
            "cpu_ms_per_idle_min": cpu_ms_per_min, "wakeups_per_min": wake_per_min,
            "threads": threads, "pss_growth_mb": (pss_end - pss) / 1024}


def psoas_argv(base: Path) -> list[str]:
    return [sys.executable, "-m", "psoas_desk", "--base-dir", str(base)]


def prepare_psoas(tmp: Path) -> list[str]:
    """A returning user: not the first run (no welcome checklist window)."""
    state = tmp / "base" / "state"
    state.mkdir(parents=True)
    (state / "state.json").write_text(json.dumps({"first_run_done": True}))
    return ["--base-dir", str(tmp / "base")]


def measure_popup(args: argparse.Namespace) -> dict[str, float]:
    latencies = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp, VirtualDesktop(Path(tmp) / "desk") as desk:
            desk.start_window_manager()
            desk.start_tray("xembed")
            base = Path(tmp) / "base"
            prepare_psoas(Path(tmp))
            (base / "config").mkdir(parents=True)
            (base / "config" / "settings.toml").write_text(
                '[micro]\ninterval = "1m"\n[stretch]\nenabled = false\n'
                '[breaks]\nwarning = 10\ntyping_pause = 1\n[sounds]\nenabled = false\n')
            proc = desk.spawn("psoas-desk", [*psoas_argv(base), "--json-log"])
            log = base / "state" / "log" / "psoas-desk.log"

            def started(log: Path = log) -> bool:
                return log.exists() and "break_started" in log.read_text()

            wait_until(started, timeout=180, interval=0.002, what="a break to start")
            mapped_at = datetime.now().astimezone()
            while not desk.find_windows("--name", "^Micro-break$"):
                mapped_at = datetime.now().astimezone()
            record = next(json.loads(line) for line in log.read_text().splitlines()
                          if '"break_started"' in line)
            started = datetime.fromisoformat(record["time"])
            latencies.append((mapped_at - started).total_seconds() * 1000)
            proc.terminate()
            proc.wait(timeout=10)
    return {"popup_latency_ms": statistics.median(latencies)}


AWAY_SETTINGS = ('[presence]\naway_threshold = "10s"\nnatural_break = "10s"\n'
                 '[sounds]\nenabled = false\n')


def log_records(log: Path, name: str) -> list[dict[str, Any]]:
    if not log.exists():
        return []
    return [record for line in log.read_text().splitlines()
            if f'"{name}"' in line and (record := json.loads(line)).get("event") == name]


def away_once(args: argparse.Namespace) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp, VirtualDesktop(Path(tmp) / "desk") as desk:
        desk.start_tray("xembed")
        base = Path(tmp) / "base"
        prepare_psoas(Path(tmp))
        (base / "config").mkdir(parents=True)
        (base / "config" / "settings.toml").write_text(AWAY_SETTINGS)
        proc = desk.spawn("psoas-desk", [*psoas_argv(base), "--json-log"])
        log = base / "state" / "log" / "psoas-desk.log"
        wait_until(lambda: docked(desk, proc.pid), timeout=30, what="psoas-desk to dock")
        desk.run(["xdotool", "mousemove", "10", "10"])
        wait_until(lambda: log_records(log, "away_started"), timeout=90,
                   what="the app to count the person away")
        time.sleep(5)
        cpu0, wake0, t0 = cpu_ns(proc.pid), wakeups(proc.pid), time.monotonic()
        time.sleep(args.idle)
        minutes = (time.monotonic() - t0) / 60
        cpu_ms = (cpu_ns(proc.pid) - cpu0) / 1e6 / minutes
        wake = (wakeups(proc.pid) - wake0) / minutes
        moved = datetime.now().astimezone()
        desk.run(["xdotool", "mousemove_relative", "--", "5", "0"])
        back = wait_until(lambda: log_records(log, "returned"), timeout=120, interval=0.02,
                          what="the app to notice the return")
        assert isinstance(back, list)
        noticed = datetime.fromisoformat(back[0]["time"])
        proc.terminate()
        proc.wait(timeout=10)
    return {"away_wakeups_per_min": wake, "away_cpu_ms_per_min": cpu_ms,
            "return_noticed_s": (noticed - moved).total_seconds()}


def measure_away(args: argparse.Namespace) -> dict[str, Any]:
    runs = [away_once(args) for _ in range(args.runs)]
    return median_of(runs) | {"return_noticed_each_s": [r["return_noticed_s"] for r in runs]}


def measure_engine() -> dict[str, float]:
    from tests.helpers.sim import Sim

    start = time.perf_counter()
    sim = Sim()
    for _ in range(5):
        sim.run(hours=4)
        sim.run(hours=1, doing="away")
        sim.run(hours=4, doing="reading")
        sim.run(hours=15, doing="away")
    return {"engine_week_s": time.perf_counter() - start, "engine_steps": sim.steps}


def median_of(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", nargs="*", default=["idle", "popup", "engine"])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--idle", type=float, default=120.0)
    parser.add_argument("--settle", type=float, default=30.0)
    parser.add_argument("--where", action="store_true",
                        help="also list the mappings whose PSS differs most from the bare tray's")
    parser.add_argument("--json", type=Path, default=ROOT / "tests" / "bench" / "results" /
                        "latest.json")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    results: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "kernel": platform.release(),
                    "cpu": next((line.split(":", 1)[1].strip() for line in
                                 Path("/proc/cpuinfo").read_text().splitlines()
                                 if line.startswith("model name")), "?")},
        "runs": args.runs, "idle_s": args.idle, "settle_s": args.settle,
    }
    if "idle" in args.what:
        # Bare and psoas-desk alternate within each run, so both meet the same
        # load on a shared machine; the PSS difference is taken per run.
        runs: dict[str, list[dict[str, float]]] = {"bare": [], APS: [], FLOOR: [],
                                                   "psoas-desk": []}
        for _ in range(args.runs):
            for name, argv, prep in (("bare", BARE, None), (APS, BARE_APS, None),
                                     (FLOOR, BARE_FLOOR, None),
                                     ("psoas-desk", psoas_argv(Path("/nonexistent"))[:3],
                                      prepare_psoas)):
                runs[name].append(measure_idle(name, argv, args, prep))
        for name, measured in runs.items():
            results[name] = median_of(measured)
        results["pss_over_bare_mb"] = [app["pss_mb"] - bare["pss_mb"] for bare, app in
                                       zip(runs["bare"], runs["psoas-desk"], strict=True)]
        results["apscheduler_over_bare_mb"] = [
            aps["pss_mb"] - bare["pss_mb"] for bare, aps in zip(runs["bare"], runs[APS],
                                                                strict=True)]
        results["floor_over_bare_mb"] = [
            floor["pss_mb"] - bare["pss_mb"] for bare, floor in zip(runs["bare"], runs[FLOOR],
                                                                    strict=True)]
    if "popup" in args.what:
        results.update(measure_popup(args))
    if "engine" in args.what:
        results.update(measure_engine())
    if "away" in args.what:
        results.update(measure_away(args))
    print_table(results)
    if WHERE:
        print_where(WHERE.get("bare", {}), WHERE.get("psoas-desk", {}))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    print(f"\nfigures written to {args.json}")
    return 0


def print_where(bare: dict[str, int], app: dict[str, int]) -> None:
    """The mappings that make psoas-desk's PSS differ from the bare tray's, largest first."""
    diffs = sorted(((app.get(k, 0) - bare.get(k, 0), k) for k in set(bare) | set(app)),
                   reverse=True)
    print("\nPSS over the bare tray by mapping (last run):")
    for kb, mapping in [d for d in diffs if abs(d[0]) >= 100][:20]:
        print(f"  {kb / 1024:+6.2f} MB  {mapping}")


def print_table(r: dict[str, Any]) -> None:
    m = r["machine"]
    print(f"machine: {m['cpus']} CPUs, {m['cpu']}, Python {m['python']}, kernel {m['kernel']}; "
          f"median of {r['runs']} runs, {r['idle_s']:.0f} s idle after {r['settle_s']:.0f} s")
    if "bare" in r:
        print("| app | to tray icon | RSS | PSS | CPU per idle minute | wake-ups per minute "
              "| threads | PSS growth |")
        print("|---|---|---|---|---|---|---|---|")
        for name in ("bare", APS, FLOOR, "psoas-desk"):
            if name not in r:
                continue
            x = r[name]
            print(f"| {name} | {x['startup_ms']:.0f} ms | {x['rss_mb']:.1f} MB | "
                  f"{x['pss_mb']:.1f} MB | {x['cpu_ms_per_idle_min']:.2f} ms | "
                  f"{x['wakeups_per_min']:.1f} | {x['threads']:.0f} | "
                  f"{x['pss_growth_mb']:+.2f} MB |")
        b, p = r["bare"], r["psoas-desk"]
        each = ", ".join(f"{d:.1f}" for d in r["pss_over_bare_mb"])
        print(f"\nstart-up ratio {p['startup_ms'] / b['startup_ms']:.2f} (target <= 1.4); "
              f"PSS over bare {statistics.median(r['pss_over_bare_mb']):.1f} MB, median of "
              f"the runs' differences ({each}) (target <= 16)")
        if "apscheduler_over_bare_mb" in r:
            aps = r["apscheduler_over_bare_mb"]
            own = [app - a for app, a in zip(r["pss_over_bare_mb"], aps, strict=True)]
            print(f"of which apscheduler by itself {statistics.median(aps):.1f} MB "
                  f"({', '.join(f'{d:.1f}' for d in aps)}), psoas-desk's own "
                  f"{statistics.median(own):.1f} MB ({', '.join(f'{d:.1f}' for d in own)})")
        if "floor_over_bare_mb" in r:
            floor = r["floor_over_bare_mb"]
            parts = [f - a for f, a in zip(floor, r["apscheduler_over_bare_mb"], strict=True)]
            code = [app - f for app, f in zip(r["pss_over_bare_mb"], floor, strict=True)]
            print(f"the platform floor (apscheduler, SQLite, QtDBus, Xlib, socket, TOML...) "
                  f"{statistics.median(floor):.1f} MB over bare, the platform parts "
                  f"{statistics.median(parts):.1f} MB of it; psoas-desk's own modules and "
                  f"objects {statistics.median(code):.1f} MB "
                  f"({', '.join(f'{d:.1f}' for d in code)})")
    if "popup_latency_ms" in r:
        print(f"popup on screen {r['popup_latency_ms']:.0f} ms after break_started (target 150)")
    if "away_wakeups_per_min" in r:
        each = ", ".join(f"{s:.2f}" for s in r["return_noticed_each_s"])
        print(f"away: {r['away_wakeups_per_min']:.1f} wake-ups and "
              f"{r['away_cpu_ms_per_min']:.2f} ms CPU per minute; a return noticed "
              f"{r['return_noticed_s']:.2f} s after the input (runs: {each})")
    if "engine_week_s" in r:
        print(f"engine: a simulated 5-day week in {r['engine_week_s'] * 1000:.0f} ms "
              f"({r['engine_steps']} steps; target < 1 s)")


if __name__ == "__main__":
    sys.exit(main())
