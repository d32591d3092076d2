"""A calm countdown ring for the break popups, and when to tell screen readers about it.

The ring is painted: a faint full circle, an arc for the time that is left,
and the remaining time as ``m:ss`` in the middle (optionally a short caption
such as "paused" under it). Its visible text changes every second; its
accessible description does not: ``SpokenCountdown`` lets it change at the
start, at the end and otherwise at most every 15 seconds, so a screen reader
is not made to read out a number every second.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from psoas_desk.ui.fmt import countdown_text, duration_text
from psoas_desk.ui.popup_parts import accent_color, scaled_font

SPOKEN_INTERVAL_S = 15.0
CAPTION_SHARE = 0.7
"""Share of the ring's width a caption may use: inside the stroke, below the middle."""


class SpokenCountdown:
    """Decides when a countdown's accessible text may change.

    It may change when the countdown starts (first call after ``reset``), when
    it reaches zero, and otherwise only once ``interval_s`` seconds have passed
    since the last change.
    """

    def __init__(self, interval_s: float = SPOKEN_INTERVAL_S) -> None:
        self._interval_s = interval_s
        self._last_at: float | None = None
        self._ended = False

    def reset(self) -> None:
        """Start over: the next ``due`` call is a start and says yes."""
        self._last_at = None
        self._ended = False

    def due(self, now: float, remaining_s: float) -> bool:
        """Return True (and remember ``now``) if the text may change now.

        Args:
            now: monotonic seconds.
            remaining_s: seconds left on the countdown.
        """
        ended = remaining_s <= 0
        if (self._last_at is None
                or (ended and not self._ended)
                or (not ended and now - self._last_at >= self._interval_s)):
            self._last_at = now
            self._ended = ended
            return True
        return False


class CountdownRing(QWidget):
    """A ring that empties as time runs out, with ``m:ss`` in the middle.

    Feed it with ``set_time``; call ``restart`` when a new countdown begins
    (a new step), so its accessible text is refreshed at once.
    """

    def __init__(self, parent: QWidget | None = None, *, lines: float = 5.0) -> None:
        """Create the ring.

        Args:
            parent: the owning widget.
            lines: the preferred diameter, in lines of the widget's font.
        """
        super().__init__(parent)
        self._lines = lines
        self._remaining_s = 0.0
        self._total_s = 0.0
        self._caption = ""
        self._captions: tuple[str, ...] = ()
        self._spoken = SpokenCountdown()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Time left"))

    @property
    def text(self) -> str:
        """The time shown in the middle, e.g. ``"0:45"``."""
        return countdown_text(math.ceil(self._remaining_s))

    @property
    def caption(self) -> str:
        """The small word under the time ("" for none)."""
        return self._caption

    def restart(self) -> None:
        """A new countdown begins: announce it at the next ``set_time``."""
        self._spoken.reset()

    def set_time(self, remaining_s: float, total_s: float, now: float) -> None:
        """Show ``remaining_s`` of ``total_s`` seconds as of monotonic time ``now``."""
        remaining_s = max(0.0, remaining_s)
        before = (self.text, self._arc_sixteenths())
        self._remaining_s, self._total_s = remaining_s, max(0.0, total_s)
        if (self.text, self._arc_sixteenths()) != before:
            self.update()
        if self._spoken.due(now, remaining_s):
            if remaining_s <= 0:
                self.setAccessibleDescription(self.tr("Time is up"))
            else:
                self.setAccessibleDescription(self.tr("%1 left").replace(
                    "%1", duration_text(math.ceil(remaining_s), precise=True)))

    def set_caption(self, caption: str) -> None:
        """Show a short word under the time, such as "paused"; "" for none."""
        if caption != self._caption:
            self._caption = caption
            self.update()

    def reserve_captions(self, captions: Iterable[str]) -> None:
        """Every caption the ring may show; it is made wide enough for the longest.

        A translated word such as "paused" can be longer than the ring is
        wide at its usual size; reserving the room up front keeps the ring
        from changing size (and the window from jumping) when it appears.
        """
        self._captions = tuple(captions)
        self.updateGeometry()

    def caption_room(self) -> float:
        """How wide a caption may be drawn at the ring's current size, in pixels."""
        return min(self.width(), self.height()) * CAPTION_SHARE

    def _arc_sixteenths(self) -> int:
        """The arc length in Qt's 1/16 degree units, so repaints happen only on change."""
        if self._total_s <= 0:
            return 0
        return round(360 * 16 * min(1.0, self._remaining_s / self._total_s))

    def sizeHint(self) -> QSize:
        side = round(self.fontMetrics().height() * self._lines)
        metrics = self.fontMetrics()
        for caption in self._captions:
            side = max(side, math.ceil(metrics.horizontalAdvance(caption) / CAPTION_SHARE))
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        pen_width = max(2.0, side / 14)
        ring = QRectF((self.width() - side) / 2 + pen_width / 2,
                      (self.height() - side) / 2 + pen_width / 2,
                      side - pen_width, side - pen_width)
        text_color = self.palette().windowText().color()
        track = QColor(text_color)
        track.setAlphaF(0.12)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(track, pen_width))
        painter.drawEllipse(ring)
        arc = self._arc_sixteenths()
        if arc:
            pen = QPen(accent_color(self.palette()), pen_width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            # From twelve o'clock, clockwise (negative span), emptying as time passes.
            painter.drawArc(ring, 90 * 16, -arc)
        time_font = scaled_font(self.font(), max(1.0, self._lines / 3.2), bold=True)
        painter.setPen(text_color)
        painter.setFont(time_font)
        if self._caption:
            time_rect = QRectF(ring.left(), ring.top(), ring.width(), ring.height() * 0.58)
            painter.drawText(time_rect, Qt.AlignmentFlag.AlignHCenter
                             | Qt.AlignmentFlag.AlignBottom, self.text)
            painter.setFont(self.font())
            caption_rect = QRectF(ring.left(), ring.top() + ring.height() * 0.6,
                                  ring.width(), ring.height() * 0.3)
            # Never spill over the ring, even for a caption nobody reserved.
            caption = self.fontMetrics().elidedText(
                self._caption, Qt.TextElideMode.ElideRight, math.floor(self.caption_room()))
            painter.drawText(caption_rect, Qt.AlignmentFlag.AlignHCenter
                             | Qt.AlignmentFlag.AlignTop, caption)
        else:
            painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, self.text)
        painter.end()
