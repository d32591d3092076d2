"""The idle backend of last resort: it never knows.

With it the engine counts wall-clock time instead of input and the status says
so. Cost: none.
"""

from __future__ import annotations


class NullIdleMonitor:
    """An ``IdleMonitor`` that cannot tell how long the user has been idle."""

    name = "none"

    def idle_seconds(self) -> float | None:
        """Always None: no input information is available."""
        return None

    def close(self) -> None:
        """Nothing to release."""
