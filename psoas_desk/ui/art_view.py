"""A step's illustration, drawn from the shipped SVG and mirrored for the right side.

Every drawing shows the left side (see ``core/routines.py``); a right-side
step shows the same picture flipped horizontally. The drawings are square
and keep their proportions at any size, so the view scales with the font
(and the screen's scale factor) without blurring.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from psoas_desk import resources


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
        self._renderers: dict[str, QSvgRenderer] = {}
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
        if art_id is not None and art_id not in self._renderers:
            path = resources.path("art", f"{art_id}.svg")
            renderer = QSvgRenderer(self)
            if not path.is_file() or not renderer.load(str(path)):
                renderer.deleteLater()
                art_id = None
            else:
                self._renderers[art_id] = renderer
        if (art_id, mirrored) != (self._art_id, self._mirrored):
            self._art_id, self._mirrored = art_id, mirrored
            self.update()
        self.setAccessibleDescription(description)

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
        renderer = self._renderers.get(self._art_id) if self._art_id else None
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
