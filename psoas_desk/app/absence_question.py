"""After time away that only idle time tells of, ask: "were you at your desk?".

An idle counter cannot tell reading a printout from leaving the room. When a
time away with no lock or sleep to explain it counted as a break, the engine
says so (``AbsenceCounted``); this shows a notification that takes no focus,
"12 min away: counted as your micro-break", with one action, "I was at my
desk", which undoes the credit (``Engine.undo_absence``). Ignored, the credit
stays: the notification is taken down the moment the offer ends (the engine's
``AbsenceSettled``: its time ran out, or the person left again, took a break,
changed posture, or a new day began), so it never sits on screen doing nothing.
Pressed too late all the same (a notification server that keeps old ones, a
press racing the end), a short notice says that the time away stays counted
and why, instead of nothing happening.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from psoas_desk.adapters.notify import NotificationHandle
from psoas_desk.app.notifications import Notifications
from psoas_desk.app.texts import app_text
from psoas_desk.core import events as ev
from psoas_desk.core.absence_undo import UNDO_WINDOW_S
from psoas_desk.core.breaks import KIND_RULES
from psoas_desk.core.model import BreakKind
from psoas_desk.ui import fmt
from psoas_desk.ui.kind_texts import kind_texts

AT_DESK = "at_desk"
"""The key of the "I was at my desk" action."""
TOO_LATE_MS = 10_000
"""How long the "too late" notice stays: a short answer to a press, not news."""


def widest_kind(kinds: Collection[BreakKind]) -> BreakKind:
    """The kind to name for time away that counted as all of ``kinds``.

    The one that includes the most others (``KIND_RULES``): a stretch break
    includes the micro-break, so the stretch break is named.
    """
    return max(kinds, key=lambda kind: len(KIND_RULES[kind].includes),
               default=next(iter(BreakKind)))


class AbsenceQuestion:
    """The notification after an unexplained time away that counted as a break.

    Args:
        notifications: where to show it.
        undo: the "I was at my desk" intent; returns "" or why it was refused.
    """

    def __init__(self, notifications: Notifications, undo: Callable[[], str]) -> None:
        self._notifications = notifications
        self._handle: NotificationHandle | None = None
        notifications.on_action(AT_DESK, self._answered(undo))

    def _answered(self, undo: Callable[[], str]) -> Callable[[], None]:
        def run() -> None:
            self._handle = None
            if undo():
                self._too_late()
        return run

    def _too_late(self) -> None:
        """The press came after the offer ended: say so, briefly, instead of nothing."""
        title = app_text("The time away stays counted as a break")
        body = app_text("\u201cI was at my desk\u201d can take it back within %1 of coming "
                        "back, before you leave again or take a break.")
        self._notifications.show(
            title, body.replace("%1", fmt.duration_text(UNDO_WINDOW_S)), timeout_ms=TOO_LATE_MS)

    def ask(self, event: ev.AbsenceCounted) -> None:
        """Say what the time away counted as, and offer to take it back."""
        self.withdraw()
        title = kind_texts(widest_kind(event.kinds)).absence_counted.replace(
            "%1", fmt.duration_text(event.away_s))
        body = app_text("No typing or pointing for a while. If you were reading or watching "
                        "at your desk, say so and it counts as sitting.")
        self._handle = self._notifications.show(
            title, body, actions=((AT_DESK, app_text("I was at my desk")),),
            timeout_ms=round(UNDO_WINDOW_S * 1000))

    def withdraw(self, _event: object = None) -> None:
        """Too late to answer (a new time away, a break, a new day): take it down."""
        handle, self._handle = self._handle, None
        if handle is not None:
            self._notifications.close(handle)
