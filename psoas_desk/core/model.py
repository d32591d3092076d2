"""The engine's vocabulary: kinds, states and what an adapter observed.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class BreakKind(enum.StrEnum):
    """The kinds of break: the one vocabulary of the engine, the UI, the control
    protocol and the command line.

    A ``StrEnum`` because the words also travel as text (the control protocol,
    saved state, the history database, ``status --json``): a member is its word.
    """

    MICRO = "micro"
    STRETCH = "stretch"


class Posture(enum.StrEnum):
    """Sitting or standing; also the word in saved state and on the wire."""

    SITTING = "sitting"
    STANDING = "standing"


class Presence(enum.Enum):
    ACTIVE = "active"
    """Input within the last few seconds."""
    PASSIVE = "passive"
    """No recent input, but still at the desk: reading, thinking, on a call."""
    AWAY = "away"


class EngineState(enum.Enum):
    """The one-word state shown in the tray, the status panel and ``status``."""

    SITTING = "sitting"
    STANDING = "standing"
    AWAY = "away"
    BREAK_DUE = "break_due"
    IN_BREAK = "in_break"
    PAUSED = "paused"
    OFF_HOURS = "off_hours"


class BreakPhase(enum.Enum):
    """Where the next break is in its lifecycle."""

    WARNED = "warned"
    """The pre-warning went out; the break is due soon."""
    DUE = "due"
    """Due now: shown at once unless the person is typing."""
    WAITING = "waiting_for_pause"
    """Due, but the person is typing: it waits for a pause (at most the max delay)."""
    DEFERRED = "deferred"
    """Due, but held while a presentation or meeting goes on."""
    SNOOZED = "snoozed"
    """Postponed; offered again when the snooze ends."""
    ACTIVE = "active"
    """On screen: the user is taking it."""


class BreakOutcome(enum.Enum):
    COMPLETED = "completed"
    POSTPONED = "postponed"
    SKIPPED = "skipped"
    NATURAL = "natural"
    """Credited by being away (or standing, or a break taken on one's own)."""
    CANCELLED = "cancelled"
    """Withdrawn without a verdict, e.g. by pausing; not counted."""
    WORKED_THROUGH = "worked_through"
    """On screen, but the person kept typing or pointing through it: not a break."""


class AwayReason(enum.Enum):
    IDLE = "idle"
    LOCKED = "locked"
    SUSPENDED = "suspended"
    NOT_RUNNING = "not_running"


class BoutEnd(enum.Enum):
    """Why a sitting bout ended."""

    AWAY = "away"
    STOOD_UP = "stood_up"
    BREAK = "break"
    SELF_BREAK = "self_break"


class PauseKind(enum.StrEnum):
    """How long reminders are paused: the one word for a pause everywhere.

    The values are what saved state and the history database hold; the
    command line and the control protocol spell them for people
    (``adapters/control_protocol.py`` ``PAUSE_WORDS``: "duration", "tomorrow",
    "forever").
    """

    TIMED = "timed"
    """For a duration (the intent carries the seconds)."""
    UNTIL_TOMORROW = "until_tomorrow"
    INDEFINITE = "indefinite"


@dataclass(frozen=True)
class Observation:
    """What the adapters saw at the moment of a step.

    Attributes:
        idle_s: seconds since the last keyboard or mouse input, or None when
            no idle source works (the engine then assumes presence and relies
            on lock and suspend alone).
        locked: the screen is locked.
        presence_sign: something says the user is there without input (an
            app holding an idle inhibitor, camera or microphone in use).
        dnd: a presentation, full-screen app or meeting asks for quiet.
        dnd_reason: a short word for status and logs ("fullscreen", ...).
    """

    idle_s: float | None = 0.0
    locked: bool = False
    presence_sign: bool = False
    dnd: bool = False
    dnd_reason: str = ""
