"""Small building blocks shared by the break popups: fonts, labels, buttons.

Every label is plain text (content files are never read as rich text) and
every button is neither default nor auto-default, so an Enter or Space typed
into another window as the popup appears can never press one.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from types import MappingProxyType

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

# The illustrations' main colour; tests/ui/test_art.py checks it for contrast
# on light and dark backgrounds, so rings and the pacer match the art.
ACCENT = "#2e7d8c"


class TextRole(enum.Enum):
    """How prominent a piece of text is."""

    HEADING = "heading"
    LEAD = "lead"
    """The instruction to follow right now."""
    BODY = "body"
    NOTE = "note"
    """Secondary text: why lines, safety lines, what comes next."""


_SCALE = MappingProxyType({TextRole.HEADING: 1.35, TextRole.LEAD: 1.2, TextRole.BODY: 1.0,
                           TextRole.NOTE: 0.92})


def scaled_font(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    """Return a copy of ``font`` scaled by ``factor`` (point or pixel sized)."""
    scaled = QFont(font)
    if scaled.pointSizeF() > 0:
        scaled.setPointSizeF(scaled.pointSizeF() * factor)
    else:
        scaled.setPixelSize(max(1, round(scaled.pixelSize() * factor)))
    if bold:
        scaled.setBold(True)
    return scaled


def quiet_color(palette: QPalette) -> QColor:
    """Secondary text: three quarters of the way from the window colour to the text's.

    Visibly quieter than the text, and still above 4.5:1 on light, dark and
    high-contrast palettes (the palette's placeholder colour, often half
    transparent, is not: about 3.9:1 on a light window).
    """
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    return QColor.fromRgbF(*(b + (t - b) * 0.75 for t, b in (
        (text.redF(), back.redF()), (text.greenF(), back.greenF()),
        (text.blueF(), back.blueF()))))


class _NoteLabel(QLabel):
    """A label in the quiet colour, recomputed when the palette changes (light/dark)."""

    def __init__(self, text: str, parent: QWidget | None) -> None:
        super().__init__(text, parent)
        self._updating = False
        self._apply_quiet()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange):
            self._apply_quiet()

    def _apply_quiet(self) -> None:
        # Setting our own palette sends another PaletteChange; ignore that one.
        if self._updating:
            return
        self._updating = True
        try:
            parent = self.parentWidget()
            color = quiet_color(parent.palette() if parent is not None else self.palette())
            palette = self.palette()
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, QPalette.ColorRole.WindowText, color)
            self.setPalette(palette)
        finally:
            self._updating = False


def style_label(label: QLabel, role: TextRole) -> QLabel:
    """Make ``label`` plain, word-wrapped text in the look of ``role``."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setFont(scaled_font(label.font(), _SCALE[role], bold=role is TextRole.HEADING))
    return label


def text_label(role: TextRole, text: str = "", parent: QWidget | None = None) -> QLabel:
    """Create a plain-text label in the look of ``role`` (NOTE: quieter, following the palette)."""
    label = _NoteLabel(text, parent) if role is TextRole.NOTE else QLabel(text, parent)
    return style_label(label, role)


class StableLabel(QLabel):
    """A word-wrapped label that keeps room for the longest of several texts.

    The step text of a routine changes every few seconds; asking for the
    height of the longest step (``heightForWidth``) keeps the window from
    jumping as it does.
    """

    def __init__(self, role: TextRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style_label(self, role)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._candidates: tuple[str, ...] = ()
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_candidates(self, texts: Iterable[str]) -> None:
        """Every text this label may show; its height fits the longest."""
        self._candidates = tuple(texts)
        self.updateGeometry()

    def _text_height(self, width: int, text: str) -> int:
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right() - 2 * self.margin())
        rect = QFontMetrics(self.font()).boundingRect(
            QRect(0, 0, inner, 1 << 20), int(Qt.TextFlag.TextWordWrap | self.alignment()), text)
        return rect.height() + margins.top() + margins.bottom() + 2 * self.margin()

    def heightForWidth(self, width: int) -> int:
        own = super().heightForWidth(width)
        return max([own, *(self._text_height(width, text) for text in self._candidates)])


def make_button(text: str, accessible_name: str, description: str = "",
                parent: QWidget | None = None) -> QPushButton:
    """A push button that Enter or Space can never press by default.

    Args:
        text: the label, with ``&`` before the mnemonic letter.
        accessible_name: what screen readers say; stays put while ``text``
            may carry changing numbers.
        description: a longer accessible description, if useful.
        parent: the owning widget.
    """
    button = QPushButton(text, parent)
    button.setAutoDefault(False)
    button.setDefault(False)
    button.setAccessibleName(accessible_name)
    if description:
        button.setAccessibleDescription(description)
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    return button
