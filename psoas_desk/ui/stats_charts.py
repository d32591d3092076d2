"""The statistics window's pictures, painted with QPainter: the lane colours and bars per day.

QPainter rather than QtCharts: QtCharts would have cost little (measured
with PySide6 6.11: about 10 ms and 4 MiB to import it and show one bar
chart), but it has no chart for a day in labelled lanes, and what it
draws are graphics items that screen readers do not see. Two small painted
widgets do both charts with the same colours, fonts, tooltips, keyboard
handling and accessible descriptions.

The charts (these bars and the day timeline in ``stats_timeline``) size
themselves in lines of their font, so they scale with the font and the
screen's scale factor; colours come in a light and a dark set chosen from
the palette. Neither relies on colour alone: the timeline's lanes are
labelled, every band and bar has a tooltip, and each chart's accessible
description reads out what it shows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from psoas_desk.core.daybook import DayTotals
from psoas_desk.core.stats_spans import Lane
from psoas_desk.ui.fmt import duration_text
from psoas_desk.ui.form_labels import is_dark

LANES = (Lane.SITTING, Lane.STANDING, Lane.AWAY, Lane.BREAK)
# Each colour keeps at least 3:1 contrast with the window behind it (WCAG's
# figure for graphics), in the light and in the dark set.
_LIGHT = {Lane.SITTING: "#c4661f", Lane.STANDING: "#2f8f55", Lane.AWAY: "#77838f",
          Lane.BREAK: "#2f6fce"}
_DARK = {Lane.SITTING: "#f0a35e", Lane.STANDING: "#66c68c", Lane.AWAY: "#7d8895",
         Lane.BREAK: "#79a8f2"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatsCharts", text)


def lane_colour(lane: Lane, palette: QPalette) -> QColor:
    """The colour of ``lane`` on ``palette``'s background (light or dark set)."""
    return QColor((_DARK if is_dark(palette) else _LIGHT)[lane])


def lane_name(lane: Lane) -> str:
    return {Lane.SITTING: _tr("Sitting"), Lane.STANDING: _tr("Standing"),
            Lane.AWAY: _tr("Away"), Lane.BREAK: _tr("Breaks")}[lane]


