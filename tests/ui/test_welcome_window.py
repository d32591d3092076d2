"""The first start's welcome: where the app lives, start at login (off until ticked), checklist."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from psoas_desk.ui.welcome_window import WelcomeWindow

Make = Callable[..., WelcomeWindow]


@pytest.fixture
def make(qtbot: QtBot) -> Make:
    def build(tray: bool = True, can_autostart: bool = True) -> WelcomeWindow:
        window = WelcomeWindow(tray=tray, command="scripts/run", can_autostart=can_autostart)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window
    return build


def test_it_says_where_psoas_desk_lives(make: Make) -> None:
    with_tray = make(tray=True)
    assert "system tray" in with_tray.where.text() and "right-click" in with_tray.where.text()
    without = make(tray=False)
    assert "No system tray was found" in without.where.text()
    assert "status window" in without.where.text()
    assert "scripts/run status" in without.terminal.text()


def test_start_at_login_is_off_until_ticked(qtbot: QtBot, make: Make) -> None:
    window = make()
    assert not window.autostart.isChecked()
    with qtbot.waitSignal(window.chosen) as answer:
        qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    assert answer.args == [False, False]
    assert not window.isVisible()


def test_ticking_start_at_login_and_opening_the_checklist(
        qtbot: QtBot, make: Make) -> None:
    window = make()
    # On the box itself, as a person clicks it.
    qtbot.mouseClick(window.autostart, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, window.autostart.height() // 2))
    assert window.autostart.isChecked()
    with qtbot.waitSignal(window.chosen) as answer:
        qtbot.mouseClick(window.checklist_button, Qt.MouseButton.LeftButton)
    assert answer.args == [True, True]


def test_escape_answers_once_with_what_is_ticked(qtbot: QtBot, make: Make) -> None:
    window = make()
    window.autostart.setChecked(True)
    answers: list[tuple[bool, bool]] = []
    window.chosen.connect(lambda a, c: answers.append((a, c)))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    window.close()
    assert answers == [(True, False)]


def test_where_start_at_login_cannot_work_it_is_not_offered(make: Make) -> None:
    window = make(can_autostart=False)
    assert not window.autostart.isEnabled()
