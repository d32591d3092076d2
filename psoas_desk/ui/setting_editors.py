"""Editors for single settings, chosen from each option's declared type.

Every editor is an :class:`OptionEditor`: it shows one value and hands back
the raw value the user entered (``raw_value``), which the settings window
checks with ``settings_codec.validate_value``. Editors never decide whether a
value is acceptable beyond "can this text be read at all"; the bounds and
rules live in the declaration, so the window can say why a value is refused.
"""

from __future__ import annotations

import enum
import math
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from psoas_desk.core.settings import BreakDisplay, OptionSpec, Theme, WindowSystem
from psoas_desk.core.settings_codec import OptionError

# Typing may go this far past an option's bounds, so the window can explain
# the bound instead of the spin box silently dropping the keystroke.
_TYPING_LIMIT = 99_999


class OptionEditor(QWidget):
    """Base of all editors: one option, its current input, a ``changed`` signal.

    Attributes:
        spec: the option edited.
        labels_itself: the editor shows the option's label (a check box), so
            the window puts no label beside it.
    """

    changed = Signal()
    labels_itself = False

    def __init__(self, spec: OptionSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def _set_control(self, control: QWidget, *, stretch: bool = False) -> None:
        self._layout.addWidget(control, 1 if stretch else 0)
        if not stretch:
            self._layout.addStretch(1)
        self.setFocusProxy(control)

    def raw_value(self) -> object:
        """The value entered, for ``validate_value``.

        Raises:
            OptionError: the input cannot be read at all (e.g. an empty number).
        """
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show ``value`` (of the option's type) without emitting ``changed``."""
        raise NotImplementedError

    def describe(self, name: str, description: str) -> None:
        """Set the accessible name and description of the controls."""
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        focus = self.focusProxy()
        if focus is not None:
            focus.setAccessibleName(name)
            focus.setAccessibleDescription(description)


class BoolEditor(OptionEditor):
    """A check box carrying the option's label."""

    labels_itself = True

    def __init__(self, spec: OptionSpec, label: str, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.box = QCheckBox(label, self)
        self.box.toggled.connect(self.changed)
        self._set_control(self.box)

    def raw_value(self) -> object:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(bool(value))
        self.box.blockSignals(False)


def wheel_only_when_focused(control: QWidget) -> None:
    """Let the mouse wheel change ``control`` only once it has the keyboard focus.

    Spin boxes and combo boxes take the wheel by default, so scrolling a
    settings page changed whatever value passed under the pointer. Such a
    control now takes focus by click or Tab only, and its ``wheelEvent``
    (see :func:`focused_wheel`) hands an unfocused wheel on to the page.
    """
    control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def focused_wheel(control: QWidget, event: QWheelEvent) -> bool:
    """Whether ``control`` should handle ``event``; if not, the event goes to its parent."""
    if control.hasFocus():
        return True
    event.ignore()
    return False


class CalmComboBox(QComboBox):
    """A combo box the mouse wheel changes only while it has the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        wheel_only_when_focused(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if focused_wheel(self, event):
            super().wheelEvent(event)


class SoftSpinBox(QSpinBox):
    """A spin box whose arrows stay inside ``soft_min..soft_max`` while typing may not.

    Typed values outside the bounds are kept so the window can show why they
    are refused; stepping from such a value comes back inside the bounds.
    The wheel changes it only while it has the focus.
    """

    def __init__(self, soft_min: int, soft_max: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.soft_min = soft_min
        self.soft_max = soft_max
        self.setRange(min(0, soft_min), max(_TYPING_LIMIT, soft_max))
        self.setAccelerated(True)
        wheel_only_when_focused(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if focused_wheel(self, event):
            super().wheelEvent(event)

    def valueFromText(self, text: str) -> int:
        special = self.specialValueText()
        if special and text.strip() == special:
            return self.minimum()
        return super().valueFromText(text)

    def stepBy(self, steps: int) -> None:
        wanted = self.value() + steps * self.singleStep()
        self.setValue(max(self.soft_min, min(self.soft_max, wanted)))
        self.selectAll()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.isReadOnly():
            return flags
        if self.value() < self.soft_max:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self.value() > self.soft_min:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags


def unit_suffix(unit: str) -> str:
    """The spin box suffix for a declared unit, e.g. " min"."""
    tr = QCoreApplication.translate
    suffixes = {
        "min": tr("Settings", " min"), "s": tr("Settings", " s"), "h": tr("Settings", " h"),
        "%": tr("Settings", "%"), "breaks": tr("Settings", " breaks"),
        "days": tr("Settings", " days"),
    }
    return suffixes.get(unit, f" {unit}" if unit else "")


class _SpinEditor(OptionEditor):
    def __init__(self, spec: OptionSpec, soft_min: int, soft_max: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.spin = SoftSpinBox(soft_min, soft_max, self)
        self.spin.setSuffix(unit_suffix(spec.info.unit))
        self.spin.setMinimumWidth(self.spin.fontMetrics().horizontalAdvance("0") * 14)
        # Stepping updates the text with the line edit's signals blocked, and
        # emptying the text changes no value: both are needed.
        self.spin.valueChanged.connect(self.changed)
        self.spin.lineEdit().textChanged.connect(self.changed)
        self._set_control(self.spin)

    def _typed(self) -> int:
        special = self.spin.specialValueText()
        if special and self.spin.lineEdit().text().strip() == special:
            return self.spin.minimum()
        if not self.spin.hasAcceptableInput():
            raise OptionError(QCoreApplication.translate("Settings", "enter a whole number"))
        return self.spin.valueFromText(self.spin.lineEdit().text())

    def _show(self, number: int) -> None:
        self.spin.blockSignals(True)
        self.spin.lineEdit().blockSignals(True)
        self.spin.setValue(number)
        self.spin.lineEdit().blockSignals(False)
        self.spin.blockSignals(False)


class IntEditor(_SpinEditor):
    """A whole number with the option's bounds and unit."""

    def __init__(self, spec: OptionSpec, parent: QWidget | None = None) -> None:
        low = spec.info.minimum if spec.info.minimum is not None else 0
        high = spec.info.maximum if spec.info.maximum is not None else _TYPING_LIMIT
        super().__init__(spec, int(low), int(high), parent)
        if spec.key == "startup.history_days":
            # 0 days means "keep everything": say so instead of "0 days".
            self.spin.setSpecialValueText(QCoreApplication.translate("Settings", "Forever"))

    def raw_value(self) -> object:
        return self._typed()

    def set_value(self, value: Any) -> None:
        self._show(int(value))


class DurationEditor(_SpinEditor):
    """A duration counted in the option's unit (minutes or seconds).

    A stored value that is not a whole number of units (``90s`` in a minutes
    field, from a hand-edited file) is kept exactly until the user changes it.
    """

    def __init__(self, spec: OptionSpec, parent: QWidget | None = None) -> None:
        self._factor = 60 if spec.info.unit == "min" else 1
        low = spec.info.minimum.total_seconds() if spec.info.minimum is not None else 0
        high = spec.info.maximum.total_seconds() if spec.info.maximum is not None else 0
        super().__init__(spec, math.ceil(low / self._factor),
                         math.floor(high / self._factor) if high else _TYPING_LIMIT, parent)
        self._exact: timedelta | None = None
        self._shown = 0

    def raw_value(self) -> object:
        typed = self._typed()
        if self._exact is not None and typed == self._shown:
            return self._exact
        return timedelta(seconds=typed * self._factor)

    def set_value(self, value: Any) -> None:
        seconds = round(value.total_seconds())
        self._shown = round(seconds / self._factor)
        self._exact = value if seconds != self._shown * self._factor else None
        self._show(self._shown)


def enum_text(member: enum.Enum) -> str:
    """How a choice reads in a combo box (its value where it has no words)."""
    tr = QCoreApplication.translate
    texts: dict[enum.Enum, str] = {
        Theme.SYSTEM: tr("Settings", "Follow the system"),
        Theme.LIGHT: tr("Settings", "Light"),
        Theme.DARK: tr("Settings", "Dark"),
        WindowSystem.AUTO: tr("Settings", "Automatic"),
        WindowSystem.WAYLAND: tr("Settings", "Wayland"),
        WindowSystem.X11: tr("Settings", "X11 (XWayland)"),
        BreakDisplay.WINDOW: tr("Settings", "A window"),
        BreakDisplay.DIM: tr("Settings", "A window, screens dimmed"),
        BreakDisplay.FULL: tr("Settings", "Full screen"),
    }
    return texts.get(member, str(member.value))


class EnumEditor(OptionEditor):
    """A combo box of the enum's members."""

    def __init__(self, spec: OptionSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._members: list[enum.Enum] = list(spec.type)
        self.combo = CalmComboBox(self)
        self.combo.addItems([enum_text(m) for m in self._members])
        self.combo.currentIndexChanged.connect(self.changed)
        self._set_control(self.combo)

    def raw_value(self) -> object:
        return self._members[self.combo.currentIndex()]

    def set_value(self, value: Any) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self._members.index(value))
        self.combo.blockSignals(False)


class TextEditor(OptionEditor):
    """A line of text; surrounding spaces are ignored. Used for the language code."""

    def __init__(self, spec: OptionSpec, placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(placeholder)
        self.line.setMaxLength(spec.info.max_length)
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("x") * 24)
        self.line.textChanged.connect(self.changed)
        self._set_control(self.line)

    def raw_value(self) -> object:
        return self.line.text().strip()

    def set_value(self, value: Any) -> None:
        self.line.blockSignals(True)
        self.line.setText(str(value))
        self.line.blockSignals(False)
