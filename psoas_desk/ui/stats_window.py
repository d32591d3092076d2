"""The statistics window: today, the last 7 or 30 days, in figures and pictures.

Fed a :class:`StatsView` (built by ``core/stats.py``); it reads nothing
itself. A tab bar chooses the period; the figures follow it. For 7 and 30
days, bars show sitting and standing per day; choosing a bar shows that
day in the timeline below (today by default). Export CSV… and Export JSON…
ask for a file and emit the chosen path; "Delete all history…" asks first
and emits ``delete_all_requested``. The app reports back with
:meth:`StatsWindow.export_done` and friends.

The file dialog and the confirmation are injectable, so tests and other
front ends need no modal dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from psoas_desk.core.stats import Period, StatsView
from psoas_desk.ui.fmt import counted
from psoas_desk.ui.form_labels import ToneLabel
from psoas_desk.ui.history_text import storage_notice
from psoas_desk.ui.screen_fit import fit_to_screen
from psoas_desk.ui.stats_charts import DayBars
from psoas_desk.ui.stats_figures import FiguresPanel
from psoas_desk.ui.stats_timeline import TimelineChart

FileChooser = Callable[[QWidget, str, str, str], str]
"""(parent, caption, suggested path, name filter) -> chosen path, or "" if cancelled."""
Confirm = Callable[[QWidget, str, str, str], bool]
"""(parent, title, text, button text for yes) -> True to go ahead."""


def _save_file(parent: QWidget, caption: str, suggested: str, name_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, name_filter)
    return path


def _confirm(parent: QWidget, title: str, text: str, yes: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    go = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    # Enter and Escape both keep the history.
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go


class StatsWindow(QWidget):
    """History and statistics (see the module docstring).

    Signals:
        export_csv_requested(path): write the history as CSV to ``path``.
        export_json_requested(path): write it as JSON to ``path``.
        delete_all_requested(): the user confirmed "Delete all history".
    """

    export_csv_requested = Signal(str)
    export_json_requested = Signal(str)
    delete_all_requested = Signal()

    def __init__(self, view: StatsView | None = None, *, choose_file: FileChooser | None = None,
                 confirm: Confirm | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("psoas-desk statistics"))
        self.setObjectName("stats-window")
        self.setAccessibleName(self.tr("psoas-desk statistics"))
        self._choose_file = choose_file or _save_file
        self._confirm = confirm or _confirm
        self._view: StatsView | None = None
        self._day: date | None = None
        em = self.fontMetrics().height()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, em * 2 // 3)
        outer.setSpacing(em // 2)
        # Everything but the buttons scrolls, so on a small or scaled screen
        # (800x500 logical pixels at 200%) Close stays in view.
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("stats-scroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget(self._scroll)
        self._body = body
        layout = QVBoxLayout(body)
        self._layout = layout
        layout.setContentsMargins(em, em, em, 0)
        layout.setSpacing(em // 2)
        # Grow rather than clip when a figure's text gets longer.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

        self.notice = self._tone_label("notice", "", "note", body)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.tabs = QTabBar(body)
        self.tabs.setObjectName("period")
        self.tabs.setAccessibleName(self.tr("Period"))
        self.tabs.setAccessibleDescription(
            self.tr("Which days the figures and the chart below cover."))
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        for text, tip in ((self.tr("&Today"), self.tr("Figures for today")),
                          (self.tr("Last &7 days"), self.tr("Figures for the last 7 days")),
                          (self.tr("Last &30 days"), self.tr("Figures for the last 30 days"))):
            index = self.tabs.addTab(text)
            # Screen readers announce a tab's tool tip as its description.
            self.tabs.setTabToolTip(index, tip)
        self.tabs.currentChanged.connect(lambda _index: self._show())
        layout.addWidget(self.tabs)
        self.period_label = self._heading("")
        layout.addWidget(self.period_label)

        self.figures = FiguresPanel(body)
        layout.addWidget(self.figures)

        self.bars_heading = self._heading(self.tr("Sitting and standing per day"))
        layout.addSpacing(em // 3)
        layout.addWidget(self.bars_heading)
        self.bars = DayBars(body)
        self.bars.setObjectName("bars")
        self.bars.day_chosen.connect(self._day_chosen)
        layout.addWidget(self.bars)
        self.bars_hint = ToneLabel(self.tr(
            "Click a day, or use the arrow keys, to see it below."), parent=body)
        layout.addWidget(self.bars_hint)

        layout.addSpacing(em // 3)
        self.day_heading = self._heading("")
        layout.addWidget(self.day_heading)
        self.timeline = TimelineChart(body)
        self.timeline.setObjectName("timeline")
        layout.addWidget(self.timeline)
        self.result = self._tone_label("result", "", "note", body)
        self.result.hide()
        layout.addWidget(self.result)
        layout.addStretch(1)
        self._scroll.setWidget(body)
        outer.addWidget(self._scroll, 1)
        buttons = self._build_buttons()
        buttons.setContentsMargins(em, 0, em, 0)
        outer.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._fitted = False
        if view is not None:
            self.set_view(view)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time, take the size the content wants, as far as the screen allows."""
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit()

    def fit(self) -> None:
        """Size the window for its content (no scrolling where the screen has room)."""
        em = self.fontMetrics().height()
        body = self._body.sizeHint().expandedTo(self._body.minimumSizeHint())
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        outer = self.layout()
        chrome = 0
        if outer is not None:
            chrome = outer.contentsMargins().top() + outer.contentsMargins().bottom()
        buttons = self.close_button.sizeHint().height() + em // 2
        # Today's figures are shorter than a period's with its chart; the
        # window is opened tall enough for those, so switching tabs fits too.
        fit_to_screen(self, QSize(max(em * 42, body.width() + bar),
                                  max(em * 34, body.height() + buttons + chrome)))

    # -- building --------------------------------------------------------------
    def _tone_label(self, name: str, text: str, tone: str,
                    parent: QWidget | None = None) -> ToneLabel:
        label = ToneLabel(text, tone=tone, parent=parent or self._body)
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(text)
        return label

    def _replace(self, old: ToneLabel, text: str, tone: str) -> ToneLabel:
        # A ToneLabel's tone is fixed, so a message of another tone gets a new label.
        new = self._tone_label(old.objectName(), text, tone)
        if tone == "error" or old.objectName() == "notice":
            new.setFrameShape(QFrame.Shape.StyledPanel)
            new.setMargin(self.fontMetrics().averageCharWidth())
        self._layout.replaceWidget(old, new)
        old.deleteLater()
        new.setVisible(bool(text))
        return new

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self._body)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.export_csv_button = QPushButton(self.tr("Export &CSV…"), self)
        self.export_csv_button.clicked.connect(lambda: self._export("csv"))
        self.export_json_button = QPushButton(self.tr("Export &JSON…"), self)
        self.export_json_button.clicked.connect(lambda: self._export("json"))
        self.delete_button = QPushButton(self.tr("&Delete all history…"), self)
        self.delete_button.clicked.connect(self._delete)
        self.close_button = QPushButton(self.tr("C&lose"), self)
        self.close_button.clicked.connect(self.close)
        for button in (self.export_csv_button, self.export_json_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.delete_button, self.close_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        for button in (self.export_csv_button, self.export_json_button, self.delete_button,
                       self.close_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.export_csv_button.setAccessibleDescription(
            self.tr("Saves one row per sitting bout and per break to a file you choose."))
        self.export_json_button.setAccessibleDescription(
            self.tr("Saves the whole history to a file you choose."))
        self.delete_button.setAccessibleDescription(
            self.tr("Asks first, then deletes every recorded bout, break and day."))
        self.close_button.setAccessibleDescription(self.tr("Closes the statistics window."))
        return row

    # -- public ------------------------------------------------------------------
    def value(self, name: str) -> QLabel:
        """A figure's label by name ("sitting", "longest", "completed", "streak", ...)."""
        return self.figures.value(name)

    def period(self) -> Period:
        return list(Period)[max(0, self.tabs.currentIndex())]

    def set_period(self, period: Period) -> None:
        self.tabs.setCurrentIndex(list(Period).index(period))

    def shown_day(self) -> date | None:
        """The day the timeline shows."""
        return self._day

    def show_day(self, day: date) -> None:
        """Show ``day`` in the timeline (and choose its bar), if the view has it."""
        if self._view is None or self._view.timeline(day) is None:
            return
        self._day = day
        self._show()

    def set_view(self, view: StatsView) -> None:
        """Show ``view``, keeping the chosen period (and day, while it is still shown)."""
        self._view = view
        if self._day is None or view.timeline(self._day) is None:
            self._day = view.today
        self._show()
        if view.error:
            self._put_notice(self.tr("The history could not be read (%1).").replace(
                "%1", view.error), error=True)

    def set_storage_state(self, mode: str, detail: str = "") -> None:
        """Say what is special about the history file ("read_write" or "" says nothing).

        Args:
            mode: "read_only_newer", "fresh_after_corrupt", "unavailable" or
                "write_failed" (the values of ``storage.history.HistoryMode``,
                plus the last one for a write that failed).
            detail: the moved-aside path, or the error, to show with it.
        """
        self._put_notice(storage_notice(mode, detail),
                         error=mode in ("unavailable", "write_failed"))
        read_only = mode == "read_only_newer"
        self.delete_button.setEnabled(not read_only)

    def export_done(self, path: str, rows: int) -> None:
        text = counted(self.tr("Saved %n records to %1.", "", rows),
                       "Saved %n records to %1.", rows, "Saved %n record to %1.")
        self._put_result(text.replace("%1", path), error=False)

    def export_failed(self, path: str, reason: str) -> None:
        self._put_result(self.tr("Could not save %1: %2").replace("%1", path).replace(
            "%2", reason), error=True)

    def history_deleted(self) -> None:
        self._put_result(self.tr("All history was deleted."), error=False)

    def delete_failed(self, reason: str) -> None:
        self._put_result(self.tr("The history could not be deleted: %1").replace(
            "%1", reason), error=True)

    # -- showing -------------------------------------------------------------------
    def _show(self) -> None:
        view = self._view
        if view is None:
            return
        period = self.period()
        figures = view.figures(period)
        self.figures.show_figures(figures, streak_days=view.streak_days,
                                  goal_bout_s=view.goal.max_bout_s)
        many = period is not Period.TODAY
        if many:
            self.period_label.setText(self.tr("%1 to %2").replace(
                "%1", _long_date(figures.first_day)).replace("%2", _long_date(figures.last_day)))
            days = [t for t in view.days if t.day >= figures.first_day]
            if self._day is None or self._day < figures.first_day:
                self._day = view.today
            self.bars.set_days(days, self._day)
        else:
            self.period_label.setText(_long_date(view.today))
            self._day = view.today
        for widget in (self.bars_heading, self.bars, self.bars_hint):
            widget.setVisible(many)
        self._show_day()
        self._widen()

    def _widen(self) -> None:
        """Grow sideways when a period's content is wider, as far as the screen allows."""
        if not self._fitted:
            return
        self._layout.activate()
        need = self._layout.totalMinimumSize().width()
        # As if the vertical scroll bar were shown: it comes when the new
        # content is laid out, after this.
        have = self._scroll.width() - self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent)
        if need > have:
            fit_to_screen(self, QSize(self.width() + need - have, self.height()))

    def _show_day(self) -> None:
        view = self._view
        if view is None or self._day is None:
            return
        timeline = view.timeline(self._day)
        heading = _long_date(self._day)
        if self.period() is Period.TODAY:
            heading = self.tr("The day so far")
        elif self._day == view.today:
            heading = self.tr("Today, %1").replace("%1", heading)
        self.day_heading.setText(heading)
        self.timeline.set_timeline(timeline, view.now if self._day == view.today else None)
        self.timeline.setAccessibleName(self.tr("Timeline of %1").replace("%1", heading))

    def _day_chosen(self, day: object) -> None:
        if isinstance(day, date):
            self._day = day
            self._show_day()

    def _put_notice(self, text: str, *, error: bool = False) -> None:
        self.notice = self._replace(self.notice, text, "error" if error else "note")

    def _put_result(self, text: str, *, error: bool) -> None:
        self.result = self._replace(self.result, text, "error" if error else "note")

    # -- intents -----------------------------------------------------------------
    def _export(self, fmt: str) -> None:
        today = self._view.today if self._view is not None else date.today()
        suggested = str(Path.home() / f"psoas-desk-history-{today.isoformat()}.{fmt}")
        if fmt == "csv":
            caption, name_filter = self.tr("Export history as CSV"), self.tr("CSV files (*.csv)")
        else:
            caption, name_filter = self.tr("Export history as JSON"), self.tr(
                "JSON files (*.json)")
        path = self._choose_file(self, caption, suggested, name_filter)
        if not path:
            return
        if not Path(path).suffix:
            path += f".{fmt}"
        (self.export_csv_requested if fmt == "csv" else self.export_json_requested).emit(path)

    def _delete(self) -> None:
        if self._confirm(self, self.tr("Delete all history?"), self.tr(
                "This deletes every recorded sitting bout, break and day from this computer. "
                "It cannot be undone. Today's figures in the tray stay until the day ends."),
                self.tr("Delete all history")):
            self.delete_all_requested.emit()


def _long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
