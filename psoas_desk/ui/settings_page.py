"""One page of the settings window: the options of one ``Group``, in declaration order.

Each option is a row: its label (unless the editor is a check box that carries
it), the editor, and under it the help line and, when the value is refused,
the reason. Sections of the declaration are separated by a thin line; the
"enabled" switch of a section is shown in bold, as the section's heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from psoas_desk.core.schedule_types import WorkingHours
from psoas_desk.core.settings import Group, OptionSpec
from psoas_desk.ui.choice_editors import DayStartEditor, LanguageEditor, VolumeEditor
from psoas_desk.ui.form_labels import ToneLabel, settings_text, with_mnemonic
from psoas_desk.ui.hours_editor import WorkingHoursEditor
from psoas_desk.ui.routine_list_editor import RoutineListEditor
from psoas_desk.ui.setting_editors import (
    BoolEditor,
    DurationEditor,
    EnumEditor,
    IntEditor,
    OptionEditor,
    TextEditor,
)


def make_editor(spec: OptionSpec, label: str, *, routines: Sequence[Any] = (),
                locale: str = "en", mnemonics: set[str] | None = None,
                parent: QWidget | None = None) -> OptionEditor:
    """The editor for ``spec``, chosen by its declared type.

    Args:
        spec: the option.
        label: the translated label with its mnemonic (check boxes show it).
        routines: every routine, for ``routines.disabled``.
        locale: the content locale, for routine titles.
        mnemonics: letters already taken on the page (weekday labels take some).
        parent: the parent widget.

    Raises:
        TypeError: the declaration uses a type no editor handles.
    """
    t = spec.type
    if spec.key == "popups.language":
        return LanguageEditor(spec, parent)
    if spec.key == "schedule.day_starts_at":
        return DayStartEditor(spec, parent)
    if spec.key == "sounds.volume":
        return VolumeEditor(spec, parent)
    if t is bool:
        return BoolEditor(spec, label, parent)
    if t is int:
        return IntEditor(spec, parent)
    if t is timedelta:
        return DurationEditor(spec, parent)
    if t is WorkingHours:
        return WorkingHoursEditor(spec, mnemonics if mnemonics is not None else set(), parent)
    if t == tuple[str, ...]:
        return RoutineListEditor(spec, routines, locale, parent)
    if t is str:
        return TextEditor(spec, "", parent)
    if isinstance(t, type):
        return EnumEditor(spec, parent)
    raise TypeError(f"no editor for {spec.key} of type {t!r}")


@dataclass
class OptionRow:
    """The widgets of one option on a page."""

    spec: OptionSpec
    editor: OptionEditor
    label: QLabel | None
    help: ToneLabel
    error: ToneLabel
    # What the widgets show now: the window re-checks every row on each edit,
    # and only a row whose state changed is touched.
    _enabled: bool | None = field(default=None, init=False)
    _message: str | None = field(default=None, init=False)

    def set_enabled(self, enabled: bool) -> None:
        """Grey the whole row out, or bring it back."""
        if enabled == self._enabled:
            return
        self._enabled = enabled
        for widget in (self.editor, self.label, self.help, self.error):
            if widget is not None:
                widget.setEnabled(enabled)

    def show_error(self, message: str) -> None:
        """Show why the value is refused ("" hides the line)."""
        if message == self._message:
            return
        self._message = message
        text = message[:1].upper() + message[1:]
        self.error.setText(text)
        self.error.setVisible(bool(message))
        help_text = settings_text(self.spec.info.help)
        self.editor.describe(self.name, f"{text} {help_text}" if message else help_text)

    @property
    def name(self) -> str:
        """The translated label, without a mnemonic."""
        return settings_text(self.spec.info.label)


class SettingsPage(QScrollArea):
    """A scrollable page holding the rows of one group.

    Attributes:
        group: the group shown.
        rows: the option rows, in declaration order.
    """

    def __init__(self, group: Group, specs: Sequence[OptionSpec], *, reserved: set[str],
                 routines: Sequence[Any] = (), locale: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.rows: list[OptionRow] = []
        self.setObjectName(f"page-{group.name.lower()}")
        self.setAccessibleName(self.title)
        # No Tab stop of its own (it would show no focus): Tab goes from the
        # page list straight to the first option, and the page scrolls to
        # whichever option has the focus.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        outer = QVBoxLayout(body)
        em = self.fontMetrics().height()
        outer.setContentsMargins(em, em // 2, em, em)
        title = QLabel(self.title, body)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)
        outer.addSpacing(em // 2)
        grid = QGridLayout()
        grid.setHorizontalSpacing(em)
        grid.setVerticalSpacing(em // 5)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        outer.addStretch(1)
        used = set(reserved)
        section = specs[0].section if specs else ""
        for spec in specs:
            if spec.section != section:
                section = spec.section
                line = QFrame(body)
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                grid.addWidget(line, grid.rowCount(), 0, 1, 2)
                grid.setRowMinimumHeight(grid.rowCount() - 1, em)
            self.rows.append(self._add_row(grid, spec, used, routines, locale, body))
        self.setWidget(body)

    @property
    def title(self) -> str:
        """The translated page name."""
        return settings_text(self.group.value)

    def _add_row(self, grid: QGridLayout, spec: OptionSpec, used: set[str],
                 routines: Sequence[Any], locale: str, body: QWidget) -> OptionRow:
        row = grid.rowCount()
        # One mnemonic per option: on its check box, or on the label beside it.
        text = with_mnemonic(settings_text(spec.info.label), used)
        editor = make_editor(spec, text, routines=routines, locale=locale, mnemonics=used,
                             parent=body)
        editor.setObjectName(f"editor-{spec.key}")
        label: QLabel | None = None
        if isinstance(editor, BoolEditor):
            if spec.name == "enabled":
                font = editor.box.font()
                font.setBold(True)
                editor.box.setFont(font)
        else:
            label = QLabel(text, body)
            label.setBuddy(editor.focusProxy() or editor)
            # Line the label up with the first line of a tall editor.
            anchor = editor.focusProxy() or editor
            label.setMinimumHeight(min(anchor.sizeHint().height(),
                                       label.fontMetrics().height() * 2))
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(editor, row, 1)
        notes = QWidget(body)
        notes_layout = QVBoxLayout(notes)
        em = self.fontMetrics().height()
        notes_layout.setContentsMargins(0, 0, 0, em * 2 // 3)
        notes_layout.setSpacing(2)
        help_label = ToneLabel(settings_text(spec.info.help), tone="note", parent=notes)
        error_label = ToneLabel("", tone="error", parent=notes)
        error_label.setObjectName(f"error-{spec.key}")
        error_label.hide()
        notes_layout.addWidget(help_label)
        notes_layout.addWidget(error_label)
        grid.addWidget(notes, row + 1, 1)
        option_row = OptionRow(spec, editor, label, help_label, error_label)
        option_row.show_error("")
        return option_row
