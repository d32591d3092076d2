"""Compact text for a duration (``"1h30m"``), the form the settings file and the
command line use.

Its own module because :class:`~psoas_desk.core.i18n.Text` shows durations in
English with it, while parsing (:mod:`psoas_desk.core.durations`) reports its
errors as ``Text``: one module for both would import the other back.

Must not import: PySide6, apscheduler, platformdirs (nor other psoas_desk modules).
"""

from __future__ import annotations

from datetime import timedelta


def format_duration(value: timedelta | float) -> str:
    """Compact, exact text for a duration: ``"1h30m"``, ``"25m"``, ``"45s"``, ``"0s"``.

    The result parses back to the same whole seconds with
    :func:`psoas_desk.core.durations.parse_duration`.
    """
    total = round(value.total_seconds() if isinstance(value, timedelta) else value)
    sign = "-" if total < 0 else ""
    total = abs(total)
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    text = "".join(f"{n}{unit}" for n, unit in ((hours, "h"), (minutes, "m"), (seconds, "s")) if n)
    return sign + (text or "0s")
