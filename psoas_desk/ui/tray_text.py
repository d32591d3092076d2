"""The sentences the tray tooltip, the tray menu and the status panel share.

Each function turns part of an :class:`AppView` into one translated line
(context "TrayText"; the words that name a break kind come from
``ui/kind_texts.py``), e.g. "Sitting 23 min · micro-break in 7 min" or
"Today: 3 h 10 min sitting · longest 52 min". Whole phrases are translated
with ``%1`` placeholders; two phrases are joined through a translatable
"%1 · %2" so a language can reorder or re-punctuate them.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from psoas_desk.core.daybook import DayTotals
from psoas_desk.core.model import BreakPhase, EngineState, PauseKind
from psoas_desk.core.snapshot import ActiveBreak, NextBreak, PauseInfo, Snapshot
from psoas_desk.ui.fmt import clock_text, date_text, duration_text
from psoas_desk.ui.kind_texts import kind_texts
from psoas_desk.ui.view import AppView

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *args: str) -> str:
    """Put ``args`` into a translated template's ``%1``, ``%2``... in one pass.

    One pass, so an argument that itself contains "%2" is left alone.
    """
    def arg(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return args[index] if 0 <= index < len(args) else match.group(0)
    return _PLACEHOLDER.sub(arg, template)


def state_name(snapshot: Snapshot) -> str:
    """The state in one or two words ("Sitting", "Break due", "Paused")."""
    names = {
        EngineState.SITTING: QCoreApplication.translate("TrayText", "Sitting"),
        EngineState.STANDING: QCoreApplication.translate("TrayText", "Standing"),
        EngineState.AWAY: QCoreApplication.translate("TrayText", "Away"),
        EngineState.BREAK_DUE: QCoreApplication.translate("TrayText", "Break due"),
        EngineState.IN_BREAK: QCoreApplication.translate("TrayText", "Taking a break"),
        EngineState.PAUSED: QCoreApplication.translate("TrayText", "Paused"),
        EngineState.OFF_HOURS: QCoreApplication.translate("TrayText",
                                                          "Outside working hours"),
    }
    return names[snapshot.state]


def status_line(snapshot: Snapshot) -> str:
    """The live status in one line, e.g. "Sitting 23 min · micro-break in 7 min"."""
    state = snapshot.state
    if state is EngineState.IN_BREAK and snapshot.active_break is not None:
        return active_break_text(snapshot.active_break)
    if state is EngineState.PAUSED:
        return pause_text(snapshot.pause, snapshot.at)
    if state is EngineState.OFF_HOURS:
        return QCoreApplication.translate("TrayText", "Outside your working hours")
    if state is EngineState.AWAY:
        head = fill(QCoreApplication.translate("TrayText", "Away %1"),
                    duration_text(snapshot.away_s))
    elif state is EngineState.STANDING:
        head = fill(QCoreApplication.translate("TrayText", "Standing %1"),
                    duration_text(snapshot.standing_s))
    else:
        head = fill(QCoreApplication.translate("TrayText", "Sitting %1"),
                    duration_text(snapshot.sitting_s))
    clause = next_break_text(snapshot.next_break) if state is not EngineState.AWAY else ""
    if not clause:
        return head
    return fill(QCoreApplication.translate("TrayText", "%1 · %2"), head, clause)


def next_break_text(nb: NextBreak | None) -> str:
    """When the next break comes, e.g. "micro-break in 7 min"; "" when none is planned."""
    if nb is None:
        return ""
    texts = kind_texts(nb.kind)
    if nb.phase is BreakPhase.WAITING:
        return texts.next_at_pause
    if nb.phase in (BreakPhase.DUE, BreakPhase.ACTIVE):
        return texts.next_due
    if nb.phase is BreakPhase.DEFERRED:
        return texts.next_deferred
    if nb.phase is BreakPhase.SNOOZED:
        template = texts.next_snoozed
    elif not nb.counting:
        template = texts.next_after_sitting
    else:
        template = texts.next_in
    return fill(template, duration_text(nb.in_s))


def active_break_text(active: ActiveBreak) -> str:
    """The break on screen, e.g. "In a stretch break · 3 min left"."""
    return fill(kind_texts(active.kind).in_break,
                duration_text(active.remaining_s, precise=True))


def pause_text(pause: PauseInfo | None, now: datetime) -> str:
    """How long reminders stay paused, e.g. "Paused until 14:30"."""
    if pause is None or pause.until is None or pause.kind is PauseKind.INDEFINITE:
        return QCoreApplication.translate("TrayText", "Paused until you resume")
    # Compare calendar days where clock_text shows them: in the system's zone.
    until_day = pause.until.astimezone().date()
    today = now.astimezone().date()
    time_of_day = clock_text(pause.until)
    if until_day == today:
        return fill(QCoreApplication.translate("TrayText", "Paused until %1"), time_of_day)
    if until_day == today + timedelta(days=1):
        return fill(QCoreApplication.translate("TrayText", "Paused until tomorrow, %1"),
                    time_of_day)
    return fill(QCoreApplication.translate("TrayText", "Paused until %1, %2"),
                date_text(pause.until), time_of_day)


def today_line(today: DayTotals) -> str:
    """Today's sitting in one line: "Today: 3 h 10 min sitting · longest 52 min"."""
    return fill(QCoreApplication.translate("TrayText", "Today: %1 sitting · longest %2"),
                duration_text(today.sitting_s), duration_text(today.longest_bout_s))


def idle_hint(view: AppView) -> str:
    """A warning when no idle-time source works, else ""."""
    if view.idle_backend != "none":
        return ""
    return QCoreApplication.translate("TrayText",
                                      "No idle-time source: counting wall-clock time")


def tooltip_text(view: AppView) -> str:
    """The tray tooltip: status, today's figures and, if needed, the idle hint."""
    lines = [status_line(view.snapshot), today_line(view.snapshot.today), idle_hint(view)]
    return "\n".join(line for line in lines if line)
