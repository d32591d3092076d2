"""How long a break can be put off: the lengths the popup and the warning offer.

A person postponing a break picks a length (Time Out offers several; one
fixed length was too little). The choices are a few familiar lengths plus
the configured one, never longer than the break's interval (a break put
off for longer than the time between breaks would meet the next one), and
within the setting's own bounds.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

from datetime import timedelta

from psoas_desk.core.breaks import interval_s, postpone_s
from psoas_desk.core.model import BreakKind
from psoas_desk.core.settings import Settings, option_spec

STANDARD_LENGTHS_S = (60, 5 * 60, 10 * 60, 30 * 60)
"""The lengths offered besides the configured one, when they fit."""


def postpone_bounds_s() -> tuple[float, float]:
    """The shortest and longest postpone any break accepts, in seconds."""
    spec = option_spec("micro.postpone")
    minimum: timedelta = spec.info.minimum
    maximum: timedelta = spec.info.maximum
    return minimum.total_seconds(), maximum.total_seconds()


def postpone_choices_s(settings: Settings, kind: BreakKind) -> tuple[int, ...]:
    """The lengths, in seconds, offered to put off a break of ``kind``.

    The configured length comes first (it is what Postpone, Escape and the
    close button use); the others follow, shortest first.
    """
    low, high = postpone_bounds_s()
    default = round(postpone_s(settings, kind))
    limit = min(high, max(interval_s(settings, kind), default))
    others = sorted(length for length in STANDARD_LENGTHS_S
                    if low <= length <= limit and length != default)
    return (default, *others)


def check_postpone_s(seconds: float) -> str:
    """"" if ``seconds`` is an acceptable postpone length, else why not."""
    low, high = postpone_bounds_s()
    if not low <= seconds <= high:
        return f"a break can be postponed by {round(low / 60)} to {round(high / 60)} min"
    return ""
