"""A history writer to kill: records numbered events one at a time, saying "n" after each.

Usage: ``python -m tests.helpers.history_writer DB COUNT``

Event ``n`` (0-based) is :func:`numbered_event`; after ``store.record`` for
it returns, the line ``n`` goes to stdout (flushed). The test kills the
process at some point and checks that the database holds events 0..n for
the last ``n`` printed, plus at most the one in flight.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from psoas_desk.core import events as ev
from psoas_desk.core.model import BoutEnd, BreakKind, BreakOutcome, Posture
from psoas_desk.storage.history import HistoryStore

START = datetime(2026, 3, 2, 8, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def numbered_event(n: int) -> ev.Event:
    """A different event for each ``n``, one minute apart, cycling through three types."""
    at = START + timedelta(minutes=n)
    if n % 3 == 0:
        return ev.BoutEnded(at, at - timedelta(seconds=50), 50.0, BoutEnd.STOOD_UP)
    if n % 3 == 1:
        return ev.PostureChanged(at, Posture.STANDING if n % 2 else Posture.SITTING)
    return ev.BreakEnded(at, BreakKind.MICRO, BreakOutcome.SKIPPED, at, None)


def main(argv: list[str]) -> int:
    store = HistoryStore(Path(argv[0]))
    store.open()
    for n in range(int(argv[1])):
        store.record([numbered_event(n)])
        if store.pending:
            print(f"failed {store.last_error}", flush=True)
            return 1
        print(n, flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
