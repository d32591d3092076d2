"""The session port: what a lock, unlock, suspend or resume source reports.

Kept apart from ``__init__`` so every backend can import it without importing
the chooser (and the chooser every backend).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Protocol

__all__ = ["ChangeHandler", "SessionCandidate", "SessionChange", "SessionSource"]


class SessionChange(enum.Enum):
    """One thing a session source saw happen."""

    LOCKED = "locked"
    UNLOCKED = "unlocked"
    SLEEPING = "sleeping"
    """The machine is about to suspend or hibernate."""
    RESUMED = "resumed"


ChangeHandler = Callable[[SessionChange], None]
"""Called by a source, on the GUI thread, for each change it sees."""


class SessionSource(Protocol):
    """One source of lock and sleep events (logind, the screensaver, Windows...).

    Threading: built, asked and closed on the GUI thread; it calls its
    ``ChangeHandler`` from the Qt event loop (or from ``refresh``), never from
    another thread. Nothing may block for more than a short D-Bus timeout.
    """

    @property
    def name(self) -> str:
        """Short id for logs and the status, e.g. "logind"."""
        ...

    def locked(self) -> bool | None:
        """The lock state this source last saw; None when it cannot tell."""
        ...

    def refresh(self) -> None:
        """Look again where nothing is pushed (a polled API); report changes.

        Cheap, called at each engine step; sources that are told about
        changes do nothing here.
        """
        ...

    def close(self) -> None:
        """Stop listening; no change is reported afterwards. Safe to call twice."""
        ...


SessionCandidate = tuple[str, Callable[[ChangeHandler], SessionSource]]
"""A label for the log and a factory that builds the source (given its handler) or raises."""
