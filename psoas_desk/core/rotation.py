"""Choosing which routine a break offers.

The engine's break asks for a routine of a kind; ``RoutinePicker`` answers
with one the user has not turned off, never the one offered last time when
there is another to choose from. Chance comes from an injected
``random.Random`` so a seeded picker is reproducible in tests.

If every routine of the wanted kind is turned off (or none exist), the picker
falls back to the nearest lighter kind, see ``fallback_kinds``.

Must not import: PySide6, apscheduler, platformdirs, os.environ; no file I/O.
"""

from __future__ import annotations

import random
from collections.abc import Collection

from psoas_desk.core.routines import ContentLibrary, Routine, RoutineKind


def fallback_kinds(kind: RoutineKind) -> tuple[RoutineKind, ...]:
    """The kinds to try, in order, when ``kind`` has nothing to offer.

    A longer break falls back to a shorter one rather than to nothing:
    home -> stretch -> micro -> breathing; breathing and micro stand in for
    each other because both take about a minute at the desk.
    """
    match kind:
        case RoutineKind.BREATHING:
            return (RoutineKind.MICRO,)
        case RoutineKind.MICRO:
            return (RoutineKind.BREATHING,)
        case RoutineKind.STRETCH:
            return (RoutineKind.MICRO, RoutineKind.BREATHING)
        case RoutineKind.HOME:
            return (RoutineKind.STRETCH, RoutineKind.MICRO, RoutineKind.BREATHING)


class RoutinePicker:
    """Picks routines for breaks from a library.

    Args:
        library: the routines to choose from (rebuild the picker when it is reloaded).
        rng: the source of chance; pass ``random.Random(seed)`` in tests.
    """

    def __init__(self, library: ContentLibrary, rng: random.Random) -> None:
        self._library = library
        self._rng = rng

    def candidates(self, kind: RoutineKind, *,
                   disabled: Collection[str] = frozenset()) -> tuple[Routine, ...]:
        """The enabled routines a break of ``kind`` would choose from (after fallback)."""
        for wanted in (kind, *fallback_kinds(kind)):
            enabled = tuple(r for r in self._library.routines_of(wanted) if r.id not in disabled)
            if enabled:
                return enabled
        return ()

    def pick(self, kind: RoutineKind, *, disabled: Collection[str] = frozenset(),
             last_id: str | None = None) -> Routine | None:
        """Choose a routine for a break.

        Args:
            kind: the kind of break.
            disabled: routine ids the user turned off (settings ``routines.disabled``).
            last_id: the routine offered last time; it is avoided unless it is the
                only one left.

        Returns:
            The routine, or None if every candidate, fallbacks included, is turned off.
        """
        pool = self.candidates(kind, disabled=disabled)
        fresh = tuple(r for r in pool if r.id != last_id)
        choices = fresh or pool
        if not choices:
            return None
        return self._rng.choice(choices)
