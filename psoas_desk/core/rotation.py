"""Choosing which routine a break offers.

``BreakRotation`` answers "which routine for this break?" for the app:

- every Nth micro-break (``micro.checklist_every``) is the posture check,
  and the posture check is never drawn at random;
- otherwise a routine of the break's kind is drawn at random
  (``RoutinePicker``), never the one offered just before while another is
  available;
- a postponed break that comes back brings back the routine it had;
- a routine chosen on demand counts as offered, so the next break draws
  another one.

Chance comes from an injected ``random.Random``, so a seeded rotation is
reproducible in tests. If every routine of the wanted kind is turned off (or
none exist), the picker falls back to the nearest lighter kind, see
``fallback_kinds``.

Must not import: PySide6, apscheduler, platformdirs, os.environ; no file I/O.
"""

from __future__ import annotations

import random
from collections.abc import Collection

from psoas_desk.core.model import BreakKind
from psoas_desk.core.routines import ContentLibrary, Routine, RoutineKind
from psoas_desk.core.settings import Settings


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


def is_posture_check(routine: Routine) -> bool:
    """Whether ``routine`` is a posture check (it links to a set-up checklist)."""
    return routine.checklist is not None


class RoutinePicker:
    """Draws routines for breaks from a library at random.

    Posture checks are never drawn: they come on their own turn
    (``BreakRotation``).

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
            enabled = tuple(r for r in self._library.routines_of(wanted)
                            if r.id not in disabled and not is_posture_check(r))
            if enabled:
                return enabled
        return ()

    def pick(self, kind: RoutineKind, *, disabled: Collection[str] = frozenset(),
             last_id: str | None = None, avoid: Collection[str] = ()) -> Routine | None:
        """Choose a routine for a break.

        Args:
            kind: the kind of break.
            disabled: routine ids the user turned off (settings ``routines.disabled``).
            last_id: the routine offered last time; it is avoided unless it is the
                only one left.
            avoid: more ids to leave out while anything else is left.

        Returns:
            The routine, or None if every candidate, fallbacks included, is turned off.
        """
        pool = self.candidates(kind, disabled=disabled)
        unwanted = {*avoid, last_id}
        fresh = tuple(r for r in pool if r.id not in unwanted)
        if not fresh:
            fresh = tuple(r for r in pool if r.id != last_id)
        choices = fresh or pool
        if not choices:
            return None
        return self._rng.choice(choices)


class BreakRotation:
    """Which routine each break offers, posture checks on their own turn.

    Args:
        library: the routines to choose from.
        rng: the source of chance (seeded in tests).
        micro_count: micro-breaks offered so far (kept by the app between
            runs, so "every 4th" carries on after a restart).
    """

    def __init__(self, library: ContentLibrary, rng: random.Random, *,
                 micro_count: int = 0) -> None:
        self._library = library
        self._picker = RoutinePicker(library, rng)
        self._micro_count = max(0, micro_count)
        self._last: str | None = None
        self._current: dict[BreakKind, str] = {}

    @property
    def micro_count(self) -> int:
        """Micro-breaks offered so far (a postponed one coming back is not counted again)."""
        return self._micro_count

    def posture_check(self, settings: Settings) -> Routine | None:
        """The enabled posture-check routine, or None."""
        disabled = frozenset(settings.routines.disabled)
        for routine in self._library.routines_of(RoutineKind.MICRO):
            if is_posture_check(routine) and routine.id not in disabled:
                return routine
        return None

    def choose(self, kind: BreakKind, settings: Settings, *,
               returning: bool = False) -> Routine | None:
        """The routine for a break that starts now.

        Args:
            kind: the break's kind.
            settings: for the posture-check interval and the routines turned off.
            returning: the break was postponed and comes back: it keeps its routine.
        """
        disabled = frozenset(settings.routines.disabled)
        if returning:
            again = self._library.routines.get(self._current.get(kind, ""))
            if again is not None and again.id not in disabled:
                return self._offered(kind, again)
        if kind is BreakKind.MICRO:
            self._micro_count += 1
            every = settings.micro.checklist_every
            if every > 0 and self._micro_count % every == 0:
                check = self.posture_check(settings)
                if check is not None:
                    return self._offered(kind, check)
        wanted = RoutineKind.MICRO if kind is BreakKind.MICRO else RoutineKind.STRETCH
        previous = self._current.get(kind)
        routine = self._picker.pick(wanted, disabled=disabled, last_id=self._last,
                                    avoid=(previous,) if previous else ())
        return self._offered(kind, routine) if routine is not None else None

    def chosen(self, routine: Routine) -> None:
        """A routine was started on demand: the next break draws a different one."""
        self._last = routine.id
        self._current[BreakKind.STRETCH] = routine.id

    def _offered(self, kind: BreakKind, routine: Routine) -> Routine:
        self._current[kind] = routine.id
        if not is_posture_check(routine):
            self._last = routine.id
        return routine
