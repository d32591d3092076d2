"""What a break popup shows: one immutable value the app hands to the window.

Kept apart from the windows (``ui/popup_base.py`` and the two popups) so the
app, the tests and the screenshot scripts can describe a break without
pulling in any window code.
"""

from __future__ import annotations

from dataclasses import dataclass

from psoas_desk.core.model import BreakKind
from psoas_desk.core.routines import Checklist, Routine, SafetyLine


@dataclass(frozen=True)
class BreakContent:
    """What a break popup shows.

    Attributes:
        kind: micro-break or stretch break.
        routine: the routine to guide, or None for a short built-in
            suggestion ("Stand up, breathe, reset").
        checklist: the checklist a posture-check micro-break shows.
        safety: the safety lines shown with stretch routines.
        locale: the language for content texts, e.g. "en" or "de".
        show_why: show the routine's "why" line.
        reduce_motion: no animation (the breathing pacer shows words only).
        sizing: every routine this kind of popup may show: the window keeps
            room for the longest of them, so its size does not change from
            one break to the next.
        postpone_choices_s: the lengths Postpone offers, in seconds, the
            configured one first (empty: only the configured one).
        takes_keyboard: take the keyboard once the key guard is over (the
            dim and full-screen modes, where the person's own window is
            hidden and typing into it would be typing blind).
    """

    kind: BreakKind
    routine: Routine | None
    checklist: Checklist | None
    safety: tuple[SafetyLine, ...]
    locale: str
    show_why: bool = True
    reduce_motion: bool = False
    sizing: tuple[Routine, ...] = ()
    postpone_choices_s: tuple[int, ...] = ()
    takes_keyboard: bool = False
