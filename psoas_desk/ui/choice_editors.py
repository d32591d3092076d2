"""Editors for the options that read better as a choice than as a number or a code.

- the language: a list of the languages psoas-desk ships (by their own
  names) and the system's, instead of a code typed by hand;
- the hour a new day starts: a time ("04:00"), not "4 h";
- the volume: the number plus a button that plays a break sound at that
  volume, and a note when this computer has no audio output.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTime, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTimeEdit, QVBoxLayout, QWidget

from psoas_desk.core.settings import OptionSpec
from psoas_desk.languages import shipped_languages
from psoas_desk.ui.form_labels import ToneLabel
from psoas_desk.ui.setting_editors import (
    CalmComboBox,
    IntEditor,
    OptionEditor,
    focused_wheel,
    wheel_only_when_focused,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


# The shipped languages in their own words. QLocale's names depend on its
# CLDR data ("español de España", "português europeu"); these are fixed.
_AUTONYMS = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français",
             "pt_PT": "Português (Portugal)"}


def language_name(code: str) -> str:
    """A language in its own words, e.g. "Deutsch", "Português (Portugal)"."""
    if code in _AUTONYMS:
        return _AUTONYMS[code]
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:]


class LanguageEditor(OptionEditor):
    """The system's language or one of the shipped ones; a code from the file is kept.

    A hand-written code psoas-desk has no screens for (``"it"``) is listed as
    such, so opening and closing the window changes nothing, and the person
    sees that the screens stay in English.
    """

    def __init__(self, spec: OptionSpec, parent: QWidget | None = None,
                 languages: tuple[str, ...] | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = CalmComboBox(self)
        self._codes: list[str] = [""]
        # Without a locale (LANG=C) the screens are English; say that, not "C".
        locale = QLocale.system()
        system = language_name("en" if locale.language() == QLocale.Language.C
                               else locale.name())
        self.combo.addItem(_tr("System language (%1)").replace("%1", system))
        for code in languages if languages is not None else shipped_languages():
            self._codes.append(code)
            self.combo.addItem(language_name(code))
        self.combo.currentIndexChanged.connect(self.changed)
        self._set_control(self.combo)

    def raw_value(self) -> object:
        return self._codes[self.combo.currentIndex()]

    def set_value(self, value: Any) -> None:
        code = str(value)
        if code not in self._codes:
            self._codes.append(code)
            self.combo.addItem(_tr("%1 (no translation: screens in English)").replace(
                "%1", code))
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self._codes.index(code))
        self.combo.blockSignals(False)


class HourEdit(QTimeEdit):
    """A time of day in whole hours ("04:00"); the wheel works only with the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Only the hour is a section; ":00" is fixed text.
        self.setDisplayFormat("HH:'00'")
        self.setWrapping(True)
        wheel_only_when_focused(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if focused_wheel(self, event):
            super().wheelEvent(event)


class DayStartEditor(OptionEditor):
    """``schedule.day_starts_at`` (an hour, 0-23) as a time of day."""

    def __init__(self, spec: OptionSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.time = HourEdit(self)
        self.time.timeChanged.connect(self.changed)
        self._set_control(self.time)

    def raw_value(self) -> object:
        return self.time.time().hour()

    def set_value(self, value: Any) -> None:
        self.time.blockSignals(True)
        self.time.setTime(QTime(int(value) % 24, 0))
        self.time.blockSignals(False)


class VolumeEditor(OptionEditor):
    """The volume, a button that plays a break sound at it, and a note when none can play."""

    preview_requested = Signal(int)
    """Play a break sound at this volume (the app does; the window has no sound)."""

    def __init__(self, spec: OptionSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        column = QWidget(self)
        rows = QVBoxLayout(column)
        rows.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        rows.addLayout(line)
        self.number = IntEditor(spec, column)
        self.number.changed.connect(self.changed)
        self.spin = self.number.spin
        line.addWidget(self.number)
        self.preview = QPushButton(_tr("Pla&y a sample"), column)
        self.preview.setObjectName("sound-preview")
        self.preview.setAccessibleDescription(_tr("Plays the break sound at this volume."))
        self.preview.clicked.connect(self._preview)
        line.addWidget(self.preview)
        line.addStretch(1)
        self.note = ToneLabel("", tone="error", parent=column)
        self.note.setObjectName("sound-note")
        self.note.hide()
        rows.addWidget(self.note)
        self._set_control(column, stretch=True)
        self.setFocusProxy(self.spin)

    def raw_value(self) -> object:
        return self.number.raw_value()

    def set_value(self, value: Any) -> None:
        self.number.set_value(value)

    def _preview(self) -> None:
        self.preview_requested.emit(max(0, min(100, self.spin.value())))

    def set_note(self, text: str) -> None:
        """Say why no sound can play ("" hides the note); the button is off meanwhile."""
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.preview.setEnabled(not text)
