"""A break on screen: when one starts, choose its routine (the rotation keeps
its count of micro-breaks in the saved state; a routine chosen on demand is
played as a requested stretch break), note it in the history and open the
popups; when it ends, close them.

The popups themselves are :class:`~psoas_desk.app.breaks.BreakPresenter`'s.
"""

from __future__ import annotations

from dataclasses import replace

from psoas_desk.app.breaks import BreakPresenter
from psoas_desk.app.history import HistoryKeeper
from psoas_desk.app.state import StateKeeper
from psoas_desk.core import events as ev
from psoas_desk.core.breaks import KIND_RULES
from psoas_desk.core.engine import Engine
from psoas_desk.core.routines import Routine


class BreakFlow:
    """Reacts to a break starting and ending."""

    def __init__(self, presenter: BreakPresenter, engine: Engine, state: StateKeeper,
                 history: HistoryKeeper) -> None:
        self._presenter = presenter
        self._engine = engine
        self._state = state
        self._history = history
        self._chosen: Routine | None = None

    def choose(self, routine_id: str) -> str:
        """Play ``routine_id`` in the next requested stretch break ("" clears the choice).

        Returns:
            "" or why not, for a person.
        """
        if not routine_id:
            self._chosen = None
            return ""
        routine = self._presenter.library.routines.get(routine_id)
        if routine is None:
            return (f"there is no routine {routine_id!r} "
                    "(`psoas-desk routines` lists them)")
        self._chosen = routine
        return ""

    def started(self, event: ev.BreakStarted) -> None:
        settings = self._engine.settings
        chosen, self._chosen = self._chosen, None
        if chosen is not None and event.requested and KIND_RULES[event.kind].routine:
            routine: Routine | None = chosen
            self._presenter.rotation.chosen(chosen)
        else:
            # A postponed break that comes back keeps its routine.
            routine = self._presenter.pick_routine(event.kind, settings,
                                                   returning=event.postpones_used > 0)
        count = self._presenter.rotation.micro_count
        if count != self._state.state.micro_breaks_started:
            self._state.save(replace(self._state.state, micro_breaks_started=count))
        if routine is not None:
            self._history.set_routine(event.at, routine.id)
        if KIND_RULES[event.kind].routine and routine is not None:
            # The player keeps its own time and may be paused; it reports when the
            # routine is done. The engine's limit only catches a forgotten popup.
            self._engine.set_break_length(routine.total_s * 1.5 + 60)
        self._presenter.open(event.kind, routine, settings, self._engine.snapshot())

    def ended(self, event: ev.BreakEnded) -> None:
        if event.started_at is not None:
            self._presenter.close()
