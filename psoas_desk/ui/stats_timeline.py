"""The day timeline: one day in four labelled lanes along the hours, painted with QPainter.

See ``stats_charts`` for the colours and why QPainter.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from psoas_desk.core.model import BreakOutcome
from psoas_desk.core.stats import DayTimeline
from psoas_desk.core.stats_spans import Band, Lane
from psoas_desk.ui.fmt import clock_text, duration_text
from psoas_desk.ui.kind_texts import kind_texts
from psoas_desk.ui.stats_charts import LANES, lane_colour, lane_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatsCharts", text)


def band_text(band: Band) -> str:
    """What a band is, for its tooltip and the accessible description."""
    span = _tr("%1 to %2 (%3)").replace("%1", clock_text(band.start)).replace(
        "%2", _tr("now") if band.ongoing else clock_text(band.end)).replace(
        "%3", duration_text(band.seconds))
    if band.lane is Lane.BREAK:
        kind = kind_texts(band.break_kind).title if band.break_kind is not None else ""
        outcome = {BreakOutcome.COMPLETED: _tr("taken"), BreakOutcome.POSTPONED: _tr("postponed"),
                   BreakOutcome.SKIPPED: _tr("skipped"),
                   BreakOutcome.NATURAL: _tr("taken while away"),
                   BreakOutcome.WORKED_THROUGH: _tr("worked through"),
                   BreakOutcome.CANCELLED: _tr("withdrawn"), None: _tr("on screen")}
        what = _tr("%1, %2").replace("%1", kind).replace("%2", outcome[band.outcome])
    else:
        what = lane_name(band.lane)
    return _tr("%1: %2").replace("%1", what).replace("%2", span)


def _taken(band: Band) -> bool:
    return band.outcome in (BreakOutcome.COMPLETED, BreakOutcome.NATURAL, None)


@dataclass(frozen=True)
class _Geometry:
    left: float
    right: float
    top: float
    lane_h: float
    start: datetime
    end: datetime

    def x(self, when: datetime) -> float:
        total = (self.end - self.start).total_seconds()
        part = (when.astimezone(UTC) - self.start.astimezone(UTC)).total_seconds()
        return self.left + (self.right - self.left) * min(max(part / total, 0.0), 1.0)


class TimelineChart(QWidget):
    """One day in four labelled lanes (sitting, standing, away, breaks) along the hours.

    The hours shown run from the first to the last thing done at the desk
    that day (at least eight, whole hours); time away overnight is cut to
    that range. A thin line marks "now" on today.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline: DayTimeline | None = None
        self._now: datetime | None = None
        self._range: tuple[datetime, datetime] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setAccessibleName(_tr("Day timeline"))

    def set_timeline(self, timeline: DayTimeline | None, now: datetime | None = None) -> None:
        self._timeline = timeline
        self._now = now
        self._range = None if timeline is None else shown_range(timeline, now)
        self.setAccessibleDescription(self.description())
        self.update()

    def shown_range(self) -> tuple[datetime, datetime] | None:
        """The first and last moment drawn, or None without a timeline."""
        return self._range

    def description(self) -> str:
        """Every band in time order, as text."""
        if self._timeline is None or not self._timeline.bands:
            return _tr("Nothing recorded on this day.")
        return "; ".join(band_text(b) for b in self._timeline.bands)

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 40, round(em * (1.7 * len(LANES) + 2.2)))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().height() * 20, self.sizeHint().height())

    def _geometry(self) -> _Geometry | None:
        if self._range is None:
            return None
        fm = self.fontMetrics()
        label_w = max(fm.horizontalAdvance(lane_name(lane)) for lane in LANES)
        em = fm.height()
        return _Geometry(left=label_w + em * 1.6, right=self.width() - em * 0.8,
                         top=em * 0.3, lane_h=em * 1.7, start=self._range[0],
                         end=self._range[1])

    def band_at(self, x: float, y: float) -> Band | None:
        """The band drawn under the point (widget coordinates), if any."""
        g = self._geometry()
        if g is None or self._timeline is None:
            return None
        row = math.floor((y - g.top) / g.lane_h)
        if not 0 <= row < len(LANES):
            return None
        slack = self.fontMetrics().height() * 0.2
        for band in self._timeline.bands:
            if band.lane is LANES[row] and g.x(band.start) - slack <= x <= g.x(band.end) + slack:
                return band
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            band = self.band_at(event.pos().x(), event.pos().y())
            if band is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), band_text(band), self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        g = self._geometry()
        if g is None or self._timeline is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        fm = self.fontMetrics()
        em = fm.height()
        faint = QColor(text)
        faint.setAlphaF(0.12)
        grid = QColor(text)
        grid.setAlphaF(0.25)
        bottom = g.top + g.lane_h * len(LANES)
        for row, lane in enumerate(LANES):
            y = g.top + row * g.lane_h
            swatch = QRectF(0, y + (g.lane_h - em * 0.7) / 2, em * 0.7, em * 0.7)
            p.fillRect(swatch, lane_colour(lane, pal))
            p.setPen(text)
            p.drawText(QRectF(em * 1.0, y, g.left - em, g.lane_h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, lane_name(lane))
            p.fillRect(QRectF(g.left, y + g.lane_h * 0.15, g.right - g.left, g.lane_h * 0.7),
                       faint)
        self._paint_hours(p, g, bottom, grid, text)
        min_w = max(2.0, em * 0.15)
        for band in self._timeline.bands:
            row = LANES.index(band.lane)
            y = g.top + row * g.lane_h + g.lane_h * 0.15
            x0, x1 = g.x(band.start), g.x(band.end)
            if x1 <= g.left or x0 >= g.right:
                continue
            rect = QRectF(x0, y, max(min_w, x1 - x0), g.lane_h * 0.7)
            colour = lane_colour(band.lane, pal)
            if band.lane is Lane.BREAK and not _taken(band):
                # Postponed or skipped: an outline, so it reads as "not taken".
                p.setPen(QPen(colour, max(1.0, em * 0.08)))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
            else:
                p.fillRect(rect, colour)
        if self._now is not None and g.start <= self._now <= g.end:
            x = g.x(self._now)
            p.setPen(QPen(text, max(1.0, em * 0.08)))
            p.drawLine(QPointF(x, g.top), QPointF(x, bottom))
        if not self._timeline.bands:
            p.setPen(text)
            p.drawText(QRectF(g.left, g.top, g.right - g.left, bottom - g.top),
                       Qt.AlignmentFlag.AlignCenter, _tr("Nothing recorded on this day."))
        p.end()

    def _paint_hours(self, p: QPainter, g: _Geometry, bottom: float, grid: QColor,
                     text: QColor) -> None:
        fm = self.fontMetrics()
        hours = max(1, round((g.end - g.start).total_seconds() / 3600))
        label_w = fm.horizontalAdvance(clock_text(g.start)) * 1.6
        step = 1
        while step < 24 and (g.right - g.left) / hours * step < label_w:
            step += 1
        for n in range(0, hours + 1):
            when = (g.start.astimezone(UTC) + timedelta(hours=n)).astimezone(g.start.tzinfo)
            x = g.x(when)
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(x, g.top), QPointF(x, bottom))
            if n % step == 0:
                p.setPen(text)
                label = clock_text(when)
                w = fm.horizontalAdvance(label)
                left = min(max(x - w / 2, g.left - w / 2), self.width() - w)
                p.drawText(QPointF(left, bottom + fm.ascent() + fm.height() * 0.2), label)


