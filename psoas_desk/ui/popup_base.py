"""What every break popup shares: content, window behaviour, key guard, escape hatches.

A break popup is a top-level, stay-on-top window of a fixed size (no
maximise; a window manager that minimises it anyway sees it come back) that
appears *without* taking the keyboard focus, and ignores every key for the first
``key_guard_s`` seconds after it appears (``ui/key_guard.py``): someone typing
when it pops up must not press one of its buttons by accident. No button is
ever default, so Enter and Space do nothing unless a button has been given
the focus on purpose. After the guard, Escape postpones the break when
postponing is allowed, and the window manager's close button does the same;
otherwise both do nothing.
The app closes the popup with ``close()`` when the engine says the break is
over; closing deletes the window.

Time comes from an injected monotonic ``clock``; a 1 s timer (running only
while the popup is on screen) calls ``refresh()``.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QScreen, QShowEvent
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget

from psoas_desk.core.routines import Routine
from psoas_desk.core.snapshot import ActiveBreak
from psoas_desk.ui.break_content import BreakContent
from psoas_desk.ui.countdown_ring import SpokenCountdown
from psoas_desk.ui.fmt import duration_text
from psoas_desk.ui.key_guard import KeyGuard
from psoas_desk.ui.kind_texts import kind_texts
from psoas_desk.ui.popup_parts import ReservingBox, TextRole, make_button, text_height, text_label
from psoas_desk.ui.screen_fit import fix_and_centre

log = logging.getLogger(__name__)

WINDOW_FLAGS = (Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint
                | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
                | Qt.WindowType.WindowCloseButtonHint)
"""A titled window with a close button, but no minimise or maximise button."""

def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("BreakPopup", text, None, n)


class BreakPopup(QWidget):
    """Base of the micro-break and stretch-break windows; see ``make_break_popup``.

    Signals:
        postpone_requested(seconds): Postpone pressed (or Escape / the close
            button when postponing is allowed); 0 for the configured length,
            else the length picked from its menu.
        skip_requested: Skip pressed.
        done_requested: Done pressed; ``routine_done`` and ``leave_early``
            say how the break ends.
        routine_finished: a stretch routine played its last step; the
            summary is showing. Never emitted by a micro-break.
        used: the person clicked, scrolled, pointed into or typed in the
            popup (at most once a second): that input is the break's own, not
            work going on through it. Keys ignored by the key guard are not use.
    """

    used = Signal()
    postpone_requested = Signal(int)
    skip_requested = Signal()
    done_requested = Signal()
    routine_finished = Signal()

    width_chars = 64
    """Preferred width in average characters of the window font."""

    def __init__(self, content: BreakContent, *, key_guard_s: float = 2.0,
                 clock: Callable[[], float] = time.monotonic,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, WINDOW_FLAGS)
        self._content = content
        self._clock = clock
        self._guard = KeyGuard(key_guard_s, clock, self)
        self._guard.used.connect(self.used)
        self._on_screen = False
        self._active: ActiveBreak | None = None
        self._active_at = 0.0
        self._skips_left = 0
        self._strict = False
        self._done_spoken = SpokenCountdown()
        self._why: QLabel | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Pointer moves over the window are its own use, not work elsewhere.
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        # When the user brings the window forward, the keyboard focus rests on
        # the window itself, not on a button a Space or Enter would press.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setObjectName(f"{content.kind.value}BreakPopup")
        self.setWindowTitle(kind_texts(content.kind).title)

        self._tick = QTimer(self)
        self._tick.setObjectName("break-popup-tick")
        self._tick.setSingleShot(True)
        self._tick.timeout.connect(self.refresh)

        self._postpone = make_button(_tr("&Postpone"), _tr("Postpone"), _tr(
            "Take this break a little later."), self)
        self._postpone.setObjectName("postponeButton")
        self._postpone.setEnabled(False)
        self._postpone.clicked.connect(lambda: self.postpone_requested.emit(0))
        self._postpone_more = self._postpone_menu_button(content.postpone_choices_s)
        self._skip = make_button(_tr("&Skip"), _tr("Skip"), _tr(
            "Leave this break out. Skips are limited per day."), self)
        self._skip.setObjectName("skipButton")
        self._skip.setEnabled(False)
        self._skip.clicked.connect(self.skip_requested)
        self._done = make_button(_tr("&Done"), _tr("Done"), "", self)
        self._done.setObjectName("doneButton")
        self._done.clicked.connect(self.done_requested)

    # -- public API ---------------------------------------------------------

    @property
    def content(self) -> BreakContent:
        """What this popup shows."""
        return self._content

    @property
    def postpone_button(self) -> QPushButton:
        """The Postpone button (hidden in strict mode)."""
        return self._postpone

    @property
    def postpone_menu_button(self) -> QToolButton:
        """The arrow next to Postpone that offers other lengths (hidden with Postpone)."""
        return self._postpone_more

    @property
    def postpone_menu(self) -> QMenu:
        """The lengths offered by the arrow beside Postpone."""
        return self._postpone_menu

    @property
    def why_text(self) -> str:
        """The routine's "why" line as shown, or ""."""
        return self._why.text() if self._why is not None and self._why.isVisibleTo(self) else ""

    @property
    def routine_done(self) -> bool:
        """Whether the break's routine was really done (ends it at once as completed)."""
        return False

    @property
    def leave_early(self) -> bool:
        """Whether Done ends a requested break before its time (not counted)."""
        return False

    @property
    def skip_button(self) -> QPushButton:
        """The Skip button (hidden in strict mode)."""
        return self._skip

    @property
    def done_button(self) -> QPushButton:
        """The Done button (for a stretch break, on the summary page)."""
        return self._done

    def update_state(self, active: ActiveBreak, *, skips_left: int, strict: bool) -> None:
        """Show the engine's view of the break.

        Args:
            active: the running break as of now.
            skips_left: skips left today.
            strict: strict mode; hides Postpone and Skip.
        """
        self._active = active
        self._active_at = self._clock()
        self._skips_left = skips_left
        self._strict = strict
        left = active.postpones_left
        self._postpone.setText(_tr("&Postpone (%n left)", left))
        self._postpone.setAccessibleName(_tr("Postpone (%n left)", left))
        self._postpone.setEnabled(active.can_postpone)
        self._postpone_more.setEnabled(active.can_postpone)
        self._skip.setText(_tr("&Skip (%n left today)", skips_left))
        self._skip.setAccessibleName(_tr("Skip (%n left today)", skips_left))
        self._skip.setEnabled(active.can_skip)
        self._update_escape_visibility()
        self.refresh()

    def place_on(self, screen: QScreen) -> None:
        """Size the window for ``screen`` and centre it on its available area.

        The width follows the font (``width_chars`` average characters), at
        most 90% of the screen; the height is what the content needs at that
        width, at most 90% of the screen.
        """
        fix_and_centre(self, screen, self.width_chars)

    def refresh(self) -> None:
        """Read the clock and bring everything shown up to date."""
        now = self._clock()
        self._refresh(now)
        self._update_done(now)
        if self._on_screen:
            self._tick.start(max(50, round(self._next_tick_s(now) * 1000)))

    # -- for subclasses -----------------------------------------------------

    def _why_line(self, routine: Routine | None, sizing: Sequence[Routine], *,
                  keep_room: bool) -> tuple[QLabel, ReservingBox]:
        """The routine's "why" line, in a box as tall as the longest "why" of ``sizing``.

        The line is hidden when the routine has none or the settings turn
        "why" lines off. The box (to be laid out by the caller) stays, to keep
        the window's size from one break to the next, when ``keep_room`` and
        some routine of ``sizing`` has a "why"; otherwise it goes with the line.
        """
        content = self._content
        why = routine.why if routine is not None and content.show_why else None
        room = [r.why.get(content.locale) for r in sizing if r.why] if content.show_why else []
        box = ReservingBox(lambda width: max(
            (text_height(label.font(), width, text) for text in room), default=0),
            self, centre=False)
        layout = QVBoxLayout(box.content)
        layout.setContentsMargins(0, 0, 0, 0)
        label = text_label(TextRole.NOTE, why.get(content.locale) if why else "", box.content)
        label.setObjectName("whyLabel")
        label.setVisible(why is not None)
        self._why = label
        layout.addWidget(label)
        layout.addStretch(1)
        box.setVisible(why is not None or (keep_room and bool(room)))
        return label, box


    def _refresh(self, now: float) -> None:
        """Update the content for monotonic time ``now``."""

    def _next_tick_s(self, now: float) -> float:
        """Seconds until the next ``refresh``; subclasses align it to their steps."""
        return 1.0

    def _escape_allowed_here(self) -> bool:
        """Whether Postpone and Skip belong on the current page."""
        return True

    def _on_screen_changed(self, on_screen: bool) -> None:
        """The popup appeared (True) or disappeared (False); start or stop timers."""

    def _local_elapsed(self, now: float) -> float:
        """Seconds since the last ``update_state``."""
        return max(0.0, now - self._active_at) if self._active is not None else 0.0

    def _update_escape_visibility(self) -> None:
        show = not self._strict and self._escape_allowed_here()
        self._postpone.setVisible(show)
        self._postpone_more.setVisible(show and len(self._content.postpone_choices_s) > 1)
        self._skip.setVisible(show)

    def _postpone_menu_button(self, choices_s: tuple[int, ...]) -> QToolButton:
        """The arrow beside Postpone: a menu of lengths, the configured one first."""
        button = QToolButton(self)
        button.setObjectName("postponeMenuButton")
        button.setArrowType(Qt.ArrowType.DownArrow)
        button.setAccessibleName(_tr("Postpone by…"))
        button.setAccessibleDescription(_tr("Choose how long to put this break off."))
        button.setToolTip(_tr("Postpone by…"))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setEnabled(False)
        # As tall as Postpone beside it, so hiding both (strict) keeps the row's height.
        button.setFixedHeight(self._postpone.sizeHint().height())
        menu = QMenu(button)
        menu.setObjectName("postponeMenu")
        for seconds in choices_s:
            action = menu.addAction(_tr("%1 later").replace("%1", duration_text(seconds)))
            action.setObjectName(f"postpone_{seconds}")
            action.triggered.connect(lambda _=False, s=seconds: self.postpone_requested.emit(s))
        # Opened by hand rather than with setMenu(), which would draw a
        # second, smaller arrow beside this one.
        button.clicked.connect(lambda: menu.popup(button.mapToGlobal(
            button.rect().bottomLeft())))
        self._postpone_menu = menu
        return button

    def _engine_wait_s(self, now: float) -> float:
        """Seconds until the engine lets this break end as completed."""
        if self._active is None:
            return 0.0
        return max(0.0, self._active.can_finish_in_s - self._local_elapsed(now))

    def _done_wait_s(self, now: float) -> float:
        """Seconds until Done can be pressed; the routine player may allow it sooner."""
        return self._engine_wait_s(now)

    def _update_done(self, now: float) -> None:
        wait_s = math.ceil(self._done_wait_s(now))
        text = _tr("&Done") if wait_s == 0 else _tr("Done in %1").replace(
            "%1", duration_text(wait_s))
        if text != self._done.text():
            self._done.setText(text)
        self._done.setEnabled(wait_s == 0)
        if self._done_spoken.due(now, wait_s):
            self._done.setAccessibleDescription(_tr("Ends the break.") if wait_s == 0 else _tr(
                "Available in %1").replace("%1", duration_text(wait_s)))

    def _escape(self) -> None:
        if self._postpone.isVisibleTo(self) and self._postpone.isEnabled():
            self.postpone_requested.emit(0)

    # -- Qt events ----------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self._escape()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            # A fresh appearance (not a restore): guard the keyboard again.
            self._guard.arm((self, *self.findChildren(QWidget)))
            # Only remembered for now: an inactive window gets no focus.
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            if self._content.takes_keyboard:
                QTimer.singleShot(round(self._guard.guard_s * 1000), self, self._take_keyboard)
        self._on_screen = True
        self._on_screen_changed(True)
        self.refresh()

    def _take_keyboard(self) -> None:
        """The key guard is over (dim and full-screen modes): keys come here now."""
        if self._on_screen:
            self.raise_()
            self.activateWindow()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._on_screen = False
        self._tick.stop()
        self._on_screen_changed(False)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.minimumWidth() == \
                self.maximumWidth():
            # Fixed in place_on; a longer text since (a countdown, another page's
            # buttons in a long language) may need more room: grow, never clip.
            needed = self.minimumSizeHint()
            if needed.width() > self.width() or needed.height() > self.height():
                self.setFixedSize(self.size().expandedTo(needed))
        return handled

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Some window managers (openbox) offer minimise whatever the window
        # asks for: a minimised break would be a forgotten one, so it comes back.
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            log.info("break window minimised; shown again", extra={
                "event": "popup_unminimised", "kind": self._content.kind.value})
            QTimer.singleShot(0, self, self.showNormal)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous():
            # The window manager's close button (or Alt+F4): the app decides
            # when a break ends, so treat it like Escape and keep the window.
            # A click that lands on the popup as it appears is not a choice.
            event.ignore()
            if self._guard.keys_allowed():
                self._escape()
            return
        super().closeEvent(event)
