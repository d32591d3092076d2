"""Who reacts to which engine event: one table, filled in by the composition root.

Each collaborator (the pre-break warning, the break popups, the sound cues...)
is registered for the event types it cares about; the app hands every event
of a step to :meth:`EventReactions.dispatch`. A new reaction is one
``reactions.on(...)`` line, not an edit to a growing ``if isinstance`` chain.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from psoas_desk.core import events as ev

log = logging.getLogger(__name__)

E = TypeVar("E", bound=ev.Event)


class EventReactions:
    """Handlers by event type, called in the order they were registered."""

    def __init__(self) -> None:
        self._handlers: list[tuple[type[Any], Callable[[Any], None]]] = []

    def on(self, kind: type[E] | tuple[type[E], ...], handler: Callable[[E], None]) -> None:
        """Call ``handler`` with every event of type ``kind`` (a class or a tuple of them)."""
        kinds = kind if isinstance(kind, tuple) else (kind,)
        for one in kinds:
            self._handlers.append((one, handler))

    def dispatch(self, events: Sequence[ev.Event]) -> None:
        """Log each event and run its reactions, in the engine's order."""
        for event in events:
            record = ev.event_record(event)
            log.info("%s", record["event"], extra=record)
            for kind, handler in self._handlers:
                if isinstance(event, kind):
                    handler(event)
