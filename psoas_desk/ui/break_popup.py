"""The break popups: what the app creates when a break starts.

``make_break_popup`` picks the window for the content: the routine player
(``StretchPopup``) for a kind of break that is a guided routine
(``KIND_RULES[kind].routine``: the stretch break) when it has one, otherwise
the micro-break window (``MicroPopup``, which also serves a stretch break that
has no routine). Both share ``BreakPopup``'s signals and methods; see
``ui/popup_base.py`` for the window's keyboard and focus behaviour.

Typical use in the app::

    popup = make_break_popup(content)
    popup.postpone_requested.connect(...)
    popup.update_state(snapshot.active_break, skips_left=..., strict=...)
    popup.place_on(screen)
    popup.show()
    ...
    popup.close()  # when the engine says the break is over; deletes the window
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from psoas_desk.core.breaks import KIND_RULES
from psoas_desk.ui.break_content import BreakContent
from psoas_desk.ui.micro_popup import MicroPopup
from psoas_desk.ui.popup_base import BreakPopup
from psoas_desk.ui.routine_player import StretchPopup

__all__ = ["BreakContent", "BreakPopup", "MicroPopup", "StretchPopup", "make_break_popup"]


def make_break_popup(content: BreakContent, *, key_guard_s: float = 2.0,
                     clock: Callable[[], float] = time.monotonic,
                     parent: QWidget | None = None) -> BreakPopup:
    """Create the popup window for a break (not yet shown).

    Args:
        content: what to show.
        key_guard_s: seconds after each appearance during which keys are ignored.
        clock: monotonic seconds; tests pass a fake.
        parent: an owner for the window's lifetime (it stays a top-level window).
    """
    if KIND_RULES[content.kind].routine and content.routine is not None \
            and content.routine.steps:
        return StretchPopup(content, key_guard_s=key_guard_s, clock=clock, parent=parent)
    return MicroPopup(content, key_guard_s=key_guard_s, clock=clock, parent=parent)
