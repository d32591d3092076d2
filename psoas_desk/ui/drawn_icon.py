"""Icons drawn on demand, kept out of Qt's global pixmap cache.

An icon made from files or pixmaps hands every scaled copy it makes to
``QPixmapCache``. That cache then runs a clean-up timer that wakes the
process every 10 to 30 seconds until the copies have aged out: for minutes
after start-up (X11 renders the window icon for every window it creates) and
after each tray icon change. An app that waits in the tray all day should not
wake for that, so its own icons use :class:`DrawnIconEngine`, which draws at
the size asked for and keeps what it drew itself.

The shipped icons are drawn from PNGs rendered from their SVGs
(:func:`render_icon`): QtSvg would cost the idle app about 1 MB of
resident memory (its library, and the part of QtCore it parses with) for
the tray icon and the window icon alone; Qt's PNG reader is in QtGui already. The SVGs stay
the source: ``scripts/render_icons.py`` renders the PNGs and a test keeps
them in step. Sizes beyond the largest PNG are drawn from the SVG.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QImageReader,
    QPainter,
    QPixmap,
)

Draw = Callable[[int, float], QImage]
"""Draws the icon at (logical size, device pixel ratio)."""

WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128)
"""The sizes a window manager gets the app's icon in (X11 ``_NET_WM_ICON``)."""
PNG_COPIES = ((".png", 128), ("@2x.png", 256))
"""The pre-rendered copies an icon's SVG may have: file name ending, edge in pixels.
Every icon has the first (the tray's largest size at 2x); the app icon has
both (the window icon's largest at 2x)."""

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
    from PySide6.QtSvg import QSvgRenderer  # here: only beyond the PNGs (module docstring)

    data = source.read_bytes() if isinstance(source, Path) else source.encode("utf-8")
    image = transparent_image(size, dpr)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(data).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def render_icon(svg: Path, size: int, dpr: float = 1.0) -> QImage:
    """A shipped icon, from the smallest of its PNGs that is large enough.

    Scaled down by Qt's image reader (smooth, averaging every source pixel)
    to ``size * dpr`` device pixels; drawn from ``svg`` itself when no PNG
    is large enough or none can be read.

    Args:
        svg: the icon's SVG; its PNGs lie beside it (:data:`PNG_COPIES`).
        size: logical edge length in pixels.
        dpr: device pixel ratio; the image has ``size * dpr`` device pixels.
    """
    pixels = max(1, round(size * dpr))
    for ending, edge in PNG_COPIES:
        if edge < pixels:
            continue
        reader = QImageReader(str(svg.with_name(svg.stem + ending)), b"png")
        if reader.size().width() < pixels:  # missing (-1) or smaller than it should be
            continue
        reader.setScaledSize(QSize(pixels, pixels))
        read = reader.read()
        if read.isNull():
            continue
        # A converted copy, as render_svg's: converted in place (convertTo),
        # an image read at exactly half its size is later painted on as if
        # it were still unpremultiplied (Qt 6.11).
        image = read.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(dpr)
        return image
    return render_svg(svg, size, dpr)


def svg_icon(path: Path, *, name: str, sizes: Sequence[int] = WINDOW_ICON_SIZES) -> QIcon:
    """The shipped icon whose SVG is ``path``, drawn on demand (nothing kept; see
    :func:`render_icon`)."""
    return drawn_icon(lambda size, dpr: render_icon(path, size, dpr), name=name, sizes=sizes)
