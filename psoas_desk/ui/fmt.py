"""Durations, times and dates as people read them, in the user's language.

All text goes through Qt's translation system (context "Format"); times and
dates use the locale's own formats.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from psoas_desk.core.i18n import Text, fill


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Format", text, None, n)


def duration_text(seconds: float, *, precise: bool = False) -> str:
    """Short, calm duration text: "45 s", "23 min", "1 h 5 min".

    Args:
        seconds: the duration; negative values read as 0.
        precise: show seconds under 10 minutes too ("2 min 30 s"), for countdowns.
    """
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        if minutes:
            return _tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))
        return _tr("%1 h").replace("%1", str(hours))
    if minutes and (not precise or minutes >= 10 or secs == 0):
        return _tr("%1 min").replace("%1", str(minutes))
    if minutes:
        return _tr("%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(secs))
    return _tr("%1 s").replace("%1", str(secs))


def shown_text(text: Text | str) -> str:
    """A core :class:`~psoas_desk.core.i18n.Text` in the user's language.

    Plain strings (already translated, or a file name) come back unchanged;
    durations inside are formatted like every other duration in the app.
    """
    if isinstance(text, str):
        return text
    template = QCoreApplication.translate(text.context, text.template)
    parts = []
    for arg in text.args:
        if isinstance(arg, Text):
            parts.append(shown_text(arg))
        elif isinstance(arg, timedelta):
            parts.append(duration_text(arg.total_seconds(), precise=True))
        else:
            parts.append(str(arg))
    return fill(template, parts)


def countdown_text(seconds: float) -> str:
    """A clock-style countdown: "4:05", "0:09"."""
    total = max(0, round(seconds))
    minutes, secs = divmod(total, 60)
    return f"{minutes}:{secs:02d}"


def _qdatetime(when: datetime) -> QDateTime:
    ms = int(when.timestamp() * 1000)
    return QDateTime.fromMSecsSinceEpoch(ms, QTimeZone.systemTimeZone())


def clock_text(when: datetime, locale: QLocale | None = None) -> str:
    """The local time of day in the locale's short format, e.g. "14:30" or "2:30 PM"."""
    loc = locale or QLocale()
    return loc.toString(_qdatetime(when).time(), QLocale.FormatType.ShortFormat)


def date_text(when: datetime, locale: QLocale | None = None) -> str:
    """A date in the locale's short format ("06.12.26", "12/6/26").

    Without a locale (``LANG=C.UTF-8``, common on servers and in containers)
    Qt's short format is "6 12 2026"; ISO 8601 ("2026-12-06") is what such
    a system writes everywhere else, and it cannot be misread.
    """
    loc = locale or QLocale()
    day = _qdatetime(when).date()
    if loc.language() == QLocale.Language.C:
        return day.toString("yyyy-MM-dd")
    return loc.toString(day, QLocale.FormatType.ShortFormat)


def counted(translated: str, source: str, n: int, one: str) -> str:
    """A sentence with a count, right in English as well as in the catalogues' languages.

    Qt picks the plural form from the catalogue (``translate(..., n)`` with
    ``%n`` in ``source``), but English has no catalogue: there ``source``
    itself comes back, which is the plural. For one thing, English then
    says ``one`` ("Saved 1 record..."), not "1 records".

    Args:
        translated: what ``translate(context, source, None, n)`` returned.
        source: the English plural with ``%n``, as written in the code.
        n: the count.
        one: the English singular, with ``%n`` where the number goes.
    """
    if n == 1 and translated == source.replace("%n", str(n)):
        return one.replace("%n", str(n))
    return translated


def unreadable_files_text(n: int) -> str:
    """The notice for user routine or checklist files that could not be read."""
    source = "%n routine or checklist files could not be read; see the log."
    return counted(_tr("%n routine or checklist files could not be read; see the log.", n),
                   source, n, "%n routine or checklist file could not be read; see the log.")
