"""Icons drawn on demand: the tray icon and the app's window icon.

They stay out of Qt's global pixmap cache, whose clean-up timer would
otherwise wake the idle app every 10-30 s (measured by ``tests/bench``);
here: they draw exactly at the size and pixel ratio asked for, keep what
they should, and survive Qt's copy-on-change. They are drawn from PNGs
rendered from their SVGs (so the idle app need not load QtSvg): those PNGs
are the SVGs as they render now, look like them at every tray size, and
give way to the SVG where they are too small or missing.
"""

from __future__ import annotations

import importlib.util
import itertools
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from psoas_desk import APP_ID, resources
from psoas_desk.ui.drawn_icon import (
    PNG_COPIES,
    WINDOW_ICON_SIZES,
    render_icon,
    render_svg,
    svg_icon,
)
from psoas_desk.ui.tray_icons import ICON_SIZES, TrayIconState, render_tray_icon, render_tray_image

ROOT = Path(__file__).resolve().parents[2]
APP_SVG = resources.path("icons", f"{APP_ID}.svg")


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
    window = svg_icon(APP_SVG, name=APP_ID)
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
    icon = svg_icon(APP_SVG, name=APP_ID)
    assert [s.width() for s in icon.availableSizes()] == list(WINDOW_ICON_SIZES)
    for size in WINDOW_ICON_SIZES:
        image = icon.pixmap(size).toImage()
        assert image.width() == size
        assert opaque(image) > size * size // 4
    assert same_pixels(icon.pixmap(QSize(32, 32), 2.0).toImage(), render_icon(APP_SVG, 32, 2.0))
    window = QWidget()
    window.setWindowIcon(icon)
    window.show()
    assert window.windowIcon().name() == APP_ID
    window.close()


# -- drawn from PNGs rendered from the SVGs ----------------------------------------
def render_icons_script() -> ModuleType:
    """scripts/render_icons.py, imported as a module."""
    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT / "scripts" / "render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_pngs_are_their_svgs_as_they_render_now(qapp: QApplication) -> None:
    script = render_icons_script()
    wanted = script.expected()
    svgs = sorted(resources.path("icons").glob("*.svg"))
    assert {svg for svg, _edge in wanted.values()} == set(svgs)
    assert sorted(resources.path("icons").glob("*.png")) == sorted(wanted)
    problems = {png.name: script.differences(png, svg, edge)
                for png, (svg, edge) in wanted.items()}
    assert not {name: why for name, why in problems.items() if why}, (
        "run scripts/render_icons.py after changing an icon's SVG")


def channel_distance(a: QImage, b: QImage) -> float:
    """Mean difference of all colour channels, 0-255, over the premultiplied pixels."""
    a = a.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    b = b.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    assert a.size() == b.size()
    ours, theirs = bytes(a.constBits()), bytes(b.constBits())
    return sum(abs(x - y) for x, y in zip(ours, theirs, strict=True)) / len(ours)


@pytest.mark.parametrize("state", list(TrayIconState))
def test_an_icon_from_its_png_looks_like_its_svg_at_every_tray_size(
        qapp: QApplication, state: TrayIconState) -> None:
    svg = resources.path("icons", f"tray-{state.value}.svg")
    for size, dpr in itertools.product(ICON_SIZES, (1.0, 2.0)):
        # Only edges may differ, by a little: at most a few levels on average.
        assert channel_distance(render_icon(svg, size, dpr), render_svg(svg, size, dpr)) < 6, (
            size, dpr)


def test_beyond_its_largest_png_an_icon_is_drawn_from_its_svg(qapp: QApplication) -> None:
    largest = max(edge for _ending, edge in PNG_COPIES)
    assert same_pixels(render_icon(APP_SVG, largest + 8), render_svg(APP_SVG, largest + 8))
    tray = resources.path("icons", "tray-soon.svg")  # it has the 1x PNG only
    assert same_pixels(render_icon(tray, 64, 3.0), render_svg(tray, 64, 3.0))
    assert channel_distance(render_icon(APP_SVG, 128, 2.0), render_svg(APP_SVG, 128, 2.0)) < 6


def test_an_icon_without_pngs_is_drawn_from_its_svg(qapp: QApplication, tmp_path: Path) -> None:
    svg = tmp_path / "plain.svg"
    shutil.copy(APP_SVG, svg)
    assert same_pixels(render_icon(svg, 22, 2.0), render_svg(svg, 22, 2.0))
    (tmp_path / "plain.png").write_bytes(b"not a png")
    assert same_pixels(render_icon(svg, 22), render_svg(svg, 22))
