"""The statistics window shows the figures of a known history and sends the user's intents."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from psoas_desk.core.daybook import DayTotals
from psoas_desk.core.history_rows import (
    AwayRow,
    BoutRow,
    BreakRow,
    DayRow,
    HistoryRows,
    PostureRow,
)
from psoas_desk.core.model import AwayReason, BoutEnd, BreakKind, BreakOutcome, Posture
from psoas_desk.core.stats import Period, StatsView, build_stats
from psoas_desk.core.stats_spans import Lane
from psoas_desk.ui.fmt import clock_text
from psoas_desk.ui.stats_charts import lane_colour
from psoas_desk.ui.stats_window import StatsWindow
from tests.helpers.fakes import BERLIN

TODAY = date(2026, 3, 20)
NOW = datetime(2026, 3, 20, 15, 0, tzinfo=BERLIN)


def t(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=BERLIN)


def known_history() -> HistoryRows:
    """Two finished days; yesterday has a 70-minute bout, the day before a skipped break."""
    return HistoryRows(
        bouts=(BoutRow(t(18, 9), t(18, 9, 40), 2400.0, BoutEnd.STOOD_UP),
               BoutRow(t(19, 9), t(19, 9, 50), 3000.0, BoutEnd.BREAK),
               BoutRow(t(19, 10), t(19, 11, 10), 4200.0, BoutEnd.BREAK)),
        breaks=(BreakRow(BreakKind.MICRO, BreakOutcome.SKIPPED, t(18, 9, 40), t(18, 9, 40)),
                BreakRow(BreakKind.MICRO, BreakOutcome.COMPLETED, t(19, 9, 51), t(19, 9, 50),
                         planned_s=60.0),
                BreakRow(BreakKind.MICRO, BreakOutcome.POSTPONED, t(19, 9, 59)),
                BreakRow(BreakKind.MICRO, BreakOutcome.WORKED_THROUGH, t(19, 10, 31),
                         t(19, 10, 30), planned_s=60.0),
                BreakRow(BreakKind.STRETCH, BreakOutcome.COMPLETED, t(19, 11, 14),
                         t(19, 11, 10), planned_s=240.0, routine_id="hip-flexor-lunge")),
        postures=(PostureRow(t(19, 11, 20), Posture.STANDING),
                  PostureRow(t(19, 11, 50), Posture.SITTING)),
        away=(AwayRow(t(19, 12), t(19, 13), AwayReason.IDLE),),
        # The engine's own count of natural breaks for yesterday.
        days=(DayRow(date(2026, 3, 19), DayTotals(date(2026, 3, 19), natural_breaks=2)),),
    )


LIVE = DayTotals(TODAY, sitting_s=7200.0, standing_s=600.0, longest_bout_s=2400.0,
                 bouts_over_30=2, breaks_completed=3, breaks_postponed=1, natural_breaks=1,
                 stretch_routines=1)


def known_view() -> StatsView:
    return build_stats(known_history(), today=LIVE, now=NOW, zone=BERLIN, day_starts_at=4,
                       open_bout_s=1500.0)


class Recorder:
    """Stands in for the file dialog and the confirmation, and remembers what it was asked."""

    def __init__(self, path: str = "", yes: bool = False) -> None:
        self.path, self.yes = path, yes
        self.asked: list[tuple[str, ...]] = []

    def choose_file(self, parent: QWidget, caption: str, suggested: str, filt: str) -> str:
        self.asked.append((caption, suggested, filt))
        return self.path

    def confirm(self, parent: QWidget, title: str, text: str, yes: str) -> bool:
        self.asked.append((title, text, yes))
        return self.yes


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def window(qtbot: QtBot, recorder: Recorder) -> StatsWindow:
    w = StatsWindow(known_view(), choose_file=recorder.choose_file, confirm=recorder.confirm)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def figures(window: StatsWindow) -> dict[str, str]:
    names = ("sitting", "longest", "over_30", "over_60", "standing", "ratio", "completed",
             "postponed", "skipped", "worked_through", "natural", "routines", "streak")
    return {name: window.value(name).text() for name in names}


def test_title_and_todays_figures_are_the_engines(window: StatsWindow) -> None:
    assert window.windowTitle() == "psoas-desk statistics"
    assert window.period() is Period.TODAY
    assert figures(window) == {
        "sitting": "2 h", "longest": "40 min", "over_30": "2", "over_60": "0",
        "standing": "10 min", "ratio": "92% sitting, 8% standing", "completed": "3",
        "postponed": "1", "skipped": "0", "worked_through": "0", "natural": "1", "routines": "1",
        # Today so far has no bout over an hour; yesterday had one.
        "streak": "1"}
    assert not window.value("average").isVisible()
    assert not window.bars.isVisible()
    assert window.day_heading.text() == "The day so far"


def test_the_last_seven_days_add_up_the_history(window: StatsWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    assert window.period() is Period.WEEK
    assert figures(window) == {
        "sitting": "4 h 40 min", "longest": "1 h 10 min", "over_30": "5", "over_60": "1",
        "standing": "40 min", "ratio": "88% sitting, 12% standing", "completed": "5",
        "postponed": "2", "skipped": "1", "worked_through": "1", "natural": "3", "routines": "2",
        "streak": "1"}
    # Three days with sitting in the week.
    assert window.value("average").text() == "1 h 33 min"
    assert window.bars.isVisible()
    assert window.period_label.text().endswith("20 March 2026")
    window.set_period(Period.MONTH)
    assert window.value("sitting").text() == "4 h 40 min"
    window.set_period(Period.TODAY)
    assert window.value("sitting").text() == "2 h"


def test_choosing_a_bar_shows_that_day(window: StatsWindow, qtbot: QtBot) -> None:
    window.set_period(Period.WEEK)
    assert window.shown_day() == TODAY
    assert window.day_heading.text().startswith("Today, ")
    bars = window.bars
    # Yesterday is the sixth of seven bars: click the middle of its slot.
    xs = [x for x in range(bars.width()) if bars.index_at(x) == 5]
    middle = (xs[0] + xs[-1]) // 2
    qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=QPoint(middle, bars.height() // 2))
    assert window.shown_day() == date(2026, 3, 19)
    assert window.day_heading.text() == "Thursday, 19 March 2026"
    description = window.timeline.accessibleDescription()
    assert f"Sitting: {clock_text(t(19, 10))} to {clock_text(t(19, 11, 10))} (1 h 10 min)" \
        in description
    assert "Stretch break, taken" in description and "Micro-break, taken" in description
    assert "Micro-break, worked through" in description
    assert "Away" in description and "Standing" in description
    # The arrow keys move the choice too.
    bars.setFocus()
    qtbot.keyClick(bars, Qt.Key.Key_Left)
    assert window.shown_day() == date(2026, 3, 18)
    qtbot.keyClick(bars, Qt.Key.Key_End)
    assert window.shown_day() == TODAY


def test_the_timeline_runs_from_the_first_to_the_last_activity(window: StatsWindow) -> None:
    window.set_period(Period.WEEK)
    window.show_day(date(2026, 3, 19))
    first, last = window.timeline.shown_range() or (NOW, NOW)
    # At the desk from 09:00 to 11:50 (time away does not stretch the range),
    # widened evenly to at least eight whole hours.
    assert (first.astimezone(BERLIN).hour, last.astimezone(BERLIN).hour) == (6, 15)
    # A day off says so, rather than showing empty lanes without a word.
    window.show_day(date(2026, 3, 16))
    assert window.timeline.accessibleDescription() == "Nothing recorded on this day."


def test_today_shows_the_bout_going_on(window: StatsWindow) -> None:
    view = known_view()
    timeline = view.timeline(TODAY)
    assert timeline is not None
    (going_on,) = timeline.lane(Lane.SITTING)
    assert going_on.ongoing and going_on.end == NOW
    assert "now" in window.timeline.accessibleDescription()


def test_export_asks_for_a_file_and_sends_the_path(window: StatsWindow, recorder: Recorder,
                                                   qtbot: QtBot) -> None:
    recorder.path = "/home/sam/history"
    with qtbot.waitSignal(window.export_csv_requested) as csv_sent:
        qtbot.mouseClick(window.export_csv_button, Qt.MouseButton.LeftButton)
    assert csv_sent.args == ["/home/sam/history.csv"]
    _caption, suggested, name_filter = recorder.asked[-1]
    assert suggested.endswith("psoas-desk-history-2026-03-20.csv") and "*.csv" in name_filter
    recorder.path = "/tmp/h.json"
    with qtbot.waitSignal(window.export_json_requested) as json_sent:
        qtbot.mouseClick(window.export_json_button, Qt.MouseButton.LeftButton)
    assert json_sent.args == ["/tmp/h.json"]


def test_a_cancelled_file_dialog_exports_nothing(window: StatsWindow, recorder: Recorder,
                                                 qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(window.export_csv_requested):
        qtbot.mouseClick(window.export_csv_button, Qt.MouseButton.LeftButton)
    assert len(recorder.asked) == 1


def test_delete_all_asks_first(window: StatsWindow, recorder: Recorder, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(window.delete_all_requested):
        qtbot.mouseClick(window.delete_button, Qt.MouseButton.LeftButton)
    title, text, yes = recorder.asked[-1]
    assert title == "Delete all history?" and "cannot be undone" in text
    assert yes == "Delete all history"
    recorder.yes = True
    with qtbot.waitSignal(window.delete_all_requested):
        qtbot.mouseClick(window.delete_button, Qt.MouseButton.LeftButton)


def test_results_and_storage_problems_are_said_plainly(window: StatsWindow) -> None:
    window.export_done("/home/sam/h.csv", 42)
    assert window.result.isVisible()
    assert window.result.text() == "Saved 42 records to /home/sam/h.csv."
    window.export_failed("/mnt/h.csv", "Read-only file system")
    assert window.result.text() == "Could not save /mnt/h.csv: Read-only file system"
    window.set_storage_state("read_only_newer")
    assert window.notice.isVisible() and "newer version" in window.notice.text()
    assert not window.delete_button.isEnabled()
    window.set_storage_state("fresh_after_corrupt", "/data/history.sqlite3.corrupt-1")
    assert "/data/history.sqlite3.corrupt-1" in window.notice.text()
    assert window.delete_button.isEnabled()
    window.set_storage_state("read_write")
    assert not window.notice.isVisible()


def test_an_unreadable_history_is_reported(qtbot: QtBot) -> None:
    view = build_stats(HistoryRows(error="disk I/O error"), today=LIVE, now=NOW, zone=BERLIN,
                       day_starts_at=4)
    w = StatsWindow(view)
    qtbot.addWidget(w)
    w.show()
    assert "disk I/O error" in w.notice.text() and w.notice.isVisible()
    # Today's live figures are still there.
    assert w.value("sitting").text() == "2 h"


def test_controls_have_names_and_nothing_is_cut_off(window: StatsWindow) -> None:
    for period in Period:
        window.set_period(period)
        QApplication.processEvents()
        for button in window.findChildren(QAbstractButton):
            if button.isVisible():
                assert button.accessibleName(), button.text()
        for label in window.findChildren(QLabel):
            if label.isVisible() and label.text() and not label.wordWrap():
                assert label.width() >= label.sizeHint().width(), label.text()
        for name in ("sitting", "streak", "ratio"):
            assert window.value(name).accessibleName()
    assert window.tabs.accessibleName() == "Period"
    assert window.bars.accessibleName() and window.timeline.accessibleName()
    assert "19 Mar" in window.bars.accessibleDescription()


@pytest.mark.parametrize("window_colour", ["#efefef", "#ffffff", "#2b2b2b", "#1e1e1e"])
def test_lane_colours_stand_out_in_light_and_dark(qtbot: QtBot, window_colour: str) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window_colour))
    for lane in Lane:
        assert contrast(lane_colour(lane, palette), QColor(window_colour)) >= 3.0, lane


def contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def lin(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_a_new_view_keeps_the_chosen_period_and_day(window: StatsWindow) -> None:
    window.set_period(Period.WEEK)
    window.show_day(date(2026, 3, 19))
    later = build_stats(known_history(), today=LIVE, now=NOW + timedelta(minutes=5),
                        zone=BERLIN, day_starts_at=4)
    window.set_view(later)
    assert window.period() is Period.WEEK and window.shown_day() == date(2026, 3, 19)
