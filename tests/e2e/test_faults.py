"""Faults the app must survive: kills, signals, the session ending, a full or read-only disk.

- SIGKILL at random moments, 50 times in a row: 45 times a writer process
  that runs the app's real storage code (settings save and state save, the
  two files the app rewrites) in a tight loop, so nearly every kill lands
  inside a write; 5 times the real app (starting, during a break, during a
  pause). After each, the files load cleanly and the bout and pause come back.
- SIGTERM, SIGHUP and the X server going away (how a session ends for a tray
  app): state saved, exit within 2 s.
- A full disk (a small tmpfs) and read-only folders: the app keeps running,
  says what is wrong, and damages nothing it saved before.
"""

from __future__ import annotations

import functools
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from psoas_desk.adapters.clock import SystemClock
from psoas_desk.adapters.control_client import ControlError, send_request
from psoas_desk.adapters.control_protocol import ArgValue, Command, Reply, Request
from psoas_desk.core import events as ev
from psoas_desk.core.engine import Engine
from psoas_desk.core.model import PauseKind
from psoas_desk.core.settings import Settings
from psoas_desk.storage.app_state import AppStateStore
from psoas_desk.storage.history import HistoryMode, HistoryStore
from psoas_desk.storage.paths import resolve_paths
from psoas_desk.storage.settings_store import SettingsStore
from tests.e2e.app_process import AppProcess
from tests.helpers.desktop import VirtualDesktop, wait_until

ROOT = Path(__file__).resolve().parents[2]

QUIET = """
[stretch]
enabled = false
[sounds]
enabled = false
"""

class QuickApp(AppProcess):
    """The real app, asked over its socket from this process.

    The same requests the command line sends, without starting an interpreter
    for each (0.3 s apiece); the command line itself is tested elsewhere.
    """

    def ask(self, cmd: str, **args: ArgValue) -> Reply:
        request = Request(Command(cmd), args)
        return send_request(resolve_paths(self.base_dir), request, timeout_s=10)

    def status(self) -> dict[str, object]:
        reply = self.ask("status")
        assert reply.ok and isinstance(reply.result, dict), reply
        return reply.result

    def answers(self) -> bool:
        try:
            return self.ask("status").ok
        except ControlError:
            return False

    def start(self, *, wait: bool = True) -> QuickApp:
        self.proc = self.desk.spawn("psoas-desk", self.argv("--json-log"))
        if wait:
            self.wait_for("app_started")
            wait_until(self.answers, timeout=30, what="the app to answer `status`")
        return self

    def stop(self) -> int | None:
        if self.proc is not None and self.proc.poll() is None:
            self.ask("quit")
        return super().stop()


# Imports once, then forks a writer on every "go" line. The writer does what
# the app does, without pause: saves the settings (alternating two
# intervals), the engine's state, and records the next events of a simulated
# working week in the history database, resuming after what is stored; the
# test SIGKILLs it, and the parent reports its end.
WRITER = r"""
import os, sys
from datetime import timedelta
from pathlib import Path
from psoas_desk.adapters.clock import SystemClock
from psoas_desk.core import events as ev
from psoas_desk.core.engine import Engine
from psoas_desk.core.model import Observation, PauseKind
from psoas_desk.core.settings import Settings
from psoas_desk.core.settings_codec import with_option
from psoas_desk.storage.app_state import AppState, AppStateStore
from psoas_desk.storage.history import HistoryStore
from psoas_desk.storage.settings_store import SettingsStore
from tests.e2e.test_faults import week_of_events

base = Path(sys.argv[1])
variants = [with_option(Settings(), "micro.interval", minutes) for minutes in ("20m", "25m")]
engine = Engine(Settings(), SystemClock())
engine.tick(Observation(idle_s=0.0))
engine.pause(PauseKind.TIMED, timedelta(minutes=30))
saved = engine.export_state()
events = week_of_events()
print(saved["pause"]["until"], saved["bout"]["start"], len(events), flush=True)
for line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        settings = SettingsStore(base / "config" / "settings.toml")
        settings.load()
        states = AppStateStore(base / "state" / "state.json")
        history = HistoryStore(base / "data" / "history.sqlite3")
        history.open()
        n = len(history.events())
        while True:
            settings.save(variants[n % 2])
            states.save(AppState(first_run_done=True, micro_breaks_started=n,
                                 engine=engine.export_state()))
            history.record(events[n % len(events):n % len(events) + 1])
            if n == 0 or not os.environ.get("LOOPING"):
                os.environ["LOOPING"] = "1"
                print("looping", flush=True)
            n += 1
    print("pid", pid, flush=True)
    os.waitpid(pid, 0)
    print("gone", flush=True)
"""


