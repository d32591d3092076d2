"""Hand edits of ``settings.toml`` take effect while the app runs.

A :class:`QFileSystemWatcher` (inotify on Linux: the kernel wakes us only
when something happens, nothing polls) watches the settings folder and
the file. Editors save in several steps (write a temporary file, rename it
over the old one) and each step is an event, so the file is read once
things are quiet for a moment (:data:`SETTLE_MS`), and only when its bytes
changed. A file that reads the same as before (our own save seen again, a
backup copy written next to it) does nothing.

Until the folder exists (a first start: nothing is written before a setting
changes) the nearest existing parent is watched, for the folder to appear;
that parent (``~/.config``) sees other programs' files come and go, each
costing one short check.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from psoas_desk.storage.settings_store import LoadReport, SettingsStore

log = logging.getLogger(__name__)
SETTLE_MS = 400
"""Quiet time after the last change before the file is read."""


class SettingsFileWatcher(QObject):
    """Reloads the settings file when it changes on disk; reports each new load.

    Args:
        store: the settings file (its ``load`` is used, never ``save``).
        on_loaded: called with the new :class:`LoadReport` after a change.
    """

    def __init__(self, store: SettingsStore, on_loaded: Callable[[LoadReport], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._on_loaded = on_loaded
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._changed)
        self._watcher.fileChanged.connect(self._changed)
        self._settle = QTimer(self)
        self._settle.setObjectName("settings-file-settle")
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._seen = self._read()
        self._arm()

    @property
    def watched(self) -> list[str]:
        """The paths watched now (for tests and the log)."""
        return [*self._watcher.directories(), *self._watcher.files()]

    def _read(self) -> bytes | None:
        try:
            return self._store.path.read_bytes()
        except OSError:
            return None

    def _arm(self) -> None:
        """Watch the file and its folder, or the nearest parent that exists."""
        path = self._store.path
        wanted = [str(p) for p in (path.parent, path) if p.exists()]
        if not wanted:
            parent = next((p for p in path.parents if p.is_dir()), None)
            wanted = [str(parent)] if parent is not None else []
        current = set(self.watched)
        stale = [p for p in current if p not in wanted]
        if stale:
            self._watcher.removePaths(stale)
        fresh = [p for p in wanted if p not in current]
        if fresh:
            self._watcher.addPaths(fresh)

    def _changed(self, _path: str) -> None:
        # A file replaced by a rename is no longer watched: watch the new one.
        self._arm()
        self._settle.start()

    def check(self) -> bool:
        """Read the file now if it changed; returns whether it was loaded anew."""
        self._arm()
        data = self._read()
        if data == self._seen:
            return False
        self._seen = data
        report = self._store.load()
        log.info("settings file changed on disk: reloaded (%d problems)", len(report.problems),
                 extra={"event": "settings_reloaded", "problems": len(report.problems)})
        self._on_loaded(report)
        # Loading a bad file writes a backup next to it: that is no new edit.
        self._seen = self._read()
        return True

