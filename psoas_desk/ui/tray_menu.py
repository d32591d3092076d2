"""The tray icon's context menu: the live status line and every intent a person has.

:class:`TrayMenu` builds the menu (start a break of each kind, the Routines
and Pause submenus, posture, "Reading or watching", "I just took a break",
the windows, Quit), keeps its texts in the current language and shows which
items apply for an :class:`AppView`. Its actions emit the intents of the
:class:`IntentSignals` object it is given (the tray controller); it never
decides what they do.

Its texts keep the translation context "TrayController" they had when the
controller held the menu, so the catalogues carry over unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from psoas_desk.core.model import BreakKind, EngineState, PauseKind, Posture
from psoas_desk.ui.intents import IntentSignals
from psoas_desk.ui.kind_texts import kind_texts
from psoas_desk.ui.routine_menu import RoutineEntry, fill_routine_menu
from psoas_desk.ui.tray_text import status_line
from psoas_desk.ui.view import AppView

PAUSES: tuple[tuple[str, PauseKind, int], ...] = (
    ("pause_30m", PauseKind.TIMED, 30 * 60),
    ("pause_1h", PauseKind.TIMED, 60 * 60),
    ("pause_2h", PauseKind.TIMED, 2 * 60 * 60),
    ("pause_tomorrow", PauseKind.UNTIL_TOMORROW, 0),
    ("pause_forever", PauseKind.INDEFINITE, 0),
)
"""Object name and ``pause_requested`` arguments of each Pause submenu item."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrayController", text)


class TrayMenu:
    """The context menu; its actions emit ``signals``' intents.

    Args:
        signals: whose intent signals the actions emit (the tray controller).
    """

    def __init__(self, signals: IntentSignals) -> None:
        self._signals = signals
        self._posture_target = Posture.STANDING
        self._view: AppView | None = None
        self.menu = QMenu()
        """The menu itself, for the icon (and for tests and screenshots)."""
        self._actions: dict[str, QAction] = {}
        self._build()

    def action(self, name: str) -> QAction:
        """A menu action by object name ("status", "micro", "pause_30m", "quit", ...)."""
        return self._actions[name]

    @property
    def routines_menu(self) -> QMenu:
        """The Routines submenu."""
        return self._routines

    def _add(self, menu: QMenu, name: str, text: str = "") -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        self._actions[name] = action
        return action

    def _texts(self) -> dict[str, str]:
        """Every fixed text of the menu in the current language, by action name."""
        return {
            **{kind.value: kind_texts(kind).start_item for kind in BreakKind},
            "routines": _tr("R&outines"),
            "self_break": _tr("I just took a &break"),
            "reading": _tr("Rea&ding or watching"),
            "pause": _tr("&Pause"),
            "pause_30m": _tr("&30 minutes"),
            "pause_1h": _tr("&1 hour"),
            "pause_2h": _tr("&2 hours"),
            "pause_tomorrow": _tr("Until &tomorrow"),
            "pause_forever": _tr("&Indefinitely"),
            "resume": _tr("&Resume"),
            "checklist": _tr("Posture &checklist"),
            "stats": _tr("St&atistics"),
            "settings": _tr("S&ettings"),
            "quit": _tr("&Quit"),
        }

    def _build(self) -> None:
        m, signals = self.menu, self._signals
        self._add(m, "status", _tr("Starting…")).setEnabled(False)
        m.addSeparator()
        for kind in BreakKind:
            self._add(m, kind.value).triggered.connect(
                lambda _=False, k=kind: signals.break_requested.emit(k))
        self._routines = QMenu(m)
        self._routines.menuAction().setObjectName("routines")
        self._actions["routines"] = self._routines.menuAction()
        self._routines.menuAction().setVisible(False)  # until set_routines gives it some
        m.addMenu(self._routines)
        self._add(m, "posture").triggered.connect(
            lambda: signals.posture_requested.emit(self._posture_target))
        reading = self._add(m, "reading")
        reading.setCheckable(True)
        reading.triggered.connect(signals.reading_requested)
        self._add(m, "self_break").triggered.connect(signals.self_break_reported)
        m.addSeparator()
        self._pause = QMenu(m)
        for name, pause_kind, seconds in PAUSES:
            self._add(self._pause, name).triggered.connect(
                lambda _=False, k=pause_kind, s=seconds: signals.pause_requested.emit(k, s))
        self._pause.menuAction().setObjectName("pause")
        self._actions["pause"] = self._pause.menuAction()
        m.addMenu(self._pause)
        resume = self._add(m, "resume")
        resume.triggered.connect(signals.resume_requested)
        resume.setVisible(False)
        m.addSeparator()
        self._add(m, "checklist").triggered.connect(signals.checklist_requested)
        self._add(m, "stats").triggered.connect(signals.stats_requested)
        self._add(m, "settings").triggered.connect(signals.settings_requested)
        m.addSeparator()
        self._add(m, "quit").triggered.connect(signals.quit_requested)
        self.retranslate()

    def set_routines(self, entries: Sequence[RoutineEntry]) -> None:
        """Offer these routines in the Routines submenu (again after a language change)."""
        fill_routine_menu(self._routines, entries, self._signals.routine_requested.emit)
        self._routines.menuAction().setVisible(bool(entries))

    def retranslate(self) -> None:
        """Set every text again in the current language (after it changed)."""
        self.menu.setAccessibleName(_tr("psoas-desk menu"))
        self._routines.setAccessibleName(_tr("Start a routine"))
        self._pause.setAccessibleName(_tr("Pause reminders"))
        for name, text in self._texts().items():
            self._set_text(name, text)
        if self._view is not None:
            self.update(self._view)
        else:
            self._set_text("posture", _tr("I'm &standing"))

    def update(self, view: AppView) -> None:
        """Show ``view``: the status line and which items apply; only what changed is set."""
        self._view = view
        snap = view.snapshot
        self._set_text("status", status_line(snap).replace("&", "&&"))
        standing = snap.posture is Posture.STANDING
        self._posture_target = Posture.SITTING if standing else Posture.STANDING
        self._set_text("posture", _tr("I'm s&itting") if standing else _tr("I'm &standing"))
        if self._actions["reading"].isChecked() != snap.reading:
            self._actions["reading"].setChecked(snap.reading)
        in_break = snap.state is EngineState.IN_BREAK
        for name in (*(kind.value for kind in BreakKind), "routines", "self_break"):
            if self._actions[name].isEnabled() == in_break:
                self._actions[name].setEnabled(not in_break)
        paused = snap.state is EngineState.PAUSED
        if self._actions["resume"].isVisible() != paused:
            self._actions["resume"].setVisible(paused)

    def _set_text(self, name: str, text: str) -> None:
        action = self._actions[name]
        if action.text() != text:
            action.setText(text)
