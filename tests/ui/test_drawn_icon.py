"""Icons drawn on demand: the tray icon and the app's window icon.

They stay out of Qt's global pixmap cache, whose clean-up timer would
otherwise wake the idle app every 10-30 s (measured by ``tests/bench``);
here: they draw exactly at the size and pixel ratio asked for, keep what
they should, and survive Qt's copy-on-change.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from psoas_desk import APP_ID, resources
from psoas_desk.ui.drawn_icon import WINDOW_ICON_SIZES, render_svg, svg_icon
from psoas_desk.ui.tray_icons import ICON_SIZES, TrayIconState, render_tray_icon, render_tray_image


def same_pixels(a: QImage, b: QImage) -> bool:
    a = a.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    b = b.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    return a.size() == b.size() and all(
        a.pixel(x, y) == b.pixel(x, y) for y in range(a.height()) for x in range(a.width()))


def opaque(image: QImage) -> int:
    return sum(image.pixelColor(x, y).alpha() > 200
               for y in range(image.height()) for x in range(image.width()))


def test_a_tray_icon_is_drawn_at_the_asked_size_and_ratio_not_scaled(qapp: QApplication) -> None:
    icon = render_tray_icon(TrayIconState.COUNTING, 0.5)
    assert icon.name() == "psoas-desk-tray-counting"
    assert [s.width() for s in icon.availableSizes()] == list(ICON_SIZES)
    for size, dpr in ((22, 1.0), (20, 1.5), (22, 2.0), (37, 1.0)):
        pixmap = icon.pixmap(QSize(size, size), dpr)
        assert pixmap.width() == round(size * dpr)
        assert pixmap.devicePixelRatio() == dpr
        assert same_pixels(pixmap.toImage(),
                           render_tray_image(TrayIconState.COUNTING, 0.5, size, dpr))


def test_a_tray_icon_keeps_its_renderings_and_a_window_icon_does_not(qapp: QApplication) -> None:
    tray = render_tray_icon(TrayIconState.PAUSED, None)
    assert tray.pixmap(22).cacheKey() == tray.pixmap(22).cacheKey()
    window = svg_icon(resources.path("icons", f"{APP_ID}.svg"), name=APP_ID)
    assert window.pixmap(64).cacheKey() != window.pixmap(64).cacheKey()


def test_painting_centres_the_square_icon_in_a_wide_rectangle(qapp: QApplication) -> None:
    icon = render_tray_icon(TrayIconState.BREAK, None)
    canvas = QImage(60, 20, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.fill(QColor(0, 0, 0, 0))
    painter = QPainter(canvas)
    icon.paint(painter, QRect(0, 0, 60, 20))
    painter.end()
    assert same_pixels(canvas.copy(20, 0, 20, 20), render_tray_image(TrayIconState.BREAK, None, 20))
    assert opaque(canvas.copy(0, 0, 20, 20)) == 0 and opaque(canvas.copy(40, 0, 20, 20)) == 0


def test_changing_a_copy_leaves_the_original_as_it_was(qapp: QApplication) -> None:
    import gc

    icon = render_tray_icon(TrayIconState.STANDING, None)
    copy = QIcon(icon)
    red = QPixmap(8, 8)
    red.fill(QColor("red"))
    copy.addPixmap(red)  # Qt clones the engine here
    gc.collect()
    assert copy.pixmap(22).width() == 22
    assert icon.name() == copy.name() == "psoas-desk-tray-standing"
    assert same_pixels(icon.pixmap(22).toImage(),
                       render_tray_image(TrayIconState.STANDING, None, 22))


def test_the_window_icon_offers_the_window_manager_sizes(qapp: QApplication) -> None:
    icon = svg_icon(resources.path("icons", f"{APP_ID}.svg"), name=APP_ID)
    assert [s.width() for s in icon.availableSizes()] == list(WINDOW_ICON_SIZES)
    for size in WINDOW_ICON_SIZES:
        image = icon.pixmap(size).toImage()
        assert image.width() == size
        assert opaque(image) > size * size // 4
    assert same_pixels(icon.pixmap(QSize(32, 32), 2.0).toImage(),
                       render_svg(resources.path("icons", f"{APP_ID}.svg"), 32, 2.0))
    window = QWidget()
    window.setWindowIcon(icon)
    window.show()
    assert window.windowIcon().name() == APP_ID
    window.close()
