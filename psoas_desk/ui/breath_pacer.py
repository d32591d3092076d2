"""The breathing pacer: a circle that grows on the in-breath, rests, and shrinks on the out-breath.

``breath_moment`` is the pure rule (which phase, how many seconds left, how
full the circle is at a point of the pattern); ``BreathPacer`` shows it with
the words "Breathe in", "Hold" or "Breathe out" and the seconds left in the
phase. The pacer does not read a clock: its owner tells it where in the
pattern we are (``show_at``). While it animates it asks for frames every
100 ms through ``frame_due``; with reduced motion there is no circle and no
frame timer, only the words and seconds, which change once a second.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from psoas_desk.core.routines import BreathPattern
from psoas_desk.ui.fmt import duration_text
from psoas_desk.ui.popup_parts import TextRole, accent_color, scaled_font, text_label

FRAME_MS = 100
# The circle never shrinks to nothing: an empty ring would read as "gone".
EMPTY_LEVEL_RADIUS = 0.4


class BreathPhase(enum.Enum):
    """A part of one breath."""

    INHALE = "inhale"
    HOLD = "hold"
    EXHALE = "exhale"
    HOLD_AFTER = "hold_after"


@dataclass(frozen=True)
class BreathMoment:
    """Where in a breath we are.

    Attributes:
        phase: the current part of the breath.
        seconds_left: whole seconds until the phase ends (counted up, so a
            5-second phase shows 5, 4, 3, 2, 1).
        level: how full the circle is, 0 (breathed out) to 1 (breathed in).
    """

    phase: BreathPhase
    seconds_left: int
    level: float


def _ease(fraction: float) -> float:
    """Slow at both ends, like a real breath."""
    return (1 - math.cos(math.pi * fraction)) / 2


def breath_moment(pattern: BreathPattern, at_s: float) -> BreathMoment:
    """Return the moment ``at_s`` seconds after the pattern started.

    Phases of zero seconds are left out; the pattern repeats.
    """
    phases = [(phase, length) for phase, length in (
        (BreathPhase.INHALE, pattern.inhale_s), (BreathPhase.HOLD, pattern.hold_s),
        (BreathPhase.EXHALE, pattern.exhale_s), (BreathPhase.HOLD_AFTER, pattern.hold_after_s),
    ) if length > 0]
    if not phases:
        return BreathMoment(BreathPhase.HOLD, 0, 1.0)
    position = max(0.0, at_s) % sum(length for _, length in phases)
    for phase, length in phases:
        if position < length:
            fraction = position / length
            level = {BreathPhase.INHALE: _ease(fraction), BreathPhase.HOLD: 1.0,
                     BreathPhase.EXHALE: 1.0 - _ease(fraction),
                     BreathPhase.HOLD_AFTER: 0.0}[phase]
            return BreathMoment(phase, max(1, math.ceil(length - position)), level)
        position -= length
    # Only reached through rounding at the very end of a cycle.
    return BreathMoment(phases[0][0], phases[0][1], 0.0)


class _Bubble(QWidget):
    """The painted circle."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.level = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        side = round(self.fontMetrics().height() * 5)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        centre = QPointF(self.width() / 2, self.height() / 2)
        outer = side / 2 - max(1.0, side / 60)
        radius = outer * (EMPTY_LEVEL_RADIUS + (1 - EMPTY_LEVEL_RADIUS) * self.level)
        accent = accent_color(self.palette())
        guide = QColor(self.palette().windowText().color())
        guide.setAlphaF(0.15)
        fill = QColor(accent)
        fill.setAlphaF(0.3)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # A faint outline shows how far the in-breath goes.
        painter.setPen(QPen(guide, max(1.0, side / 60), Qt.PenStyle.DashLine))
        painter.drawEllipse(centre, outer, outer)
        painter.setPen(QPen(accent, max(1.5, side / 40)))
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
        painter.end()