def shown_range(timeline: DayTimeline, now: datetime | None) -> tuple[datetime, datetime]:
    """Whole hours from the first to the last desk activity (at least eight), within the day."""
    desk = [b for b in timeline.bands if b.lane is not Lane.AWAY]
    times = [b.start for b in desk] + [b.end for b in desk]
    if now is not None and timeline.start <= now < timeline.end:
        times.append(now)
    zone = timeline.start.tzinfo
    if not times:
        first = timeline.start.replace(hour=8, minute=0, second=0, microsecond=0)
        start = max(first, timeline.start)
        return start, min(start + timedelta(hours=10), timeline.end)
    lo = min(t.astimezone(UTC) for t in times).astimezone(zone)
    hi = max(t.astimezone(UTC) for t in times).astimezone(zone)
    lo = lo.replace(minute=0, second=0, microsecond=0)
    if hi.minute or hi.second or hi.microsecond:
        hi = (hi.replace(minute=0, second=0, microsecond=0).astimezone(UTC)
              + timedelta(hours=1)).astimezone(zone)
    span = (hi.astimezone(UTC) - lo.astimezone(UTC)).total_seconds() / 3600
    if span < 8:
        grow = math.ceil((8 - span) / 2)
        lo = (lo.astimezone(UTC) - timedelta(hours=grow)).astimezone(zone)
        hi = (hi.astimezone(UTC) + timedelta(hours=grow)).astimezone(zone)
    return max(lo, timeline.start, key=_utc), min(hi, timeline.end, key=_utc)


def _utc(when: datetime) -> datetime:
    return when.astimezone(UTC)
