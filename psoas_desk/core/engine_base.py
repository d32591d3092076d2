"""The engine's shared core: its state, settings and event queue.

The engine is built in layers so no module grows too long:
:class:`EngineCore` (this module) holds the state and the event queue,
:class:`~psoas_desk.core.engine_breaks.BreakLifecycle` runs the pending
break, :class:`~psoas_desk.core.engine_presence.PresenceAccounting` works out
presence and counts time, and :class:`~psoas_desk.core.engine.Engine` adds
the public API and the step. Each layer may call the ones below it.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

from psoas_desk.core import events as ev
from psoas_desk.core.clock import Clock
from psoas_desk.core.engine_state import EngineMemory
from psoas_desk.core.model import BoutEnd
from psoas_desk.core.settings import Settings


class EngineCore:
    """State, settings, clock and the events waiting to be returned."""

    _st: EngineMemory
    _settings: Settings
    _clock: Clock
    _events: list[ev.Event]

    def _emit(self, event: ev.Event) -> None:
        self._events.append(event)

    def _take_events(self) -> list[ev.Event]:
        out, self._events = self._events, []
        return out


    def _close_bout(self, reason: BoutEnd, at: float) -> None:
        bout = self._st.bout
        if bout is None:
            return
        self._st.bout = None
        if bout.sitting_s < 1.0:
            return
        self._st.tally.bout_ended(bout.sitting_s)
        self._emit(ev.BoutEnded(self._st.wall(at), bout.start_wall, bout.sitting_s, reason))