@functools.cache
def week_of_events() -> tuple[ev.Event, ...]:
    """Every event of a simulated working week (the same in every process)."""
    from tests.helpers.sim import Sim

    sim = Sim(start=datetime(2026, 3, 2, 8, 0).astimezone())
    for _ in range(5):
        sim.run(hours=4)
        sim.run(hours=1, doing="away")
        sim.run(hours=4, doing="reading")
        sim.run(hours=15, doing="away")
    return tuple(sim.events)


def history_intact(db: Path) -> int:
    """Check the history database as SQLite and as the app reads it; its event count."""
    with sqlite3.connect(db.absolute().as_uri() + "?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store = HistoryStore(db)
    report = store.open()
    try:
        assert report.mode is HistoryMode.READ_WRITE, report
        assert store.rows().error == ""
        return len(store.events())
    finally:
        store.close()


def temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_45_kills_inside_settings_state_and_history_writes_leave_all_three_whole(
        tmp_path: Path) -> None:
    base = tmp_path / "base"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(base)], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert writer.stdin is not None and writer.stdout is not None
    rng = random.Random(8)
    settings_file = base / "config" / "settings.toml"
    state_file = base / "state" / "state.json"
    db = base / "data" / "history.sqlite3"
    stored = 0
    try:
        pause_until, bout_start, _count = writer.stdout.readline().split()
        for _ in range(45):
            writer.stdin.write("go\n")
            writer.stdin.flush()
            # Its pid, and word that one round of writes is done (either first).
            lines = sorted(writer.stdout.readline().split() for _ in range(2))
            assert lines[0] == ["looping"] and lines[1][0] == "pid", lines
            time.sleep(rng.uniform(0.0, 0.03))  # a random moment in the write loop
            os.kill(int(lines[1][1]), signal.SIGKILL)
            assert writer.stdout.readline().strip() == "gone"

            report = SettingsStore(settings_file).load()
            assert report.ok, report.problems
            assert report.settings.micro.interval in (timedelta(minutes=20),
                                                      timedelta(minutes=25))
            states = AppStateStore(state_file)
            state = states.load()
            assert states.problem == "" and state.first_run_done
            engine = Engine(Settings(), SystemClock())
            engine.restore_state(state.engine)
            restored = engine.export_state()
            assert restored["pause"]["until"] == pause_until  # type: ignore[index]
            assert restored["bout"]["start"] == bout_start  # type: ignore[index]
            # A kill between the temporary file and the rename leaves that file
            # behind; the next save of the same file clears it.
            assert len(temp_files(settings_file.parent)) <= 1
            assert len(temp_files(state_file.parent)) <= 1
            # Every event committed before is still there, in a sound file.
            count = history_intact(db)
            assert count >= stored
            stored = count
        assert stored > 45, "history writes were interrupted, not skipped"
        for folder in (settings_file.parent, state_file.parent, db.parent):
            assert not [p for p in folder.iterdir() if ".broken-" in p.name
                        or ".corrupt-" in p.name]
    finally:
        writer.stdin.close()
        writer.kill()
        writer.wait(timeout=10)
        writer.stdout.close()


# -- the real app, killed -------------------------------------------------------

HOUR_INTERVAL = QUIET + """
[micro]
interval = "60m"
"""


