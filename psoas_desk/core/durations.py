"""Parsing durations such as ``"45s"``, ``"25m"``, ``"1h30m"`` (and formatting them back).

:func:`format_duration` lives in :mod:`psoas_desk.core.duration_format`, which
the translatable :class:`~psoas_desk.core.i18n.Text` needs too; it is
re-exported here so parsing and formatting are found together.

Must not import: PySide6, apscheduler, platformdirs.
"""

from __future__ import annotations

import re
from datetime import timedelta

from psoas_desk.core.duration_format import format_duration
from psoas_desk.core.i18n import Text, problem_text

__all__ = ["MAX_SECONDS", "DurationError", "format_duration", "parse_duration"]

_PATTERN = re.compile(
    r"^\s*(?:(?P<h>\d+)\s*h(?:ours?|rs?)?)?"
    r"\s*(?:(?P<m>\d+)\s*m(?:in(?:utes?|s)?)?)?"
    r"\s*(?:(?P<s>\d+)\s*s(?:ec(?:onds?|s)?)?)?\s*$",
    re.IGNORECASE,
)

# Far beyond any setting's bound; keeps absurd input from overflowing timedelta.
MAX_SECONDS = 366 * 24 * 3600


class DurationError(ValueError):
    """A duration could not be understood; ``reason`` says why, for a person."""

    def __init__(self, reason: Text) -> None:
        super().__init__(str(reason))
        self.reason = reason


def parse_duration(value: object, *, bare_numbers: bool = True) -> timedelta:
    """Parse whole seconds (``90``) or a string (``"90s"``, ``"25m"``, ``"1h30m"``).

    Args:
        value: an int (seconds) or a string.
        bare_numbers: whether a plain number (``90`` or ``"90"``) means seconds.
            The command line turns this off so "pause 30" is not silently 30 s.

    Raises:
        DurationError: for anything else, with a message fit to show a user.
    """
    if isinstance(value, bool):
        raise DurationError(problem_text(
            'expected a duration such as 90, "25m" or "1h30m", got %1', repr(value)))
    if isinstance(value, int):
        if not bare_numbers:
            raise DurationError(problem_text(
                '%1 has no unit; write e.g. "%1m" or "%1s"', value))
        seconds = value
    elif isinstance(value, str):
        text = value.strip()
        if text.isdigit():
            if not bare_numbers:
                raise DurationError(problem_text(
                    '"%1" has no unit; write e.g. "%1m" or "%1s"', text))
            seconds = int(text)
        else:
            match = _PATTERN.match(text)
            if not text or match is None or not any(match.groupdict().values()):
                raise DurationError(problem_text(
                    '"%1" is not a duration; write e.g. "45s", "25m" or "1h30m"', value))
            parts = {k: int(v) if v else 0 for k, v in match.groupdict().items()}
            seconds = parts["h"] * 3600 + parts["m"] * 60 + parts["s"]
    else:
        raise DurationError(problem_text(
            'expected a duration such as 90, "25m" or "1h30m", got %1', type(value).__name__))
    if seconds < 0:
        raise DurationError(problem_text("a duration cannot be negative (%1 s)", seconds))
    if seconds > MAX_SECONDS:
        raise DurationError(problem_text("%1 s is far too long for a duration", seconds))
    return timedelta(seconds=seconds)
