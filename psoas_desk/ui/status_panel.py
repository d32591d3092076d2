"""The status panel: today's facts in a small, calm window, plus the main actions.

Opened from the tray icon (left click); without a tray it is the app's main
window. Then it says why once (:meth:`StatusPanel.set_no_tray_reason`), and
its close button minimises it instead of hiding it, so it stays reachable from
the taskbar; the app keeps running (``psoas-desk`` again raises it,
``psoas-desk quit`` ends it). Like the tray it only renders :class:`AppView`
values and emits intents.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from psoas_desk.core.model import BreakKind, EngineState, PauseKind, Posture
from psoas_desk.ui.intents import IntentSignals
from psoas_desk.ui.kind_texts import kind_texts
from psoas_desk.ui.routine_menu import RoutineEntry, fill_routine_menu
from psoas_desk.ui.screen_fit import keep_on_screen, place_near, room_for
from psoas_desk.ui.status_facts import StatusFacts, put_enabled, put_text, put_visible
from psoas_desk.ui.view import AppView

PANEL_TITLE = "psoas-desk status"
QUICK_PAUSE_S = 30 * 60


class StatusPanel(IntentSignals, QWidget):
    """A window with the live status, today's figures and buttons for the main intents.

    Its intents are :class:`IntentSignals`; of pauses it offers only 30 minutes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the window; it shows placeholders until the first :meth:`update`."""
        super().__init__(parent, Qt.WindowType.Window)
        # PANEL_TITLE is the English title; the window shows it translated.
        self.setWindowTitle(self.tr("psoas-desk status"))
        self.setAccessibleName(self.windowTitle())
        self._view: AppView | None = None
        self._posture_target = Posture.STANDING
        self._paused = False
        self._no_tray = False
        self._in_break = False
        self._has_routines = False

        # WORKAROUND: with PySide6 6.12, a button in a layout that had no
        # parent yet, connected to a lambda holding self, crashed the process
        # when the panel was collected. Every layout gets its parent before
        # it gets widgets, and every widget is created with the panel as parent.
        outer = QVBoxLayout(self)
        # Wide enough for every button's text (translations run long); the
        # facts' height is the scroll area's to give.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        # The facts scroll on a screen too small for them (at 200% a
        # 1600x1000 screen is 800x500); the buttons below always show.
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("panel-scroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._body = StatusFacts(self._scroll)
        # Never squeeze rows below their size: the scroll area scrolls instead.
        body_layout = self._body.layout()
        assert body_layout is not None
        body_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self._scroll.setWidget(self._body)
        outer.addWidget(self._scroll, 1)
        outer.addSpacing(self.fontMetrics().height() // 2)
        grid = QGridLayout()
        outer.addLayout(grid)
        self._buttons: dict[str, QPushButton] = {}
        self._build_buttons(grid)
        # Wide enough that the figures do not reflow as they tick.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)
        # Escape closes the panel like its close button (without a tray:
        # minimises it), so a keyboard user can get out of it.
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)

    # -- building ------------------------------------------------------------
    def _build_buttons(self, grid: QGridLayout) -> None:
        kinds = {kind: kind_texts(kind) for kind in BreakKind}
        specs = (*((kind.value, texts.start_button, self._break_starter(kind))
                   for kind, texts in kinds.items()),
                 # Opens its menu of routines (set_routines); the click does nothing else.
                 ("routines", self.tr("R&outines"), lambda: None),
                 ("self_break", self.tr("I just took a &break"), self.self_break_reported.emit),
                 ("posture", self.tr("I'm &standing"),
                  lambda: self.posture_requested.emit(self._posture_target)),
                 ("reading", self.tr("Rea&ding or watching"), self._on_reading_clicked),
                 ("pause", self.tr("&Pause 30 min"), self._on_pause_clicked),
                 ("checklist", self.tr("Posture &checklist"), self.checklist_requested.emit),
                 ("stats", self.tr("St&atistics"), self.stats_requested.emit),
                 ("settings", self.tr("S&ettings"), self.settings_requested.emit),
                 ("quit", self.tr("&Quit psoas-desk"), self.quit_requested.emit))
        descriptions = {
            **{kind.value: texts.start_help for kind, texts in kinds.items()},
            "routines": self.tr("Choose any routine to start now: at your desk, at home "
                                "or breathing."),
            "self_break": self.tr("Counts a break you just took on your own; the sitting "
                                  "clock starts again."),
            "posture": self.tr("Tells psoas-desk whether you sit or stand now."),
            "reading": self.tr("Time without typing counts as sitting, not as away, until "
                               "you type again."),
            "pause": self.tr("Pauses or resumes the break reminders."),
            "checklist": self.tr("Opens the checklist for setting up your desk and chair."),
            "stats": self.tr("Opens your sitting and break history."),
            "settings": self.tr("Opens the settings window."),
            "quit": self.tr("Ends psoas-desk; no more break reminders until you start it again."),
        }
        for i, (name, text, slot) in enumerate(specs):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAccessibleDescription(descriptions[name])
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            self._buttons[name] = button
            grid.addWidget(button, i // 3, i % 3)
        self._routines = QMenu(self._buttons["routines"])
        self._routines.setObjectName("routinesMenu")
        self._buttons["routines"].setMenu(self._routines)
        self._buttons["routines"].setEnabled(False)  # until set_routines
        self._buttons["reading"].setCheckable(True)
        # With a tray, Quit lives in its menu; without one it has to be here.
        self._buttons["quit"].hide()
        self._set_button_names()

    def _break_starter(self, kind: BreakKind) -> Callable[[], None]:
        return lambda: self.break_requested.emit(kind)

    def set_routines(self, entries: Sequence[RoutineEntry]) -> None:
        """Offer these routines under the Routines button."""
        fill_routine_menu(self._routines, entries, self.routine_requested.emit)
        self._has_routines = bool(entries)
        self._buttons["routines"].setEnabled(self._has_routines and not self._in_break)

    def routines_menu(self) -> QMenu:
        """The menu of routines (for tests and screenshots)."""
        return self._routines

    def _set_button_names(self) -> None:
        for button in self._buttons.values():
            name = button.text().replace("&", "")
            if button.accessibleName() != name:
                button.setAccessibleName(name)

    def _on_reading_clicked(self) -> None:
        self.reading_requested.emit(self._buttons["reading"].isChecked())

    def _on_pause_clicked(self) -> None:
        if self._paused:
            self.resume_requested.emit()
        else:
            self.pause_requested.emit(PauseKind.TIMED, QUICK_PAUSE_S)

    # -- public --------------------------------------------------------------
    def button(self, name: str) -> QPushButton:
        """A button by object name ("micro", "stretch", "posture", "pause", ...)."""
        return self._buttons[name]

    def value(self, name: str) -> QLabel:
        """A figure's label by object name ("bout", "next", "today_sitting", ...)."""
        return self._body.value(name)

    def set_no_tray_reason(self, text: str) -> None:
        """Say why this window stands in for the tray ("" removes the line).

        While a reason is set and no view says a tray is up, closing the
        window minimises it.
        """
        self._body.set_reason(text)
        if self._view is None:
            self._set_no_tray(bool(text))

    def update(self, view: AppView) -> None:  # type: ignore[override]
        """Show ``view``: state, figures, notices and which buttons apply.

        Only what changed is set. Besides saving repaints, this matters
        because with PySide6 6.12 on Python 3.11 every call of a Qt method
        that returns nothing drops one reference to None, which eventually
        aborts the interpreter; an idle refresh should cost no such calls.
        """
        self._view = view
        self._set_no_tray(not view.tray_available)
        snap = view.snapshot
        self._body.show_view(view)
        self._fit_height()

        in_break = snap.state is EngineState.IN_BREAK
        for kind in BreakKind:
            put_enabled(self._buttons[kind.value], not in_break)
        self._in_break = in_break
        put_enabled(self._buttons["routines"], self._has_routines and not in_break)
        standing = snap.posture is Posture.STANDING
        self._posture_target = Posture.SITTING if standing else Posture.STANDING
        put_text(self._buttons["posture"], self.tr("I'm s&itting") if standing
                  else self.tr("I'm &standing"))
        if self._buttons["reading"].isChecked() != snap.reading:
            self._buttons["reading"].setChecked(snap.reading)
        self._paused = snap.state is EngineState.PAUSED
        put_text(self._buttons["pause"], self.tr("&Resume") if self._paused
                  else self.tr("&Pause 30 min"))
        self._set_button_names()

    def show_near(self, anchor: QRect) -> None:
        """Show the panel next to ``anchor`` (the tray icon, or the pointer), on its screen."""
        if not self.isVisible():
            # The scroll area's width follows its content (set in _fit_height);
            # settle the layout before measuring where the window goes.
            self._fit_height()
            layout = self.layout()
            if layout is not None:
                layout.activate()
            self.adjustSize()
            self._fit_height()
        place_near(self, anchor)
        self.show()
        self.raise_()
        self.activateWindow()
        # Shown, the window may still grow to its content's final width (the
        # scroll area follows the facts); keep all of it on the screen then.
        QTimer.singleShot(0, self._keep_in_view)

    def _keep_in_view(self) -> None:
        if self.isVisible():
            keep_on_screen(self)

    def _set_no_tray(self, no_tray: bool) -> None:
        self._no_tray = no_tray
        put_visible(self._buttons["quit"], no_tray)

    def _fit_height(self) -> None:
        """Grow to the height the wrapped lines need at the current width.

        The layout's minimum size ignores how many lines a wrapped label
        takes (QLayout's SetMinimumSize does not use height-for-width), so
        with longer text (a notice, a translation) every row was squeezed a
        few pixels and the text cut off at the bottom.
        """
        layout = self.layout()
        if layout is None:
            return
        # As wide as the facts need with a vertical scroll bar beside them,
        # so nothing is ever cut at the side.
        wide = self._body.minimumSizeHint().width() + self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent)
        if self._scroll.minimumWidth() != wide:
            self._scroll.setMinimumWidth(wide)
        width = self._scroll.viewport().width() or self._body.width()
        body = max(self._body.heightForWidth(width), self._body.minimumSizeHint().height())
        rest = layout.totalSizeHint().height() - self._scroll.sizeHint().height()
        needed = body + max(0, rest)
        room = room_for(self)
        if room is not None:
            needed = min(needed, room.height())
        if needed > self.height():
            self.resize(self.width(), needed)

    # -- events --------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Without a tray, minimise instead of closing so the window stays reachable."""
        if self._no_tray:
            event.ignore()
            self.showMinimized()
            return
        super().closeEvent(event)

