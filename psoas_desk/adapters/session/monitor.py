"""Several session sources combined into the three Qt signals the app listens to.

On Linux two sources may speak about the same lock (logind's ``LockedHint``
and the screensaver's ``ActiveChanged``); the screen counts as locked while
any source says so, and ``locked_changed`` is emitted only when that combined
answer changes, so a lock reported twice reaches the engine once.
``about_to_sleep`` is emitted once per sleep even if several sources (or one
source twice) announce it: the engine takes the first announcement as the
moment the user left. ``resumed`` is passed on each time: a second step after
waking is harmless, and a missed sleep announcement must not swallow it.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from psoas_desk.adapters.session.model import ChangeHandler, SessionChange, SessionSource

__all__ = ["SessionMonitor"]

log = logging.getLogger(__name__)


class SessionMonitor(QObject):
    """Combines session sources; the app connects to its signals.

    Signals:
        locked_changed(bool): the screen was locked (True) or unlocked.
        about_to_sleep(): the machine is about to suspend; call
            ``Engine.suspending()`` now.
        resumed(): the machine woke up; step the engine now.

    Threading: GUI thread only.
    """

    locked_changed = Signal(bool)
    about_to_sleep = Signal()
    resumed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._sources: list[SessionSource] = []
        self._slots = itertools.count()
        self._locks: dict[int, bool] = {}
        self._locked = False
        self._sleeping = False

    # -- building ------------------------------------------------------------
    def build(self, factory: Callable[[ChangeHandler], SessionSource]) -> SessionSource:
        """Build a source with a handler of its own, keep it and take its lock state.

        Raises:
            Exception: whatever the factory raises (the source is then not kept).
        """
        slot = next(self._slots)
        self._locks[slot] = False
        handler: ChangeHandler = lambda change: self._on_change(slot, change)  # noqa: E731
        try:
            source = factory(handler)
        except BaseException:
            del self._locks[slot]
            raise
        self._sources.append(source)
        self._locks[slot] = bool(source.locked())
        self._locked = any(self._locks.values())
        return source

    # -- reading ---------------------------------------------------------------
    @property
    def name(self) -> str:
        """The sources in use, e.g. "logind+screensaver", or "none"."""
        return "+".join(source.name for source in self._sources) or "none"

    @property
    def sources(self) -> tuple[SessionSource, ...]:
        return tuple(self._sources)

    def locked(self) -> bool:
        """Whether any source says the screen is locked right now."""
        return self._locked

    def refresh(self) -> None:
        """Let polled sources look again (call at each engine step; cheap)."""
        for source in self._sources:
            try:
                source.refresh()
            except Exception:
                log.exception("refreshing the session source %s failed", source.name)

    def close(self) -> None:
        """Close every source; no signal is emitted afterwards. Safe to call twice."""
        sources, self._sources = self._sources, []
        self._locks.clear()
        for source in sources:
            try:
                source.close()
            except Exception:
                log.exception("closing the session source %s failed", source.name)

    # -- changes ---------------------------------------------------------------
    def _on_change(self, slot: int, change: SessionChange) -> None:
        if slot not in self._locks:
            return  # a source that failed to build, or one already closed
        if change in (SessionChange.LOCKED, SessionChange.UNLOCKED):
            self._locks[slot] = change is SessionChange.LOCKED
            locked = any(self._locks.values())
            if locked != self._locked:
                self._locked = locked
                log.info("screen %s", "locked" if locked else "unlocked",
                          extra={"event": "screen_locked" if locked else "screen_unlocked"})
                self.locked_changed.emit(locked)
        elif change is SessionChange.SLEEPING:
            if not self._sleeping:
                self._sleeping = True
                log.info("about to sleep", extra={"event": "about_to_sleep"})
                self.about_to_sleep.emit()
        else:
            self._sleeping = False
            log.info("resumed from sleep", extra={"event": "resumed"})
            self.resumed.emit()
