"""The micro-break window: one short thing to do, a countdown ring, and the way out.

It shows the current step of the chosen micro routine large (stepping through
the steps by their seconds), what comes next small, the step's illustration
or the breathing pacer, and the routine's "why" line. A posture check plays
its steps like any routine and offers to open its whole checklist. Without a
routine it suggests "Stand up, breathe, reset". The countdown follows the
engine: the remaining time last given to ``update_state`` minus the time
since then.

The window keeps one size for every routine a micro-break may show
(``content.sizing``): the text column keeps room for the tallest step and
centres the one shown, so there is no hole under a short step.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from psoas_desk.core.routines import BreathPattern, Routine
from psoas_desk.ui.art_view import ArtView
from psoas_desk.ui.break_content import BreakContent
from psoas_desk.ui.breath_pacer import BreathPacer
from psoas_desk.ui.countdown_ring import CountdownRing
from psoas_desk.ui.kind_texts import kind_texts
from psoas_desk.ui.popup_base import BreakPopup
from psoas_desk.ui.popup_parts import (
    ReservingBox,
    TextRole,
    link_button,
    postpone_group,
    text_height,
    text_label,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MicroPopup", text)


@dataclass(frozen=True)
class _Shown:
    """A step as the micro popup shows it, texts already in the user's language."""

    text: str
    seconds: float
    art: str | None
    mirrored: bool
    breath: BreathPattern | None


