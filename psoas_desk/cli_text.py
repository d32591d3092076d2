"""What the command line prints: the confirmation after a request, and the
summary of ``psoas-desk status``.

The answers come from another process (maybe another version), so an odd or
missing field is left out rather than trusted. No Qt here: these run in the
short-lived ``psoas-desk <command>`` process.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime

from psoas_desk.adapters.control_protocol import Command, Request
from psoas_desk.core.model import BreakKind, EngineState, PauseKind
from psoas_desk.invocation import current_command_name


def confirmation(request: Request, result: object = None) -> str:
    """What to print after the app accepted ``request`` without saying anything itself.

    Args:
        request: what was asked.
        result: the reply's result (``resume`` answers ``{"resumed": false}``
            when there was no pause to end).
    """
    match request.cmd:
        case Command.BREAK if request.routine_id() is not None:
            return f"Starting the routine {request.routine_id()} as a stretch break."
        case Command.BREAK:
            return f"Starting a {break_name(request.break_kind())}."
        case Command.PAUSE:
            kind, seconds = request.pause_kind()
            if kind is PauseKind.TIMED:
                return f"Reminders paused for {human(seconds)}."
            if kind is PauseKind.UNTIL_TOMORROW:
                return "Reminders paused until tomorrow."
            return f"Reminders paused until you run `{current_command_name()} resume`."
        case Command.RESUME if isinstance(result, Mapping) and result.get("resumed") is False:
            return "Reminders were not paused; nothing to resume."
        case Command.RESUME:
            return "Reminders resumed."
        case Command.STAND | Command.SIT:
            return f"Noted: you are {'standing' if request.cmd is Command.STAND else 'sitting'}."
        case Command.READING if request.reading_on():
            return ("Noted: reading or watching. Time without typing counts as sitting "
                    "until you type again.")
        case Command.READING:
            return "Reading or watching is off."
        case Command.QUIT:
            return "psoas-desk is quitting."
    return ""  # commands that open a window say nothing


# States the headline already puts into words (a newer app may send others).
_PLAIN_STATES = frozenset(str(state.value) for state in EngineState)


def format_status(status: Mapping[str, object], *, now: datetime) -> str:
    """A short summary of a ``status`` result for a person.

    The result comes from another process, so a missing or odd field is
    left out rather than trusted.
    """
    lines = [_headline(status, now)]
    timers = _timers_line(status.get("timers"))
    if timers:
        lines.append(timers)
    today = status.get("today")
    if isinstance(today, Mapping):
        figures = [f"sitting {human(today.get('sitting_s'))}",
                   f"longest bout {human(today.get('longest_bout_s'))}",
                   _count(today.get("breaks_completed"), "break taken", "breaks taken"),
                   _count(today.get("breaks_postponed"), "postponed", "postponed"),
                   _count(today.get("breaks_skipped"), "skipped", "skipped"),
                   _count(today.get("breaks_worked_through"), "worked through",
                          "worked through"),
                   _count(today.get("natural_breaks"), "natural break", "natural breaks")]
        known = [figure for figure in figures if "?" not in figure]
        if known:
            lines.append("Today: " + ", ".join(known))
    backend = status.get("idle_backend")
    if backend == "none":
        lines.append("Idle detection: none (psoas-desk cannot tell when you step away, "
                     "so breaks you take on your own go unnoticed)")
    elif isinstance(backend, str):
        lines.append(f"Idle detection: {backend}")
    if status.get("tray_available") is False:
        lines.append(f"No system tray found: use the commands instead, e.g. "
                     f"`{current_command_name()} checklist`")
    windows = status.get("windows")
    if isinstance(windows, Mapping) and isinstance(windows.get("qt_platform"), str):
        lines.append(_windows_line(windows))
    return "\n".join(lines)


def _timers_line(timers: object) -> str:
    """Each kind's own countdown: "Breaks, in sitting time: micro-break in 7 min, ..."."""
    if not isinstance(timers, list):
        return ""
    parts = [f"{break_name(t.get('kind'))} in {human(t.get('in_s'))}" for t in timers
             if isinstance(t, Mapping) and "?" not in human(t.get("in_s"))]
    return "Breaks, in sitting time: " + ", ".join(parts) if parts else ""


