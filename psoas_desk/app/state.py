"""The app's small saved state (first run, checklist reviews, the engine's
bout and pause): one owner that saves every change and remembers a failure.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from psoas_desk.storage.app_state import AppState, AppStateStore

log = logging.getLogger(__name__)


class StateKeeper:
    """Holds the :class:`AppState` and writes each new one to its file.

    A failed save is logged and kept as :attr:`problem` (shown in the status
    panel and ``status``) until a later save works.
    """

    def __init__(self, store: AppStateStore) -> None:
        self._store = store
        self.state: AppState = store.load()
        self.problem = ""
        """Why the last save failed, already translated; "" after a good save."""

    def save(self, state: AppState) -> None:
        """Make ``state`` the current one and write it."""
        self.state = state
        try:
            self._store.save(state)
        except OSError as exc:
            log.error("could not save %s: %s", self._store.path, exc)
            # The statistics window's wording, already translated.
            self.problem = QCoreApplication.translate(
                "StatsWindow", "Could not save %1: %2").replace(
                    "%1", str(self._store.path)).replace("%2", exc.strerror or str(exc))
        else:
            self.problem = ""

    def save_engine(self, engine_state: dict[str, object]) -> None:
        """Keep the engine's exported bout, figures and pause."""
        self.save(replace(self.state, engine=engine_state))
