"""Exported CSV and JSON files hold exactly what the history database holds."""

from __future__ import annotations

import csv
import json
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from psoas_desk.core.history_rows import HistoryRows
from psoas_desk.storage.export import CSV_COLUMNS, ExportError, export_csv, export_json
from psoas_desk.storage.history import HistoryStore
from tests.helpers.fakes import BERLIN
from tests.helpers.history_gen import Generated, simulate


@pytest.fixture(scope="module")
def fortnight() -> Generated:
    return simulate(14, seed=21)


@pytest.fixture
def store(tmp_path: Path, fortnight: Generated) -> Iterator[HistoryStore]:
    s = HistoryStore(tmp_path / "data" / "history.sqlite3")
    s.open()
    fortnight.feed(s)
    yield s
    s.close()


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def time_or_none(text: str) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def test_csv_has_one_row_per_bout_and_per_break(store: HistoryStore, tmp_path: Path) -> None:
    path = tmp_path / "out" / "history.csv"
    path.parent.mkdir()
    rows = store.rows()
    assert export_csv(store, path) == len(rows.bouts) + len(rows.breaks)
    lines = read_csv(path)
    assert list(lines[0]) == list(CSV_COLUMNS)
    bouts = [line for line in lines if line["record"] == "bout"]
    breaks = [line for line in lines if line["record"] == "break"]
    assert [(time_or_none(b["start"]), time_or_none(b["end"]), float(b["sitting_s"]),
             b["outcome"]) for b in bouts] == [
        (b.start, b.end, round(b.sitting_s), b.ended_by.value) for b in rows.bouts]
    # Breaks in the order the database files them may differ from the CSV's
    # time order; compare as sets of facts.
    as_csv = sorted((b["kind"], b["outcome"], b["end"], b["due"], b["postpones_used"],
                     b["routine_id"], b["reason"], b["start"]) for b in breaks)
    as_db = sorted((b.kind.value, b.outcome.value if b.outcome else "", iso(b.ended) or "",
                    iso(b.due) or "", str(b.postpones_used), b.routine_id, b.reason,
                    iso(b.started or b.since or b.due or b.ended) or "") for b in rows.breaks)
    assert as_csv == as_db
    # Every row says when it began, also a break settled before it was shown.
    assert all(line["start"] for line in lines)
    assert any(b.started is None and b.since is None for b in rows.breaks)
    assert any(b["routine_id"] for b in breaks), "routines were recorded"
    starts = [time_or_none(line["start"]) or time_or_none(line["end"]) for line in lines]
    assert starts == sorted(starts, key=lambda t: t.timestamp() if t else 0.0)


def test_json_is_the_whole_history(store: HistoryStore, tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    now = datetime(2026, 3, 20, 12, 0, tzinfo=BERLIN)
    rows = store.rows()
    assert export_json(store, path, now=now) == len(rows.bouts) + len(rows.breaks)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert (doc["format"], doc["format_version"], doc["exported_at"]) == (
        "psoas-desk history", 1, now.isoformat())
    assert doc == {**doc, **documented(rows)}
    assert len(doc["bouts"]) > 20 and len(doc["breaks"]) > 50 and doc["checklist_reviews"]


def iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def documented(rows: HistoryRows) -> dict[str, object]:
    """The JSON sections as the module docstring describes them, from the database rows."""
    return {
        "bouts": [{"start": iso(b.start), "end": iso(b.end), "sitting_s": b.sitting_s,
                   "ended_by": b.ended_by.value} for b in rows.bouts],
        "breaks": [{"kind": b.kind.value, "outcome": b.outcome.value if b.outcome else None,
                    "due": iso(b.due), "started": iso(b.started), "ended": iso(b.ended),
                    "since": iso(b.since), "postpones_used": b.postpones_used,
                    "planned_s": b.planned_s, "requested": b.requested,
                    "routine_id": b.routine_id, "reason": b.reason} for b in rows.breaks],
        "posture_changes": [{"at": iso(p.at), "posture": p.posture.value}
                            for p in rows.postures],
        "away": [{"start": iso(a.start), "end": iso(a.end), "reason": a.reason.value}
                 for a in rows.away],
        "pauses": [{"start": iso(p.start), "kind": p.kind.value, "until": iso(p.until),
                    "end": iso(p.end), "by_timer": p.by_timer} for p in rows.pauses],
        "deferrals": [{"at": iso(d.at), "kind": d.kind.value, "reason": d.reason}
                      for d in rows.deferrals],
        "checklist_reviews": [{"at": iso(r.at), "checklist_id": r.checklist_id,
                               "ticked": list(r.ticked)} for r in rows.reviews],
        "days": [{"day": d.day.isoformat(), "totals": d.totals.to_json()} for d in rows.days],
    }


def test_exports_are_private_and_leave_the_folder_alone(store: HistoryStore,
                                                        tmp_path: Path) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    export_csv(store, folder / "h.csv")
    export_json(store, folder / "h.json")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    for name in ("h.csv", "h.json"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["h.csv", "h.json"]


def test_a_failed_export_says_why_and_keeps_the_old_file(store: HistoryStore,
                                                         tmp_path: Path) -> None:
    target = tmp_path / "h.csv"
    target.write_text("old export\n")
    missing = tmp_path / "missing-folder" / "h.csv"
    with pytest.raises(ExportError) as info:
        export_csv(store, missing)
    assert str(info.value) == (f"cannot write {missing}: the folder {missing.parent} "
                               "does not exist")
    blocked = tmp_path / "h.json"
    blocked.mkdir()  # a folder where the file should go
    with pytest.raises(ExportError, match=f"cannot write {blocked}: it is a folder"):
        export_json(store, blocked)
    assert target.read_text() == "old export\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_an_unreadable_history_is_not_exported_as_empty(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("")
    store = HistoryStore(blocker / "history.sqlite3")
    store.open()
    with pytest.raises(ExportError, match="history unavailable"):
        export_csv(store, tmp_path / "h.csv")
    assert not (tmp_path / "h.csv").exists()


def test_spreadsheet_formulas_are_defused(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.sqlite3")
    store.open()
    from psoas_desk.core import events as ev
    from psoas_desk.core.model import BreakKind

    started = datetime(2026, 3, 2, 10, 0, tzinfo=BERLIN)
    store.record([ev.BreakStarted(started, BreakKind.STRETCH, 240.0, started, False, 0, 1)])
    store.set_routine(started, "=HYPERLINK(\"http://example.com\")")
    export_csv(store, tmp_path / "h.csv")
    (line,) = read_csv(tmp_path / "h.csv")
    assert line["routine_id"].startswith("'=")
    store.close()
