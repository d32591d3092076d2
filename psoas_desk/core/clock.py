"""The clock the core is given (it never reads the system clock itself).

Must not import: PySide6, apscheduler, platformdirs, time (for reading it).
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol


class Clock(Protocol):
    """Two views of time, injected into the engine.

    ``monotonic`` measures durations and must keep counting while the machine
    is suspended (on Linux that is CLOCK_BOOTTIME, not CLOCK_MONOTONIC), so a
    suspend shows up as a gap between steps and a timed pause ends on time.
    ``now`` is the local wall time, used only for working hours, the day
    rollover and "until tomorrow".
    """

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards and counts suspend."""
        ...

    def now(self) -> datetime:
        """The current local time, timezone-aware."""
        ...

    def suspended_total(self) -> float | None:
        """Seconds the machine has spent suspended so far (since boot), if known.

        The engine reads how much this grew between two steps to learn how
        long the machine slept in between, even without a suspend signal.
        None when the platform cannot tell; the engine then falls back to
        noticing a step that comes far later than it asked for.
        """
        ...