def seeded_base(base: Path, sitting_min: float) -> Path:
    """A returning user whose saved state holds a bout of ``sitting_min`` minutes."""
    from tests.helpers.sim import Sim, settings_with

    start = datetime.now().astimezone() - timedelta(minutes=sitting_min)
    sim = Sim(settings_with(micro__interval="60m", stretch__enabled=False), start=start)
    sim.run(minutes=sitting_min)
    state = base / "state"
    state.mkdir(parents=True)
    (state / "state.json").write_text(json.dumps(
        {"first_run_done": True, "engine": sim.engine.export_state()}))
    return base


def kill(app: AppProcess) -> None:
    assert app.proc is not None
    os.killpg(app.proc.pid, signal.SIGKILL)
    app.proc.wait(timeout=10)


def broken_files(base: Path) -> list[Path]:
    return [p for p in base.rglob("*") if ".broken-" in p.name or ".corrupt-" in p.name]


def logged_events(db: Path) -> int:
    """How many events the history holds, read beside the running app; the file is sound."""
    with sqlite3.connect(db.absolute().as_uri() + "?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        count: int = conn.execute("SELECT count(*) FROM event_log").fetchone()[0]
    return count


def logged_names(db: Path) -> list[str]:
    """The names of the events the history holds, oldest first."""
    with sqlite3.connect(db.absolute().as_uri() + "?mode=ro", uri=True) as conn:
        return [name for (name,) in conn.execute("SELECT name FROM event_log ORDER BY at_ts")]


def came_back_whole(app: AppProcess, history_before: int = 0) -> dict[str, object]:
    """The status after a restart, once it is clear nothing saved was rejected or lost."""
    status = app.status()
    assert status["notices"] == [], status["notices"]
    assert not broken_files(app.base_dir)
    assert not [r for r in app.records() if "saved engine state ignored" in r["message"]]
    assert logged_events(app.base_dir / "data" / "history.sqlite3") >= history_before
    return status


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[VirtualDesktop]:
    with VirtualDesktop(tmp_path / "desk") as d:
        d.start_window_manager()
        yield d


def test_the_real_app_killed_five_times_brings_back_its_bout_and_pause(
        desk: VirtualDesktop, tmp_path: Path) -> None:
    rng = random.Random(5)
    base = seeded_base(tmp_path / "base", sitting_min=40)

    def run() -> AppProcess:
        return QuickApp(desk, base, settings=HOUR_INTERVAL if not (
            base / "config" / "settings.toml").exists() else "").start()

    # 1: killed at a random moment of its start-up.
    first = QuickApp(desk, base, settings=HOUR_INTERVAL)
    first.start(wait=False)
    time.sleep(rng.uniform(0.2, 1.2))
    kill(first)
    app = run()
    assert came_back_whole(app)["sitting_s"] >= 40 * 60, "the bout was lost"

    # 2: killed during a pause; 3: killed again right after coming back.
    assert app.ask("pause", until="duration", duration_s=1800).ok
    paused_until = app.status()["paused_until"]
    kill(app)
    app = run()
    status = came_back_whole(app)
    assert (status["state"], status["paused_until"]) == ("paused", paused_until)
    time.sleep(rng.uniform(0.0, 0.5))
    kill(app)
    app = run()
    status = came_back_whole(app)
    assert (status["state"], status["paused_until"]) == ("paused", paused_until)
    assert status["sitting_s"] >= 40 * 60

    # 4: killed during a break: the popup is gone after the restart, nothing hangs.
    assert app.ask("resume").ok
    assert app.ask("break", kind="micro").ok
    app.wait_for("popup_shown")
    wait_until(lambda: desk.find_windows("--name", "^Micro-break$"), what="the popup")
    # By name, not by count: whether the first, killed start-up saved in time
    # is down to the machine.
    assert {"paused", "resumed", "break_started"} <= set(
        logged_names(base / "data" / "history.sqlite3")), "the pause, resume and break"
    recorded = logged_events(base / "data" / "history.sqlite3")
    kill(app)
    app = run()
    status = came_back_whole(app, history_before=recorded)
    assert status["state"] == "sitting" and status["in_break"] is None
    assert not desk.find_windows("--name", "^Micro-break$")

    # 5: killed at a random moment while running; then a clean quit.
    time.sleep(rng.uniform(0.0, 0.5))
    kill(app)
    app = run()
    came_back_whole(app)
    assert app.stop() == 0


# -- the session ends -------------------------------------------------------------

@pytest.mark.parametrize("ending", ["SIGTERM", "SIGHUP", "X server gone"])
def test_the_session_ending_saves_the_state_and_the_app_exits_within_2_s(
        desk: VirtualDesktop, tmp_path: Path, ending: str) -> None:
    base = seeded_base(tmp_path / "base", sitting_min=40)
    app = QuickApp(desk, base, settings=HOUR_INTERVAL).start()
    assert app.proc is not None
    assert app.ask("pause", until="duration", duration_s=1800).ok
    paused_until = app.status()["paused_until"]
    state_file = base / "state" / "state.json"
    state_file.unlink()  # so only the save on the way out can bring it back

    began = time.monotonic()
    if ending == "X server gone":
        desk.kill_display()  # logging out ends the X session under the tray app
    else:
        os.kill(app.proc.pid, getattr(signal, ending))
    code = app.proc.wait(timeout=10)
    took = time.monotonic() - began

    assert took < 2.0, f"took {took:.1f} s to exit"
    # Qt reports a lost X connection with exit code 1; a signal is a normal quit.
    assert code == (1 if ending == "X server gone" else 0)
    assert app.events("app_stopped")
    assert not (base / "runtime" / "control.sock").exists()
    saved = json.loads(state_file.read_text())["engine"]
    engine = Engine(Settings(), SystemClock())
    engine.restore_state(saved)
    snapshot = engine.snapshot()
    assert snapshot.pause is not None and snapshot.pause.kind is PauseKind.TIMED
    assert snapshot.pause.until is not None
    assert snapshot.pause.until.isoformat() == paused_until
    assert snapshot.sitting_s >= 40 * 60


# -- a full disk, read-only folders ------------------------------------------------

@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs: a disk that can really fill up."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs",
                           str(mount_point)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs (needs root with CAP_SYS_ADMIN): "
                    f"{done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "--lazy", str(mount_point)], check=False)


def fill(disk: Path) -> Path:
    """Write a file until the disk says it is full."""
    filler = disk / "filler"
    with filler.open("wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError as exc:
            assert exc.errno == 28  # ENOSPC
    # Let the page cache give back what it reserved; the disk stays full.
    return filler


def stderr_events(desk: VirtualDesktop, name: str) -> list[dict[str, object]]:
    """The app's JSON log on stderr, which still works when its log file cannot grow."""
    out = []
    for line in desk.log_path("psoas-desk").read_text(errors="replace").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict) and record.get("event") == name:
            out.append(record)
    return out


def test_a_full_disk_keeps_what_was_saved_says_so_and_the_app_runs_on(
        desk: VirtualDesktop, small_disk: Path) -> None:
    base = seeded_base(small_disk / "base", sitting_min=10)
    app = QuickApp(desk, base, settings=HOUR_INTERVAL).start()
    state_file = base / "state" / "state.json"
    db = base / "data" / "history.sqlite3"
    assert app.ask("pause", until="duration", duration_s=1800).ok
    paused = state_file.read_bytes()
    recorded = logged_events(db)
    filler = fill(small_disk)
    try:
        assert app.ask("resume").ok  # an event: the app saves at once, and cannot
        status = app.status()
        assert status["state"] == "sitting"
        assert any("No space left on device" in str(n) for n in status["notices"]), status
        assert app.ask("break", kind="micro").ok
        wait_until(lambda: stderr_events(desk, "popup_shown"), what="the popup, disk full")
        assert state_file.read_bytes() == paused, "the saved state was damaged"
        assert logged_events(db) == recorded  # nothing new, nothing broken
        assert app.cli("status").returncode == 0  # the command line needs no disk space
    finally:
        filler.unlink()
    assert app.ask("pause", until="duration", duration_s=3600).ok
    assert app.status()["notices"] == []
    saved = json.loads(state_file.read_text())["engine"]
    assert saved["pause"]["until"] == app.status()["paused_until"]
    # What happened while the disk was full reached the history afterwards.
    assert logged_events(db) >= recorded + 3  # resumed, break started, paused again
    assert app.stop() == 0


class ConfinedApp(QuickApp):
    """The app without root's power to ignore file permissions (CI runs as root)."""

    def argv(self, *args: str) -> list[str]:
        argv = super().argv(*args)
        if os.geteuid() != 0:
            return argv
        return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--", *argv]


def test_read_only_config_and_data_folders_leave_files_as_they_were_and_say_why(
        desk: VirtualDesktop, tmp_path: Path) -> None:
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is needed to drop root's permission override")
    base = seeded_base(tmp_path / "base", sitting_min=10)
    config, data = base / "config", base / "data"
    config.mkdir()
    data.mkdir()
    settings_file = config / "settings.toml"
    settings_file.write_text('[micro]\ninterval = "5h"\nduration = 90\n')  # 5 h is too long
    before = {p.name: p.read_bytes() for p in config.iterdir()}
    for folder in (config, data):
        folder.chmod(0o500)
    settings_file.chmod(0o400)
    try:
        app = ConfinedApp(desk, base).start()
        status = app.status()
        assert any("Micro-break every: must be at most" in str(n)
                   for n in status["notices"]), status["notices"]
        assert any("history" in str(n) for n in status["notices"]), status["notices"]
        assert app.ask("break", kind="micro").ok
        app.wait_for("popup_shown")
        assert app.ask("pause", until="duration", duration_s=1800).ok
        assert any("could not back up" in r["message"] for r in app.records())
        assert app.stop() == 0
    finally:
        for folder in (config, data):
            folder.chmod(0o700)
    assert {p.name: p.read_bytes() for p in config.iterdir()} == before
    assert list(data.iterdir()) == []
    saved = json.loads((base / "state" / "state.json").read_text())["engine"]
    assert saved["pause"]["kind"] == "timed"


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: raise, size hints
def test_settings_the_full_disk_refuses_are_reported_in_the_window_and_the_file_kept(
        qapp: object, small_disk: Path) -> None:
    # In this process (offscreen): the settings window cannot be driven
    # reliably from outside the app, so the test edits it from inside.
    from tests.helpers.fakes import BERLIN, FakeClock
    from tests.ui.desk_helpers import FakeIdle, fake_desk_app, flush_deletes

    clock = FakeClock(datetime(2031, 3, 3, 9, 0, tzinfo=BERLIN))
    idle = FakeIdle(clock)
    desk, paths = fake_desk_app(small_disk / "base", clock, idle,
                                settings_toml='[micro]\ninterval = "25m"\n', seed=1,
                                first_run_done=False)
    original = paths.settings_file.read_bytes()
    desk.start()
    try:
        desk.open_settings()
        window = desk.windows.settings  # the window the app opened
        filler = fill(small_disk)
        try:
            window.rows["micro.interval"].editor.focusProxy().setValue(20)  # minutes
            window.apply_button.click()
            assert window.save_banner.isVisible()
            assert "No space left on device" in window.save_banner.body.text()
            assert paths.settings_file.read_bytes() == original
            # The new interval applies now, as the person asked; it is just not kept yet.
            assert desk.settings.micro.interval == timedelta(minutes=20)
            clock.advance(minutes=5)
            idle.last_input = clock.monotonic()
            desk.step("test")
            assert desk.engine.snapshot().state.value == "sitting"
        finally:
            filler.unlink()
        assert window.apply_button.isEnabled()  # not applied: it can be tried again
        window.apply_button.click()
        assert not window.save_banner.isVisible()
        assert SettingsStore(paths.settings_file).load().settings.micro.interval == \
            timedelta(minutes=20)
    finally:
        desk.shutdown()
        desk.deleteLater()
        flush_deletes()
