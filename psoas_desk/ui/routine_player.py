"""The stretch-break window: a guided routine player.

Pages, in the order a person meets them:

1. "Before you start" (only for routines with safety lines): the safety
   notes in a few words, once, with a "Details" link to them in full. The
   routine starts with Start, or by itself after ``INTRO_S`` seconds unless
   the person opened the details to read.
2. The steps: each step's illustration (mirrored for the right side), the
   instruction, which side it works, "Step 2 of 5" and a countdown ring; a
   breathing step adds the breath pacer. Pause, Previous and Next move
   around; the player keeps its own time (pauses do not count).
3. The finish page: what was really done (steps *followed*, see
   ``RoutineProgress``), never a trap: Done is there at once when the
   routine was done or chosen on demand, Escape and the close button press
   it, and the page closes by itself ``AUTO_CLOSE_S`` seconds later. A routine
   hurried through with Next before the break's minimum time offers a way
   back to the first missed step (and Skip, unless strict).

The window keeps one size for every routine it may show (``content.sizing``).
"""

from __future__ import annotations

import itertools
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from psoas_desk.core.routines import Routine, RoutineKind
from psoas_desk.ui.art_view import ArtView
from psoas_desk.ui.break_content import BreakContent
from psoas_desk.ui.breath_pacer import BreathPacer
from psoas_desk.ui.countdown_ring import CountdownRing
from psoas_desk.ui.fmt import duration_text
from psoas_desk.ui.popup_base import BreakPopup
from psoas_desk.ui.popup_parts import TextRole, postpone_group, text_label
from psoas_desk.ui.routine_controls import Page, PageButtons
from psoas_desk.ui.routine_pages import DetailsPage, IntroPage, SummaryPage
from psoas_desk.ui.routine_progress import RoutineProgress
from psoas_desk.ui.routine_steps import StepsPage

