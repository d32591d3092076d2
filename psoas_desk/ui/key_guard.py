"""The break popups' key guard, and telling the popup's own use from work elsewhere.

Someone typing when a break window appears must not press one of its buttons
by accident (RESEARCH §2B: Space/Enter typed into a break window skipped the
break). :class:`KeyGuard` is an event filter on a popup and every widget in
it: for ``guard_s`` seconds after each :meth:`KeyGuard.arm` it swallows every
key event, and the shortcut events that would fire a mnemonic such as Alt+P.

The same filter sees the input that means the person is using the popup
itself (a click, a scroll, the pointer moving over it, a key after the
guard) and says so through ``used``, at most once a second: the app must not
take that input for work going on through the break.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

_GUARDED_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
                             QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut})
_USE_EVENTS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.Enter,
                         QEvent.Type.HoverMove, QEvent.Type.KeyPress})
"""Input that means the person is using the popup itself (not working elsewhere)."""
USE_REPORT_S = 1.0
"""``used`` is emitted at most this often."""


class KeyGuard(QObject):
    """Swallows keys for a moment after each appearance; reports the popup's own use.

    Args:
        guard_s: how long keys are ignored after :meth:`arm`.
        clock: monotonic seconds (the popup's own clock).
        parent: the popup.

    Signals:
        used: the person clicked, scrolled, pointed into or typed in the
            popup (at most once a second). Keys swallowed by the guard are
            not use.
    """

    used = Signal()

    def __init__(self, guard_s: float, clock: Callable[[], float], parent: QObject) -> None:
        super().__init__(parent)
        self._guard_s = guard_s
        self._clock = clock
        self._armed_at: float | None = None
        self._used_at = -math.inf

    @property
    def guard_s(self) -> float:
        """Seconds keys are ignored after each appearance."""
        return self._guard_s

    def arm(self, widgets: Iterable[QWidget]) -> None:
        """The popup appeared afresh: ignore keys from now on for ``guard_s`` seconds.

        Args:
            widgets: the popup and every widget in it (a widget created
                later, such as a menu, gets no guard of its own).
        """
        self._armed_at = self._clock()
        for widget in widgets:
            widget.installEventFilter(self)

    def keys_allowed(self) -> bool:
        """Whether the guard is over (False before the popup was ever shown)."""
        return self._armed_at is not None and self._clock() - self._armed_at >= self._guard_s

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _GUARDED_EVENTS and not self.keys_allowed():
            # Accepting the override keeps mnemonics (Alt+P) from firing too.
            event.accept()
            return True
        if event.type() in _USE_EVENTS:
            now = self._clock()
            if now - self._used_at >= USE_REPORT_S:
                self._used_at = now
                self.used.emit()
        return super().eventFilter(watched, event)