class MicroPopup(BreakPopup):
    """A micro-break (also used for a stretch break that has no routine).

    Signals:
        checklist_requested: "Open the checklist" pressed (posture checks).
    """

    checklist_requested = Signal()

    width_chars = 92

    def __init__(self, content: BreakContent, *, key_guard_s: float = 2.0,
                 clock: Callable[[], float] = time.monotonic,
                 parent: QWidget | None = None) -> None:
        super().__init__(content, key_guard_s=key_guard_s, clock=clock, parent=parent)
        routine = content.routine
        self._steps = self._steps_of(routine, content.locale)
        self._total_s = float(routine.total_s) if routine else 0.0
        self._index = -1

        heading = (routine.title.get(content.locale) if routine is not None
                   else kind_texts(content.kind).popup_heading)
        self._heading = text_label(TextRole.HEADING, heading, self)
        self._heading.setObjectName("headingLabel")
        self._art = ArtView(self, lines=8)
        self._ring = CountdownRing(self, lines=5)
        self._step = text_label(TextRole.LEAD, parent=self)
        self._step.setObjectName("stepLabel")
        self._then = text_label(TextRole.NOTE, parent=self)
        self._then.setObjectName("nextStepLabel")
        self._pacer = BreathPacer(self, reduce_motion=content.reduce_motion)
        self._pacer.frame_due.connect(self.refresh)
        self._checklist_link = link_button(_tr("Open the &checklist"), _tr(
            "Open the checklist"), _tr("Opens the whole set-up checklist to tick through."),
            self)
        self._checklist_link.setObjectName("checklistLink")
        self._checklist_link.setVisible(content.checklist is not None)
        self._checklist_link.clicked.connect(self.checklist_requested)
        sizing = (*([routine] if routine is not None else []), *content.sizing)
        self._room_routines = [self._steps] + [
            self._steps_of(r, content.locale) for r in sizing if r.steps]
        self._why_box = self._why_line(routine, sizing, keep_room=True)[1]

        self._build_layout()
        self._show_step(0)

    @property
    def step_text(self) -> str:
        """The instruction shown large ("" when the checklist is shown instead)."""
        return self._step.text() if self._step.isVisibleTo(self) else ""

    @property
    def next_text(self) -> str:
        """The small "Then: ..." line, or ""."""
        return self._then.text() if self._then.isVisibleTo(self) else ""

    @property
    def checklist_link(self) -> QWidget:
        """"Open the checklist" (posture checks only)."""
        return self._checklist_link

    @property
    def ring(self) -> CountdownRing:
        """The countdown ring."""
        return self._ring

    @property
    def art(self) -> ArtView:
        """The illustration of the current step."""
        return self._art

    @property
    def pacer(self) -> BreathPacer:
        """The breathing pacer (visible on breathing steps)."""
        return self._pacer

    def _steps_of(self, routine: Routine | None, locale: str) -> tuple[_Shown, ...]:
        if routine is None or not routine.steps:
            return (_Shown(_tr("Stand up, breathe, reset"), 0.0, "stand-up", False, None),)
        return tuple(_Shown(step.text.get(locale), float(step.seconds), step.art,
                            step.mirrored, step.breath) for step in routine.steps)

    def _middle_room(self, width: int) -> int:
        """Height of the text column for the tallest step of any routine shown here.

        A step shows with the line on what comes next, and the pacer when it
        is a breathing step: each step is measured as it shows.
        """
        em = self.fontMetrics().height()
        pacer = self._pacer.sizeHint().height() + em // 2
        tallest = 0
        for steps in self._room_routines:
            for index, step in enumerate(steps):
                height = text_height(self._step.font(), width, step.text)
                if index + 1 < len(steps):
                    then = _tr("Then: %1").replace("%1", steps[index + 1].text)
                    height += em // 2 + text_height(self._then.font(), width, then)
                if step.breath is not None:
                    height += pacer
                tallest = max(tallest, height)
        return tallest + em

    def _build_layout(self) -> None:
        em = self.fontMetrics().height()
        middle_box = ReservingBox(self._middle_room, self)
        middle = QVBoxLayout(middle_box.content)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.setSpacing(em // 2)
        middle.addStretch(1)
        middle.addWidget(self._step)
        middle.addWidget(self._pacer)
        middle.addWidget(self._then)
        middle.addStretch(1)
        breathing = any(step.breath for step in self._steps)
        self._pacer.setVisible(breathing)

        body = QHBoxLayout()
        body.setSpacing(em * 3 // 2)
        body.addWidget(self._art)
        body.addWidget(middle_box, 1)
        body.addWidget(self._ring)

        buttons = QHBoxLayout()
        buttons.addLayout(postpone_group(self.postpone_button, self.postpone_menu_button))
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self._checklist_link)
        buttons.addWidget(self.done_button)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(em, em, em, em)
        outer.setSpacing(em // 2)
        outer.addWidget(self._heading)
        outer.addWidget(self._why_box)
        outer.addSpacing(em // 2)
        outer.addLayout(body, 1)
        outer.addSpacing(em // 2)
        outer.addLayout(buttons)
        self._art.setVisible(any(step.art for step in self._steps))

    def _elapsed(self, now: float) -> float:
        """Seconds into the break, as the engine counts them."""
        if self._active is None:
            return 0.0
        return self._active.elapsed_s + self._local_elapsed(now)

    def _step_at(self, elapsed: float) -> tuple[int, float]:
        """The step index at ``elapsed`` and the seconds into that step."""
        start = 0.0
        for index, step in enumerate(self._steps):
            if elapsed < start + step.seconds or index == len(self._steps) - 1:
                return index, elapsed - start
            start += step.seconds
        return 0, elapsed

    def _show_step(self, index: int) -> None:
        if index == self._index:
            return
        self._index = index
        step = self._steps[index]
        self._step.setText(step.text)
        following = self._steps[index + 1] if index + 1 < len(self._steps) else None
        self._then.setText(_tr("Then: %1").replace("%1", following.text) if following else "")
        self._art.set_art(step.art, mirrored=step.mirrored)
        self._then.setVisible(following is not None)
        self._pacer.setVisible(step.breath is not None)
        self._pacer.set_pattern(step.breath)

    def _refresh(self, now: float) -> None:
        elapsed = self._elapsed(now)
        index, into_step = self._step_at(elapsed)
        self._show_step(index)
        if self._steps[index].breath is not None:
            self._pacer.show_at(into_step)
        if self._active is not None:
            remaining = self._active.remaining_s - self._local_elapsed(now)
            total = self._active.duration_s
        else:
            remaining = total = self._total_s
        self._ring.set_time(remaining, total, now)

    def _next_tick_s(self, now: float) -> float:
        # Land on whole seconds of the break so the ring and the pacer's
        # words change when they should, not up to a second late.
        return 1.0 - (self._elapsed(now) % 1.0)
