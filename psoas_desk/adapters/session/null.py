"""The session source of last resort: it never hears anything.

With it (and no other source) the engine still notices a suspend from the
clock (a step that comes much later than planned, or the suspended time the
clock reports) and an absence from the idle time; only promptness is lost.
Cost: none.
"""

from __future__ import annotations


class NullSession:
    """A ``SessionSource`` that reports nothing."""

    name = "none"

    def locked(self) -> bool | None:
        """Always None: this source cannot tell."""
        return None

    def refresh(self) -> None:
        """Nothing to look at."""

    def close(self) -> None:
        """Nothing to release."""
