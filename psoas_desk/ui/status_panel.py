"""The status panel: today's facts in a small, calm window, plus the main actions.

Opened from the tray icon (left click); without a tray it is the app's main
window. Then it says why once (:meth:`StatusPanel.set_no_tray_reason`), and
its close button minimises it instead of hiding it, so it stays reachable from
the taskbar; the app keeps running (``psoas-desk`` again raises it,
``psoas-desk quit`` ends it). Like the tray it only renders :class:`AppView`
values and emits intents.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QIcon, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
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
from psoas_desk.core.snapshot import Snapshot
from psoas_desk.ui.fmt import duration_text
from psoas_desk.ui.intents import IntentSignals
from psoas_desk.ui.routine_menu import RoutineEntry, fill_routine_menu
from psoas_desk.ui.screen_fit import keep_on_screen, place_near, room_for
from psoas_desk.ui.tray_icons import TrayIconCache, sitting_progress, tray_icon_state
from psoas_desk.ui.tray_text import idle_hint, next_break_text, state_name, status_line
from psoas_desk.ui.view import AppView

PANEL_TITLE = "psoas-desk status"
QUICK_PAUSE_S = 30 * 60
ICON_SIZE = 48


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
        self._icons = TrayIconCache()
        self._shown_icon: QIcon | None = None
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
        self._body = QWidget(self._scroll)
        layout = QVBoxLayout(self._body)
        # A little room between the longest figure and the scroll bar.
        layout.setContentsMargins(0, 0, self.fontMetrics().averageCharWidth(), 0)
        # Never squeeze rows below their size: the scroll area scrolls instead.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self._build_head(layout)
        layout.addSpacing(self.fontMetrics().height() // 2)
        facts = QGridLayout()
        layout.addLayout(facts)
        self._values: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        self._build_facts(facts)
        self._notices = self._wrapping_label("notices")
        self._notices.setFrameShape(QFrame.Shape.StyledPanel)
        self._notices.setMargin(self.fontMetrics().averageCharWidth())
        self._notices.hide()
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self._notices)
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
    def _build_head(self, layout: QVBoxLayout) -> None:
        head = QHBoxLayout()
        layout.addLayout(head)
        self._icon = QLabel(self)
        self._icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self._icon.setAccessibleName(self.tr("State icon"))
        head.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        head.addLayout(text, 1)
        text.setSpacing(2)
        self._state = QLabel(self.tr("Starting…"), self)
        self._state.setObjectName("state")
        font = QFont(self._state.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self._state.setFont(font)
        text.addWidget(self._state)
        self._status = self._wrapping_label("status")
        text.addWidget(self._status)
        self._reason = self._wrapping_label("no_tray_reason")
        self._reason.hide()
        layout.addWidget(self._reason)

    def _build_facts(self, grid: QGridLayout) -> None:
        # One grid for all groups, so the figures line up in one column;
        # column 0 is an indent under the group headings.
        groups = (
            (self.tr("Now"), (("bout", self.tr("Sitting bout")),
                              ("next", self.tr("Next break")),
                              ("micro_timer", self.tr("Micro-breaks")),
                              ("stretch_timer", self.tr("Stretch breaks")))),
            (self.tr("Today"), (("today_sitting", self.tr("Sitting")),
                                ("longest", self.tr("Longest bout")),
                                ("standing", self.tr("Standing")),
                                ("completed", self.tr("Breaks taken")),
                                ("postponed", self.tr("Breaks postponed")),
                                ("skipped", self.tr("Breaks skipped")),
                                ("worked_through", self.tr("Breaks worked through")),
                                ("natural", self.tr("Natural breaks")))),
            (self.tr("Setup"), (("checklist", self.tr("Last checklist review")),
                                ("idle", self.tr("Idle detection")))),
        )
        em = self.fontMetrics().averageCharWidth()
        grid.setColumnMinimumWidth(0, em * 2)
        grid.setHorizontalSpacing(em * 2)
        grid.setColumnStretch(2, 1)
        row = 0
        for index, (title, rows) in enumerate(groups):
            if index:
                grid.setRowMinimumHeight(row, self.fontMetrics().height() // 2)
                row += 1
            header = QLabel(title, self)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, row, 0, 1, 3)
            row += 1
            for name, label in rows:
                self._add_row(grid, row, name, label)
                row += 1
        self._idle_hint = self._wrapping_label("idle_hint")
        self._idle_hint.hide()
        grid.addWidget(self._idle_hint, row, 1, 1, 2)

    def _build_buttons(self, grid: QGridLayout) -> None:
        specs = (("micro", self.tr("&Micro-break now"),
                  lambda: self.break_requested.emit(BreakKind.MICRO)),
                 ("stretch", self.tr("S&tretch now"),
                  lambda: self.break_requested.emit(BreakKind.STRETCH)),
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
            "micro": self.tr("Starts a short break to stand up and reset your posture."),
            "stretch": self.tr("Starts a guided stretch routine for your hips."),
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

    def set_routines(self, entries: Sequence[RoutineEntry]) -> None:
        """Offer these routines under the Routines button."""
        fill_routine_menu(self._routines, entries, self.routine_requested.emit)
        self._has_routines = bool(entries)
        self._buttons["routines"].setEnabled(self._has_routines and not self._in_break)

    def routines_menu(self) -> QMenu:
        """The menu of routines (for tests and screenshots)."""
        return self._routines

    def _wrapping_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _add_row(self, grid: QGridLayout, row: int, name: str, label: str) -> None:
        caption = QLabel(label, self)
        self._captions[name] = caption
        grid.addWidget(caption, row, 1)
        value = QLabel(self)
        value.setObjectName(name)
        value.setAccessibleName(label)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._values[name] = value
        caption.setBuddy(value)
        grid.addWidget(value, row, 2)

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
        return self._values[name]

    def set_no_tray_reason(self, text: str) -> None:
        """Say why this window stands in for the tray ("" removes the line).

        While a reason is set and no view says a tray is up, closing the
        window minimises it.
        """
        _put_text(self._reason, text)
        _put_visible(self._reason, bool(text))
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
        today = snap.today
        icon = self._icons.icon(tray_icon_state(snap), sitting_progress(snap))
        if icon is not self._shown_icon:
            self._shown_icon = icon
            self._icon.setPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE))
        name = state_name(snap)
        if self._icon.toolTip() != name:
            self._icon.setToolTip(name)
        _put_text(self._state, name)
        _put_text(self._status, status_line(snap))
        # The first figure is whatever the clock is counting now.
        if snap.state is EngineState.STANDING:
            caption, seconds = self.tr("Standing for"), snap.standing_s
        elif snap.state is EngineState.AWAY:
            caption, seconds = self.tr("Away for"), snap.away_s
        else:
            caption, seconds = self.tr("Sitting bout"), snap.sitting_s
        _put_text(self._captions["bout"], caption)
        if self._values["bout"].accessibleName() != caption:
            self._values["bout"].setAccessibleName(caption)
        no_idle = view.idle_backend == "none"
        figures = {
            "bout": duration_text(seconds),
            "next": next_break_text(snap.next_break) or self.tr("none planned right now"),
            "micro_timer": self._timer_text(snap, BreakKind.MICRO),
            "stretch_timer": self._timer_text(snap, BreakKind.STRETCH),
            "today_sitting": duration_text(today.sitting_s),
            "longest": duration_text(today.longest_bout_s),
            "standing": duration_text(today.standing_s),
            "completed": str(today.breaks_completed),
            "postponed": str(today.breaks_postponed),
            "skipped": str(today.breaks_skipped),
            "worked_through": str(today.breaks_worked_through),
            "natural": str(today.natural_breaks),
            "checklist": view.last_checklist_review or self.tr("not yet"),
            "idle": self.tr("none") if no_idle else view.idle_backend,
        }
        for key, text in figures.items():
            _put_text(self._values[key], text)
        _put_text(self._idle_hint, idle_hint(view))
        _put_visible(self._idle_hint, no_idle)
        _put_text(self._notices, "\n".join(view.notices))
        _put_visible(self._notices, bool(view.notices))
        self._fit_height()

        in_break = snap.state is EngineState.IN_BREAK
        _put_enabled(self._buttons["micro"], not in_break)
        _put_enabled(self._buttons["stretch"], not in_break)
        self._in_break = in_break
        _put_enabled(self._buttons["routines"], self._has_routines and not in_break)
        standing = snap.posture is Posture.STANDING
        self._posture_target = Posture.SITTING if standing else Posture.STANDING
        _put_text(self._buttons["posture"], self.tr("I'm s&itting") if standing
                  else self.tr("I'm &standing"))
        if self._buttons["reading"].isChecked() != snap.reading:
            self._buttons["reading"].setChecked(snap.reading)
        self._paused = snap.state is EngineState.PAUSED
        _put_text(self._buttons["pause"], self.tr("&Resume") if self._paused
                  else self.tr("&Pause 30 min"))
        self._set_button_names()

    def _timer_text(self, snap: Snapshot, kind: BreakKind) -> str:
        """One kind's own countdown: "in 12 min", "after 40 min more sitting", "turned off"."""
        timer = next((t for t in snap.timers if t.kind is kind), None)
        if timer is None:
            if snap.state is EngineState.PAUSED:
                return self.tr("paused")
            if snap.off_hours:
                return self.tr("outside your working hours")
            return self.tr("turned off")
        pending = snap.next_break
        if pending is not None and pending.kind is kind and pending.phase is not None:
            return next_break_text(pending)
        if timer.in_s <= 0:
            return self.tr("due now")
        counting = snap.state in (EngineState.SITTING, EngineState.BREAK_DUE)
        template = self.tr("in %1") if counting else self.tr("after %1 more sitting")
        return template.replace("%1", duration_text(timer.in_s))

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
        _put_visible(self._buttons["quit"], no_tray)

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


def _put_text(widget: QLabel | QPushButton, text: str) -> None:
    if widget.text() != text:
        widget.setText(text)


def _put_visible(widget: QWidget, visible: bool) -> None:
    if widget.isHidden() == visible:
        widget.setVisible(visible)


def _put_enabled(widget: QWidget, enabled: bool) -> None:
    if widget.isEnabled() != enabled:
        widget.setEnabled(enabled)
