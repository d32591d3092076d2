"""The do-not-disturb source of last resort: it never sees the desktop's quiet mode.

Breaks then wait only for full-screen windows (and whatever else the app
watches), not for the desktop's do-not-disturb switch. Cost: none.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["NullDesktopDnd"]


class NullDesktopDnd:
    """A ``DesktopDnd`` that always answers "off"."""

    name = "none"

    def active(self) -> bool:
        """Always False: nothing is known about the desktop's quiet mode."""
        return False

    def set_change_handler(self, handler: Callable[[], None] | None) -> None:
        """Nothing ever changes."""

    def close(self) -> None:
        """Nothing to release."""
