"""The table of reactions to engine events: by type, in the order registered."""

from __future__ import annotations

from datetime import datetime

from psoas_desk.app.reactions import EventReactions
from psoas_desk.core import events as ev
from psoas_desk.core.model import BreakKind, PauseKind
from tests.helpers.fakes import BERLIN

AT = datetime(2031, 3, 3, 9, 0, tzinfo=BERLIN)


def test_each_event_reaches_its_handlers_in_order_and_no_others() -> None:
    reactions = EventReactions()
    seen: list[str] = []
    reactions.on(ev.BreakWarned, lambda e: seen.append(f"warn {e.kind}"))
    reactions.on(ev.BreakWarned, lambda _e: seen.append("prewarm"))
    reactions.on((ev.Paused, ev.Resumed), lambda e: seen.append(type(e).__name__))
    reactions.on(ev.Event, lambda _e: seen.append("any"))
    reactions.dispatch([ev.BreakWarned(AT, BreakKind.MICRO, 30.0),
                        ev.Paused(AT, PauseKind.INDEFINITE, None), ev.Resumed(AT, by_timer=False)])
    assert seen == ["warn micro", "prewarm", "any", "Paused", "any", "Resumed", "any"]


def test_no_events_call_nothing() -> None:
    reactions = EventReactions()
    reactions.on(ev.Event, lambda _e: (_ for _ in ()).throw(AssertionError("called")))
    reactions.dispatch([])
