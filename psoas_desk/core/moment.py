"""One engine step's "now", on both clocks.

Every part of the engine takes the step's :class:`Moment` to turn a
monotonic time into the wall time it stamps on events, and back; nothing
keeps its own idea of the time.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from psoas_desk.core.walltime import seconds_between


@dataclass(frozen=True)
class Moment:
    """The step's monotonic time ``t`` and local wall time ``now``."""

    t: float
    now: datetime

    def wall(self, mono: float) -> datetime:
        """The local wall time of monotonic time ``mono`` (relative to this moment)."""
        return (self.now.astimezone(UTC) + timedelta(seconds=mono - self.t)).astimezone(
            self.now.tzinfo)

    def mono(self, wall: datetime) -> float:
        """The monotonic time of wall time ``wall`` (relative to this moment)."""
        return self.t + seconds_between(self.now, wall)
