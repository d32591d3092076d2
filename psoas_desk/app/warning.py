"""Notifications the engine's events call for: the pre-break warning, with its
whole lifecycle, and the nudge to sit after standing for long.

The warning is Workrave's "prelude": shown when the engine warns that a break
is near (with a button per postpone length while postpones are left, the
configured length first), withdrawn when the break starts or ends, whichever
comes first.
"""

from __future__ import annotations

from collections.abc import Callable

from psoas_desk.adapters.notify import NotificationHandle
from psoas_desk.app.notifications import Notifications
from psoas_desk.app.texts import app_text
from psoas_desk.core import events as ev
from psoas_desk.core.model import BreakKind
from psoas_desk.core.postpone import postpone_choices_s
from psoas_desk.core.settings import Settings
from psoas_desk.core.snapshot import Snapshot
from psoas_desk.ui import fmt
from psoas_desk.ui.kind_texts import kind_texts

SNOOZE = "snooze"
"""The key of the warning's Postpone action (the configured length); a length in
seconds follows a colon in the others: ``snooze:600``."""


class BreakWarning:
    """The notification ahead of a break.

    Args:
        notifications: where to show it.
        snapshot: the engine's latest snapshot (are postpones left?).
        postpone: the Postpone intent (seconds, 0 for the configured length),
            run when one of its actions is pressed.
        settings: the settings in force (which lengths to offer).
    """

    def __init__(self, notifications: Notifications, snapshot: Callable[[], Snapshot],
                 postpone: Callable[[int], object],
                 settings: Callable[[], Settings]) -> None:
        self._notifications = notifications
        self._snapshot = snapshot
        self._postpone = postpone
        self._settings = settings
        self._handle: NotificationHandle | None = None
        notifications.on_action(SNOOZE, lambda: postpone(0))

    def warned(self, event: ev.BreakWarned) -> None:
        """The engine says a break is near: say so, offering Postpone if allowed."""
        texts = kind_texts(event.kind)
        title = app_text("%1 in %2").replace("%1", texts.title).replace(
            "%2", fmt.duration_text(event.due_in_s))
        self._handle = self._notifications.show(title, texts.warning_body,
                                                actions=self._actions(event.kind))

    def waiting(self, event: ev.BreakWaiting) -> None:
        """Due, but the person types on: the warning says so, changed in place.

        The warning said "in 30 s"; the break may now wait up to the max
        delay. No warning on screen (warnings off, or held by do-not-disturb):
        nothing is shown.
        """
        if self._handle is None:
            return
        title = kind_texts(event.kind).warning_waiting
        body = app_text("It waits while you type, %1 at most.").replace(
            "%1", fmt.duration_text(event.within_s))
        self._handle = self._notifications.show(title, body, actions=self._actions(event.kind),
                                                replaces=self._handle) or self._handle

    def _actions(self, kind: BreakKind) -> tuple[tuple[str, str], ...]:
        following = self._snapshot().next_break
        if following is not None and following.postpones_left > 0:
            # A button per length; servers that show fewer keep the first ones.
            lengths = postpone_choices_s(self._settings(), kind)
            for seconds in lengths:
                self._notifications.on_action(f"{SNOOZE}:{seconds}", self._postponer(seconds))
            return tuple((f"{SNOOZE}:{seconds}", app_text("%1 later").replace(
                "%1", fmt.duration_text(seconds))) for seconds in lengths)
        return ()

    def _postponer(self, seconds: int) -> Callable[[], object]:
        return lambda: self._postpone(seconds)

    def withdraw(self, _event: object = None) -> None:
        """The break started or ended: take the warning away."""
        handle, self._handle = self._handle, None
        if handle is not None:
            self._notifications.close(handle)


class SitReminder:
    """After a long time standing, a gentle notification to sit for a while."""

    def __init__(self, notifications: Notifications) -> None:
        self._notifications = notifications

    def remind(self, event: ev.StandingReminder) -> None:
        self._notifications.show(
            app_text("Time to sit for a while?"),
            app_text("You have been standing for %1. Switching now and then is what helps."
                     ).replace("%1", fmt.duration_text(event.standing_s)))
