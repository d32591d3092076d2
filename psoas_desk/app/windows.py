"""The app's windows and its way in: the tray icon or, without a tray, the status
panel; the checklist and settings windows (the statistics window is the
history keeper's). Opens and raises them, feeds them the latest view, and
rebuilds the open ones when the language changes.

Each window is built on first use (its module too) and kept afterwards.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, QSize
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

from psoas_desk.app.history import HistoryKeeper
from psoas_desk.app.texts import app_text
from psoas_desk.core.routines import ContentLibrary
from psoas_desk.core.settings import Settings
from psoas_desk.storage.settings_store import LoadReport
from psoas_desk.ui.routine_menu import RoutineEntry, routine_entries
from psoas_desk.ui.view import AppView

if TYPE_CHECKING:
    from psoas_desk.ui.checklist_window import ChecklistWindow
    from psoas_desk.ui.intents import IntentSignals
    from psoas_desk.ui.settings_window import SettingsWindow
    from psoas_desk.ui.status_panel import StatusPanel
    from psoas_desk.ui.tray import TrayController
    from psoas_desk.ui.welcome_window import WelcomeWindow

log = logging.getLogger(__name__)


class WindowKeeper(QObject):
    """Keeps the tray, the status panel, the checklist and the settings window.

    Args:
        tray: the tray icon's controller, or None (tests without a tray).
        library: routines and checklists, for the checklist and settings windows.
        settings: the settings in effect.
        settings_report: what loading the settings file found (shown in the window).
        locale: the content language in effect.
        view: builds the latest :class:`AppView`.
        history: owns the statistics window.
        connect_intents: connects a tray's or panel's intent signals to the app.
        on_reviewed: a checklist was reviewed (id, ticked item ids).
        answers: today's checklist answers, for the checklist window.
        on_answered: a point of a checklist was answered (id, all its answers).
        on_applied: the settings window applied new settings.
        refresh: step the app's reactions without new events (the tray came or went).
        parent: the usual QObject parent.
    """

    def __init__(self, *, tray: TrayController | None, library: ContentLibrary,
                 settings: Callable[[], Settings], settings_report: LoadReport,
                 locale: Callable[[], str], view: Callable[[], AppView],
                 history: HistoryKeeper, connect_intents: Callable[[IntentSignals], None],
                 on_reviewed: Callable[[str, Sequence[str]], None],
                 answers: Callable[[], Mapping[str, Mapping[str, str]]] | None = None,
                 on_answered: Callable[[str, dict[str, str]], None] | None = None,
                 on_applied: Callable[[Settings], None], refresh: Callable[[], None],
                 tray_hint: Callable[[], str] = lambda: "",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tray = tray
        self.tray_visible = False
        self.panel: StatusPanel | None = None
        self.checklist: ChecklistWindow | None = None
        self.settings: SettingsWindow | None = None
        self.welcome: WelcomeWindow | None = None
        self.settings_window_built: Callable[[SettingsWindow], None] | None = None
        """Called with a newly built settings window (the app connects its sound sample)."""
        self._library = library
        self._settings = settings
        self._report = settings_report
        self._locale = locale
        self._view = view
        self._history = history
        self._connect_intents = connect_intents
        self._on_reviewed = on_reviewed
        self._answers = answers or (lambda: {})
        self._on_answered = on_answered or (lambda _cid, _answers: None)
        self._on_applied = on_applied
        self._refresh = refresh
        self._tray_hint = tray_hint
        self._closed = False

    # -- the way in: tray or panel -------------------------------------------
    def show_way_in(self) -> None:
        """Show the tray icon, or the status panel where there is no tray."""
        if self.tray is not None:
            self._connect_intents(self.tray)
            self.tray.set_routines(self._routine_entries())
            self.tray.status_panel_requested.connect(self.show_panel)
            self.tray.availability_changed.connect(self._tray_availability)
            self.tray_visible = self.tray.show()
        if not self.tray_visible:
            self.show_panel(no_tray=True)
        qapp = QApplication.instance()
        if isinstance(qapp, QApplication):
            qapp.screenAdded.connect(self._screen_added)

    def update(self, view: AppView) -> None:
        """Show the latest view in the tray and the panel."""
        if self.tray is not None and self.tray_visible:
            self.tray.update(view)
        if self.panel is not None:
            self.panel.update(view)

    def show_panel(self, no_tray: bool = False) -> None:
        from psoas_desk.ui.status_panel import StatusPanel

        if self.panel is None:
            self.panel = StatusPanel()
            self._connect_intents(self.panel)
            self.panel.set_routines(self._routine_entries())
        if no_tray:
            reason = app_text("No system tray was found, so psoas-desk shows this window "
                              "instead.")
            hint = self._tray_hint()
            self.panel.set_no_tray_reason(f"{reason} {hint}" if hint else reason)
        self.panel.update(self._view())
        if _no_screen("status panel"):
            return
        if no_tray:
            self.panel.show()
            self.panel.raise_()
            return
        # Opened from the tray (or a second launch): next to the icon, or
        # under the pointer where the tray cannot say where its icon is.
        anchor = self.tray.icon_geometry() if self.tray is not None else QRect()
        if not anchor.isValid() or anchor.isEmpty():
            anchor = QRect(QCursor.pos(), QSize(1, 1))
        self.panel.show_near(anchor)

    def _routine_entries(self) -> tuple[RoutineEntry, ...]:
        """Every routine for the tray's and the panel's menus, in the content language."""
        return routine_entries(self._library, self._locale())

    def _screen_added(self, _screen: object) -> None:
        if not self.tray_visible and not self._closed:
            self.show_panel(no_tray=True)

    def _tray_availability(self, available: bool) -> None:
        if self.tray is None:
            return
        if available and not self.tray_visible:
            self.tray_visible = self.tray.show()
            if self.tray_visible and self.panel is not None:
                self.panel.set_no_tray_reason("")
        elif not available and self.tray_visible:
            # The tray host went away: the panel is the way in until it returns.
            self.tray_visible = False
            self.show_panel(no_tray=True)
        self._refresh()

    # -- windows -------------------------------------------------------------
    def open_welcome(self, *, can_autostart: bool) -> WelcomeWindow | None:
        """Show the first start's welcome (where the app lives, start at login, checklist).

        Returns the window so the app can take the person's choice, or None
        when there is no screen to show it on.
        """
        from psoas_desk.invocation import current_command_name
        from psoas_desk.ui.welcome_window import WelcomeWindow

        if _no_screen("welcome"):
            return None
        qapp = QApplication.instance()
        icon = qapp.windowIcon() if isinstance(qapp, QApplication) else None
        window = WelcomeWindow(tray=self.tray_visible, command=current_command_name(),
                               icon=icon, can_autostart=can_autostart)
        self.welcome = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_checklist(self) -> None:
        from psoas_desk.ui.checklist_window import ChecklistWindow

        window = self.checklist
        if window is None:
            checklists = sorted(self._library.checklists.values(), key=lambda c: c.id)
            window = ChecklistWindow(checklists, locale=self._locale(),
                                     last_review=self._view().last_checklist_review,
                                     answers=self._answers())
            window.reviewed.connect(self._reviewed)
            window.answers_changed.connect(self._on_answered)
            self.checklist = window
        if _no_screen("checklist"):
            return
        window.show()
        window.raise_()

    def _reviewed(self, checklist_id: str, ticked: list[str]) -> None:
        self._on_reviewed(checklist_id, ticked)
        if self.checklist is not None:
            self.checklist.set_last_review(self._view().last_checklist_review)

    def open_settings(self) -> None:
        from psoas_desk.ui.settings_window import SettingsWindow

        window = self.settings
        if window is None:
            window = SettingsWindow(
                self._settings(), routines=sorted(self._library.routines.values(),
                                                  key=lambda r: r.id),
                locale=self._locale(), problems=self._report.problems,
                backup=self._report.backup)
            window.applied.connect(self._on_applied)
            self.settings = window
            if self.settings_window_built is not None:
                self.settings_window_built(window)
        else:
            window.set_settings(self._settings())
        if _no_screen("settings window"):
            return
        window.show()
        window.raise_()

    def settings_reloaded(self, report: LoadReport) -> None:
        """The file was read again (a hand edit): the window shows its values and problems."""
        self._report = report
        if self.settings is not None:
            self.settings.set_problems(report.problems, report.backup)
            self.settings.set_settings(self._settings())

    def show_settings_problem(self, message: str) -> None:
        """Say in the settings window (if it was opened) that applying went wrong."""
        if self.settings is not None:
            self.settings.show_save_error(message)

    def open_stats(self) -> None:
        self._history.open_window()

    # -- a new language ------------------------------------------------------
    def retranslate(self) -> None:
        """Show everything in the language now installed.

        The tray menu and tooltip change in place; open windows (status
        panel, settings on the same page, checklist, statistics) are rebuilt.
        """
        if self.tray is not None:
            self.tray.retranslate()
            self.tray.set_routines(self._routine_entries())
        if self.panel is not None:
            panel, self.panel = self.panel, None
            was_open = panel.isVisible()
            panel.close()
            panel.deleteLater()
            if was_open:
                self.show_panel(no_tray=not self.tray_visible)
        if self._history.drop_window():
            self._history.open_window()
        if self.checklist is not None:
            checklist, self.checklist = self.checklist, None
            if _dispose(checklist):
                self.open_checklist()
        if self.settings is not None:
            settings, self.settings = self.settings, None
            page = settings.page_index()
            if _dispose(settings):
                self.open_settings()
                if self.settings is not None:
                    self.settings.show_page(page)

    def close(self) -> None:
        """The app is stopping: take the icon down and close the windows."""
        self._closed = True
        if self.tray is not None:
            self.tray.hide()
        for window in (self.checklist, self.settings):
            if window is not None:
                window.close()
        if self.welcome is not None:
            self.welcome.blockSignals(True)  # leaving the app is no answer
            self.welcome.close()


def _dispose(window: ChecklistWindow | SettingsWindow) -> bool:
    """Hide and delete ``window``; returns whether it was open."""
    was_open = window.isVisible()
    window.hide()
    window.deleteLater()
    return was_open


def _no_screen(window: str) -> bool:
    """Whether there is no screen to show a window on.

    Qt aborts the process when a window is shown with no screen at all
    (every monitor unplugged or off, possible on Wayland); the window
    waits instead, and the status panel comes when a screen does.
    """
    if QApplication.screens():
        return False
    log.warning("no screen to show the %s on", window,
                extra={"event": "no_screen", "window": window})
    return True
