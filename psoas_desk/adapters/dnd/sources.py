"""All the desktop do-not-disturb sources in one object for the app.

A session can have more than one source that matters (GNOME's switch and a
dunst started by hand; Plasma's inhibition), so ``DndSources`` asks each and
reports "on" when any is on. It also turns the backends' change signals into
one callback carrying the combined value, only when that value changes.

A backend that raises is logged (once, with its traceback) and counted as
"off", so one broken source cannot stop the app's steps.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from psoas_desk.adapters.dnd.model import DesktopDnd

__all__ = ["DndSources"]

log = logging.getLogger(__name__)


class DndSources:
    """The combined desktop do-not-disturb state.

    Args:
        backends: the working sources (``choose_dnd_sources`` builds them);
            this object owns them and closes them in ``close``.

    Threading: the GUI thread.
    """

    def __init__(self, backends: Sequence[DesktopDnd]) -> None:
        self._backends = list(backends)
        self._failed: set[str] = set()
        self._handler: Callable[[bool], None] | None = None
        self._last = False
        for backend in self._backends:
            backend.set_change_handler(self._on_backend_change)
        self.desktop_dnd_active()  # sets _last, so the first callback reports a real flip

    @property
    def names(self) -> tuple[str, ...]:
        """The ids of the sources in use, for the log and the status ("none" when none)."""
        return tuple(backend.name for backend in self._backends) or ("none",)

    def desktop_dnd_active(self) -> bool:
        """True while any source says the desktop is in do-not-disturb mode.

        Cheap: each source answers from a cache, a ``stat`` or an in-process call.
        """
        return bool(self.active_names())

    def active_names(self) -> list[str]:
        """The ids of the sources that are on right now (empty when none)."""
        on = [backend.name for backend in self._backends if self._reading(backend)]
        self._last = bool(on)
        return on

    def set_change_handler(self, handler: Callable[[bool], None] | None) -> None:
        """Call ``handler(active)`` from the event loop when the combined value flips.

        Only sources with change signals (dconf, the notification servers)
        call it; the others are noticed at the app's next reading.
        """
        self._handler = handler

    def close(self) -> None:
        """Close every source; later readings are False."""
        backends, self._backends = self._backends, []
        for backend in backends:
            backend.set_change_handler(None)
            try:
                backend.close()
            except Exception:
                log.exception("closing the do-not-disturb source %s failed", backend.name)
        self._handler = None

    def _reading(self, backend: DesktopDnd) -> bool:
        try:
            return backend.active() is True
        except Exception:
            if backend.name not in self._failed:
                self._failed.add(backend.name)
                log.exception("do-not-disturb source %s failed; counted as off", backend.name)
            return False

    def _on_backend_change(self) -> None:
        before = self._last
        now = self.desktop_dnd_active()
        if now != before and self._handler is not None:
            self._handler(now)
