"""Illustrations and icons exist, render, and stay readable on light and dark backgrounds."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from psoas_desk import APP_ID, resources
from psoas_desk.storage.content import load_content

ART = resources.list_dir("art", suffix=".svg")
ICONS = resources.list_dir("icons", suffix=".svg")
TRAY_STATES = ("counting", "soon", "break", "paused", "standing", "away", "off")
TRAY_SIZES = (16, 22, 24, 32)
LIGHT, DARK = QColor("#ffffff"), QColor("#1e1e1e")
LIGHT_PANEL, DARK_PANEL = QColor("#f2f2f2"), QColor("#2b2b2b")


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def render(svg: Path, size: int, background: QColor | None = None) -> QImage:
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid(), f"{svg.name} is not a valid SVG"
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(background if background is not None else QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def pixels(image: QImage) -> list[QColor]:
    return [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())]


def test_every_art_id_a_routine_uses_exists_and_every_drawing_is_used() -> None:
    library = load_content().library
    used = {art for routine in library.routines.values() for art in routine.art_ids}
    drawn = {path.stem for path in ART}
    assert used - drawn == set(), "routines name art that is not drawn"
    assert drawn - used == set(), "drawings no routine shows"


@pytest.mark.parametrize("svg", ART, ids=lambda p: p.stem)
def test_art_renders_sharp_at_160_and_2x(qapp: QApplication, svg: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    assert renderer.viewBoxF().width() == renderer.viewBoxF().height(), "square, like its frame"
    for size in (160, 320):
        drawn = [c for c in pixels(render(svg, size)) if c.alpha() > 200]
        share = len(drawn) / (size * size)
        assert 0.05 < share < 0.5, f"{svg.stem} at {size} px covers {share:.0%} of its frame"


@pytest.mark.parametrize("svg", [*ART, *ICONS], ids=lambda p: p.stem)
def test_no_text_or_embedded_bitmaps(svg: Path) -> None:
    source = svg.read_text(encoding="utf-8")
    assert not re.search(r"<(text|tspan|image|foreignObject)\b", source), (
        f"{svg.name}: words inside pictures cannot be translated; bitmaps do not scale")


@pytest.mark.parametrize("svg", ART, ids=lambda p: p.stem)
def test_art_colours_read_on_light_and_dark(svg: Path) -> None:
    colours = set(re.findall(r'(?:fill|stroke)="(#[0-9a-fA-F]{6})"', svg.read_text("utf-8")))
    assert 2 <= len(colours) <= 4, f"{svg.stem} uses {sorted(colours)}; the family uses 2-3 hues"
    for colour in colours:
        for background in (LIGHT, DARK):
            ratio = contrast(QColor(colour), background)
            assert ratio >= 3, f"{svg.stem}: {colour} on {background.name()} is only {ratio:.1f}:1"


def test_all_art_shares_one_palette() -> None:
    palettes = {frozenset(re.findall(r'(?:fill|stroke)="(#[0-9a-fA-F]{6})"',
                                     svg.read_text("utf-8"))) for svg in ART}
    assert len(frozenset().union(*palettes)) <= 4


def test_the_app_icon_and_every_tray_state_exist() -> None:
    names = {svg.stem for svg in ICONS}
    assert APP_ID in names
    assert {f"tray-{state}" for state in TRAY_STATES} <= names


@pytest.mark.parametrize("state", TRAY_STATES)
@pytest.mark.parametrize("size", TRAY_SIZES)
def test_tray_icons_stand_out_on_light_and_dark_panels(
        qapp: QApplication, state: str, size: int) -> None:
    svg = resources.path("icons", f"tray-{state}.svg")
    for panel in (LIGHT_PANEL, DARK_PANEL):
        image = render(svg, size, panel)
        visible = [c for c in pixels(image) if contrast(c, panel) >= 3]
        assert len(visible) >= 0.12 * size * size, (
            f"tray-{state} at {size} px barely shows on {panel.name()}")


def shape(state: str, size: int) -> set[tuple[int, int]]:
    image = render(resources.path("icons", f"tray-{state}.svg"), size)
    return {(x, y) for y in range(size) for x in range(size)
            if image.pixelColor(x, y).alpha() > 127}


@pytest.mark.parametrize("size", TRAY_SIZES)
def test_tray_states_differ_in_shape_not_just_colour(qapp: QApplication, size: int) -> None:
    masks = {state: shape(state, size) for state in TRAY_STATES}
    for first, second in itertools.combinations(TRAY_STATES, 2):
        a, b = masks[first], masks[second]
        differing = len(a ^ b) / len(a | b)
        assert differing >= 0.2, (
            f"at {size} px, {first} and {second} share {1 - differing:.0%} of their outline")


def test_app_icon_renders_at_launcher_sizes(qapp: QApplication) -> None:
    svg = resources.path("icons", f"{APP_ID}.svg")
    for size in (16, 48, 128, 256):
        image = render(svg, size)
        opaque = sum(1 for c in pixels(image) if c.alpha() > 200)
        assert opaque > 0.6 * size * size
