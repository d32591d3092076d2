"""The status panel's facts: the state, the live status line and today's figures.

:class:`StatusFacts` is the part of the status panel (``ui/status_panel.py``)
that only reads an :class:`AppView`: a state icon with the state in a word or
two, the live status line, the figures under "Now", "Today" and "Setup"
(one grid, so the figures line up), a hint when no idle source works, the
app's notices, and without a tray the reason why the panel stands in for it.
The panel scrolls it on a small screen and keeps its buttons below it.

Its texts keep the translation context "StatusPanel" they had when the panel
was one class, so the catalogues carry over unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from psoas_desk.core.model import BreakKind, EngineState
from psoas_desk.core.snapshot import Snapshot
from psoas_desk.ui.fmt import duration_text
from psoas_desk.ui.kind_texts import kind_texts
from psoas_desk.ui.tray_icons import TrayIconCache, sitting_progress, tray_icon_state
from psoas_desk.ui.tray_text import idle_hint, next_break_text, state_name, status_line
from psoas_desk.ui.view import AppView

ICON_SIZE = 48


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusPanel", text)


class StatusFacts(QWidget):
    """What the status panel says; :meth:`show_view` brings it up to date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icons = TrayIconCache()
        self._shown_icon: QIcon | None = None
        # Layouts get their parent before their widgets, and every widget is
        # created with this one as parent (see the WORKAROUND in status_panel).
        layout = QVBoxLayout(self)
        # A little room between the longest figure and the scroll bar.
        layout.setContentsMargins(0, 0, self.fontMetrics().averageCharWidth(), 0)
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

    def _build_head(self, layout: QVBoxLayout) -> None:
        head = QHBoxLayout()
        layout.addLayout(head)
        self._icon = QLabel(self)
        self._icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self._icon.setAccessibleName(_tr("State icon"))
        head.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        head.addLayout(text, 1)
        text.setSpacing(2)
        self._state = QLabel(_tr("Starting…"), self)
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
            (_tr("Now"), (("bout", _tr("Sitting bout")), ("next", _tr("Next break")),
                          *((f"{kind.value}_timer", kind_texts(kind).plural)
                            for kind in BreakKind))),
            (_tr("Today"), (("today_sitting", _tr("Sitting")),
                            ("longest", _tr("Longest bout")),
                            ("standing", _tr("Standing")),
                            ("completed", _tr("Breaks taken")),
                            ("postponed", _tr("Breaks postponed")),
                            ("skipped", _tr("Breaks skipped")),
                            ("worked_through", _tr("Breaks worked through")),
                            ("natural", _tr("Natural breaks")))),
            (_tr("Setup"), (("checklist", _tr("Last checklist review")),
                            ("idle", _tr("Idle detection")))),
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

    def value(self, name: str) -> QLabel:
        """A figure's label by object name ("bout", "next", "today_sitting", ...)."""
        return self._values[name]

    def set_reason(self, text: str) -> None:
        """Say why the panel stands in for the tray ("" removes the line)."""
        put_text(self._reason, text)
        put_visible(self._reason, bool(text))

    def show_view(self, view: AppView) -> None:
        """Show ``view``: the state, the figures and the notices; only what changed is set."""
        snap = view.snapshot
        today = snap.today
        icon = self._icons.icon(tray_icon_state(snap), sitting_progress(snap))
        if icon is not self._shown_icon:
            self._shown_icon = icon
            self._icon.setPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE))
        name = state_name(snap)
        if self._icon.toolTip() != name:
            self._icon.setToolTip(name)
        put_text(self._state, name)
        put_text(self._status, status_line(snap))
        # The first figure is whatever the clock is counting now.
        if snap.state is EngineState.STANDING:
            caption, seconds = _tr("Standing for"), snap.standing_s
        elif snap.state is EngineState.AWAY:
            caption, seconds = _tr("Away for"), snap.away_s
        else:
            caption, seconds = _tr("Sitting bout"), snap.sitting_s
        put_text(self._captions["bout"], caption)
        if self._values["bout"].accessibleName() != caption:
            self._values["bout"].setAccessibleName(caption)
        no_idle = view.idle_backend == "none"
        figures = {
            "bout": duration_text(seconds),
            "next": next_break_text(snap.next_break) or _tr("none planned right now"),
            **{f"{kind.value}_timer": self._timer_text(snap, kind) for kind in BreakKind},
            "today_sitting": duration_text(today.sitting_s),
            "longest": duration_text(today.longest_bout_s),
            "standing": duration_text(today.standing_s),
            "completed": str(today.breaks_completed),
            "postponed": str(today.breaks_postponed),
            "skipped": str(today.breaks_skipped),
            "worked_through": str(today.breaks_worked_through),
            "natural": str(today.natural_breaks),
            "checklist": view.last_checklist_review or _tr("not yet"),
            "idle": _tr("none") if no_idle else view.idle_backend,
        }
        for key, text in figures.items():
            put_text(self._values[key], text)
        put_text(self._idle_hint, idle_hint(view))
        put_visible(self._idle_hint, no_idle)
        put_text(self._notices, "\n".join(view.notices))
        put_visible(self._notices, bool(view.notices))

    def _timer_text(self, snap: Snapshot, kind: BreakKind) -> str:
        """One kind's own countdown: "in 12 min", "after 40 min more sitting", "turned off"."""
        timer = next((t for t in snap.timers if t.kind is kind), None)
        if timer is None:
            if snap.state is EngineState.PAUSED:
                return _tr("paused")
            if snap.off_hours:
                return _tr("outside your working hours")
            return _tr("turned off")
        pending = snap.next_break
        if pending is not None and pending.kind is kind and pending.phase is not None:
            return next_break_text(pending)
        if timer.in_s <= 0:
            return _tr("due now")
        counting = snap.state in (EngineState.SITTING, EngineState.BREAK_DUE)
        template = _tr("in %1") if counting else _tr("after %1 more sitting")
        return template.replace("%1", duration_text(timer.in_s))


def put_text(widget: QLabel | QPushButton, text: str) -> None:
    """Set ``text`` only if it differs (see ``StatusPanel.update`` for why it matters)."""
    if widget.text() != text:
        widget.setText(text)


def put_visible(widget: QWidget, visible: bool) -> None:
    """Show or hide ``widget`` only if that changes anything."""
    if widget.isHidden() == visible:
        widget.setVisible(visible)


def put_enabled(widget: QWidget, enabled: bool) -> None:
    """Enable or disable ``widget`` only if that changes anything."""
    if widget.isEnabled() != enabled:
        widget.setEnabled(enabled)
