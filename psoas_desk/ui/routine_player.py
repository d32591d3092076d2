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

import enum
import itertools
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from psoas_desk.core.routines import Routine, RoutineKind, Side
from psoas_desk.ui.art_view import ArtView
from psoas_desk.ui.breath_pacer import BreathPacer
from psoas_desk.ui.countdown_ring import CountdownRing
from psoas_desk.ui.fmt import duration_text
from psoas_desk.ui.popup_base import BreakContent, BreakPopup
from psoas_desk.ui.popup_parts import (
    ReservingBox,
    TextRole,
    make_button,
    postpone_group,
    scaled_font,
    text_height,
    text_label,
)
from psoas_desk.ui.routine_pages import DetailsPage, IntroPage, SummaryPage, back_button
from psoas_desk.ui.routine_progress import RoutineProgress

INTRO_S = 12.0
"""Seconds "Before you start" stays before the routine starts by itself."""
AUTO_CLOSE_S = 10.0
"""Seconds the finish page stays once Done is available."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoutinePlayer", text)


class Page(enum.Enum):
    INTRO = 0
    STEPS = 1
    DETAILS = 2
    SUMMARY = 3


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
        why = self._routine.why if content.show_why else None
        self._why = text_label(TextRole.NOTE, why.get(locale) if why else "", self)
        self._why.setObjectName("whyLabel")
        self._why.setVisible(why is not None)
        self._why_room = [r.why.get(locale) for r in sizing if r.why] if content.show_why else []

        self._art = ArtView(self, lines=16)
        self._side = text_label(TextRole.BODY, parent=self)
        self._side.setObjectName("sideLabel")
        self._side.setFont(scaled_font(self._side.font(), 1.0, bold=True))
        self._instruction = text_label(TextRole.LEAD, parent=self)
        self._instruction.setObjectName("stepLabel")
        self._instruction.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._step_room = [step.text.get(locale) for r in sizing for step in r.steps]
        self._ring = CountdownRing(self, lines=5)
        self._ring.reserve_captions([_tr("paused")])
        self._pacer = BreathPacer(self, reduce_motion=content.reduce_motion)
        self._pacer.frame_due.connect(self.refresh)

        room = tuple(content.safety) if any(r.safety for r in sizing) else ()
        self._intro = IntroPage(self._routine, self._lines, locale, room, self)
        self._intro.details.clicked.connect(lambda: self._go(Page.DETAILS))
        self._details = DetailsPage(self._lines, locale, room, self)
        last_art = [step.art for step in self._routine.steps if step.art]
        self._summary = SummaryPage(last_art[-1] if last_art else None, self)

        self._start = make_button(_tr("Sta&rt now"), _tr("Start now"),
                                  _tr("Starts the first step."), self)
        self._start.setObjectName("startButton")
        self._start.clicked.connect(lambda: self._go(Page.STEPS))
        self._start_note = text_label(TextRole.NOTE, parent=self)
        self._start_note.setObjectName("startNote")
        self._start_note.setWordWrap(False)
        self._back = back_button(self)
        self._back.clicked.connect(lambda: self._go(
            Page.INTRO if not self._progress.started else Page.STEPS))
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
        self._resume_steps = make_button("", _tr("Back to the steps"), _tr(
            "Goes back to the first step you did not follow."), self)
        self._resume_steps.setObjectName("backToStepsButton")
        self._resume_steps.clicked.connect(self._on_back_to_steps)

        self._stack = QStackedWidget(self)
        self._actions = QStackedWidget(self)
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
        return self._instruction.text() if self._page is Page.STEPS else ""

    @property
    def position_text(self) -> str:
        """"Step 2 of 5" ("" when no step shows)."""
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
        return tuple(label.text() for label in (self._summary.title, self._summary.detail,
                                                self._summary.note) if label.text())

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
                and self._engine_wait(self._clock()) > 0)

    @property
    def details_link(self) -> QWidget:
        """The "Details" link on the first page."""
        return self._intro.details

    @property
    def start_button(self) -> QWidget:
        """Start now (first page)."""
        return self._start

    @property
    def back_to_steps_button(self) -> QWidget:
        """"Back to step N" on a finish page reached with steps missed."""
        return self._resume_steps

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

    def _steps_room(self, width: int) -> int:
        """Height of the steps column for the longest step of any routine shown here."""
        em = self.fontMetrics().height()
        font = self._instruction.font()
        longest = max((text_height(font, width, text) for text in self._step_room), default=0)
        timers = max(self._ring.sizeHint().height(), self._pacer.sizeHint().height())
        # The spacing between the three, and a line of air above and below.
        return self._side.sizeHint().height() + longest + timers + em * 4

    def _build_layout(self) -> None:
        em = self.fontMetrics().height()
        column = ReservingBox(self._steps_room, self)
        right = QVBoxLayout(column.content)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(em // 2)
        right.addStretch(1)
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
        steps_page = QWidget(self._stack)
        body = QHBoxLayout(steps_page)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(em * 3 // 2)
        body.addWidget(self._art, 2)
        body.addWidget(column, 3)
        # Page values are the stack's indexes, in declaration order.
        for page_widget in (self._intro, steps_page, self._details, self._summary):
            # QStackedLayout asks its pages' size policies whether their
            # height depends on the width (wrapped text does).
            policy = page_widget.sizePolicy()
            policy.setHeightForWidth(True)
            page_widget.setSizePolicy(policy)
            self._stack.addWidget(page_widget)

        rows = {Page.INTRO: (self._start, self._start_note),
                Page.STEPS: (self._previous, self._pause, self._next),
                Page.DETAILS: (self._back,), Page.SUMMARY: (self._resume_steps,)}
        for page in Page:
            row_widget = QWidget(self._actions)
            row = QHBoxLayout(row_widget)
            row.setContentsMargins(0, 0, 0, 0)
            for button in rows[page]:
                button.setParent(row_widget)
                row.addWidget(button)
            row.addStretch(1)
            self._actions.addWidget(row_widget)
        controls = QHBoxLayout()
        controls.addWidget(self._actions, 1)
        controls.addLayout(postpone_group(self.postpone_button, self.postpone_menu_button))
        controls.addWidget(self.skip_button)
        controls.addWidget(self.done_button)

        header = QHBoxLayout()
        header.addWidget(self._heading, 1)
        header.addWidget(self._position, 0, Qt.AlignmentFlag.AlignTop)
        why_room = ReservingBox(self._why_height, self, centre=False)
        why_box = QVBoxLayout(why_room.content)
        why_box.setContentsMargins(0, 0, 0, 0)
        self._why.setParent(why_room.content)
        why_box.addWidget(self._why)
        why_box.addStretch(1)
        why_room.setVisible(self._why.isVisibleTo(self))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(em, em, em, em)
        outer.setSpacing(em // 2)
        outer.addLayout(header)
        outer.addWidget(why_room)
        outer.addSpacing(em // 2)
        outer.addWidget(self._stack, 1)
        outer.addSpacing(em // 4)
        outer.addLayout(controls)
        # Tab goes through the controls in the order they are seen.
        chain = (self, self._intro.details, self._start, self._back, self._previous,
                 self._pause, self._next, self._resume_steps, self.postpone_button,
                 self.postpone_menu_button, self.skip_button, self.done_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _why_height(self, width: int) -> int:
        font = self._why.font()
        return max((text_height(font, width, text) for text in self._why_room), default=0)

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
        self._actions.setCurrentIndex(page.value)
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
        progress, now = self._progress, self._clock()
        spent = duration_text(progress.active_s(now))
        total = len(self._texts)
        if progress.all_followed:
            title = (_tr("Well done — %1 of slow breathing")
                     if self._routine.kind is RoutineKind.BREATHING
                     else _tr("Well done — %1 of stretching")).replace("%1", spent)
            detail = _tr("All %1 steps followed.").replace("%1", str(total))
        else:
            title = _tr("Routine ended early")
            detail = _tr("%1 of %2 steps followed, %3 in all.").replace(
                "%1", str(progress.steps_followed)).replace("%2", str(total)).replace(
                "%3", spent)
            missed = progress.first_unfollowed()
            self._resume_steps.setText(_tr("&Back to step %1").replace(
                "%1", str((missed or 0) + 1)))
        self._resume_steps.setVisible(not progress.all_followed)
        self._summary.title.setText(title)
        self._summary.detail.setText(detail)
        self._pacer.set_pattern(None)
        self._close_at = None
        self._go(Page.SUMMARY)
        self.routine_finished.emit()

    def _engine_wait(self, now: float) -> float:
        """Seconds until the engine lets this break end as completed."""
        if self._active is None:
            return 0.0
        return max(0.0, self._active.can_finish_in_s - self._local_elapsed(now))

    def _finishable(self, now: float) -> bool:
        active = self._active
        return (self.routine_done or (active is not None and active.requested)
                or self._engine_wait(now) <= 0)

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
        self._ring.set_time(progress.remaining_in_step(now), progress.duration(index), now)
        self._ring.set_caption(_tr("paused") if progress.paused else "")
        if self._routine.steps[index].breath is not None and self._page is Page.STEPS:
            self._pacer.show_at(progress.elapsed_in_step(now))

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

    def _update_done(self, now: float) -> None:
        if self._page is not Page.SUMMARY:
            return
        if self._finishable(now):
            text, enabled = _tr("&Done"), True
        else:
            text = _tr("Done in %1").replace(
                "%1", duration_text(math.ceil(self._engine_wait(now))))
            enabled = False
        if text != self.done_button.text():
            self.done_button.setText(text)
        self.done_button.setEnabled(enabled)

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
