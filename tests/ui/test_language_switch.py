"""Changing the language in settings changes what is on screen now, not after a restart."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from psoas_desk.adapters.fullscreen.null import NullFullscreenMonitor
from psoas_desk.adapters.notify.null import NullNotifier
from psoas_desk.app.controller import DeskApp, Services
from psoas_desk.app.observe import Observer
from psoas_desk.i18n import install_translators
from psoas_desk.storage.app_state import AppStateStore
from psoas_desk.storage.content import load_content
from psoas_desk.storage.paths import resolve_paths
from psoas_desk.storage.settings_store import SettingsStore
from psoas_desk.ui.tray import TrayController
from tests.helpers.fakes import BERLIN, FakeClock

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
    paths = resolve_paths(tmp_path / "base")
    paths.state_dir.mkdir(parents=True)
    paths.state_file.write_text('{"first_run_done": true}')
    store = SettingsStore(paths.settings_file)
    report = store.load()
    services = Services(clock=FakeClock(MONDAY),
                        observer=Observer(StillIdle(), NullFullscreenMonitor()),
                        make_notifier=lambda _balloon: NullNotifier(),
                        library=load_content().library, rng=random.Random(1))
    app = DeskApp(paths, services, settings_store=store, settings_report=report,
                  state_store=AppStateStore(paths.state_file), zone=BERLIN,
                  tray=TrayController(), quit_app=lambda: None)
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