class BreathPacer(QWidget):
    """Shows a breathing pattern: circle, phase word and seconds left.

    Signals:
        frame_due: emitted every 100 ms while the circle animates; the owner
            answers with ``show_at``.
    """

    frame_due = Signal()

    def __init__(self, parent: QWidget | None = None, *, reduce_motion: bool = False) -> None:
        """Create a pacer with no pattern.

        Args:
            parent: the owning widget.
            reduce_motion: show only words and seconds, never an animation.
        """
        super().__init__(parent)
        self._reduce_motion = reduce_motion
        self._pattern: BreathPattern | None = None
        self._running = True
        self._bubble = _Bubble(self)
        self._bubble.setVisible(not reduce_motion)
        self._word = text_label(TextRole.LEAD, parent=self)
        self._word.setFont(scaled_font(self._word.font(), 1.0, bold=True))
        self._word.setWordWrap(False)
        self._seconds = text_label(TextRole.BODY, parent=self)
        self._seconds.setWordWrap(False)
        # Static names: the words change every few seconds, the number every
        # second; neither should be read out each time.
        self._word.setAccessibleName(self.tr("Breath phase"))
        self._seconds.setAccessibleName(self.tr("Seconds left in this phase"))
        self.setAccessibleName(self.tr("Breathing pacer"))
        self._frames = QTimer(self)
        self._frames.setObjectName("breath-pacer-frames")
        self._frames.setInterval(FRAME_MS)
        self._frames.timeout.connect(self.frame_due)

        words = QVBoxLayout()
        words.addStretch(1)
        words.addWidget(self._word)
        words.addWidget(self._seconds)
        words.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bubble)
        layout.addLayout(words, 1)

    @property
    def phase_text(self) -> str:
        """The phase word shown, e.g. "Breathe in"."""
        return self._word.text()

    @property
    def seconds_text(self) -> str:
        """The seconds left in the phase as shown, e.g. "4 s"."""
        return self._seconds.text()

    @property
    def level(self) -> float:
        """How full the drawn circle is (0 to 1); stays 0 with reduced motion."""
        return self._bubble.level

    @property
    def animating(self) -> bool:
        """Whether the frame timer runs."""
        return self._frames.isActive()

    def set_pattern(self, pattern: BreathPattern | None) -> None:
        """Pace ``pattern``, or nothing (None)."""
        self._pattern = pattern
        if pattern is not None:
            self.setAccessibleDescription(self._pattern_text(pattern))
            self.show_at(0.0)
        self._sync_timer()

    def set_running(self, running: bool) -> None:
        """Animate (True) or hold still, e.g. while the routine is paused."""
        self._running = running
        self._sync_timer()

    def show_at(self, at_s: float) -> None:
        """Show the moment ``at_s`` seconds into the pattern."""
        if self._pattern is None:
            return
        moment = breath_moment(self._pattern, at_s)
        word = {BreathPhase.INHALE: self.tr("Breathe in"), BreathPhase.HOLD: self.tr("Hold"),
                BreathPhase.EXHALE: self.tr("Breathe out"),
                BreathPhase.HOLD_AFTER: self.tr("Hold")}[moment.phase]
        if word != self._word.text():
            self._word.setText(word)
        seconds = duration_text(moment.seconds_left)
        if seconds != self._seconds.text():
            self._seconds.setText(seconds)
        if not self._reduce_motion and abs(moment.level - self._bubble.level) > 1e-3:
            self._bubble.level = moment.level
            self._bubble.update()

    def _pattern_text(self, pattern: BreathPattern) -> str:
        inhale, hold = duration_text(pattern.inhale_s), duration_text(pattern.hold_s)
        exhale, rest = duration_text(pattern.exhale_s), duration_text(pattern.hold_after_s)
        if pattern.hold_s and pattern.hold_after_s:
            text = self.tr("Breathe in for %1, hold for %2, breathe out for %3, "
                           "then hold for %4.")
        elif pattern.hold_s:
            text = self.tr("Breathe in for %1, hold for %2, breathe out for %3.")
        elif pattern.hold_after_s:
            text = self.tr("Breathe in for %1, breathe out for %3, then hold for %4.")
        else:
            text = self.tr("Breathe in for %1, breathe out for %3.")
        return (text.replace("%1", inhale).replace("%2", hold)
                .replace("%3", exhale).replace("%4", rest))

    def _sync_timer(self, *, visible: bool | None = None) -> None:
        shown = self.isVisible() if visible is None else visible
        wanted = (not self._reduce_motion and self._running and self._pattern is not None
                  and shown)
        if wanted and not self._frames.isActive():
            self._frames.start()
        elif not wanted and self._frames.isActive():
            self._frames.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sync_timer(visible=True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._sync_timer(visible=False)
