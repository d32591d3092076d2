"""The posture checklist window: tick what is set up, press Done.

Shows one :class:`Checklist` (the sitting set-up unless told otherwise) as
check boxes, each with its one-line "why" in smaller text, and when it was
last reviewed. Other checklists (the standing set-up) can be chosen at the
top. Done emits ``reviewed`` with the ticked item ids and closes; Close (or
Escape) closes without a review. The window records nothing itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from psoas_desk.core.routines import Checklist, ChecklistItem
from psoas_desk.ui.form_labels import ToneLabel
from psoas_desk.ui.screen_fit import fit_to_screen


class _ClickLabel(QLabel):
    """A wrapping label that toggles its check box when clicked, like the box's own text."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._box = box
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.toggle()
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class ChecklistWindow(QWidget):
    """A posture checklist to tick through.

    Signals:
        reviewed(checklist_id, ticked_item_ids): Done was pressed; the ids are
            in the checklist's order.
    """

    reviewed = Signal(str, list)

    def __init__(self, checklists: Sequence[Checklist], *, current: str = "sitting-setup",
                 locale: str = "en", last_review: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Posture checklist"))
        self.setObjectName("checklist-window")
        self._checklists = list(checklists)
        self._locale = locale
        self._ticked: dict[str, set[str]] = {}
        self._shown_id: str | None = None
        self.boxes: dict[str, QCheckBox] = {}
        em = self.fontMetrics().height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(em, em, em, em // 2 + 4)
        layout.setSpacing(em // 2)

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.review_label = ToneLabel("", tone="note", parent=self)
        self.review_label.setObjectName("last-review")
        layout.addWidget(self.review_label)
        intro = QLabel(self.tr("Tick each point that is already set up, then press Done."),
                       self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # No Tab stop of its own (it would show no focus); it scrolls to the
        # item that has the focus.
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self._scroll, 1)

        # The chooser sits below the list: the heading already names the list
        # shown, and Tab reaches the items first.
        bottom = QHBoxLayout()
        layout.addLayout(bottom)
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("checklist-chooser")
        for checklist in self._checklists:
            self.chooser.addItem(checklist.title.get(locale), checklist.id)
        chooser_label = QLabel(self.tr("C&hecklist:"), self)
        chooser_label.setBuddy(self.chooser)
        self.chooser.setAccessibleName(self.tr("Checklist"))
        self.chooser.setAccessibleDescription(self.tr("Which checklist the window shows."))
        bottom.addWidget(chooser_label)
        bottom.addWidget(self.chooser)
        bottom.addStretch(1)
        # One checklist needs no chooser.
        for widget in (chooser_label, self.chooser):
            widget.setVisible(len(self._checklists) > 1)
        buttons = QDialogButtonBox(self)
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.done_button.setAccessibleDescription(
            self.tr("Records that you went through the checklist and closes it."))
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleDescription(self.tr("Closes without recording a review."))
        buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.done_button.clicked.connect(self._done)
        self.close_button.clicked.connect(self.close)
        bottom.addWidget(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)

        self.set_last_review(last_review)
        start = self.chooser.findData(current)
        self.chooser.setCurrentIndex(max(start, 0))
        self.chooser.currentIndexChanged.connect(self._switch)
        self._show_checklist(self.current_checklist())
        fit_to_screen(self, QSize(em * 40, em * 38))

    def set_last_review(self, text: str) -> None:
        """Show when the checklist was last reviewed; ``text`` is a formatted date or ""."""
        self.review_label.setText(self.tr("Last reviewed %1").replace("%1", text)
                                  if text else self.tr("Not reviewed yet"))

    def current_checklist(self) -> Checklist | None:
        """The checklist shown, or None when there is none."""
        index = self.chooser.currentIndex()
        return self._checklists[index] if 0 <= index < len(self._checklists) else None

    def ticked(self) -> list[str]:
        """Ids of the ticked items, in the checklist's order."""
        return [item_id for item_id, box in self.boxes.items() if box.isChecked()]

    def closeEvent(self, event: QCloseEvent) -> None:
        self._remember()
        super().closeEvent(event)

    def _remember(self) -> None:
        # Ticks survive switching lists and closing without a review.
        if self._shown_id is not None:
            self._ticked[self._shown_id] = set(self.ticked())

    def _switch(self) -> None:
        self._show_checklist(self.current_checklist())

    def _show_checklist(self, checklist: Checklist | None) -> None:
        self._remember()
        self._shown_id = checklist.id if checklist is not None else None
        body = QWidget(self._scroll)
        grid = QGridLayout(body)
        em = self.fontMetrics().height()
        grid.setContentsMargins(0, em // 2, em // 2, em // 2)
        grid.setHorizontalSpacing(em // 2)
        grid.setVerticalSpacing(em * 3 // 4)
        grid.setColumnStretch(1, 1)
        self.boxes = {}
        if checklist is None:
            self.title.setText(self.tr("No checklist is available."))
            self.done_button.setEnabled(False)
        else:
            self.title.setText(checklist.title.get(self._locale))
            self.done_button.setEnabled(True)
            ticked = self._ticked.get(checklist.id, set())
            for row, item in enumerate(checklist.items):
                self._add_item(grid, row, item, item.id in ticked, body)
        grid.setRowStretch(grid.rowCount(), 1)
        old = self._scroll.takeWidget()
        self._scroll.setWidget(body)
        if old is not None:
            old.deleteLater()

    def _add_item(self, grid: QGridLayout, row: int, item: ChecklistItem, ticked: bool,
                  body: QWidget) -> None:
        text = item.text.get(self._locale)
        why = item.why.get(self._locale) if item.why is not None else ""
        box = QCheckBox(body)
        box.setObjectName(f"item-{item.id}")
        box.setChecked(ticked)
        box.setAccessibleName(text)
        box.setAccessibleDescription(why)
        texts = QWidget(body)
        column = QVBoxLayout(texts)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(_ClickLabel(text, box, texts))
        if why:
            note = ToneLabel(why, tone="note", parent=texts)
            note.setObjectName(f"why-{item.id}")
            column.addWidget(note)
        grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(texts, row, 1)
        self.boxes[item.id] = box

    def _done(self) -> None:
        checklist = self.current_checklist()
        if checklist is None:
            return
        ticked = self.ticked()
        self.reviewed.emit(checklist.id, ticked)
        # The review is recorded; the next opening starts with clean boxes.
        for box in self.boxes.values():
            box.setChecked(False)
        self.close()
