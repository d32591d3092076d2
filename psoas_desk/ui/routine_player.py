"""The stretch-break window: a guided routine player.

Each step shows its illustration (mirrored for the right side), the
instruction, which side it works, "Step 2 of 5" and a countdown ring; a
breathing step adds the breath pacer. The user can pause, go back and skip
ahead; the safety lines stay visible below. After the last step a short
summary replaces the player, ``routine_finished`` is emitted, and Done on the
summary emits ``done_requested``. The player keeps its own time (pauses do
not count); the engine's break length is the routine's ``total_s``.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from psoas_desk.core.routines import Routine, RoutineKind, Side
from psoas_desk.ui.art_view import ArtView
from psoas_desk.ui.breath_pacer import BreathPacer
from psoas_desk.ui.countdown_ring import CountdownRing
from psoas_desk.ui.fmt import duration_text
from psoas_desk.ui.popup_base import BreakContent, BreakPopup
from psoas_desk.ui.popup_parts import StableLabel, TextRole, make_button, scaled_font, text_label
from psoas_desk.ui.routine_progress import RoutineProgress


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoutinePlayer", text)


class StretchPopup(BreakPopup):
    """A stretch break that plays ``content.routine`` step by step."""

    width_chars = 108

    def __init__(self, content: BreakContent, *, key_guard_s: float = 2.0,
                 clock: Callable[[], float] = time.monotonic,
                 parent: QWidget | None = None) -> None:
        """Create the player.

        Raises:
            ValueError: if ``content.routine`` is None (use ``make_break_popup``).
        """
        super().__init__(content, key_guard_s=key_guard_s, clock=clock, parent=parent)
        if content.routine is None:
            raise ValueError("a stretch popup needs a routine")
        self._routine: Routine = content.routine
        locale = content.locale
        self._texts = tuple(step.text.get(locale) for step in self._routine.steps)
        self._progress = RoutineProgress([step.seconds for step in self._routine.steps])
        self._shown_index = -1
        self._summary_shown = False

        self._heading = text_label(TextRole.HEADING, self._routine.title.get(locale), self)
        self._heading.setObjectName("headingLabel")
        self._position = text_label(TextRole.BODY, parent=self)
        self._position.setObjectName("positionLabel")
        self._position.setWordWrap(False)
        why = self._routine.why if content.show_why else None
        self._why = text_label(TextRole.NOTE, why.get(locale) if why else "", self)
        self._why.setObjectName("whyLabel")
        self._why.setVisible(why is not None)

        self._art = ArtView(self, lines=13)
        self._side = text_label(TextRole.BODY, parent=self)
        self._side.setObjectName("sideLabel")
        self._side.setFont(scaled_font(self._side.font(), 1.0, bold=True))
        self._side.setForegroundRole(QPalette.ColorRole.Link)
        self._instruction = StableLabel(TextRole.LEAD, self)
        self._instruction.setObjectName("stepLabel")
        self._instruction.set_candidates(self._texts)
        self._ring = CountdownRing(self, lines=5)
        self._ring.reserve_captions([_tr("paused")])
        self._pacer = BreathPacer(self, reduce_motion=content.reduce_motion)
        self._pacer.frame_due.connect(self.refresh)
        lines = tuple(line for line in content.safety if line.applies_to(self._routine)) \
            if self._routine.safety else ()
        self._safety = [text_label(TextRole.NOTE, line.text.get(locale), self) for line in lines]

        self._previous = make_button(_tr("P&revious"), _tr("Previous step"),
                                     _tr("Goes back to the start of the step before."), self)
        self._previous.setObjectName("previousButton")
        self._previous.clicked.connect(self._on_previous)
        self._pause = make_button(_tr("Res&ume"), _tr("Pause"),
                                  _tr("Stops the clock; the step waits for you."), self)
        # Room for the longer of its two words from the start, so the row
        # does not squeeze its neighbours when Pause turns into Resume.
        self._pause.setMinimumWidth(self._pause.sizeHint().width())
        self._pause.setText(_tr("Pa&use"))
        self._pause.setMinimumWidth(max(self._pause.minimumWidth(),
                                        self._pause.sizeHint().width()))
        self._pause.setObjectName("pauseButton")
        self._pause.clicked.connect(self._on_pause)
        self._next = make_button(_tr("&Next"), _tr("Next step"),
                                 _tr("Goes on to the next step now."), self)
        self._next.setObjectName("nextButton")
        self._next.clicked.connect(self._on_next)

        self._summary_title = text_label(TextRole.HEADING, parent=self)
        self._summary_title.setObjectName("summaryLabel")
        self._summary_detail = text_label(TextRole.BODY, parent=self)
        self._summary_detail.setObjectName("summaryDetailLabel")
        for label in (self._summary_title, self._summary_detail):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._summary_art = ArtView(self, lines=8)
        last_art = [step.art for step in self._routine.steps if step.art]
        self._summary_art.set_art(last_art[-1] if last_art else None)
        self._summary_art.setVisible(bool(last_art))

        self._stack = QStackedWidget(self)
        self._build_layout()
        self._show_step(0)

    # -- what the user sees, for the app's tests and tools -------------------

    @property
    def step_text(self) -> str:
        """The current instruction ("" on the summary)."""
        return "" if self._summary_shown else self._instruction.text()

    @property
    def position_text(self) -> str:
        """"Step 2 of 5" ("" on the summary)."""
        return self._position.text() if self._position.isVisibleTo(self) else ""

    @property
    def side_text(self) -> str:
        """"Left side", "Right side" or ""."""
        return self._side.text() if self._side.isVisibleTo(self) else ""

    @property
    def why_text(self) -> str:
        """The "why" line shown, or ""."""
        return self._why.text() if self._why.isVisibleTo(self) else ""

    @property
    def safety_texts(self) -> tuple[str, ...]:
        """The safety lines shown."""
        return tuple(label.text() for label in self._safety if label.isVisibleTo(self))

    @property
    def summary_texts(self) -> tuple[str, ...]:
        """The summary's lines once the routine is over, else ()."""
        if not self._summary_shown:
            return ()
        return (self._summary_title.text(), self._summary_detail.text())

    @property
    def finished(self) -> bool:
        """Whether the routine's steps are over and the summary shows."""
        return self._summary_shown

    @property
    def previous_button(self) -> QWidget:
        """The Previous button."""
        return self._previous

    @property
    def pause_button(self) -> QWidget:
        """The Pause/Resume button."""
        return self._pause

    @property
    def next_button(self) -> QWidget:
        """The Next button."""
        return self._next

    @property
    def ring(self) -> CountdownRing:
        """The step's countdown ring."""
        return self._ring

    @property
    def art(self) -> ArtView:
        """The step's illustration."""
        return self._art

    @property
    def pacer(self) -> BreathPacer:
        """The breath pacer (visible on breathing steps)."""
        return self._pacer

    # -- layout -----------------------------------------------------------------

    def _build_layout(self) -> None:
        em = self.fontMetrics().height()
        right = QVBoxLayout()
        right.setSpacing(em // 2)
        right.addWidget(self._side)
        right.addWidget(self._instruction)
        timers = QHBoxLayout()
        timers.setSpacing(em)
        timers.addWidget(self._ring)
        timers.addWidget(self._pacer, 1)
        right.addLayout(timers)
        right.addStretch(1)
        for widget in (self._side, self._pacer):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        body = QHBoxLayout()
        body.setSpacing(em * 3 // 2)
        body.addWidget(self._art, 2)
        body.addLayout(right, 3)

        controls = QHBoxLayout()
        for button in (self._previous, self._pause, self._next):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.postpone_button)
        controls.addWidget(self.skip_button)

        steps_page = QWidget(self._stack)
        steps = QVBoxLayout(steps_page)
        steps.setContentsMargins(0, 0, 0, 0)
        steps.setSpacing(round(em * 0.75))
        steps.addLayout(body, 1)
        safety = QVBoxLayout()
        safety.setSpacing(em // 4)
        for label in self._safety:
            safety.addWidget(label)
        steps.addLayout(safety)
        steps.addLayout(controls)

        summary_page = QWidget(self._stack)
        summary = QVBoxLayout(summary_page)
        summary.setContentsMargins(0, 0, 0, 0)
        summary.setSpacing(em // 2)
        summary.addStretch(1)
        summary.addWidget(self._summary_art, 0, Qt.AlignmentFlag.AlignHCenter)
        summary.addSpacing(em)
        summary.addWidget(self._summary_title)
        summary.addWidget(self._summary_detail)
        summary.addStretch(1)
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.done_button)
        summary.addLayout(done_row)
        self._stack.addWidget(steps_page)
        self._stack.addWidget(summary_page)

        header = QHBoxLayout()
        header.addWidget(self._heading, 1)
        header.addWidget(self._position)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(em, em, em, em)
        outer.setSpacing(em // 2)
        outer.addLayout(header)
        outer.addWidget(self._why)
        outer.addSpacing(em // 2)
        outer.addWidget(self._stack, 1)
        # Tab goes through the controls in the order they are seen.
        chain = (self, self._previous, self._pause, self._next, self.postpone_button,
                 self.skip_button, self.done_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- behaviour --------------------------------------------------------------

    def _show_step(self, index: int) -> None:
        if index == self._shown_index:
            return
        self._shown_index = index
        step = self._routine.steps[index]
        self._instruction.setText(self._texts[index])
        self._position.setText(_tr("Step %1 of %2").replace("%1", str(index + 1)).replace(
            "%2", str(len(self._texts))))
        side = {Side.LEFT: _tr("Left side"), Side.RIGHT: _tr("Right side")}.get(step.side, "")
        self._side.setText(side)
        self._side.setVisible(bool(side))
        self._art.set_art(step.art, mirrored=step.mirrored)
        self._pacer.setVisible(step.breath is not None)
        self._pacer.set_pattern(step.breath)
        self._ring.restart()
        self._previous.setEnabled(index > 0)

    def _show_summary(self) -> None:
        if self._summary_shown:
            return
        self._summary_shown = True
        now = self._clock()
        spent = duration_text(self._progress.active_s(now))
        if self._routine.kind is RoutineKind.BREATHING:
            title = _tr("Well done — %1 of slow breathing")
        else:
            title = _tr("Well done — %1 of stretching")
        self._summary_title.setText(title.replace("%1", spent))
        self._summary_detail.setText(_tr("Steps done: %1 of %2").replace(
            "%1", str(self._progress.steps_completed)).replace("%2", str(len(self._texts))))
        self._pacer.set_pattern(None)
        self._position.hide()
        self._stack.setCurrentIndex(1)
        self._update_escape_visibility()
        self.routine_finished.emit()

    def _refresh(self, now: float) -> None:
        progress = self._progress
        progress.sync(now)
        if progress.finished:
            self._show_summary()
            return
        index = progress.index
        self._show_step(index)
        self._ring.set_time(progress.remaining_in_step(now), progress.duration(index), now)
        self._ring.set_caption(_tr("paused") if progress.paused else "")
        if self._routine.steps[index].breath is not None:
            self._pacer.show_at(progress.elapsed_in_step(now))

    def _next_tick_s(self, now: float) -> float:
        if self._progress.finished or self._progress.paused:
            return 1.0
        # Steps and breaths last whole seconds: wake on the second boundary.
        return 1.0 - (self._progress.elapsed_in_step(now) % 1.0)

    def _escape_allowed_here(self) -> bool:
        return not self._summary_shown

    def _on_screen_changed(self, on_screen: bool) -> None:
        if on_screen:
            self._progress.start(self._clock())

    def _on_previous(self) -> None:
        self._progress.previous(self._clock())
        self.refresh()

    def _on_next(self) -> None:
        self._progress.next(self._clock())
        self.refresh()

    def _on_pause(self) -> None:
        now = self._clock()
        if self._progress.paused:
            self._progress.resume(now)
            self._pause.setText(_tr("Pa&use"))
            self._pause.setAccessibleName(_tr("Pause"))
            self._pause.setAccessibleDescription(_tr("Stops the clock; the step waits for you."))
        else:
            self._progress.pause(now)
            self._pause.setText(_tr("Res&ume"))
            self._pause.setAccessibleName(_tr("Resume"))
            self._pause.setAccessibleDescription(_tr("Starts the clock again."))
        self._pacer.set_running(not self._progress.paused)
        self.refresh()

