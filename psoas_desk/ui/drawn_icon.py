"""Icons drawn on demand, kept out of Qt's global pixmap cache.

An icon made from files or pixmaps hands every scaled copy it makes to
``QPixmapCache``. That cache then runs a clean-up timer that wakes the
process every 10 to 30 seconds until the copies have aged out: for minutes
after start-up (X11 renders the window icon for every window it creates) and
after each tray icon change. An app that waits in the tray all day should not
wake for that, so its own icons use :class:`DrawnIconEngine`, which draws at
the size asked for and keeps what it drew itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

Draw = Callable[[int, float], QImage]
"""Draws the icon at (logical size, device pixel ratio)."""

WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128)
"""The sizes a window manager gets the app's icon in (X11 ``_NET_WM_ICON``)."""

_CLONES: list[QIconEngine] = []


class DrawnIconEngine(QIconEngine):
    """A square icon drawn by ``draw`` at whatever size and pixel ratio is asked for.

    Args:
        draw: draws one image at (logical size, device pixel ratio).
        name: what ``QIcon.name()`` reports (tests and debugging).
        sizes: the sizes the icon says it has (``QIcon.availableSizes()``).
        keep: how many renderings to keep for reuse (0: draw every time, for
            icons drawn only when a window is created).
    """

    def __init__(self, draw: Draw, *, name: str, sizes: Sequence[int], keep: int = 0) -> None:
        super().__init__()
        self._draw = draw
        self._name = name
        self._sizes = tuple(sizes)
        self._keep = keep
        self._pixmaps: dict[tuple[int, float], QPixmap] = {}

    def rendered(self, size: int, dpr: float) -> QPixmap:
        """The icon at ``size`` logical pixels and device pixel ratio ``dpr``."""
        key = (max(1, size), dpr if dpr > 0 else 1.0)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap.fromImage(self._draw(*key))
            if self._keep:
                if len(self._pixmaps) >= self._keep:
                    self._pixmaps.clear()
                self._pixmaps[key] = pixmap
        return pixmap

    # -- QIconEngine -----------------------------------------------------------
    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        if side <= 0:
            return
        # Drawn for the densest screen; the painter scales to its device.
        # Not ``painter.device()``: in a tray that is Qt's private tray
        # widget, and wrapping it makes PySide build its whole QWidget type
        # (about 2 MB of memory in an app that otherwise has no widgets).
        app = QGuiApplication.instance()
        dpr = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
        x = rect.x() + (rect.width() - side) // 2
        y = rect.y() + (rect.height() - side) // 2
        painter.drawPixmap(QRect(x, y, side, side), self.rendered(side, dpr))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.rendered(min(size.width(), size.height()), 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        return self.rendered(min(size.width(), size.height()), scale)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def availableSizes(self, mode: QIcon.Mode | None = None,
                       state: QIcon.State | None = None) -> list[QSize]:
        return [QSize(s, s) for s in self._sizes]

    def iconName(self) -> str:
        return self._name

    def isNull(self) -> bool:
        return False

    def key(self) -> str:
        return "psoas-desk-drawn"

    def clone(self) -> QIconEngine:
        # Qt clones only when a copy of the icon is changed (the app never
        # does). The changed icon owns the clone, but PySide would delete it
        # with its Python object as soon as this returns: keep that alive.
        twin = DrawnIconEngine(self._draw, name=self._name, sizes=self._sizes, keep=self._keep)
        _CLONES.append(twin)
        return twin


def drawn_icon(draw: Draw, *, name: str, sizes: Sequence[int], keep: int = 0) -> QIcon:
    """A :class:`QIcon` backed by a :class:`DrawnIconEngine`."""
    return QIcon(DrawnIconEngine(draw, name=name, sizes=sizes, keep=keep))


def transparent_image(size: int, dpr: float = 1.0) -> QImage:
    """A fully transparent square image of ``size`` logical pixels at ``dpr``.

    Made from zeroed memory rather than with ``QImage.fill``: every overload
    of ``fill`` makes PySide build the whole ``Qt`` namespace (about 1 MB of
    memory in an app that otherwise never needs it while it waits).
    """
    pixels = max(1, round(size * dpr))
    image = QImage(bytes(pixels * pixels * 4), pixels, pixels,
                   QImage.Format.Format_ARGB32_Premultiplied).copy()
    image.setDevicePixelRatio(dpr)
    return image


def render_svg(source: Path | str, size: int, dpr: float = 1.0) -> QImage:
    """An SVG drawn into a transparent square image.

    Args:
        source: the SVG file, or the SVG document itself as text.
        size: logical edge length in pixels.
        dpr: device pixel ratio; the image has ``size * dpr`` device pixels.
    """
    data = source.read_bytes() if isinstance(source, Path) else source.encode("utf-8")
    image = transparent_image(size, dpr)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(data).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def svg_icon(path: Path, *, name: str, sizes: Sequence[int] = WINDOW_ICON_SIZES) -> QIcon:
    """The SVG at ``path`` as an icon drawn on demand (nothing kept)."""
    return drawn_icon(lambda size, dpr: render_svg(path, size, dpr), name=name, sizes=sizes)
