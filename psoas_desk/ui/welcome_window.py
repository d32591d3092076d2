"""The welcome on the first start: where psoas-desk lives, start at login, the checklist.

A new person has just typed a command and sees nothing but a small icon,
if that. The welcome says where the app is from now on (the tray icon, or
the status window when there is no tray), asks whether it should start
when they log in (unticked: nothing is set up until they say so) and
offers the posture checklist as an optional first step.

Like the other windows it only shows what it is given and emits what the
person chose (:attr:`WelcomeWindow.chosen`); the app saves the choice.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from psoas_desk.ui.form_labels import ToneLabel
from psoas_desk.ui.screen_fit import fit_to_screen

ICON_SIZE = 64


class WelcomeWindow(QWidget):
    """What a person needs to know on the first start, and two choices.

    Args:
        tray: whether the icon is in a system tray (else the status window is the way in).
        command: the command that works in the person's terminal (e.g. ``scripts/run``).
        icon: the app's icon, shown beside the greeting.
        can_autostart: whether start at login can be set up here at all.
    """

    chosen = Signal(bool, bool)
    """(start at login, open the checklist), once, when the window is left."""

    def __init__(self, *, tray: bool, command: str, icon: QIcon | None = None,
                 can_autostart: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("welcome-window")
        self.setWindowTitle(self.tr("Welcome to psoas-desk"))
        self.setAccessibleName(self.windowTitle())
        self._answered = False
        self._checklist = False
        em = self.fontMetrics().height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(em * 3 // 2, em * 3 // 2, em * 3 // 2, em)
        layout.setSpacing(em * 2 // 3)

        head = QHBoxLayout()
        layout.addLayout(head)
        picture = QLabel(self)
        if icon is not None:
            picture.setPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE))
        picture.setFixedSize(ICON_SIZE, ICON_SIZE)
        head.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("Welcome to psoas-desk"), self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        head.addWidget(title, 1, Qt.AlignmentFlag.AlignVCenter)

        self.what = self._text(self.tr(
            "psoas-desk notices how long you sit and offers a short break every so often: "
            "a micro-break to stand up, and now and then a guided stretch for your hips."))
        layout.addWidget(self.what)
        where = (self.tr("It lives in your system tray: the icon fills up as you sit. Click it "
                         "for the status window; right-click it for the menu (pause, "
                         "settings, quit).") if tray else
                 self.tr("No system tray was found, so the psoas-desk status window is its "
                         "home: closing it only minimises it. Quit from its button."))
        self.where = self._text(where)
        self.where.setObjectName("where")
        layout.addWidget(self.where)
        self.terminal = ToneLabel(self.tr("From a terminal: %1 status, %2 pause 30m, %3 --help.")
                                  .replace("%1", command).replace("%2", command)
                                  .replace("%3", command), tone="note", parent=self)
        self.terminal.setObjectName("terminal")
        self.terminal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.terminal)

        self.autostart = QCheckBox(self.tr("&Start psoas-desk when I log in"), self)
        self.autostart.setObjectName("autostart")
        self.autostart.setChecked(False)
        self.autostart.setEnabled(can_autostart)
        self.autostart.setAccessibleDescription(self.tr(
            "Off until you tick it. You can change it later under Settings, Startup."))
        layout.addWidget(self.autostart)
        later = ToneLabel(self.tr("You can change this later under Settings, Startup.")
                          if can_autostart else
                          self.tr("Start at login cannot be set up on this system."),
                          tone="note", parent=self)
        layout.addWidget(later)

        layout.addSpacing(em // 2)
        self.checklist_intro = self._text(self.tr(
            "A good first step: go through the posture checklist to set up your chair, "
            "desk and screen (two minutes)."))
        layout.addWidget(self.checklist_intro)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.checklist_button = QPushButton(self.tr("Open the posture &checklist"), self)
        self.checklist_button.setObjectName("open-checklist")
        self.checklist_button.setAccessibleDescription(self.tr(
            "Closes this window and opens the checklist for your chair and desk."))
        self.checklist_button.clicked.connect(self._open_checklist)
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.done_button.setObjectName("done")
        self.done_button.setAccessibleDescription(self.tr(
            "Closes this window; psoas-desk keeps running."))
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.close)
        buttons.addWidget(self.checklist_button)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)
        fit_to_screen(self, QSize(em * 36, self.sizeHint().height()))

    def _text(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _open_checklist(self) -> None:
        self._checklist = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """However the window is left, say once what was chosen."""
        super().closeEvent(event)
        if not self._answered:
            self._answered = True
            self.chosen.emit(self.autostart.isChecked(), self._checklist)
