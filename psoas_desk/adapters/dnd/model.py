"""The do-not-disturb port: what every desktop do-not-disturb source offers.

Kept apart from the chooser so that backends can import it without a cycle.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

__all__ = ["DesktopDnd", "DndCandidate", "DndUnavailable"]


class DndUnavailable(RuntimeError):
    """A source cannot work in this session; the text says why."""


class DesktopDnd(Protocol):
    """Tells whether the desktop's own do-not-disturb (quiet, focus) mode is on.

    Threading: every method is called on the GUI thread only. ``active`` must
    be cheap (no blocking call to another process): backends cache what change
    signals tell them, or read a local file or system call.
    """

    @property
    def name(self) -> str:
        """Short backend id for logs and the status, e.g. "gnome-show-banners"."""
        ...

    def active(self) -> bool:
        """True while the desktop's do-not-disturb mode is on; False when off or unknown."""
        ...

    def set_change_handler(self, handler: Callable[[], None] | None) -> None:
        """Call ``handler()`` from the event loop when ``active()`` may have changed.

        Backends that only poll never call it; the app then notices at its next step.
        """
        ...

    def close(self) -> None:
        """Stop listening and release resources; safe to call twice."""
        ...


DndCandidate = tuple[str, Callable[[], DesktopDnd]]
"""A label for the log and a factory that builds the backend or raises."""
