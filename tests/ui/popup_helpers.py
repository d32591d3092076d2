"""Shared set-up for the break popup tests: content, engine states, opening popups.

Each test module wraps ``Popups`` in its own fixture.
"""

from __future__ import annotations

from functools import cache

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QPushButton

from psoas_desk.core.model import BreakKind
from psoas_desk.core.routines import ContentLibrary
from psoas_desk.core.snapshot import ActiveBreak
from psoas_desk.storage.content import load_content
from psoas_desk.ui.break_popup import BreakContent, BreakPopup, make_break_popup
from tests.helpers.fakes import FakeClock


@cache
def library() -> ContentLibrary:
    """The shipped content, read once per test session."""
    return load_content().library


def micro_content(routine_id: str | None = "micro-stand-reset", **kwargs: object) -> BreakContent:
    lib = library()
    routine = lib.routines[routine_id] if routine_id else None
    checklist = lib.checklists.get(routine.checklist) if routine and routine.checklist else None
    return BreakContent(BreakKind.MICRO, routine, checklist, (), "en", **kwargs)  # type: ignore[arg-type]


def stretch_content(routine_id: str | None = "stretch-march-and-stretch",
                    **kwargs: object) -> BreakContent:
    lib = library()
    routine = lib.routines[routine_id] if routine_id else None
    return BreakContent(BreakKind.STRETCH, routine, None, lib.safety, "en", **kwargs)  # type: ignore[arg-type]


def active(kind: BreakKind = BreakKind.MICRO, *, duration: float = 45, elapsed: float = 0,
           finish_in: float = 0, can_postpone: bool = True, can_skip: bool = True,
           postpones_left: int = 2) -> ActiveBreak:
    return ActiveBreak(kind, duration, elapsed, False, finish_in, can_postpone, can_skip,
                       3 - postpones_left, postpones_left)


def plain(button: QPushButton) -> str:
    """A button's text as the user reads it (mnemonic markers removed)."""
    return button.text().replace("&", "")


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


class Popups:
    """Opens popups with a fake clock and closes whatever is left at the end."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self._opened: list[BreakPopup] = []

    def open(self, content: BreakContent, state: ActiveBreak | None = None, *,
             skips_left: int = 3, strict: bool = False, show: bool = True,
             key_guard_s: float = 2.0, intro: bool = False) -> BreakPopup:
        """Create (and show) a popup; a routine starts at once unless ``intro``."""
        popup = make_break_popup(content, key_guard_s=key_guard_s, clock=self.clock.monotonic)
        self._opened.append(popup)
        if state is not None:
            popup.update_state(state, skips_left=skips_left, strict=strict)
        if show:
            popup.show()
            start = popup.findChild(QPushButton, "startButton")
            if not intro and start is not None and start.isVisible():
                start.click()
        return popup

    def close_all(self) -> None:
        for popup in self._opened:
            if shiboken6.isValid(popup):
                popup.close()
        self._opened.clear()
        flush_deletes()

