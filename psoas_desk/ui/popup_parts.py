"""Small building blocks shared by the break popups: fonts, labels, buttons.

Every label is plain text (content files are never read as rich text) and
every button is neither default nor auto-default, so an Enter or Space typed
into another window as the popup appears can never press one.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from types import MappingProxyType

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

# The illustrations' main colour; tests/ui/test_art.py checks it for contrast
# on light and dark backgrounds, so rings and the pacer match the art.
ACCENT = "#2e7d8c"
ACCENT_ON_DARK = "#6cc3d3"
"""The same teal, lighter, for dark windows (the darker one is under 3:1 there)."""


def is_dark(palette: QPalette) -> bool:
    """Whether the window colour is dark (a dark or a dark high-contrast theme)."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def accent_color(palette: QPalette) -> QColor:
    """The accent (rings, pacer, drawings) that reads well on this palette's window."""
    return QColor(ACCENT_ON_DARK if is_dark(palette) else ACCENT)


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


class _ParentColour:
    """Keeps one colour role of a widget worked out from its parent's palette.

    Run again on every palette or parent change (light/dark, a theme
    change). Setting the widget's own palette sends another PaletteChange;
    that one is ignored.

    Args:
        widget: whose palette to set.
        role: the role to set, in the active and inactive groups.
        pick: the colour for a group, from the parent's palette (the
            widget's own without a parent).
    """

    def __init__(self, widget: QWidget, role: QPalette.ColorRole,
                 pick: Callable[[QPalette, QPalette.ColorGroup], QColor]) -> None:
        self._widget = widget
        self._role = role
        self._pick = pick
        self._updating = False

    def follow(self, event: QEvent | None = None) -> None:
        """Work the colour out again (on ``event`` only if it changes palette or parent)."""
        if self._updating or (event is not None and event.type() not in (
                QEvent.Type.PaletteChange, QEvent.Type.ParentChange)):
            return
        self._updating = True
        try:
            parent = self._widget.parentWidget()
            source = parent.palette() if parent is not None else self._widget.palette()
            palette = self._widget.palette()
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, self._role, self._pick(source, group))
            self._widget.setPalette(palette)
        finally:
            self._updating = False


class _NoteLabel(QLabel):
    """A label in the quiet colour, recomputed when the palette changes (light/dark)."""

    def __init__(self, text: str, parent: QWidget | None) -> None:
        super().__init__(text, parent)
        self._colour = _ParentColour(self, QPalette.ColorRole.WindowText,
                                     lambda source, _group: quiet_color(source))
        self._colour.follow()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        self._colour.follow(event)


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
    return _never_default(QPushButton(text, parent), accessible_name, description)


def _never_default(button: QPushButton, accessible_name: str, description: str) -> QPushButton:
    """Make ``button`` one that Enter or Space never presses by default, and name it."""
    button.setAutoDefault(False)
    button.setDefault(False)
    button.setAccessibleName(accessible_name)
    if description:
        button.setAccessibleDescription(description)
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    return button


def text_height(font: QFont, width: int, text: str) -> int:
    """Pixels a word-wrapped ``text`` needs at ``width`` in ``font``."""
    rect = QFontMetrics(font).boundingRect(
        QRect(0, 0, max(1, width), 1 << 20),
        int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), text)
    return rect.height()


class ReservingBox(QWidget):
    """A column that keeps room for the tallest of the contents it may show.

    The popups show one routine out of several, step by step; the window
    keeps one size for its kind of break. The box asks ``reserve(width)`` for
    the height of the tallest content and shows what it has now (lay it out
    in ``content``) centred in that room (or at its top, ``centre=False``),
    so a short step leaves no hole under it and the window does not jump.

    The box itself has no layout on purpose: Qt asks a widget that has one
    for its layout's height, never the widget's own ``heightForWidth``.
    """

    def __init__(self, reserve: Callable[[int], int], parent: QWidget | None = None, *,
                 centre: bool = True) -> None:
        super().__init__(parent)
        self._reserve = reserve
        self._centre = centre
        self.content = QWidget(self)
        """Give this widget the layout of what the box shows."""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _content_height(self, width: int) -> int:
        layout = self.content.layout()
        if layout is not None and layout.hasHeightForWidth():
            return layout.totalHeightForWidth(width)
        return self.content.sizeHint().height()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._content_height(width), self._reserve(width))

    def sizeHint(self) -> QSize:
        return self.content.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.content.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width, height = self.width(), self.height()
        wanted = min(height, self._content_height(width))
        top = (height - wanted) // 2 if self._centre else 0
        self.content.setGeometry(0, top, width, wanted)

    def event(self, event: QEvent) -> bool:
        # The content asks for another size (a new text): fit it again.
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
            self.content.setGeometry(0, 0, self.width(), self.height())
            self.resizeEvent(QResizeEvent(self.size(), self.size()))
        return super().event(event)


class _LinkButton(QPushButton):
    """A flat button whose text takes the palette's link colour, also after a theme change."""

    def __init__(self, text: str, parent: QWidget | None) -> None:
        super().__init__(text, parent)
        self._colour = _ParentColour(self, QPalette.ColorRole.ButtonText,
                                     lambda source, group: source.color(
                                         group, QPalette.ColorRole.Link))
        self._colour.follow()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        self._colour.follow(event)


def link_button(text: str, accessible_name: str, description: str = "",
                parent: QWidget | None = None) -> QPushButton:
    """A flat, link-like button for a secondary choice ("Details"); never default."""
    button = _never_default(_LinkButton(text, parent), accessible_name, description)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    font = QFont(button.font())
    font.setUnderline(True)
    button.setFont(font)
    button.setObjectName("linkButton")
    return button


def postpone_group(popup_postpone: QWidget, menu_button: QWidget) -> QHBoxLayout:
    """Postpone and its arrow of other lengths, side by side with no gap."""
    row = QHBoxLayout()
    row.setSpacing(0)
    row.addWidget(popup_postpone)
    row.addWidget(menu_button)
    return row
