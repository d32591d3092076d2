"""The editor for ``routines.disabled``: every routine, grouped by kind, checked = in use.

The setting stores the routines that are left *out*; people think in the
routines they want, so the list shows those checked, under the label
"Routines to use" (the option's help line says what a check means). Ids in the setting that
match no routine (a user file that was removed) are kept as they are, and the
order of the stored ids is kept too, so opening and closing the window never
counts as a change.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from psoas_desk.core.routines import Routine, RoutineKind
from psoas_desk.core.settings import OptionSpec
from psoas_desk.ui.fmt import duration_text
from psoas_desk.ui.setting_editors import OptionEditor

_ID_ROLE = Qt.ItemDataRole.UserRole
# Beyond this many rows the list scrolls instead of growing the page.
_MAX_VISIBLE_ROWS = 18


def kind_text(kind: RoutineKind) -> str:
    """The heading of one kind of routine."""
    tr = QCoreApplication.translate
    return {
        RoutineKind.MICRO: tr("Settings", "Micro-breaks"),
        RoutineKind.STRETCH: tr("Settings", "Stretch breaks"),
        RoutineKind.HOME: tr("Settings", "At home"),
        RoutineKind.BREATHING: tr("Settings", "Breathing"),
    }.get(kind, kind.value)


class RoutineListEditor(OptionEditor):
    """A tree of check boxes: kinds as headings (checking one toggles its routines)."""

    def __init__(self, spec: OptionSpec, routines: Sequence[Routine], locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._stored: tuple[str, ...] = ()
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget(body)
        column.addWidget(self.tree)
        row_size = QSize(0, round(self.fontMetrics().height() * 1.6))
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.items: dict[str, QTreeWidgetItem] = {}
        for kind in RoutineKind:
            members = sorted((r for r in routines if r.kind is kind),
                             key=lambda r: r.title.get(locale).casefold())
            if not members:
                continue
            heading = QTreeWidgetItem(self.tree, [kind_text(kind)])
            # The heading row has no duration; a screen reader moving along
            # the row still hears which group it is in, not a blank cell.
            heading.setData(1, Qt.ItemDataRole.AccessibleTextRole, kind_text(kind))
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                             | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsAutoTristate)
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setSizeHint(0, row_size)
            for routine in members:
                item = QTreeWidgetItem(heading, [routine.title.get(locale),
                                                 duration_text(routine.total_s)])
                item.setData(0, _ID_ROLE, routine.id)
                item.setSizeHint(0, row_size)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(0, Qt.CheckState.Checked)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                self.items[routine.id] = item
        self.tree.expandAll()
        self.tree.itemChanged.connect(self._item_changed)
        self._fit_height(row_size.height())
        self._set_control(body, stretch=True)
        self.setFocusProxy(self.tree)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self.changed.emit()

    def _fit_height(self, row_height: int) -> None:
        rows = max(1, self.tree.topLevelItemCount() + len(self.items))
        frame = 2 * self.tree.frameWidth()
        height = row_height * min(rows, _MAX_VISIBLE_ROWS) + frame
        self.tree.setMinimumHeight(height)
        self.tree.setMaximumHeight(row_height * rows + frame)

    def raw_value(self) -> object:
        off = {rid for rid, item in self.items.items()
               if item.checkState(0) != Qt.CheckState.Checked}
        kept = [rid for rid in self._stored if rid in off or rid not in self.items]
        added = [rid for rid in self.items if rid in off and rid not in self._stored]
        return tuple(kept + added)

    def set_value(self, value: Any) -> None:
        self._stored = tuple(value)
        disabled = set(self._stored)
        self.tree.blockSignals(True)
        for rid, item in self.items.items():
            item.setCheckState(0, Qt.CheckState.Unchecked if rid in disabled
                               else Qt.CheckState.Checked)
        self.tree.blockSignals(False)
