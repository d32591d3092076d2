"""The pages of the routine player around its steps: before, in full, and after.

- ``IntroPage``: "Before you start", shown once before a routine with
  safety lines: the short form of each line (a floor routine's word about
  pregnancy and surgery first) and a "Details" link.
- ``DetailsPage``: every safety line in full, with a way back.
- ``SummaryPage``: what was really done, and how the window lets go.

They lay out and word what they are given; ``StretchPopup``
(``ui/routine_player.py``) decides what that is and when they show.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from psoas_desk.core.routines import Place, Routine, SafetyLine
from psoas_desk.ui.art_view import ArtView
from psoas_desk.ui.fmt import duration_text
from psoas_desk.ui.popup_parts import (
    ReservingBox,
    TextRole,
    link_button,
    make_button,
    scaled_font,
    text_height,
    text_label,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoutinePlayer", text)


def _bullets(texts: Sequence[tuple[str, bool]], parent: QWidget) -> tuple[QGridLayout,
                                                                         list[QLabel]]:
    """A grid of bulleted lines; the flagged ones in bold (they matter most)."""
    grid = QGridLayout()
    em = parent.fontMetrics().height()
    grid.setHorizontalSpacing(em // 2)
    grid.setVerticalSpacing(em // 3)
    grid.setColumnStretch(1, 1)
    labels: list[QLabel] = []
    for row, (text, strong) in enumerate(texts):
        bullet = text_label(TextRole.BODY, "\N{BULLET}", parent)
        bullet.setAccessibleName("")
        label = text_label(TextRole.BODY, text, parent)
        if strong:
            label.setFont(scaled_font(label.font(), 1.0, bold=True))
        grid.addWidget(bullet, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(label, row, 1)
        labels.append(label)
    return grid, labels


def _bullets_room(width: int, texts: Sequence[tuple[str, bool]], parent: QWidget) -> int:
    """Height of ``_bullets`` for ``texts`` at ``width`` (for a page that keeps room)."""
    em = parent.fontMetrics().height()
    inner = width - parent.fontMetrics().horizontalAdvance("\N{BULLET}") - em // 2
    font = parent.font()
    bold = scaled_font(font, 1.0, bold=True)
    heights = [text_height(bold if strong else font, inner, text) for text, strong in texts]
    return sum(heights) + max(0, len(heights) - 1) * (em // 3)


def _first_floor(lines: Sequence[SafetyLine]) -> list[SafetyLine]:
    """Lines for floor routines first: they ask the person to check before starting."""
    return sorted(lines, key=lambda line: line.where is not Place.FLOOR)


class IntroPage(QWidget):
    """"Before you start": compact safety notes, a Details link, the length and place.

    Args:
        routine: the routine about to start.
        lines: the safety lines that go with it.
        locale: the language for content texts.
        room: every safety line any routine may show: the page keeps room
            for all of them, so it is as tall for a desk routine as for a
            floor routine.
    """

    def __init__(self, routine: Routine, lines: Sequence[SafetyLine], locale: str,
                 room: Sequence[SafetyLine] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        em = self.fontMetrics().height()
        ordered = _first_floor(lines)
        room_texts = [((line.short or line.text).get(locale), line.where is Place.FLOOR)
                      for line in (room or lines)]
        self.art = ArtView(self, lines=10)
        first_art = next((step.art for step in routine.steps if step.art), None)
        self.art.set_art(first_art)
        self.art.setVisible(first_art is not None)
        self.heading = text_label(TextRole.LEAD, _tr("Before you start"), self)
        self.heading.setObjectName("introHeading")
        self.heading.setFont(scaled_font(self.heading.font(), 1.0, bold=True))
        place = (_tr("On the floor, on a mat or rug; about %1.") if routine.where is Place.FLOOR
                 else _tr("At your desk; about %1."))
        self.place = text_label(TextRole.BODY, place.replace(
            "%1", duration_text(routine.total_s)), self)
        self.place.setObjectName("introPlace")
        grid, self.notes = _bullets(
            [((line.short or line.text).get(locale), line.where is Place.FLOOR)
             for line in ordered], self)
        self.details = link_button(_tr("&Details"), _tr("Details"), _tr(
            "Shows every safety note in full."), self)
        self.details.setObjectName("detailsLink")

        def room_for(width: int) -> int:
            fixed = (self.heading.sizeHint().height() + self.place.sizeHint().height()
                     + self.details.sizeHint().height() + em * 2)
            return fixed + _bullets_room(width, room_texts, self)

        box = ReservingBox(room_for, self)
        column = QVBoxLayout(box.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(em // 2)
        column.addStretch(1)
        column.addWidget(self.heading)
        column.addWidget(self.place)
        column.addSpacing(em // 4)
        column.addLayout(grid)
        link_row = QHBoxLayout()
        link_row.addWidget(self.details)
        link_row.addStretch(1)
        column.addLayout(link_row)
        column.addStretch(1)
        body = QHBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(em * 3 // 2)
        body.addWidget(self.art, 2)
        body.addWidget(box, 3)

    @property
    def note_texts(self) -> tuple[str, ...]:
        """The compact safety notes, in the order shown."""
        return tuple(label.text() for label in self.notes)


class DetailsPage(QWidget):
    """Every safety line of the routine in full."""

    def __init__(self, lines: Sequence[SafetyLine], locale: str,
                 room: Sequence[SafetyLine] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        em = self.fontMetrics().height()
        self.heading = text_label(TextRole.LEAD, _tr("Safety notes in full"), self)
        self.heading.setFont(scaled_font(self.heading.font(), 1.0, bold=True))
        grid, self.lines = _bullets(
            [(line.text.get(locale), line.where is Place.FLOOR)
             for line in _first_floor(lines)], self)
        room_texts = [(line.text.get(locale), line.where is Place.FLOOR)
                      for line in (room or lines)]
        box = ReservingBox(lambda width: self.heading.sizeHint().height() + em
                           + _bullets_room(width, room_texts, self), self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        column = QVBoxLayout(box.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(em // 2)
        column.addStretch(1)
        column.addWidget(self.heading)
        column.addLayout(grid)
        column.addStretch(1)

    @property
    def texts(self) -> tuple[str, ...]:
        """The lines shown, in order."""
        return tuple(label.text() for label in self.lines)


class SummaryPage(QWidget):
    """After the last step: a picture, what was done, and a quiet line on what happens next."""

    def __init__(self, art_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        em = self.fontMetrics().height()
        self.art = ArtView(self, lines=8)
        self.art.set_art(art_id)
        self.art.setVisible(art_id is not None)
        self.title = text_label(TextRole.HEADING, parent=self)
        self.title.setObjectName("summaryLabel")
        self.detail = text_label(TextRole.BODY, parent=self)
        self.detail.setObjectName("summaryDetailLabel")
        self.note = text_label(TextRole.NOTE, parent=self)
        self.note.setObjectName("summaryNoteLabel")
        for label in (self.title, self.detail, self.note):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(em // 2)
        column.addStretch(1)
        column.addWidget(self.art, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(em // 2)
        column.addWidget(self.title)
        column.addWidget(self.detail)
        column.addWidget(self.note)
        column.addStretch(1)

    def show_outcome(self, *, followed: int, total: int, spent_s: float,
                     breathing: bool) -> None:
        """Say what was done: ``followed`` of ``total`` steps, ``spent_s`` seconds in all."""
        spent = duration_text(spent_s)
        if followed >= total:
            title = (_tr("Well done — %1 of slow breathing") if breathing
                     else _tr("Well done — %1 of stretching")).replace("%1", spent)
            detail = _tr("All %1 steps followed.").replace("%1", str(total))
        else:
            title = _tr("Routine ended early")
            detail = _tr("%1 of %2 steps followed, %3 in all.").replace(
                "%1", str(followed)).replace("%2", str(total)).replace("%3", spent)
        self.title.setText(title)
        self.detail.setText(detail)

    @property
    def texts(self) -> tuple[str, ...]:
        """The lines shown, in order (empty ones left out)."""
        return tuple(label.text() for label in (self.title, self.detail, self.note)
                     if label.text())


def back_button(parent: QWidget) -> QPushButton:
    """"Back": leaves the details page for the page before."""
    button = make_button(_tr("&Back"), _tr("Back"), _tr("Goes back to the page before."),
                         parent)
    button.setObjectName("backButton")
    return button
