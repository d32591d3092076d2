"""The routine player's steps page: what one step of a routine looks like.

The step's illustration (mirrored for the right side) on the left; on the
right which side it works, the instruction, the step's countdown ring and,
on a breathing step, the breath pacer. The page keeps room for the longest
step of every routine the window may show, so it does not jump from step to
step or from one break to the next.

It only shows what it is given; ``StretchPopup`` (``ui/routine_player.py``)
keeps the routine's time and decides which step shows.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from psoas_desk.core.routines import Side, Step
from psoas_desk.ui.art_view import ArtView
from psoas_desk.ui.breath_pacer import BreathPacer
from psoas_desk.ui.countdown_ring import CountdownRing
from psoas_desk.ui.popup_parts import ReservingBox, TextRole, scaled_font, text_height, text_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoutinePlayer", text)


class StepsPage(QWidget):
    """One step of a routine: illustration, side, instruction, ring and pacer.

    Args:
        room: every instruction any routine shown in this window may have
            (the page is as tall as the longest needs).
        reduce_motion: the pacer shows words and seconds, no animation.
        parent: the player's page stack.
    """

    def __init__(self, room: Sequence[str], *, reduce_motion: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._room = tuple(room)
        self.art = ArtView(self, lines=16)
        """The step's illustration."""
        self._side = text_label(TextRole.BODY, parent=self)
        self._side.setObjectName("sideLabel")
        self._side.setFont(scaled_font(self._side.font(), 1.0, bold=True))
        self._instruction = text_label(TextRole.LEAD, parent=self)
        self._instruction.setObjectName("stepLabel")
        self._instruction.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.ring = CountdownRing(self, lines=5)
        """The step's countdown ring."""
        self.ring.reserve_captions([_tr("paused")])
        self.pacer = BreathPacer(self, reduce_motion=reduce_motion)
        """The breath pacer (visible on breathing steps)."""
        self._build_layout()

    @property
    def instruction(self) -> str:
        """The instruction shown."""
        return self._instruction.text()

    @property
    def side_text(self) -> str:
        """"Left side", "Right side" or ""."""
        return self._side.text() if self._side.isVisibleTo(self) else ""

    def show_step(self, step: Step, text: str) -> None:
        """Show ``step`` with its instruction ``text`` (in the person's language)."""
        self._instruction.setText(text)
        side = {Side.LEFT: _tr("Left side"), Side.RIGHT: _tr("Right side")}.get(step.side, "")
        self._side.setText(side)
        self._side.setVisible(bool(side))
        self.art.set_art(step.art, mirrored=step.mirrored)
        self.pacer.setVisible(step.breath is not None)
        self.pacer.set_pattern(step.breath)
        self.ring.restart()

    def _column_room(self, width: int) -> int:
        """Height of the text column for the longest step of any routine shown here."""
        em = self.fontMetrics().height()
        font = self._instruction.font()
        longest = max((text_height(font, width, text) for text in self._room), default=0)
        timers = max(self.ring.sizeHint().height(), self.pacer.sizeHint().height())
        # The spacing between the three, and a line of air above and below.
        return self._side.sizeHint().height() + longest + timers + em * 4

    def _build_layout(self) -> None:
        em = self.fontMetrics().height()
        column = ReservingBox(self._column_room, self)
        right = QVBoxLayout(column.content)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(em // 2)
        right.addStretch(1)
        right.addWidget(self._side)
        right.addWidget(self._instruction)
        timers = QHBoxLayout()
        timers.setSpacing(em)
        timers.addWidget(self.ring)
        timers.addWidget(self.pacer, 1)
        right.addLayout(timers)
        right.addStretch(1)
        for widget in (self._side, self.pacer):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        body = QHBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(em * 3 // 2)
        body.addWidget(self.art, 2)
        body.addWidget(column, 3)
