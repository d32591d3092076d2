"""Hand edits of settings.toml are read while the app runs, once, after the editor is done."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from psoas_desk.app.settings_watch import SettingsFileWatcher
from psoas_desk.storage.settings_store import LoadReport, SettingsStore


def watch(qtbot: QtBot, path: Path) -> tuple[SettingsFileWatcher, list[LoadReport]]:
    store = SettingsStore(path)
    store.load()
    loaded: list[LoadReport] = []
    watcher = SettingsFileWatcher(store, loaded.append)
    return watcher, loaded


def save_like_an_editor(path: Path, text: str) -> None:
    """Write a temporary file and rename it over the old one, as most editors do."""
    tmp = path.with_name(path.name + ".swp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def test_an_edit_is_read_once_after_the_editor_is_done(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.toml"
    path.parent.mkdir()
    path.write_text('[micro]\ninterval = "30m"\n')
    watcher, loaded = watch(qtbot, path)
    assert str(path) in watcher.watched and str(path.parent) in watcher.watched
    save_like_an_editor(path, '[micro]\ninterval = "20m"\n')
    qtbot.waitUntil(lambda: len(loaded) == 1, timeout=5000)
    assert loaded[0].settings.micro.interval.total_seconds() == 20 * 60
    # The replaced file is watched again: a second edit is seen too.
    assert str(path) in watcher.watched
    save_like_an_editor(path, '[micro]\ninterval = "25m"\n')
    qtbot.waitUntil(lambda: len(loaded) == 2, timeout=5000)
    assert loaded[1].settings.micro.interval.total_seconds() == 25 * 60


def test_a_bad_edit_is_reported_and_nothing_repeats(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[micro]\ninterval = "30m"\n')
    watcher, loaded = watch(qtbot, path)
    save_like_an_editor(path, '[micro]\ninterval = "5h"\n')
    qtbot.waitUntil(lambda: len(loaded) == 1, timeout=5000)
    (problem,) = loaded[0].problems
    assert problem.key == "micro.interval" and "at most 4h" in problem.message
    assert loaded[0].backup is not None  # the backup copy next to it is no new edit
    assert not watcher.check()
    settle = watcher.findChild(QTimer, "settings-file-settle")
    assert settle is not None
    qtbot.waitUntil(lambda: not settle.isActive(), timeout=5000)
    assert len(loaded) == 1


def test_the_same_bytes_again_are_no_change(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[sounds]\nvolume = 20\n')
    watcher, loaded = watch(qtbot, path)
    save_like_an_editor(path, '[sounds]\nvolume = 20\n')
    assert not watcher.check()
    assert loaded == []


def test_a_folder_that_appears_later_is_watched(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "config" / "psoas-desk" / "settings.toml"
    watcher, loaded = watch(qtbot, path)
    assert watcher.watched == [str(tmp_path)]  # the nearest folder that exists
    path.parent.mkdir(parents=True)
    qtbot.waitUntil(lambda: str(path.parent) in watcher.watched, timeout=5000)
    path.write_text('[sounds]\nvolume = 10\n')
    qtbot.waitUntil(lambda: len(loaded) == 1, timeout=5000)
    assert loaded[0].settings.sounds.volume == 10


def test_at_idle_nothing_ticks(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("")
    watcher, _loaded = watch(qtbot, path)
    assert [t.objectName() for t in watcher.findChildren(QTimer) if t.isActive()] == []
