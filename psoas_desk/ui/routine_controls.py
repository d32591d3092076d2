"""The routine player's pages, and the row of buttons that goes with each.

Under "Before you start": Start now, and when it starts by itself. Under the
steps: Previous, Pause (Resume while paused) and Next. Under the safety
details: the way back. Under a finish page reached with steps missed: back
to the first of them. Postpone, Skip and Done are the popup's own and sit
beside this row on every page.

The buttons only say what was pressed; ``StretchPopup``
(``ui/routine_player.py``) decides what it does.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QWidget

from psoas_desk.ui.popup_parts import TextRole, make_button, text_label
from psoas_desk.ui.routine_pages import back_button


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoutinePlayer", text)


class Page(enum.Enum):
    """The player's pages; each value is its place in the page stack and the button rows."""

    INTRO = 0
    STEPS = 1
    DETAILS = 2
    SUMMARY = 3


class PageButtons(QStackedWidget):
    """One row of buttons per :class:`Page`; :meth:`show_page` picks the row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = make_button(_tr("Sta&rt now"), _tr("Start now"),
                                 _tr("Starts the first step."), self)
        self.start.setObjectName("startButton")
        self.start_note = text_label(TextRole.NOTE, parent=self)
        """"Starts by itself in 12 s" beside Start now."""
        self.start_note.setObjectName("startNote")
        self.start_note.setWordWrap(False)
        self.back = back_button(self)
        self.previous = make_button(_tr("P&revious"), _tr("Previous step"),
                                    _tr("Goes back to the start of the step before."), self)
        self.previous.setObjectName("previousButton")
        self.pause = make_button(_tr("Res&ume"), _tr("Pause"),
                                 _tr("Stops the clock; the step waits for you."), self)
        # Room for the longer of its two words from the start, so the row
        # does not squeeze its neighbours when Pause turns into Resume.
        self.pause.setMinimumWidth(self.pause.sizeHint().width())
        self.pause.setText(_tr("Pa&use"))
        self.pause.setMinimumWidth(max(self.pause.minimumWidth(),
                                       self.pause.sizeHint().width()))
        self.pause.setObjectName("pauseButton")
        self.next = make_button(_tr("&Next"), _tr("Next step"),
                                _tr("Goes on to the next step now."), self)
        self.next.setObjectName("nextButton")
        self.resume_steps = make_button("", _tr("Back to the steps"), _tr(
            "Goes back to the first step you did not follow."), self)
        """"Back to step N" on a finish page reached with steps missed."""
        self.resume_steps.setObjectName("backToStepsButton")
        rows = {Page.INTRO: (self.start, self.start_note),
                Page.STEPS: (self.previous, self.pause, self.next),
                Page.DETAILS: (self.back,), Page.SUMMARY: (self.resume_steps,)}
        for page in Page:
            row_widget = QWidget(self)
            row = QHBoxLayout(row_widget)
            row.setContentsMargins(0, 0, 0, 0)
            for button in rows[page]:
                button.setParent(row_widget)
                row.addWidget(button)
            row.addStretch(1)
            self.addWidget(row_widget)

    def focus_chain(self) -> tuple[QWidget, ...]:
        """The buttons in the order Tab should reach them."""
        return (self.start, self.back, self.previous, self.pause, self.next,
                self.resume_steps)

    def show_page(self, page: Page) -> None:
        """Show the row of buttons that goes with ``page``."""
        self.setCurrentIndex(page.value)

    def set_paused(self, paused: bool) -> None:
        """Pause reads Resume while the routine is paused."""
        if paused:
            self.pause.setText(_tr("Res&ume"))
            self.pause.setAccessibleName(_tr("Resume"))
            self.pause.setAccessibleDescription(_tr("Starts the clock again."))
        else:
            self.pause.setText(_tr("Pa&use"))
            self.pause.setAccessibleName(_tr("Pause"))
            self.pause.setAccessibleDescription(_tr("Stops the clock; the step waits for you."))

    def set_missed_step(self, index: int) -> None:
        """The finish page offers to go back to step ``index`` (counted from 0)."""
        self.resume_steps.setText(_tr("&Back to step %1").replace("%1", str(index + 1)))
