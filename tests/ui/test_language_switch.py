"""Changing the language in settings changes what is on screen now, not after a restart."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from psoas_desk.app.controller import DeskApp
from psoas_desk.i18n import install_translators
from psoas_desk.ui.tray import TrayController
from tests.helpers.fakes import BERLIN, FakeClock
from tests.ui.desk_helpers import fake_desk_app

MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN)


class StillIdle:
    name = "fake"

    def idle_seconds(self) -> float:
        return 0.0

    def close(self) -> None:
        pass


@pytest.fixture
def desk(qapp: QApplication, tmp_path: Path) -> Iterator[DeskApp]:
    before = QLocale()
    install_translators(qapp, "en")
    app, _paths = fake_desk_app(tmp_path / "base", FakeClock(MONDAY), StillIdle(), seed=1,
                                tray=TrayController())
    app.start()
    yield app
    app.shutdown()
    app.deleteLater()
    install_translators(qapp, "en")
    QLocale.setDefault(before)


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: raise, size hints
def test_switching_to_german_retranslates_the_tray_and_the_open_windows(
        desk: DeskApp, qtbot: QtBot) -> None:
    assert desk.tray is not None
    desk.show_panel()
    desk.open_settings()
    settings_window = desk.windows.settings
    settings_window.page_list.setCurrentRow(3)
    assert desk.tray.action("micro").text() == "Take a &micro-break now"

    german = replace(desk.settings, popups=replace(desk.settings.popups, language="de"))
    desk.apply_settings(german)

    assert desk.tray.action("micro").text() == "Jetzt eine &Kurzpause machen"
    assert desk.tray.action("quit").text() != "&Quit"
    rebuilt = desk.windows.settings
    assert rebuilt is not settings_window
    assert rebuilt.isVisible() and rebuilt.windowTitle() == "psoas-desk \u2013 Einstellungen"
    assert rebuilt.page_list.currentRow() == 3  # the page the user was on
    assert desk.panel is not None and desk.panel.isVisible()
    assert desk.panel.windowTitle() == QCoreApplication.translate(
        "StatusPanel", "psoas-desk status") != "psoas-desk status"
    assert desk.settings.popups.language == "de"


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_sways_rules_from_the_start_hold_for_the_popups_in_a_new_language(
        desk: DeskApp, tmp_path: Path) -> None:
    # Started in English, the app sends sway its rules once; the person then
    # switches languages: each popup's title, whatever the language, is one
    # the rules match (sway keeps rules until it exits; none are sent again).
    from psoas_desk import APP_ID
    from psoas_desk.app.windowing import WindowingChoice, keep_popups_unfocused, popup_titles
    from psoas_desk.core.model import BreakKind
    from psoas_desk.i18n import available_languages
    from tests.unit.adapters.test_compositor_ipc import FakeSocket, sway_server

    received: list[str] = []
    fake = FakeSocket(tmp_path / "sway.sock", sway_server([{"success": True}] * 4, received))
    try:
        choice = WindowingChoice("wayland", "automatic", "sway", "sway")
        assert keep_popups_unfocused(choice, "wayland", {"SWAYSOCK": str(fake.path)}, APP_ID,
                                     popup_titles()) == "sway-rules"
    finally:
        fake.close()
    (rules,) = received
    title_rule = re.search(r'no_focus \[app_id="[^"]+" title="([^"]+)"\]', rules)
    assert title_rule is not None
    matches = re.compile(title_rule.group(1)).fullmatch
    titles = []
    for language in (*available_languages()[1:], "en"):
        desk.apply_settings(replace(desk.settings, popups=replace(desk.settings.popups,
                                                                  language=language)))
        for kind in BreakKind:
            assert desk.intents.start_break(kind) == ""
            popup = desk.presenter._popups[0]
            titles.append(popup.windowTitle())
            assert matches(popup.windowTitle()), (language, popup.windowTitle())
            assert desk.intents.finish_break(leave_early=True) == ""
    assert {"Kurzpause", "Micro-break", "Stretch break"} <= set(titles)
    assert len(set(titles)) >= 8  # each language's own two titles
