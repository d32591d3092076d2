"""Break kinds as data, and which break comes next.

Each kind is a :class:`KindRule`: the settings section it reads (interval,
length, postpone...), the kinds it includes ("a stretch break includes the
micro-break": taking it resets their clocks too, and it may be taken in
their place), and whether time away must last as long as the break to count
as one. Everything the engine does with a kind is looked up here, so a new
kind is a new settings section and one more row in :data:`KIND_RULES`.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol, cast

from psoas_desk.core.model import BreakKind
from psoas_desk.core.settings import Settings

MERGE_SHARE = 1 / 3
"""A break that includes another is taken in its place when it would fall due
within this share of the included kind's interval after it."""


class BreakSection(Protocol):
    """What every break kind's settings section has (``settings.micro``...)."""

    @property
    def enabled(self) -> bool: ...
    @property
    def interval(self) -> timedelta: ...
    @property
    def duration(self) -> timedelta: ...
    @property
    def min_duration(self) -> timedelta: ...
    @property
    def postpone(self) -> timedelta: ...
    @property
    def postpone_limit(self) -> int: ...


@dataclass(frozen=True)
class KindRule:
    """How one kind of break behaves; see the module docstring.

    Attributes:
        kind: the kind.
        section: the name of its settings section (``Settings.<section>``).
        includes: kinds a break of this kind also counts as.
        away_covers_length: time away (or standing) counts as this break only
            when it lasts as long as the break; otherwise the natural-break
            time is enough.
        routine: the break is a guided routine: completing one is a routine
            done (the day's ``stretch_routines`` figure), and the app plays
            it in the routine player, with the safety lines, and lets the
            routine set the break's length.
    """

    kind: BreakKind
    section: str
    includes: tuple[BreakKind, ...] = ()
    away_covers_length: bool = False
    routine: bool = False

    def settings(self, settings: Settings) -> BreakSection:
        return cast(BreakSection, getattr(settings, self.section))

    def resets(self) -> tuple[BreakKind, ...]:
        """The clocks that taking this break sets back to zero."""
        return (self.kind, *self.includes)


KIND_RULES: Mapping[BreakKind, KindRule] = {
    BreakKind.MICRO: KindRule(BreakKind.MICRO, "micro"),
    BreakKind.STRETCH: KindRule(BreakKind.STRETCH, "stretch", includes=(BreakKind.MICRO,),
                                away_covers_length=True, routine=True),
}
KINDS: tuple[BreakKind, ...] = tuple(KIND_RULES)


def section(settings: Settings, kind: BreakKind) -> BreakSection:
    """The settings section of ``kind`` (e.g. ``settings.micro``)."""
    return KIND_RULES[kind].settings(settings)


def interval_s(settings: Settings, kind: BreakKind) -> float:
    return section(settings, kind).interval.total_seconds()


def duration_s(settings: Settings, kind: BreakKind) -> float:
    return section(settings, kind).duration.total_seconds()


def min_duration_s(settings: Settings, kind: BreakKind) -> float:
    s = section(settings, kind)
    return min(s.min_duration, s.duration).total_seconds()


def postpone_s(settings: Settings, kind: BreakKind) -> float:
    return section(settings, kind).postpone.total_seconds()


def postpone_limit(settings: Settings, kind: BreakKind) -> int:
    return section(settings, kind).postpone_limit


def enabled(settings: Settings, kind: BreakKind) -> bool:
    return section(settings, kind).enabled


def credit_after_s(settings: Settings, kind: BreakKind) -> float:
    """How long an absence (or standing) must last to count as a break of ``kind``."""
    natural = settings.presence.natural_break.total_seconds()
    if KIND_RULES[kind].away_covers_length:
        return max(natural, duration_s(settings, kind))
    return natural


def merge_window_s(settings: Settings, included: BreakKind) -> float:
    """How soon after a break of ``included`` one that includes it may replace it."""
    return interval_s(settings, included) * MERGE_SHARE


@dataclass(frozen=True)
class KindTable:
    """The figures :func:`choose_next` needs, read once from a settings object.

    The choice runs several times per engine step; reading them through the
    settings sections each time was most of a step's cost.
    """

    intervals: tuple[tuple[BreakKind, float], ...]
    """(kind, interval in seconds) of every enabled kind, in :data:`KINDS` order."""
    includers: tuple[tuple[BreakKind, BreakKind, float], ...]
    """(includer, included, merge window in seconds) for enabled kinds."""

    @classmethod
    def of(cls, settings: Settings) -> KindTable:
        on = [k for k in KINDS if enabled(settings, k)]
        return cls(tuple((k, interval_s(settings, k)) for k in on),
                   tuple((k, j, merge_window_s(settings, j)) for k in on
                         for j in KIND_RULES[k].includes if j in on))


def choose_next(table: KindTable,
                progress: Mapping[BreakKind, float]) -> tuple[BreakKind, float] | None:
    """The next break's kind and the sitting seconds left until it, or None.

    The soonest enabled kind comes first, unless an enabled kind that
    includes it is due as well, or falls due within the merge window after
    it: that one is taken instead, at the soonest kind's time (so a stretch
    break replaces a micro-break close before it, and after a long hold the
    overdue stretch break comes alone, not right after a micro-break).
    """
    soonest: BreakKind | None = None
    soonest_left = math.inf
    lefts: dict[BreakKind, float] = {}
    for kind, interval in table.intervals:
        left = lefts[kind] = interval - progress[kind]
        if left < soonest_left:
            soonest, soonest_left = kind, left
    if soonest is None:
        return None
    chosen = soonest
    for includer, included, window in table.includers:
        left = lefts[includer]
        if included is soonest and (left <= 0 or left - soonest_left <= window):
            chosen = includer
    return chosen, soonest_left
