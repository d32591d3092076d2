"""The next break: which kind, when, and where it is in its lifecycle.

Lifecycle: (counting) -> WARNED (notification) -> DUE (waits for a pause in
typing, at most the max delay) -> ACTIVE (on screen) -> ended as completed,
postponed (-> SNOOZED -> DUE again), skipped or natural. A presentation or
meeting turns DUE into DEFERRED until it ends. There is never more than one
pending break: when a micro-break and a stretch break fall close together,
the stretch break is taken instead (it includes everything a micro-break does).

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from psoas_desk.core.model import BreakKind, BreakPhase
from psoas_desk.core.settings import Settings


@dataclass
class PendingBreak:
    """The one break being warned about, waited for, held, snoozed or taken."""

    kind: BreakKind
    phase: BreakPhase
    due_t: float
    """Monotonic time it is (or was) due."""
    due_wall: datetime | None = None
    postpones: int = 0
    snooze_until: float = 0.0
    warned_again: bool = False
    release_at: float | None = None
    dnd_reason: str = ""
    started_t: float = 0.0
    started_wall: datetime | None = None
    duration_s: float = 0.0
    requested: bool = False
    sequence: int = 0


def kind_settings(settings: Settings, kind: BreakKind) -> object:
    return settings.micro if kind is BreakKind.MICRO else settings.stretch


def interval_s(settings: Settings, kind: BreakKind) -> float:
    section = settings.micro if kind is BreakKind.MICRO else settings.stretch
    return section.interval.total_seconds()


def duration_s(settings: Settings, kind: BreakKind) -> float:
    section = settings.micro if kind is BreakKind.MICRO else settings.stretch
    return section.duration.total_seconds()


def min_duration_s(settings: Settings, kind: BreakKind) -> float:
    section = settings.micro if kind is BreakKind.MICRO else settings.stretch
    return min(section.min_duration, section.duration).total_seconds()


def postpone_s(settings: Settings, kind: BreakKind) -> float:
    section = settings.micro if kind is BreakKind.MICRO else settings.stretch
    return section.postpone.total_seconds()


def postpone_limit(settings: Settings, kind: BreakKind) -> int:
    section = settings.micro if kind is BreakKind.MICRO else settings.stretch
    return section.postpone_limit


def enabled(settings: Settings, kind: BreakKind) -> bool:
    section = settings.micro if kind is BreakKind.MICRO else settings.stretch
    return section.enabled


def merge_window_s(settings: Settings) -> float:
    """How close a stretch break may follow a micro-break and replace it."""
    return settings.micro.interval.total_seconds() / 3


def choose_next(settings: Settings,
                progress: Mapping[BreakKind, float]) -> tuple[BreakKind, float] | None:
    """The next break's kind and the sitting seconds left until it, or None.

    The stretch break wins when it would come within a third of a micro-break
    interval after the micro-break; it is then taken at the micro-break's time.
    Runs several times per engine step, so it avoids building collections.
    """
    micro, stretch = settings.micro, settings.stretch
    if not micro.enabled and not stretch.enabled:
        return None
    micro_left = (micro.interval.total_seconds() - progress[BreakKind.MICRO]
                  if micro.enabled else math.inf)
    stretch_left = (stretch.interval.total_seconds() - progress[BreakKind.STRETCH]
                    if stretch.enabled else math.inf)
    if stretch_left <= micro_left:
        return BreakKind.STRETCH, stretch_left
    if stretch.enabled and stretch_left - micro_left <= merge_window_s(settings):
        return BreakKind.STRETCH, micro_left
    return BreakKind.MICRO, micro_left