# How break popups keep out of the keyboard (app/windowing.py), in words.
_FOCUS_WORDS = {
    "window-manager": "they appear without taking the keyboard",
    "xwayland": "they run under XWayland, which keeps them on top without taking the keyboard",
    "sway-rules": "sway's window rules keep them floating, on top and unfocused",
    "hyprland-rules": "Hyprland's window rules keep them floating, on top and unfocused",
    "none": "the desktop may give them the keyboard; keys in their first seconds are ignored",
}


def _windows_line(windows: Mapping[str, object]) -> str:
    """How break windows are shown and why, from ``status``'s ``windows`` object."""
    platform = windows.get("qt_platform")
    focus = _FOCUS_WORDS.get(str(windows.get("focus")), f"focus: {windows.get('focus')}")
    line = f"Break windows: {platform}; {focus}"
    reason = windows.get("reason")
    if isinstance(reason, str) and reason:
        chosen = windows.get("chosen_by")
        line += f" (chosen automatically: {reason})" if chosen in ("automatic", None) else (
            f" (chosen by {chosen}: {reason})")
    return line


def _headline(status: Mapping[str, object], now: datetime) -> str:
    state = status.get("state")
    if state == "paused":
        until = _clock_time(status.get("paused_until"), now)
        return (f"Paused until {until}" if until
                else f"Paused until `{current_command_name()} resume`")
    taking = status.get("in_break")
    if isinstance(taking, Mapping):
        return (f"Taking a {break_name(taking.get('kind'))}, "
                f"{human(taking.get('remaining_s'))} left")
    if state == "off_hours":
        return "Outside your working hours"
    head = ("Away" if state == "away" else "Standing" if status.get("posture") == "standing"
            else f"Sitting for {human(status.get('sitting_s'))}")
    following = status.get("next_break")
    if isinstance(following, Mapping):
        name = break_name(following.get("kind"))
        left = human(following.get("in_s"))
        head += (f" · {name} due now" if state == "break_due"
                 else f" · {name} after {left} more sitting" if following.get("counting") is False
                 else f" · {name} in {left}")
    elif following is None and "next_break" in status:
        head += " · no break scheduled"
    if isinstance(state, str) and state not in _PLAIN_STATES:
        head += f" ({state})"
    return head


_BREAK_NAMES: Mapping[str, str] = {BreakKind.MICRO: "micro-break",
                                    BreakKind.STRETCH: "stretch break"}


def break_name(kind: object) -> str:
    # A status from another process may name a kind this version does not know.
    return _BREAK_NAMES.get(str(kind), f"{kind} break")


def _count(value: object, one: str, many: str) -> str:
    """``"1 break taken"``, ``"3 breaks taken"``; ``"? ..."`` for anything but a count."""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value} {one if value == 1 else many}"
    return f"? {many}"


def human(seconds: object) -> str:
    """``"45 s"``, ``"23 min"``, ``"1 h 5 min"``; ``"?"`` for anything but a number."""
    if (isinstance(seconds, bool) or not isinstance(seconds, int | float)
            or not math.isfinite(seconds)):  # JSON from another process: NaN, inf
        return "?"
    total = max(int(seconds), 0)
    if total < 60:
        return f"{total} s"
    hours, minutes = divmod(total // 60, 60)
    if not hours:
        return f"{minutes} min"
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def _clock_time(text: object, now: datetime) -> str:
    """``"14:30"``, ``"Thu 09:00"`` or a date; ``""`` if ``text`` is no ISO timestamp."""
    try:
        when = datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        when = None
    if when is None:
        return ""
    if when.tzinfo is not None and now.tzinfo is not None:
        when = when.astimezone(now.tzinfo)
    if when.date() == now.date():
        return when.strftime("%H:%M")
    if 0 < (when.date() - now.date()).days < 7:
        return when.strftime("%a %H:%M")
    return when.strftime("%Y-%m-%d %H:%M")
