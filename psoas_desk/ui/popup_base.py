"""What every break popup shares: content, window behaviour, key guard, escape hatches.

A break popup is a top-level, stay-on-top window of a fixed size (no
maximise; a window manager that minimises it anyway sees it come back) that
appears *without* taking the keyboard focus, and ignores every key for the first
``key_guard_s`` seconds after it appears: someone typing when it pops up must
not press one of its buttons by accident (RESEARCH §2B: Space/Enter typed into
a break window skipped the break). No button is ever default, so Enter and
Space do nothing unless a button has been given the focus on purpose. After
the guard, Escape postpones the break when postponing is allowed, and the
window manager's close button does the same; otherwise both do nothing.
The app closes the popup with ``close()`` when the engine says the break is
over; closing deletes the window.

Time comes from an injected monotonic ``clock``; a 1 s timer (running only
while the popup is on screen) calls ``refresh()``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QScreen, QShowEvent
from PySide6.QtWidgets import QMenu, QPushButton, QToolButton, QWidget

from psoas_desk.core.model import BreakKind
from psoas_desk.core.routines import Checklist, Routine, SafetyLine
from psoas_desk.core.snapshot import ActiveBreak
from psoas_desk.ui.countdown_ring import SpokenCountdown
from psoas_desk.ui.fmt import duration_text
from psoas_desk.ui.popup_parts import make_button

WINDOW_FLAGS = (Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint
                | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
                | Qt.WindowType.WindowCloseButtonHint)
"""A titled window with a close button, but no minimise or maximise button."""

_GUARDED_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
                             QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut})
_USE_EVENTS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.Enter,
                         QEvent.Type.HoverMove, QEvent.Type.KeyPress})
"""Input that means the person is using the popup itself (not working elsewhere)."""
USE_REPORT_S = 1.0
"""``used`` is emitted at most this often."""
# Share of the screen a popup may cover at most.
_SCREEN_SHARE = 0.9


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("BreakPopup", text, None, n)


@dataclass(frozen=True)
class BreakContent:
    """What a break popup shows.

    Attributes:
        kind: micro-break or stretch break.
        routine: the routine to guide, or None for a short built-in
            suggestion ("Stand up, breathe, reset").
        checklist: the checklist a posture-check micro-break shows.
        safety: the safety lines shown with stretch routines.
        locale: the language for content texts, e.g. "en" or "de".
        show_why: show the routine's "why" line.
        reduce_motion: no animation (the breathing pacer shows words only).
        sizing: every routine this kind of popup may show: the window keeps
            room for the longest of them, so its size does not change from
            one break to the next.
        postpone_choices_s: the lengths Postpone offers, in seconds, the
            configured one first (empty: only the configured one).
        takes_keyboard: take the keyboard once the key guard is over (the
            dim and full-screen modes, where the person's own window is
            hidden and typing into it would be typing blind).
    """

    kind: BreakKind
    routine: Routine | None
    checklist: Checklist | None
    safety: tuple[SafetyLine, ...]
    locale: str
    show_why: bool = True
    reduce_motion: bool = False
    sizing: tuple[Routine, ...] = ()
    postpone_choices_s: tuple[int, ...] = ()
    takes_keyboard: bool = False


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
        self._key_guard_s = key_guard_s
        self._shown_at: float | None = None
        self._used_at = -math.inf
        self._on_screen = False
        self._active: ActiveBreak | None = None
        self._active_at = 0.0
        self._skips_left = 0
        self._strict = False
        self._done_spoken = SpokenCountdown()
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Pointer moves over the window are its own use, not work elsewhere.
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        # When the user brings the window forward, the keyboard focus rests on
        # the window itself, not on a button a Space or Enter would press.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        stretch = content.kind is BreakKind.STRETCH
        self.setObjectName("stretchBreakPopup" if stretch else "microBreakPopup")
        self.setWindowTitle(_tr("Stretch break") if stretch else _tr("Micro-break"))

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
        if self.screen() is not screen:
            self.setScreen(screen)
        # Fonts and style come with polishing; measure with the real ones.
        self.ensurePolished()
        area = screen.availableGeometry()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        minimum = self.minimumSizeHint().expandedTo(self.minimumSize())
        width = round(self.fontMetrics().averageCharWidth() * self.width_chars)
        width = max(min(width, round(area.width() * _SCREEN_SHARE)), minimum.width())
        # Wrapped text is as tall as the width makes it: ask for that width's
        # height (the size hint is for a narrower, taller shape).
        wanted = (self.heightForWidth(width) if self.hasHeightForWidth()
                  else self.sizeHint().height())
        height = max(wanted, minimum.height())
        height = min(height, round(area.height() * _SCREEN_SHARE))
        # A fixed size: window managers then offer no maximise and no resizing
        # (openbox, KWin and Mutter read it from the size hints).
        self.setFixedSize(width, height)
        # Centred; on a screen too small for the content, the title bar and
        # the top left stay on screen.
        self.move(max(area.x(), area.x() + (area.width() - self.width()) // 2),
                  max(area.y(), area.y() + (area.height() - self.height()) // 2))

    def refresh(self) -> None:
        """Read the clock and bring everything shown up to date."""
        now = self._clock()
        self._refresh(now)
        self._update_done(now)
        if self._on_screen:
            self._tick.start(max(50, round(self._next_tick_s(now) * 1000)))

    # -- for subclasses -----------------------------------------------------

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

    def _update_done(self, now: float) -> None:
        wait = 0.0
        if self._active is not None:
            wait = self._active.can_finish_in_s - self._local_elapsed(now)
        wait_s = max(0, math.ceil(wait))
        text = _tr("&Done") if wait_s == 0 else _tr("Done in %1").replace(
            "%1", duration_text(wait_s))
        if text != self._done.text():
            self._done.setText(text)
        self._done.setEnabled(wait_s == 0)
        if self._done_spoken.due(now, wait_s):
            self._done.setAccessibleDescription(_tr("Ends the break.") if wait_s == 0 else _tr(
                "Available in %1").replace("%1", duration_text(wait_s)))

    def _keys_allowed(self) -> bool:
        return (self._shown_at is not None
                and self._clock() - self._shown_at >= self._key_guard_s)

    def _escape(self) -> None:
        if self._postpone.isVisibleTo(self) and self._postpone.isEnabled():
            self.postpone_requested.emit(0)

    # -- Qt events ----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _GUARDED_EVENTS and not self._keys_allowed():
            # Accepting the override keeps mnemonics (Alt+P) from firing too.
            event.accept()
            return True
        if event.type() in _USE_EVENTS:
            self._report_use()
        return super().eventFilter(watched, event)

    def _report_use(self) -> None:
        now = self._clock()
        if now - self._used_at >= USE_REPORT_S:
            self._used_at = now
            self.used.emit()

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
            self._shown_at = self._clock()
            # Only remembered for now: an inactive window gets no focus.
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            for widget in (self, *self.findChildren(QWidget)):
                widget.installEventFilter(self)
            if self._content.takes_keyboard:
                QTimer.singleShot(round(self._key_guard_s * 1000), self, self._take_keyboard)
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
            QTimer.singleShot(0, self, self.showNormal)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous():
            # The window manager's close button (or Alt+F4): the app decides
            # when a break ends, so treat it like Escape and keep the window.
            # A click that lands on the popup as it appears is not a choice.
            event.ignore()
            if self._keys_allowed():
                self._escape()
            return
        super().closeEvent(event)
