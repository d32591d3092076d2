"""The posture checklist window: answer every point, press Done.

Shows one :class:`Checklist` (the sitting set-up unless told otherwise) as
check boxes, each with its one-line "why" in smaller text, and when it was
last reviewed. Other checklists (the standing set-up) can be chosen at the
bottom. Each point is answered by ticking it (it is set up) or by "Can't
change this here" (a shared desk, a chair that does not adjust). Done is
available once every point is answered: it emits ``reviewed`` with the
ticked item ids and closes; Close (or Escape) closes without a review.

Answers are kept through the day: every change is reported
(``answers_changed``) and the app hands the day's answers back when the
window is built again. The window records nothing itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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


TICKED = "ticked"
CANT = "cant"
"""The two answers a point can have (as kept in the app's state)."""


class ChecklistWindow(QWidget):
    """A posture checklist to answer point by point.

    Signals:
        reviewed(checklist_id, ticked_item_ids): Done was pressed with every
            point answered; the ids are in the checklist's order.
        answers_changed(checklist_id, answers): a point was answered or
            un-answered; ``answers`` maps item id to "ticked" or "cant".
    """

    reviewed = Signal(str, list)
    answers_changed = Signal(str, dict)

    def __init__(self, checklists: Sequence[Checklist], *, current: str = "sitting-setup",
                 locale: str = "en", last_review: str = "",
                 answers: Mapping[str, Mapping[str, str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Posture checklist"))
        self.setObjectName("checklist-window")
        self._checklists = list(checklists)
        self._locale = locale
        self._answers: dict[str, dict[str, str]] = {
            cid: {item: answer for item, answer in given.items() if answer in (TICKED, CANT)}
            for cid, given in (answers or {}).items()}
        self._shown_id: str | None = None
        self.boxes: dict[str, QCheckBox] = {}
        self.cant_boxes: dict[str, QCheckBox] = {}
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
        intro = QLabel(self.tr("Tick each point that is set up, or mark what you cannot "
                               "change here. Done records the review once every point is "
                               "answered."), self)
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
        self.left_label = ToneLabel("", tone="note", parent=self)
        self.left_label.setObjectName("answers-left")
        bottom.addWidget(self.left_label)
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

    def answers(self) -> dict[str, str]:
        """The shown checklist's answers: item id -> "ticked" or "cant"."""
        out: dict[str, str] = {}
        for item_id, box in self.boxes.items():
            if box.isChecked():
                out[item_id] = TICKED
            elif self.cant_boxes[item_id].isChecked():
                out[item_id] = CANT
        return out

    def unanswered(self) -> int:
        """How many points of the shown checklist have no answer yet."""
        return len(self.boxes) - len(self.answers())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._remember()
        super().closeEvent(event)

    def _remember(self) -> None:
        # Answers survive switching lists and closing without a review.
        if self._shown_id is not None:
            self._answers[self._shown_id] = self.answers()

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
        self.cant_boxes = {}
        if checklist is None:
            self.title.setText(self.tr("No checklist is available."))
            self.done_button.setEnabled(False)
        else:
            self.title.setText(checklist.title.get(self._locale))
            self.done_button.setEnabled(True)
            given = self._answers.get(checklist.id, {})
            for row, item in enumerate(checklist.items):
                self._add_item(grid, row, item, given.get(item.id, ""), body)
        grid.setRowStretch(grid.rowCount(), 1)
        old = self._scroll.takeWidget()
        self._scroll.setWidget(body)
        if old is not None:
            old.deleteLater()
        self._update_done()

    def _add_item(self, grid: QGridLayout, row: int, item: ChecklistItem, answer: str,
                  body: QWidget) -> None:
        text = item.text.get(self._locale)
        why = item.why.get(self._locale) if item.why is not None else ""
        box = QCheckBox(body)
        box.setObjectName(f"item-{item.id}")
        box.setChecked(answer == TICKED)
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
        cant = QCheckBox(self.tr("Can't change this here"), texts)
        cant.setObjectName(f"cant-{item.id}")
        cant.setChecked(answer == CANT)
        cant.setAccessibleName(self.tr("Can't change this here: %1").replace("%1", text))
        cant.setAccessibleDescription(self.tr(
            "Answers this point when your desk or chair does not let you change it."))
        column.addWidget(cant)
        # One answer per point: ticking it clears "can't change", and back.
        box.toggled.connect(lambda on, other=cant: self._answered(on, other))
        cant.toggled.connect(lambda on, other=box: self._answered(on, other))
        grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(texts, row, 1)
        self.boxes[item.id] = box
        self.cant_boxes[item.id] = cant

    def _answered(self, on: bool, other: QCheckBox) -> None:
        if on and other.isChecked():
            other.setChecked(False)  # its own toggle reports the change
            return
        self._update_done()
        if self._shown_id is not None:
            self._answers[self._shown_id] = self.answers()
            self.answers_changed.emit(self._shown_id, dict(self._answers[self._shown_id]))

    def _update_done(self) -> None:
        shown = self.current_checklist() is not None
        left = self.unanswered() if shown else 0
        self.done_button.setEnabled(shown and left == 0)
        self.left_label.setText(self.tr("%1 to answer").replace("%1", str(left)) if left
                                else "")

    def _done(self) -> None:
        checklist = self.current_checklist()
        if checklist is None or self.unanswered():
            return
        self.reviewed.emit(checklist.id, self.ticked())
        # The answers stay for the rest of the day (the app keeps them).
        self.close()
