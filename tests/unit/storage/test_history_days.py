"""Day records are idempotent and monotone; "I was at my desk" takes back a time away.

A day can be reported more than once (a crash and restart, a replay, a
report that knew less); the stored figures must keep the fullest of them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from psoas_desk.core import events as ev
from psoas_desk.core.daybook import DayTotals
from psoas_desk.core.model import AwayReason, BoutEnd, BreakKind, BreakOutcome
from psoas_desk.storage.history import HistoryStore
from tests.helpers.fakes import BERLIN

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)
DAY = date(2026, 3, 1)
FIGURES = [f.name for f in dataclasses.fields(DayTotals) if f.name != "day"]


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    s = HistoryStore(tmp_path / "history.sqlite3")
    s.open()
    yield s
    s.close()


def stored(store: HistoryStore) -> dict[date, DayTotals]:
    return {row.day: row.totals for row in store.rows().days}


def test_a_later_fuller_report_of_a_day_wins_and_an_emptier_one_changes_nothing(
        store: HistoryStore) -> None:
    partial = DayTotals(DAY, sitting_s=600.0, breaks_completed=1)
    full = DayTotals(DAY, sitting_s=18000.0, longest_bout_s=3900.0, breaks_completed=6,
                     natural_breaks=3)
    store.record([ev.DayEnded(at(0), DAY, partial)])
    store.record([ev.DayEnded(at(5), DAY, full)])
    assert stored(store)[DAY] == full
    # A nearly empty report (a day rolled back by a clock step) loses nothing.
    store.record([ev.DayEnded(at(9), DAY, DayTotals(DAY, sitting_s=20.0))])
    store.record([ev.DayEnded(at(5), DAY, full)])  # and a replay is harmless
    assert stored(store)[DAY] == full


REPORT = st.builds(
    lambda day, values: DayTotals(DAY + timedelta(days=day), *values),
    st.integers(0, 2),
    st.tuples(*(st.floats(0, 50000) for _ in range(4)),
              *(st.integers(0, 30) for _ in range(len(FIGURES) - 4))))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(REPORT, st.integers(0, 3)), min_size=1, max_size=12))
def test_a_days_stored_figures_never_decrease_over_any_sequence_of_reports(
        tmp_path_factory: pytest.TempPathFactory,
        reports: list[tuple[DayTotals, int]]) -> None:
    store = HistoryStore(tmp_path_factory.mktemp("days") / "history.sqlite3")
    store.open()
    try:
        seen: dict[date, DayTotals] = {}
        for totals, repeat in reports:
            for n in range(1 + repeat):  # duplicated, and replayed with other times
                store.record([ev.DayEnded(at(n), totals.day, totals)])
            now = stored(store)
            for day, before in seen.items():
                for name in FIGURES:
                    assert getattr(now[day], name) >= getattr(before, name), name
            seen = now
        for day, result in seen.items():
            mine = [t for t, _ in reports if t.day == day]
            for name in FIGURES:  # the fullest report's figure, rounded as stored
                best = max(getattr(t, name) for t in mine)
                assert getattr(result, name) == pytest.approx(best, abs=0.5)
    finally:
        store.close()


def test_i_was_at_my_desk_takes_back_the_time_away_and_the_bout_goes_on(
        store: HistoryStore) -> None:
    store.record([
        ev.AwayStarted(at(25), at(20), AwayReason.IDLE),
        ev.NaturalBreakTaken(at(25), at(20), BreakKind.MICRO, "idle"),
        ev.BreakEnded(at(26), BreakKind.STRETCH, BreakOutcome.NATURAL, at(30), None),
        ev.BoutEnded(at(20), at(0), 1200.0, BoutEnd.AWAY),
        ev.Returned(at(32), 720.0),
        ev.AbsenceCounted(at(32), at(20), 720.0, (BreakKind.MICRO, BreakKind.STRETCH)),
    ])
    before = store.rows()
    assert len(before.away) == 1 and len(before.bouts) == 1
    assert [b.outcome for b in before.breaks] == [BreakOutcome.NATURAL] * 2
    store.record([ev.AbsenceUndone(at(33), at(20), 720.0, at(0))])
    after = store.rows()
    assert after.away == () and after.breaks == () and after.bouts == ()
    # The bout, which went on, ends later with all of its sitting.
    store.record([ev.BoutEnded(at(60), at(0), 3600.0, BoutEnd.BREAK)])
    assert [(b.start, b.end, b.sitting_s) for b in store.rows().bouts] == [
        (at(0), at(60), 3600.0)]
    # Both reports of the bout stay in the event log, told apart.
    names = [type(e).__name__ for e in store.events()]
    assert names.count("BoutEnded") == 2 and "AbsenceUndone" in names
