"""The fullscreen backend of last resort: it never sees a fullscreen window.

Breaks then never wait for a fullscreen video or presentation to end. Cost: none.
"""

from __future__ import annotations


class NullFullscreenMonitor:
    """A ``FullscreenMonitor`` that always answers "not fullscreen"."""

    name = "none"

    def fullscreen_active(self) -> bool:
        """Always False: nothing is known about other windows."""
        return False

    def close(self) -> None:
        """Nothing to release."""
