"""The micro-break window: one short thing to do, a countdown ring, and the way out.

It shows the current step of the chosen micro routine large (stepping through
the steps by their seconds), what comes next small, the step's illustration
or the breathing pacer, and the routine's "why" line. A posture-check
micro-break shows its checklist instead of the steps. Without a routine it
suggests "Stand up, breathe, reset". The countdown follows the engine: the
remaining time last given to ``update_state`` minus the time since then.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from psoas_desk.core.model import BreakKind
from psoas_desk.core.routines import BreathPattern, Checklist, Routine
from psoas_desk.ui.art_view import ArtView
from psoas_desk.ui.breath_pacer import BreathPacer
from psoas_desk.ui.countdown_ring import CountdownRing
from psoas_desk.ui.popup_base import BreakContent, BreakPopup
from psoas_desk.ui.popup_parts import StableLabel, TextRole, scaled_font, text_label


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
    """A micro-break (also used for a stretch break that has no routine)."""

    width_chars = 92

    def __init__(self, content: BreakContent, *, key_guard_s: float = 2.0,
                 clock: Callable[[], float] = time.monotonic,
                 parent: QWidget | None = None) -> None:
        super().__init__(content, key_guard_s=key_guard_s, clock=clock, parent=parent)
        routine = content.routine
        self._steps = self._steps_of(routine, content.locale)
        self._total_s = float(routine.total_s) if routine else 0.0
        self._index = -1

        if routine is not None:
            heading = routine.title.get(content.locale)
        elif content.kind is BreakKind.STRETCH:
            heading = _tr("Time for a stretch")
        else:
            heading = _tr("Time for a short break")
        self._heading = text_label(TextRole.HEADING, heading, self)
        self._heading.setObjectName("headingLabel")
        self._art = ArtView(self, lines=7)
        self._ring = CountdownRing(self, lines=5)
        self._step = StableLabel(TextRole.LEAD, self)
        self._step.setObjectName("stepLabel")
        self._step.set_candidates(step.text for step in self._steps)
        self._then = text_label(TextRole.NOTE, parent=self)
        self._then.setObjectName("nextStepLabel")
        self._pacer = BreathPacer(self, reduce_motion=content.reduce_motion)
        self._pacer.frame_due.connect(self.refresh)
        why = routine.why if routine is not None and content.show_why else None
        self._why = text_label(TextRole.NOTE, why.get(content.locale) if why else "", self)
        self._why.setObjectName("whyLabel")
        self._why.setVisible(why is not None)
        self._checklist_items = self._checklist_labels(content.checklist, content.locale)

        self._build_layout(checklist=content.checklist)
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
    def why_text(self) -> str:
        """The "why" line shown, or ""."""
        return self._why.text() if self._why.isVisibleTo(self) else ""

    @property
    def checklist_texts(self) -> tuple[str, ...]:
        """The checklist items shown (posture check), in order."""
        return tuple(label.text() for label in self._checklist_items)

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

    def _checklist_labels(self, checklist: Checklist | None, locale: str) -> list[QLabel]:
        labels: list[QLabel] = []
        for item in checklist.items if checklist is not None else ():
            label = text_label(TextRole.BODY, item.text.get(locale), self)
            if item.why is not None:
                label.setToolTip(item.why.get(locale))
                label.setAccessibleDescription(item.why.get(locale))
            labels.append(label)
        return labels

    def _build_layout(self, *, checklist: Checklist | None) -> None:
        middle = QVBoxLayout()
        middle.setSpacing(self.fontMetrics().height() // 2)
        if checklist is not None:
            # A posture check shows its checklist as what to do.
            title = text_label(TextRole.BODY, checklist.title.get(self.content.locale), self)
            title.setFont(scaled_font(title.font(), 1.0, bold=True))
            middle.addWidget(title)
            items = QGridLayout()
            items.setColumnStretch(1, 1)
            items.setVerticalSpacing(self.fontMetrics().height() // 4)
            for row, label in enumerate(self._checklist_items):
                bullet = text_label(TextRole.BODY, "\N{BULLET}", self)
                bullet.setAccessibleName("")
                items.addWidget(bullet, row, 0, Qt.AlignmentFlag.AlignTop)
                items.addWidget(label, row, 1)
            middle.addLayout(items)
            self._step.hide()
            self._then.hide()
        else:
            middle.addWidget(self._step)
            middle.addWidget(self._pacer)
            middle.addWidget(self._then)
        middle.addStretch(1)
        breathing = checklist is None and any(step.breath for step in self._steps)
        # Keep room for the pacer and the "Then" line while they are hidden,
        # so the window does not jump between steps.
        for widget, keep in ((self._pacer, breathing), (self._then, checklist is None)):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(keep)
            widget.setSizePolicy(policy)
        self._pacer.setVisible(breathing)

        art_column = QVBoxLayout()
        art_column.addWidget(self._art)
        art_column.addStretch(1)
        ring_column = QVBoxLayout()
        ring_column.addWidget(self._ring)
        ring_column.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(self.fontMetrics().height())
        body.addLayout(art_column)
        body.addLayout(middle, 1)
        body.addLayout(ring_column)

        buttons = QHBoxLayout()
        buttons.addWidget(self.postpone_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)

        em = self.fontMetrics().height()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(em, em, em, em)
        outer.setSpacing(round(em * 0.75))
        outer.addWidget(self._heading)
        outer.addLayout(body, 1)
        outer.addWidget(self._why)
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
        if self.content.checklist is None:
            self._then.setVisible(following is not None)
            self._pacer.setVisible(step.breath is not None)
            self._pacer.set_pattern(step.breath)

    def _refresh(self, now: float) -> None:
        elapsed = self._elapsed(now)
        index, into_step = self._step_at(elapsed)
        self._show_step(index)
        if self._steps[index].breath is not None and self.content.checklist is None:
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
