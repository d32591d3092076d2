"""Marking text for translation without importing Qt.

Core modules declare user-facing text (setting labels, help, event wording)
with :func:`QT_TRANSLATE_NOOP`; ``pyside6-lupdate`` extracts those calls, and
the UI translates the text at display time with
``QCoreApplication.translate(context, text)``.

Must not import: PySide6.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from psoas_desk.core.duration_format import format_duration

PROBLEM_CONTEXT = "Problem"
_PLACEHOLDER = re.compile(r"%([1-9])")


# The odd name is the one pyside6-lupdate looks for.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; the call marks it for extraction in ``context``."""
    del context
    return text


@dataclass(frozen=True)
class Text:
    """A sentence for a person, kept with its parts so the UI can translate it.

    ``template`` is English with Qt-style ``%1`` … ``%9`` placeholders; each
    argument is another :class:`Text`, a :class:`~datetime.timedelta`, or
    anything shown with ``str()``. ``str(text)`` is the English sentence (for
    logs and the command line); the UI translates ``template`` in ``context``
    and formats durations for the locale.

    Create one with :func:`problem_text` so ``scripts/update_translations.py``
    finds the template.
    """

    template: str
    args: tuple[object, ...] = ()
    context: str = PROBLEM_CONTEXT

    def __str__(self) -> str:
        return fill(self.template, [english(arg) for arg in self.args])


def problem_text(template: str, *args: object) -> Text:
    """A :class:`Text` in the "Problem" context (found by the translation script)."""
    return Text(template, args)


def fill(template: str, parts: Sequence[str]) -> str:
    """Put ``parts`` into ``%1`` … ``%9`` in one pass (a part may contain "%2")."""
    def part(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return parts[index] if 0 <= index < len(parts) else match.group(0)
    return _PLACEHOLDER.sub(part, template)


def english(arg: object) -> str:
    """An argument of a :class:`Text` in English."""
    if isinstance(arg, timedelta):
        return format_duration(arg)
    return str(arg)
