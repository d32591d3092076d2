"""Any routine on demand: the menu the tray and the status panel share.

Routines are grouped the way a person picks them: at the desk (the short
micro routines and the standing stretches), at home (the floor routines) and
breathing. Each entry names its length. Choosing one emits its id; the app
starts it as a stretch break (``AppIntents.start_routine``).

The menu is filled from plain ``RoutineEntry`` values (titles already in the
user's language), so the widgets never read the content library.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from psoas_desk.core.routines import ContentLibrary, RoutineKind
from psoas_desk.ui.fmt import duration_text

if TYPE_CHECKING:  # the menus are built where they open (ui/tray.py: not while idle)
    from PySide6.QtWidgets import QMenu


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoutineMenu", text)


class RoutineGroup(enum.Enum):
    """The headings of the menu, in display order."""

    DESK = "desk"
    HOME = "home"
    BREATHING = "breathing"


GROUP_OF = {RoutineKind.MICRO: RoutineGroup.DESK, RoutineKind.STRETCH: RoutineGroup.DESK,
            RoutineKind.HOME: RoutineGroup.HOME, RoutineKind.BREATHING: RoutineGroup.BREATHING}


@dataclass(frozen=True)
class RoutineEntry:
    """One routine as the menu shows it."""

    id: str
    title: str
    group: RoutineGroup
    length_s: int


def routine_entries(library: ContentLibrary, locale: str) -> tuple[RoutineEntry, ...]:
    """Every routine, by group, then shortest first, then by title."""
    entries = [RoutineEntry(r.id, r.title.get(locale), GROUP_OF[r.kind], r.total_s)
               for r in library.routines.values()]
    order = list(RoutineGroup)
    return tuple(sorted(entries, key=lambda e: (order.index(e.group), e.length_s, e.title)))


def group_title(group: RoutineGroup) -> str:
    """The heading of ``group`` in the user's language."""
    return {RoutineGroup.DESK: _tr("At your desk"), RoutineGroup.HOME: _tr("At home"),
            RoutineGroup.BREATHING: _tr("Breathing")}[group]


def entry_text(entry: RoutineEntry) -> str:
    """"Hip-flexor stretch (4 min)"; an & in a title is shown, not a mnemonic."""
    return _tr("%1 (%2)").replace("%1", entry.title.replace("&", "&&")).replace(
        "%2", duration_text(entry.length_s))


def fill_routine_menu(menu: QMenu, entries: Iterable[RoutineEntry],
                      chosen: Callable[[str], object]) -> None:
    """Fill ``menu`` with a heading per group and an item per routine.

    The headings are disabled items rather than ``addSection``: some tray
    hosts (StatusNotifierItem menus) show a section only as a line.
    """
    menu.clear()
    current: RoutineGroup | None = None
    for entry in entries:
        if entry.group is not current:
            if current is not None:
                menu.addSeparator()
            current = entry.group
            heading = menu.addAction(group_title(entry.group))
            heading.setObjectName(f"group:{entry.group.value}")
            heading.setEnabled(False)
        action = menu.addAction(entry_text(entry))
        action.setObjectName(f"routine:{entry.id}")
        action.triggered.connect(lambda _=False, rid=entry.id: chosen(rid))


def routine_ids(menu: QMenu) -> Sequence[str]:
    """The ids of the routines in ``menu``, in order (for tests and tools)."""
    return [a.objectName().removeprefix("routine:") for a in menu.actions()
            if a.objectName().startswith("routine:")]
