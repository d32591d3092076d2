"""Every window of the app, opened the way the app opens it, for language and access tests.

``scenes(library, locale)`` yields ``(name, top_level_widget)`` for: the tray
menu and its Pause submenu, the first start's welcome (with and without a
tray), the status panel (with and without a tray, paused,
with notices), each micro-break (plain, breathing, posture check, no
routine), every step and the summary of each stretch routine, both
checklists, and every page of the settings window (with the settings-file
banner and a refused value showing). Each scene is on screen and laid out
when yielded, and closed after; a test looks, then moves on.

Snapshots come from the real engine (``tests/ui/test_tray_icons.py``); popups
get a fake clock and no key guard.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QSpinBox, QWidget

from psoas_desk.core.model import BreakKind
from psoas_desk.core.routines import ContentLibrary, RoutineKind
from psoas_desk.core.settings import Group, Settings
from psoas_desk.core.settings_codec import decode, with_option
from psoas_desk.ui.break_popup import BreakContent, BreakPopup, make_break_popup
from psoas_desk.ui.checklist_window import ChecklistWindow
from psoas_desk.ui.routine_player import StretchPopup
from psoas_desk.ui.settings_window import SettingsWindow, option_controllers
from psoas_desk.ui.status_panel import StatusPanel
from psoas_desk.ui.tray import TrayController
from psoas_desk.ui.view import AppView
from tests.helpers.fakes import FakeClock
from tests.ui.popup_helpers import active
from tests.ui.test_tray_icons import in_break, paused, sitting, standing

Scene = tuple[str, QWidget]


def settle() -> None:
    """Let layouts, deferred deletes and pending paints run."""
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def _close(widget: QWidget) -> None:
    if shiboken6.isValid(widget):
        widget.close()
        if shiboken6.isValid(widget):
            widget.deleteLater()
    settle()


def everything_on() -> Settings:
    """Settings where every switch other options depend on is on, so nothing is greyed."""
    settings = Settings()
    for master in set(option_controllers().values()):
        settings = with_option(settings, master, True)
    return settings


# -- tray and panel -------------------------------------------------------------
def tray_scenes() -> Iterator[Scene]:
    tray = TrayController()
    tray.update(AppView(sitting(23), "x11", True))
    menu = tray.menu()
    menu.popup(QPoint(10, 10))
    settle()
    yield "tray menu", menu
    pause = tray.action("pause").menu()
    assert isinstance(pause, QMenu)
    pause.popup(QPoint(40, 40))
    settle()
    yield "tray pause menu", pause
    pause.hide()
    menu.hide()
    tray.hide()
    tray.deleteLater()
    menu.deleteLater()
    settle()


def panel_scenes() -> Iterator[Scene]:
    views = (
        ("status panel", AppView(sitting(23), "x11", True, last_checklist_review="02/03/2026")),
        ("status panel without tray", AppView(standing(), "none", False, notices=(
            QCoreApplication.translate(
                "DeskApp", "No idle-time source was found: psoas-desk counts wall-clock "
                "time and notices absence only by screen locks."),))),
        ("status panel paused", AppView(paused(), "x11", True)),
        ("status panel in a break", AppView(in_break(BreakKind.MICRO), "x11", True)),
    )
    for name, view in views:
        panel = StatusPanel()
        if not view.tray_available:
            panel.set_no_tray_reason(QCoreApplication.translate(
                "DeskApp", "No system tray was found, so psoas-desk shows this window instead."))
        panel.update(view)
        panel.show()
        settle()
        yield name, panel
        panel.hide()
        _close(panel)


# -- popups ----------------------------------------------------------------------
def _popup(content: BreakContent, clock: FakeClock, kind: BreakKind) -> BreakPopup:
    popup = make_break_popup(content, key_guard_s=0.0, clock=clock.monotonic)
    duration = float(content.routine.total_s) if content.routine else 45.0
    popup.update_state(active(kind, duration=duration, finish_in=10), skips_left=2,
                       strict=False)
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    popup.place_on(screen)
    popup.show()
    settle()
    return popup


def micro_scenes(library: ContentLibrary, locale: str) -> Iterator[Scene]:
    clock = FakeClock()
    for routine in (*library.routines_of(RoutineKind.MICRO), None):
        checklist = (library.checklists.get(routine.checklist)
                     if routine is not None and routine.checklist else None)
        content = BreakContent(BreakKind.MICRO, routine, checklist, (), locale)
        popup = _popup(content, clock, BreakKind.MICRO)
        yield f"micro-break {routine.id if routine else '(no routine)'}", popup
        _close(popup)
    # Reduced motion: the breathing pacer as words and seconds only.
    breathing = next((r for r in library.routines_of(RoutineKind.MICRO)
                      if any(step.breath for step in r.steps)), None)
    if breathing is not None:
        popup = _popup(BreakContent(BreakKind.MICRO, breathing, None, (), locale,
                                    reduce_motion=True), clock, BreakKind.MICRO)
        yield f"micro-break {breathing.id} with reduced motion", popup
        _close(popup)
    # A stretch break with no routine uses the micro window with its own heading.
    popup = _popup(BreakContent(BreakKind.STRETCH, None, None, library.safety, locale),
                   clock, BreakKind.STRETCH)
    yield "stretch break (no routine)", popup
    _close(popup)


def stretch_scenes(library: ContentLibrary, locale: str, *,
                   every_step: bool = True) -> Iterator[Scene]:
    clock = FakeClock()
    kinds = (RoutineKind.STRETCH, RoutineKind.HOME, RoutineKind.BREATHING)
    for routine in (r for kind in kinds for r in library.routines_of(kind)):
        content = BreakContent(BreakKind.STRETCH, routine, None, library.safety, locale)
        popup = _popup(content, clock, BreakKind.STRETCH)
        assert isinstance(popup, StretchPopup)
        pause, forward = popup.buttons.pause, popup.buttons.next
        assert isinstance(pause, QPushButton) and isinstance(forward, QPushButton)
        steps = len(routine.steps) if every_step else 1
        for number in range(steps):
            yield f"{routine.id} step {number + 1}", popup
            if number == 0 and routine.kind is RoutineKind.STRETCH:
                # Paused, the ring shows a word under the time.
                pause.click()
                settle()
                yield f"{routine.id} paused", popup
                pause.click()
            forward.click()
            settle()
        if every_step:
            assert popup.finished
            yield f"{routine.id} summary", popup
        _close(popup)


# -- checklist and settings ------------------------------------------------------
def checklist_scenes(library: ContentLibrary, locale: str) -> Iterator[Scene]:
    checklists = sorted(library.checklists.values(), key=lambda c: c.id)
    for checklist in checklists:
        window = ChecklistWindow(checklists, current=checklist.id, locale=locale,
                                 last_review="02/03/2026")
        window.show()
        settle()
        yield f"checklist {checklist.id}", window
        _close(window)


def settings_scenes(library: ContentLibrary, locale: str) -> Iterator[Scene]:
    routines = sorted(library.routines.values(), key=lambda r: r.id)
    # Real reasons from the codec, so their wording is checked in every language.
    problems = decode({"micro": {"interval": 0}, "sounds": {"enabled": "yes"}}).problems
    window = SettingsWindow(everything_on(), routines=routines, locale=locale,
                            problems=problems, backup=Path("/tmp/settings.toml.bak"))
    window.show()
    settle()
    # A refused value shows its reason under the control and a line at the bottom.
    box = window.rows["micro.interval"].editor.focusProxy()
    assert isinstance(box, QSpinBox)
    box.lineEdit().setText("1")
    settle()
    for index, group in enumerate(Group):
        window.page_list.setCurrentRow(index)
        settle()
        yield f"settings page {group.name.lower()}", window
    _close(window)


def stats_scenes() -> Iterator[Scene]:
    # A known history (tests/ui/test_stats_window.py): every period tab.
    from psoas_desk.ui.stats_window import StatsWindow
    from tests.ui.test_stats_window import known_view

    window = StatsWindow(known_view())
    window.show()
    settle()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        yield f"statistics tab {index + 1}", window
    _close(window)


def welcome_scenes() -> Iterator[Scene]:
    from psoas_desk.ui.welcome_window import WelcomeWindow

    for tray in (True, False):
        window = WelcomeWindow(tray=tray, command="psoas-desk")
        window.show()
        settle()
        yield f"welcome {'with' if tray else 'without'} a tray", window
        window.blockSignals(True)
        _close(window)


def scenes(library: ContentLibrary, locale: str, *, every_step: bool = True) -> Iterator[Scene]:
    """Every window, one after the other (see the module docstring)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield from tray_scenes()
    yield from welcome_scenes()
    yield from panel_scenes()
    yield from micro_scenes(library, locale)
    yield from stretch_scenes(library, locale, every_step=every_step)
    yield from checklist_scenes(library, locale)
    yield from settings_scenes(library, locale)
    yield from stats_scenes()
