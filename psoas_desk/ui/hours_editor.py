"""The working-hours editor: one line of time ranges per weekday.

Each line takes ranges such as ``09:00-12:30, 13:30-17:30`` or
``09:00-12:30 and 13:30-17:30``; an empty line means no working hours that
day. Text is read with ``parse_ranges`` (as the file's text is) and the week
is checked by ``WorkingHours`` (overlaps), so the reasons shown are
the ones the settings file would give.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from psoas_desk.core.i18n import fill
from psoas_desk.core.schedule_types import (
    WEEKDAYS,
    ScheduleError,
    TimeRange,
    WorkingHours,
    parse_ranges,
)
from psoas_desk.core.settings import OptionSpec
from psoas_desk.core.settings_codec import OptionError
from psoas_desk.ui.fmt import shown_text
from psoas_desk.ui.form_labels import with_mnemonic
from psoas_desk.ui.setting_editors import OptionEditor


def ranges_text(ranges: tuple[TimeRange, ...]) -> str:
    """The editable text of one day: ``"09:00-12:30, 13:30-17:30"``."""
    return ", ".join(str(r) for r in ranges)


def parse_day(text: str) -> tuple[TimeRange, ...]:
    """Read one day's ranges (see ``parse_ranges``); empty text is a day off.

    Raises:
        ScheduleError: a range cannot be read or ends before it starts.
    """
    return parse_ranges(text)


class WorkingHoursEditor(OptionEditor):
    """Seven labelled lines, Monday first, named in the user's locale."""

    def __init__(self, spec: OptionSpec, mnemonics: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.lines: list[QLineEdit] = []
        self._day_names: list[str] = []
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        locale = QLocale()
        placeholder = QCoreApplication.translate("Settings", "No working hours")
        for index, key in enumerate(WEEKDAYS):
            # QLocale counts Monday as 1.
            name = locale.dayName(index + 1, QLocale.FormatType.LongFormat)
            self._day_names.append(name)
            line = QLineEdit(body)
            line.setObjectName(f"hours-{key}")
            line.setPlaceholderText(placeholder)
            wide = line.fontMetrics().horizontalAdvance("00:00-00:00, ")
            line.setMinimumWidth(wide * 2)
            # Room for three ranges; wider only stretches the empty end of the line.
            line.setMaximumWidth(wide * 4)
            line.textChanged.connect(self.changed)
            label = QLabel(with_mnemonic(name, mnemonics), body)
            label.setBuddy(line)
            grid.addWidget(label, index, 0)
            grid.addWidget(line, index, 1)
            self.lines.append(line)
        self._set_control(body, stretch=True)
        # The first line takes focus when the option's label is used.
        self.setFocusProxy(self.lines[0])

    def raw_value(self) -> object:
        days: list[tuple[TimeRange, ...]] = []
        for index, (name, line) in enumerate(zip(self._day_names, self.lines, strict=True)):
            try:
                ranges = parse_day(line.text())
                # Checked day by day so the reason names the day in the user's language.
                WorkingHours(tuple(ranges if i == index else () for i in range(7)))
            except ScheduleError as exc:
                raise OptionError(fill(QCoreApplication.translate("Settings", "%1: %2"),
                                       [name, shown_text(exc.reason)])) from None
            days.append(ranges)
        return WorkingHours(tuple(days))

    def set_value(self, value: Any) -> None:
        for line, ranges in zip(self.lines, value.days, strict=True):
            line.blockSignals(True)
            line.setText(ranges_text(ranges))
            line.blockSignals(False)

    def describe(self, name: str, description: str) -> None:
        super().describe(name, description)
        for day, line in zip(self._day_names, self.lines, strict=True):
            line.setAccessibleName(QCoreApplication.translate(
                "Settings", "%1, %2").replace("%1", name).replace("%2", day))
            line.setAccessibleDescription(description)