INTRO_S = 12.0
"""Seconds "Before you start" stays before the routine starts by itself."""
AUTO_CLOSE_S = 10.0
"""Seconds the finish page stays once Done is available."""


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
        self._lines = tuple(line for line in content.safety
                            if line.applies_to(self._routine)) if self._routine.safety else ()
        self._page = Page.INTRO if self._lines else Page.STEPS
        self._intro_until: float | None = None
        self._intro_armed = False
        """Whether the start-by-itself countdown was set (once, at the first showing)."""
        self._close_at: float | None = None
        sizing = (self._routine, *content.sizing)

        self._heading = text_label(TextRole.HEADING, self._routine.title.get(locale), self)
        self._heading.setObjectName("headingLabel")
        self._position = text_label(TextRole.BODY, parent=self)
        self._position.setObjectName("positionLabel")
        self._position.setWordWrap(False)
        self._why_box = self._why_line(self._routine, sizing, keep_room=False)[1]
        self._steps = StepsPage([step.text.get(locale) for r in sizing for step in r.steps],
                                reduce_motion=content.reduce_motion, parent=self)
        self._steps.pacer.frame_due.connect(self.refresh)

        room = tuple(content.safety) if any(r.safety for r in sizing) else ()
        self._intro = IntroPage(self._routine, self._lines, locale, room, self)
        self._intro.details.clicked.connect(lambda: self._go(Page.DETAILS))
        self._details = DetailsPage(self._lines, locale, room, self)
        last_art = [step.art for step in self._routine.steps if step.art]
        self._summary = SummaryPage(last_art[-1] if last_art else None, self)

        self._buttons = PageButtons(self)
        self._buttons.start.clicked.connect(lambda: self._go(Page.STEPS))
        self._buttons.back.clicked.connect(lambda: self._go(
            Page.INTRO if not self._progress.started else Page.STEPS))
        self._buttons.previous.clicked.connect(self._on_previous)
        self._buttons.pause.clicked.connect(self._on_pause)
        self._buttons.next.clicked.connect(self._on_next)
        self._buttons.resume_steps.clicked.connect(self._on_back_to_steps)
        self._start_note = self._buttons.start_note

        self._stack = QStackedWidget(self)
        self._build_layout()
        self._show_step(0)
        self._go(self._page)

    # -- what the user sees, for the app's tests and tools -------------------

    @property
    def page(self) -> Page:
        """The page on show."""
        return self._page

    @property
    def step_text(self) -> str:
        """The current instruction ("" when no step shows)."""
        return self._steps.instruction if self._page is Page.STEPS else ""

    @property
    def position_text(self) -> str:
        """"Step 2 of 5" ("" when no step shows)."""
        return self._position.text() if self._position.isVisibleTo(self) else ""

    @property
    def side_text(self) -> str:
        """"Left side", "Right side" or ""."""
        return self._steps.side_text if self._page is Page.STEPS else ""

    @property
    def safety_texts(self) -> tuple[str, ...]:
        """The safety notes before the routine (compact form), or ()."""
        return self._intro.note_texts if self._lines else ()

    @property
    def safety_details(self) -> tuple[str, ...]:
        """The safety lines in full (the Details page)."""
        return self._details.texts

    @property
    def summary_texts(self) -> tuple[str, ...]:
        """The finish page's lines once the routine is over, else ()."""
        if self._page is not Page.SUMMARY:
            return ()
        return self._summary.texts

    @property
    def finished(self) -> bool:
        """Whether the routine's steps are over and the finish page shows."""
        return self._page is Page.SUMMARY

    @property
    def routine_done(self) -> bool:
        return self._page is Page.SUMMARY and self._progress.all_followed

    @property
    def leave_early(self) -> bool:
        return (self._page is Page.SUMMARY and not self.routine_done
                and self._active is not None and self._active.requested
                and self._engine_wait_s(self._clock()) > 0)

    @property
    def details_link(self) -> QWidget:
        """The "Details" link on the first page."""
        return self._intro.details

    @property
    def buttons(self) -> PageButtons:
        """Start now, Back, Previous, Pause, Next and "Back to step N"."""
        return self._buttons

    @property
    def ring(self) -> CountdownRing:
        """The step's countdown ring."""
        return self._steps.ring

    @property
    def art(self) -> ArtView:
        """The step's illustration."""
        return self._steps.art

    @property
    def pacer(self) -> BreathPacer:
        """The breath pacer (visible on breathing steps)."""
        return self._steps.pacer

    # -- layout -----------------------------------------------------------------

    def _build_layout(self) -> None:
        em = self.fontMetrics().height()
        # Page values are the stack's indexes, in declaration order.
        for page_widget in (self._intro, self._steps, self._details, self._summary):
            # QStackedLayout asks its pages' size policies whether their
            # height depends on the width (wrapped text does).
            policy = page_widget.sizePolicy()
            policy.setHeightForWidth(True)
            page_widget.setSizePolicy(policy)
            self._stack.addWidget(page_widget)

        controls = QHBoxLayout()
        controls.addWidget(self._buttons, 1)
        controls.addLayout(postpone_group(self.postpone_button, self.postpone_menu_button))
        controls.addWidget(self.skip_button)
        controls.addWidget(self.done_button)

        header = QHBoxLayout()
        header.addWidget(self._heading, 1)
        header.addWidget(self._position, 0, Qt.AlignmentFlag.AlignTop)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(em, em, em, em)
        outer.setSpacing(em // 2)
        outer.addLayout(header)
        outer.addWidget(self._why_box)
        outer.addSpacing(em // 2)
        outer.addWidget(self._stack, 1)
        outer.addSpacing(em // 4)
        outer.addLayout(controls)
        # Tab goes through the controls in the order they are seen.
        chain = (self, self._intro.details, *self._buttons.focus_chain(), self.postpone_button,
                 self.postpone_menu_button, self.skip_button, self.done_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- behaviour --------------------------------------------------------------

    def _go(self, page: Page) -> None:
        """Show ``page`` (and start the routine's clock when the steps first show)."""
        now = self._clock()
        if page is Page.DETAILS:
            self._intro_until = None  # reading: no start by itself
        if page is Page.STEPS and self._on_screen:
            self._progress.start(now)
        self._page = page
        self._stack.setCurrentIndex(page.value)
        self._buttons.show_page(page)
        self._position.setVisible(page is Page.STEPS)
        self._start_note.setVisible(page is Page.INTRO and self._intro_until is not None)
        self.done_button.setVisible(page is Page.SUMMARY)
        self._update_escape_visibility()
        if self._on_screen:
            self.refresh()

    def _show_step(self, index: int) -> None:
        if index == self._shown_index:
            return
        self._shown_index = index
        self._steps.show_step(self._routine.steps[index], self._texts[index])
        self._position.setText(_tr("Step %1 of %2").replace("%1", str(index + 1)).replace(
            "%2", str(len(self._texts))))
        self._buttons.previous.setEnabled(index > 0)

    def _show_summary(self) -> None:
        progress = self._progress
        self._summary.show_outcome(
            followed=progress.steps_followed, total=len(self._texts),
            spent_s=progress.active_s(self._clock()),
            breathing=self._routine.kind is RoutineKind.BREATHING)
        if not progress.all_followed:
            self._buttons.set_missed_step(progress.first_unfollowed() or 0)
        self._buttons.resume_steps.setVisible(not progress.all_followed)
        self._steps.pacer.set_pattern(None)
        self._close_at = None
        self._go(Page.SUMMARY)
        self.routine_finished.emit()

    def _finishable(self, now: float) -> bool:
        active = self._active
        return (self.routine_done or (active is not None and active.requested)
                or self._engine_wait_s(now) <= 0)

    def _refresh(self, now: float) -> None:
        if self._page is Page.INTRO and self._intro_until is not None:
            left = self._intro_until - now
            if left <= 0:
                self._go(Page.STEPS)
                return
            self._start_note.setText(_tr("Starts by itself in %1").replace(
                "%1", duration_text(math.ceil(left))))
        if self._page is Page.SUMMARY:
            self._refresh_summary(now)
            return
        progress = self._progress
        progress.sync(now)
        if progress.finished:
            self._show_summary()
            return
        index = progress.index
        self._show_step(index)
        self._steps.ring.set_time(progress.remaining_in_step(now), progress.duration(index), now)
        self._steps.ring.set_caption(_tr("paused") if progress.paused else "")
        if self._routine.steps[index].breath is not None and self._page is Page.STEPS:
            self._steps.pacer.show_at(progress.elapsed_in_step(now))

    def _refresh_summary(self, now: float) -> None:
        if not self._finishable(now):
            self._summary.note.setText("")
            self._update_escape_visibility()
            return
        if self._close_at is None:
            self._close_at = now + AUTO_CLOSE_S
            self._update_escape_visibility()
        left = self._close_at - now
        note = (_tr("Not counted as a break.") + " ") if self.leave_early else ""
        self._summary.note.setText(note + _tr("Closes by itself in %1").replace(
            "%1", duration_text(max(1, math.ceil(left)))))
        if left <= 0 and self._on_screen:
            self._close_at = math.inf  # once
            self.done_requested.emit()

    def _done_wait_s(self, now: float) -> float:
        return 0.0 if self._finishable(now) else self._engine_wait_s(now)

    def _update_done(self, now: float) -> None:
        if self._page is Page.SUMMARY:
            super()._update_done(now)

    def _next_tick_s(self, now: float) -> float:
        if self._page is not Page.STEPS or self._progress.paused:
            return 1.0
        # Steps and breaths last whole seconds: wake on the second boundary.
        return 1.0 - (self._progress.elapsed_in_step(now) % 1.0)

    def _update_escape_visibility(self) -> None:
        if self._page is not Page.SUMMARY:
            super()._update_escape_visibility()
            return
        # The finish page: Done, or (hurried through before the break's
        # minimum time) the way back to the steps and Skip.
        stuck = not self._finishable(self._clock())
        self.postpone_button.setVisible(False)
        self.postpone_menu_button.setVisible(False)
        self.skip_button.setVisible(stuck and not self._strict)

    def _escape(self) -> None:
        if self._page is Page.SUMMARY:
            if self.done_button.isEnabled():
                self.done_requested.emit()
            return
        super()._escape()

    def _on_screen_changed(self, on_screen: bool) -> None:
        if not on_screen:
            return
        now = self._clock()
        if self._page is Page.INTRO and not self._intro_armed:
            self._intro_armed = True
            self._intro_until = now + INTRO_S
            self._start_note.setVisible(True)
        if self._page is Page.STEPS:
            self._progress.start(now)

    def _on_previous(self) -> None:
        self._progress.previous(self._clock())
        self.refresh()

    def _on_next(self) -> None:
        self._progress.next(self._clock())
        self.refresh()

    def _on_back_to_steps(self) -> None:
        missed = self._progress.first_unfollowed()
        self._progress.go_to(self._clock(), missed or 0)
        self._shown_index = -1
        self._go(Page.STEPS)

    def _on_pause(self) -> None:
        now = self._clock()
        if self._progress.paused:
            self._progress.resume(now)
        else:
            self._progress.pause(now)
        self._buttons.set_paused(self._progress.paused)
        self._steps.pacer.set_running(not self._progress.paused)
        self.refresh()