def day_label(day: date, fmt: str = "ddd d MMM") -> str:
    """A short date in the user's language, e.g. "Tue 3 Mar"."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


class DayBars(QWidget):
    """Sitting and standing per day as stacked bars; one day can be chosen.

    Click a bar, or use Left/Right/Home/End while the chart has focus, to
    choose a day (``day_chosen`` tells which).
    """

    day_chosen = Signal(object)
    """The chosen day (a ``datetime.date``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: tuple[DayTotals, ...] = ()
        self._chosen: date | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(_tr("Sitting and standing per day"))

    def set_days(self, days: Sequence[DayTotals], chosen: date | None) -> None:
        self._days = tuple(days)
        self._chosen = chosen
        self.setAccessibleDescription(self.description())
        self.update()

    def chosen(self) -> date | None:
        return self._chosen

    def description(self) -> str:
        parts = [_tr("%1: %2 sitting, %3 standing").replace("%1", day_label(t.day)).replace(
            "%2", duration_text(t.sitting_s)).replace("%3", duration_text(t.standing_s))
            for t in self._days]
        return "; ".join(parts)

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 40, em * 9)

    def minimumSizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 20, em * 9)

    # -- geometry --------------------------------------------------------------
    def _plot(self) -> QRectF:
        fm = self.fontMetrics()
        em = fm.height()
        axis_w = fm.horizontalAdvance(duration_text(10 * 3600)) + em * 0.6
        return QRectF(axis_w, em * 0.5, self.width() - axis_w - em * 0.5,
                      self.height() - em * 2.2)

    def _slot(self, index: int) -> QRectF:
        plot = self._plot()
        width = plot.width() / max(1, len(self._days))
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def index_at(self, x: float) -> int | None:
        plot = self._plot()
        if not self._days or not plot.left() <= x < plot.right():
            return None
        return min(len(self._days) - 1, int((x - plot.left()) / (plot.width() / len(self._days))))

    def _scale_hours(self) -> int:
        most = max((t.sitting_s + t.standing_s for t in self._days), default=0.0) / 3600
        return max(2, math.ceil(most / 2) * 2)

    # -- painting ----------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._days:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = self.fontMetrics()
        em = fm.height()
        text = pal.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlphaF(0.2)
        plot = self._plot()
        top_h = self._scale_hours()
        step = 2 if top_h <= 8 else 4
        for h in range(0, top_h + 1, step):
            y = plot.bottom() - plot.height() * h / top_h
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text)
            label = duration_text(h * 3600) if h else "0"
            p.drawText(QRectF(0, y - em / 2, plot.left() - em * 0.4, em),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        sitting, standing = lane_colour(Lane.SITTING, pal), lane_colour(Lane.STANDING, pal)
        for i, t in enumerate(self._days):
            slot = self._slot(i)
            bar_w = min(slot.width() * 0.7, em * 2.5)
            x = slot.center().x() - bar_w / 2
            if t.day == self._chosen:
                pick = QColor(pal.color(QPalette.ColorRole.Highlight))
                pick.setAlphaF(0.18)
                p.fillRect(QRectF(slot.left() + 1, plot.top(), slot.width() - 2, plot.height()),
                           pick)
            sit_h = plot.height() * t.sitting_s / 3600 / top_h
            stand_h = plot.height() * t.standing_s / 3600 / top_h
            p.fillRect(QRectF(x, plot.bottom() - sit_h, bar_w, sit_h), sitting)
            p.fillRect(QRectF(x, plot.bottom() - sit_h - stand_h, bar_w, stand_h), standing)
        self._paint_labels(p, plot.bottom() + em * 0.3, text)
        if self.hasFocus() and self._chosen is not None:
            index = next((i for i, t in enumerate(self._days) if t.day == self._chosen), None)
            if index is not None:
                p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), max(1.0, em * 0.1),
                              Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(self._slot(index).adjusted(1, 1, -1, -1))
        p.end()

    def _paint_labels(self, p: QPainter, top: float, text: QColor) -> None:
        """Day labels under the bars: as many as fit, the chosen day's always (in bold)."""
        fm = self.fontMetrics()
        every = self._label_every()
        rects: dict[int, QRectF] = {}
        for i, t in enumerate(self._days):
            w = fm.horizontalAdvance(self._label(t.day)) * (1.15 if t.day == self._chosen else 1)
            left = min(max(self._slot(i).center().x() - w / 2, 0.0), self.width() - w)
            rects[i] = QRectF(left, top, w, fm.height())
        chosen = next((i for i, t in enumerate(self._days) if t.day == self._chosen), None)
        gap = fm.averageCharWidth()
        for i, t in enumerate(self._days):
            if i != chosen and (i % every or (chosen is not None and rects[i].adjusted(
                    -gap, 0, gap, 0).intersects(rects[chosen]))):
                continue
            font = QFont(self.font())
            font.setBold(i == chosen)
            p.setFont(font)
            p.setPen(text)
            p.drawText(rects[i], Qt.AlignmentFlag.AlignCenter, self._label(t.day))
        p.setFont(self.font())

    def _label(self, day: date) -> str:
        return day_label(day, "ddd") if len(self._days) <= 7 else day_label(day, "d")

    def _label_every(self) -> int:
        if not self._days:
            return 1
        widest = max(self.fontMetrics().horizontalAdvance(self._label(t.day))
                     for t in self._days) * 1.5
        slot_w = self._slot(0).width()
        return max(1, math.ceil(widest / max(1.0, slot_w)))

    # -- input -------------------------------------------------------------------
    def _choose(self, index: int) -> None:
        if not self._days:
            return
        index = min(max(index, 0), len(self._days) - 1)
        day = self._days[index].day
        if day != self._chosen:
            self._chosen = day
            self.update()
            self.day_chosen.emit(day)

    def _chosen_index(self) -> int:
        return next((i for i, t in enumerate(self._days) if t.day == self._chosen),
                    len(self._days) - 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().x())
        if event.button() == Qt.MouseButton.LeftButton and index is not None:
            self._choose(index)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key.Key_Left: self._chosen_index() - 1,
                 Qt.Key.Key_Right: self._chosen_index() + 1,
                 Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(self._days) - 1}
        key = Qt.Key(event.key())
        if key in moves:
            self._choose(moves[key])
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
            else:
                t = self._days[index]
                QToolTip.showText(event.globalPos(), _tr("%1: %2 sitting, %3 standing").replace(
                    "%1", day_label(t.day)).replace("%2", duration_text(t.sitting_s)).replace(
                    "%3", duration_text(t.standing_s)), self)
            return True
        return super().event(event)
