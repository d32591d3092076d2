"""The intents a person can send from the tray menu and the status panel.

Declared once, as signals typed with the core's vocabulary
(:class:`~psoas_desk.core.model.BreakKind`, :class:`~psoas_desk.core.model.Posture`,
:class:`~psoas_desk.core.model.PauseKind`), and mixed into both widgets, so the
app connects either one the same way and neither can drift from the other.
The control protocol and the command line use the same enums.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal

from psoas_desk.core.model import BreakKind, PauseKind, Posture

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    _Mixin = QObject
    """What the mixin is always combined with, so the type checker can bind its signals."""
else:
    _Mixin = object


class IntentSignals(_Mixin):
    """Signals for the intents the tray and the status panel share.

    A mixin for a ``QObject`` subclass (PySide6 picks up signals declared on
    plain mixin classes; a second Qt base class would not work for the panel,
    which is a ``QWidget``). The widgets only emit; the app decides what each does.
    """

    break_requested = Signal(BreakKind)
    """Take a break of this kind now."""
    routine_requested = Signal(str)
    """Start this routine (by id) now, as a stretch break."""
    posture_requested = Signal(Posture)
    """The person now sits or stands."""
    self_break_reported = Signal()
    """A break was taken away from the app (credits it)."""
    pause_requested = Signal(PauseKind, int)
    """Pause reminders: the kind and, for :attr:`PauseKind.TIMED`, the seconds (else 0)."""
    resume_requested = Signal()
    reading_requested = Signal(bool)
    """"Reading or watching" on (True) or off: time without input still counts as sitting."""
    checklist_requested = Signal()
    stats_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()
