"""A step's illustration, drawn from the shipped SVG and mirrored for the right side.

Every drawing shows the left side (see ``core/routines.py``); a right-side
step shows the same picture flipped horizontally. The drawings are square
and keep their proportions at any size, so the view scales with the font
(and the screen's scale factor) without blurring. On a dark window the
figure's teal is drawn lighter (``DARK_COLOURS``): the shipped teal is
under 3:1 against a dark grey.
"""

from __future__ import annotations

from types import MappingProxyType

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from psoas_desk import resources
from psoas_desk.ui.popup_parts import ACCENT, ACCENT_ON_DARK, is_dark

DARK_COLOURS = MappingProxyType({ACCENT: ACCENT_ON_DARK, "#5a9aaa": "#4a96a6"})
"""The drawings' colours and what they become on a dark window (figure, far side)."""


def dark_svg(svg: bytes) -> bytes:
    """The drawing with its colours for a dark window."""
    text = svg.decode("utf-8")
    for light, dark in DARK_COLOURS.items():
        text = text.replace(light, dark)
    return text.encode("utf-8")


class ArtView(QWidget):
    """Shows one illustration (``resources/art/<id>.svg``), optionally mirrored."""

    def __init__(self, parent: QWidget | None = None, *, lines: float = 12.0) -> None:
        """Create an empty view.

        Args:
            parent: the owning widget.
            lines: the preferred side length, in lines of the widget's font.
        """
        super().__init__(parent)
        self._lines = lines
        self._art_id: str | None = None
        self._mirrored = False
        # One renderer per drawing, kept while the view lives: a routine uses
        # a handful and returns to them (left side, right side).
        self._renderers: dict[tuple[str, bool], QSvgRenderer | None] = {}
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Illustration"))

    @property
    def art_id(self) -> str | None:
        """The drawing shown, or None."""
        return self._art_id

    @property
    def mirrored(self) -> bool:
        """Whether the drawing is flipped horizontally (a right-side step)."""
        return self._mirrored

    def set_art(self, art_id: str | None, *, mirrored: bool = False,
                description: str = "") -> None:
        """Show drawing ``art_id`` (None for none), flipped if ``mirrored``.

        Args:
            art_id: the illustration id.
            mirrored: draw it flipped horizontally.
            description: the accessible description (what the picture shows).
        """
        if art_id is not None and self._renderer(art_id) is None:
            art_id = None
        if (art_id, mirrored) != (self._art_id, self._mirrored):
            self._art_id, self._mirrored = art_id, mirrored
            self.update()
        self.setAccessibleDescription(description)

    def _renderer(self, art_id: str) -> QSvgRenderer | None:
        """The drawing for the palette in use (light or dark), loaded once; None if missing."""
        dark = is_dark(self.palette())
        key = (art_id, dark)
        if key not in self._renderers:
            path = resources.path("art", f"{art_id}.svg")
            renderer: QSvgRenderer | None = None
            try:
                data = path.read_bytes()
            except OSError:
                data = b""
            if data:
                renderer = QSvgRenderer(self)
                if not renderer.load(QByteArray(dark_svg(data) if dark else data)):
                    renderer.deleteLater()
                    renderer = None
            self._renderers[key] = renderer
        return self._renderers[key]

    def sizeHint(self) -> QSize:
        side = round(self.fontMetrics().height() * self._lines)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        side = round(self.fontMetrics().height() * self._lines / 3)
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return min(width, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        renderer = self._renderer(self._art_id) if self._art_id else None
        if renderer is None:
            return
        side = min(self.width(), self.height())
        target = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._mirrored:
            # Flip about the vertical centre line of the widget.
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        renderer.render(painter, target)
        painter.end()
