"""The history keeps each event once, survives crashes and bad files, and never stops the app."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from psoas_desk.core import events as ev
from psoas_desk.core.daybook import DayTotals
from psoas_desk.core.model import (
    AwayReason,
    BoutEnd,
    BreakKind,
    BreakOutcome,
    PauseKind,
    Posture,
)
from psoas_desk.storage.history import HistoryMode, HistoryStore
from psoas_desk.storage.history_schema import MIGRATIONS, TABLES, migrate, schema_version
from tests.helpers.fakes import BERLIN
from tests.helpers.history_gen import Generated, simulate
from tests.helpers.history_writer import numbered_event

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN)
ROOT = Path(__file__).resolve().parents[3]


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def every_event() -> list[ev.Event]:
    """At least one event of every type the engine emits, with the fields a day would give."""
    totals = DayTotals(date(2026, 3, 1), sitting_s=18000.0, standing_s=2400.0, away_s=900.0,
                       longest_bout_s=3900.0, bouts_over_30=4, bouts_over_60=1,
                       breaks_completed=6, breaks_postponed=2, breaks_skipped=1,
                       natural_breaks=3, stretch_routines=1)
    return [
        ev.DayEnded(at(0), date(2026, 3, 1), totals),
        ev.BreakWarned(at(29.5), BreakKind.MICRO, 30.0),
        ev.BreakDue(at(30), BreakKind.MICRO),
        ev.BreakWaiting(at(30), BreakKind.MICRO, 120.0),
        ev.BreakStarted(at(30.25), BreakKind.MICRO, 60.0, at(30), False, 0, 1),
        ev.BoutEnded(at(30.25), at(0), 1815.0, BoutEnd.BREAK),
        ev.BreakEnded(at(31.25), BreakKind.MICRO, BreakOutcome.COMPLETED, at(30), at(30.25)),
        ev.BreakDeferred(at(60), BreakKind.MICRO, "fullscreen"),
        ev.DndChanged(at(60), True, "fullscreen"),
        ev.DndChanged(at(70), False, ""),
        ev.BreakEnded(at(71), BreakKind.MICRO, BreakOutcome.POSTPONED, at(60), None, 1, at(76)),
        ev.BreakStarted(at(76), BreakKind.MICRO, 60.0, at(60), False, 1, 2),
        ev.BreakEnded(at(76.5), BreakKind.MICRO, BreakOutcome.SKIPPED, at(60), at(76), 1),
        ev.PostureChanged(at(80), Posture.STANDING),
        ev.StandingReminder(at(110), 1800.0),
        ev.NaturalBreakTaken(at(82), at(80), BreakKind.MICRO, "standing"),
        ev.PostureChanged(at(115), Posture.SITTING),
        ev.Paused(at(120), PauseKind.TIMED, at(150)),
        ev.BreakEnded(at(120), BreakKind.STRETCH, BreakOutcome.CANCELLED, at(119), None),
        ev.Resumed(at(150), True),
        ev.AwayStarted(at(185), at(180), AwayReason.IDLE),
        ev.NaturalBreakTaken(at(185), at(180), BreakKind.MICRO, "idle"),
        ev.NaturalBreakTaken(at(185), at(180), BreakKind.STRETCH, "idle"),
        ev.BoutEnded(at(180), at(116), 3840.0, BoutEnd.AWAY),
        ev.Returned(at(200), 1200.0),
        ev.AbsenceCounted(at(200), at(180), 1200.0, (BreakKind.MICRO, BreakKind.STRETCH)),
        ev.AbsenceSettled(at(215), at(180)),
        ev.ReadingChanged(at(210), True),
        ev.ReadingChanged(at(230), False),
        ev.AbsenceUndone(at(300), at(290), 60.0, None),
        ev.WorkingHoursChanged(at(540), False),
        ev.Paused(at(541), PauseKind.INDEFINITE, None),
    ]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    s = HistoryStore(tmp_path / "data" / "history.sqlite3")
    assert s.open().mode is HistoryMode.READ_WRITE
    yield s
    s.close()


@pytest.fixture(scope="module")
def month() -> Generated:
    return simulate(30, seed=3)


def table_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


# -- what is kept --------------------------------------------------------------------

def test_every_event_type_round_trips(store: HistoryStore) -> None:
    events = every_event()
    assert {type(e) for e in events} == set(ev.Event.__subclasses__()), "a type is missing"
    store.record(events)
    assert store.last_error == ""
    assert list(store.events()) == events


def test_events_become_rows_for_statistics(store: HistoryStore) -> None:
    store.record(every_event())
    store.set_routine(at(30.25), "micro-walk")
    rows = store.rows()
    assert [(b.start, b.end, b.sitting_s, b.ended_by) for b in rows.bouts] == [
        (at(0), at(30.25), 1815.0, BoutEnd.BREAK), (at(116), at(180), 3840.0, BoutEnd.AWAY)]
    verdicts = [(b.kind, b.outcome, b.started, b.ended, b.postpones_used, b.routine_id)
                for b in rows.breaks]
    assert verdicts == [
        (BreakKind.MICRO, BreakOutcome.COMPLETED, at(30.25), at(31.25), 0, "micro-walk"),
        (BreakKind.MICRO, BreakOutcome.POSTPONED, None, at(71), 1, ""),
        (BreakKind.MICRO, BreakOutcome.SKIPPED, at(76), at(76.5), 1, ""),
        (BreakKind.MICRO, BreakOutcome.NATURAL, None, at(82), 0, ""),
        (BreakKind.STRETCH, BreakOutcome.CANCELLED, None, at(120), 0, ""),
        (BreakKind.MICRO, BreakOutcome.NATURAL, None, at(185), 0, ""),
        (BreakKind.STRETCH, BreakOutcome.NATURAL, None, at(185), 0, ""),
    ]
    assert rows.breaks[0].due == at(30) and rows.breaks[0].planned_s == 60.0
    assert rows.breaks[3].since == at(80) and rows.breaks[3].reason == "standing"
    assert [(p.at, p.posture) for p in rows.postures] == [(at(80), Posture.STANDING),
                                                          (at(115), Posture.SITTING)]
    # Returned gives the length away; the span ends that long after it began.
    assert [(a.start, a.end, a.reason) for a in rows.away] == [
        (at(180), at(200), AwayReason.IDLE)]
    assert [(p.start, p.kind, p.until, p.end, p.by_timer) for p in rows.pauses] == [
        (at(120), PauseKind.TIMED, at(150), at(150), True),
        (at(541), PauseKind.INDEFINITE, None, None, None)]
    assert [(d.at, d.kind, d.reason) for d in rows.deferrals] == [
        (at(60), BreakKind.MICRO, "fullscreen")]
    assert [(d.day, d.totals.longest_bout_s) for d in rows.days] == [(date(2026, 3, 1), 3900.0)]
    # Stored with the offset in force, so the local day never depends on today's zone.
    assert rows.bouts[0].start.utcoffset() == timedelta(hours=1)


def test_checklist_reviews_are_kept(store: HistoryStore) -> None:
    store.record_checklist_review("sitting-setup", at(1), ["feet-flat", "screen-height"])
    store.record_checklist_review("standing-setup", at(2), [])
    assert [(r.at, r.checklist_id, r.ticked) for r in store.rows().reviews] == [
        (at(1), "sitting-setup", ("feet-flat", "screen-height")),
        (at(2), "standing-setup", ())]


def test_rows_of_a_stretch_of_time_include_what_overlaps_it(store: HistoryStore) -> None:
    store.record(every_event())
    rows = store.rows(since=at(100), until=at(190))
    assert [b.start for b in rows.bouts] == [at(116)]  # the first ended at 30
    assert [a.start for a in rows.away] == [at(180)]
    # The last posture change before the stretch tells what it began with.
    assert [p.at for p in rows.postures] == [at(80), at(115)]
    assert [p.start for p in rows.pauses] == [at(120)]


def test_a_month_of_events_is_written_once_however_often_it_is_given(
        tmp_path: Path, month: Generated) -> None:
    first = HistoryStore(tmp_path / "a.sqlite3")
    first.open()
    month.feed(first)
    once = table_counts(first.path)
    rows = first.rows()
    # Replayed in other batches (as after a crash and restart), nothing doubles.
    month.feed(first, batch=7)
    first.record(month.events)
    assert table_counts(first.path) == once
    assert first.rows() == rows
    assert once["event_log"] == len(month.events) + len(month.reviews)
    assert once["bouts"] == len([e for e in month.events if isinstance(e, ev.BoutEnded)])
    first.close()


def test_a_replayed_bout_with_a_later_end_is_not_a_second_bout(store: HistoryStore) -> None:
    store.record([ev.BoutEnded(at(60), at(0), 3600.0, BoutEnd.AWAY)])
    # After a crash the restored engine ends the same bout again, later.
    store.record([ev.BoutEnded(at(75), at(0), 3700.0, BoutEnd.AWAY)])
    assert [(b.end, b.sitting_s) for b in store.rows().bouts] == [(at(60), 3600.0)]


def test_an_absence_whose_return_was_lost_ends_where_the_next_begins(
        store: HistoryStore) -> None:
    store.record([ev.AwayStarted(at(5), at(0), AwayReason.LOCKED)])
    # The app crashed; on restart the engine reports the time it was not running.
    store.record([ev.AwayStarted(at(90), at(40), AwayReason.NOT_RUNNING),
                  ev.Returned(at(90), 3000.0)])
    assert [(a.start, a.end, a.reason) for a in store.rows().away] == [
        (at(0), at(40), AwayReason.LOCKED), (at(40), at(90), AwayReason.NOT_RUNNING)]


def test_files_are_private(store: HistoryStore) -> None:
    store.record(every_event())
    folder = store.path.parent
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    made = [p for p in folder.iterdir() if p.name.startswith(store.path.name)]
    assert {p.name for p in made} >= {"history.sqlite3", "history.sqlite3-wal"}
    for path in made:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


# -- when writing fails --------------------------------------------------------------

def test_a_full_disk_is_reported_and_the_events_are_written_later(tmp_path: Path,
                                                                   month: Generated) -> None:
    conns: list[sqlite3.Connection] = []

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn: sqlite3.Connection = sqlite3.connect(*args, **kwargs)
        conns.append(conn)
        return conn

    store = HistoryStore(tmp_path / "h.sqlite3", connect=connect)
    store.open()
    pages = conns[-1].execute("PRAGMA page_count").fetchone()[0]
    # SQLite's own limit gives the same error as a full disk.
    conns[-1].execute(f"PRAGMA max_page_count = {pages}")
    month.feed(store)  # never raises
    assert "database or disk is full" in store.last_error
    assert store.pending > 0
    conns[-1].execute("PRAGMA max_page_count = 1000000")
    assert store.flush()
    assert store.last_error == "" and store.pending == 0
    assert len(store.events()) == len(month.events)
    store.close()


def test_waiting_writes_are_bounded(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    store = HistoryStore(blocker / "history.sqlite3", max_pending=10)
    assert store.open().mode is HistoryMode.UNAVAILABLE
    store.record([numbered_event(n) for n in range(25)])
    assert store.pending == 10 and store.dropped == 15


def test_an_unusable_folder_is_retried_and_nothing_is_lost(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    store = HistoryStore(blocker / "history.sqlite3")
    report = store.open()
    assert report.mode is HistoryMode.UNAVAILABLE
    assert "history unavailable" in report.message
    store.record([numbered_event(0), numbered_event(1)])  # never raises
    assert store.pending == 2 and store.last_error
    assert store.rows().error
    blocker.unlink()
    store.record([numbered_event(2)])
    assert store.mode is HistoryMode.READ_WRITE and store.pending == 0
    assert store.events() == tuple(numbered_event(n) for n in range(3))
    store.close()


# -- opening older, newer and broken files ---------------------------------------------

def fill(path: Path) -> None:
    store = HistoryStore(path)
    store.open()
    store.record(every_event())
    store.close()


@pytest.mark.parametrize("version", range(len(MIGRATIONS)))
def test_each_older_schema_is_upgraded(tmp_path: Path, version: int) -> None:
    path = tmp_path / "history.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:version])
    conn.close()
    store = HistoryStore(path)
    report = store.open()
    assert (report.mode, report.found_version) == (HistoryMode.READ_WRITE, version)
    store.record(every_event())
    assert list(store.events()) == every_event()
    store.close()
    conn = sqlite3.connect(path)
    assert schema_version(conn) == len(MIGRATIONS)
    conn.close()


def test_a_future_migration_keeps_the_rows(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    fill(path)

    def add_note(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE bouts ADD COLUMN note TEXT NOT NULL DEFAULT ''")

    store = HistoryStore(path, migrations=(*MIGRATIONS, add_note))
    assert store.open().found_version == len(MIGRATIONS)
    assert list(store.events()) == every_event()
    assert len(store.rows().bouts) == 2
    store.close()
    conn = sqlite3.connect(path)
    assert schema_version(conn) == len(MIGRATIONS) + 1
    assert conn.execute("SELECT count(note) FROM bouts").fetchone()[0] == 2
    conn.close()


def test_a_failed_migration_leaves_the_old_version(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    fill(path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE bouts ADD COLUMN extra TEXT")
        raise sqlite3.OperationalError("simulated failure")

    store = HistoryStore(path, migrations=(*MIGRATIONS, broken))
    assert store.open().mode is HistoryMode.UNAVAILABLE
    conn = sqlite3.connect(path)
    assert schema_version(conn) == len(MIGRATIONS)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(bouts)")]
    assert "extra" not in columns
    conn.close()


def test_a_newer_database_is_read_but_never_changed(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    fill(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    store = HistoryStore(path)
    report = store.open()
    assert report.mode is HistoryMode.READ_ONLY_NEWER
    assert "newer psoas-desk" in report.message and "read-only" in report.message
    assert len(store.rows().bouts) == 2
    store.record(every_event())
    store.record_checklist_review("sitting-setup", at(999), [])
    assert store.pending == 0
    assert store.prune(1, at(10_000)) == 0
    assert not store.delete_all()
    store.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_corrupt_file_is_moved_aside_and_a_new_one_started(tmp_path: Path,
                                                             damage: str) -> None:
    path = tmp_path / "history.sqlite3"
    if damage == "garbage":
        path.write_bytes(b"this is not a database\n" * 200)
    else:
        store = HistoryStore(path)
        store.open()
        store.record([numbered_event(n) for n in range(400)])
        store.close()
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    broken = path.read_bytes()
    store = HistoryStore(path)
    report = store.open()
    assert report.mode is HistoryMode.FRESH_AFTER_CORRUPT
    assert report.moved_aside is not None and report.moved_aside.read_bytes() == broken
    assert report.moved_aside.name.startswith("history.sqlite3.corrupt-")
    assert str(report.moved_aside) in report.message
    store.record(every_event())
    assert list(store.events()) == every_event()
    store.close()


def test_damage_found_while_in_use_starts_a_fresh_file_at_once(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    fill(path)
    store = HistoryStore(path)
    store.open()
    store.record([numbered_event(n) for n in range(400)])
    store.close()
    data = bytearray(path.read_bytes())
    # Scramble every page but the first (the header and the list of tables),
    # as a failing disk might: opening does not notice, reading does.
    data[8192:] = bytes((n * 7919) % 251 for n in range(len(data) - 8192))
    path.write_bytes(bytes(data))
    store = HistoryStore(path)
    assert store.open().mode is HistoryMode.READ_WRITE
    assert "malformed" in store.rows().error
    store.record([numbered_event(0)])  # never raises; goes to a fresh file
    assert store.mode is HistoryMode.FRESH_AFTER_CORRUPT
    assert store.report.moved_aside is not None and store.report.moved_aside.exists()
    assert store.events() == (numbered_event(0),)
    store.close()


def test_a_stale_journal_goes_aside_with_its_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"x" * 4096)
    (tmp_path / "history.sqlite3-wal").write_bytes(b"old journal")
    report = HistoryStore(path).open()
    assert report.moved_aside is not None
    moved_wal = report.moved_aside.with_name(report.moved_aside.name + "-wal")
    assert moved_wal.read_bytes() == b"old journal"


# -- retention and deleting --------------------------------------------------------------

def test_prune_keeps_the_last_days(tmp_path: Path, month: Generated) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    store.open()
    month.feed(store)
    now = month.sim.clock.now()
    assert store.prune(0, now) == 0  # 0 keeps everything
    before = store.rows()
    assert store.prune(7, now) > 0
    after = store.rows()
    cutoff = now - timedelta(days=7)
    assert after.bouts == tuple(b for b in before.bouts if b.end >= cutoff)
    assert after.breaks == tuple(b for b in before.breaks if b.at >= cutoff)
    assert all(d.day >= cutoff.date() for d in after.days) and after.days
    assert min(e.at for e in store.events()) >= cutoff
    store.close()


def test_delete_all_leaves_nothing_behind(tmp_path: Path, month: Generated) -> None:
    store = HistoryStore(tmp_path / "h.sqlite3")
    store.open()
    month.feed(store)
    assert b"hip-flexor-lunge" in store.path.read_bytes() + _wal(store.path)
    assert store.delete_all()
    assert all(n == 0 for n in table_counts(store.path).values())
    # The file holds no trace of what was deleted.
    assert b"hip-flexor-lunge" not in store.path.read_bytes() + _wal(store.path)
    store.record([numbered_event(0)])
    assert len(store.events()) == 1
    store.close()


def _wal(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return wal.read_bytes() if wal.exists() else b""


# -- a process killed while writing ---------------------------------------------------------

@pytest.mark.parametrize("kill_after", [5, 60, 200])
def test_a_killed_writer_loses_at_most_the_event_in_flight(tmp_path: Path,
                                                           kill_after: int) -> None:
    path = tmp_path / "history.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.history_writer", str(path), "100000"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert child.stdout is not None
    acked = -1
    for line in child.stdout:
        acked = int(line)
        if acked >= kill_after:
            break
    os.kill(child.pid, signal.SIGKILL)
    rest, _ = child.communicate()
    acked = max([acked, *(int(n) for n in rest.split())])
    assert child.returncode == -signal.SIGKILL
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    logged = [json.loads(r) for (r,) in conn.execute("SELECT record FROM event_log ORDER BY id")]
    conn.close()
    # Every event confirmed is there, in order; at most one more was under way.
    assert len(logged) in (acked + 1, acked + 2)
    assert logged == [ev.event_record(numbered_event(n)) for n in range(len(logged))]
    # Each event's rows were written with it or not at all.
    counts = table_counts(path)
    assert counts["bouts"] == sum(1 for r in logged if r["event"] == "bout_ended")
    assert counts["posture"] == sum(1 for r in logged if r["event"] == "posture_changed")
