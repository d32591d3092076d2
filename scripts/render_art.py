#!/usr/bin/env python3
"""Render every illustration and icon to PNG for review.

Usage: ``.venv/bin/python scripts/render_art.py OUT_DIR``

Writes, for each SVG under ``resources/art`` and ``resources/icons``:

- ``art/<name>-160-light.png``, ``-160-dark.png``, ``-320-light.png``, ``-320-dark.png``
  (illustrations at their display size and at 2x, plus a mirrored copy
  ``<name>-mirrored-160-light.png`` as the right-side steps show them);
- ``icons/<name>-<size>-<bg>.png`` for the tray sizes 16, 22, 24, 32 (and 2x)
  and the app icon at 48, 128, 256;
- ``contact-art.png`` and ``contact-icons.png``: every image side by side on a
  light and a dark strip, so the whole family can be compared at a glance.

Nothing is written inside the checkout; keep the PNGs out of git.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QTransform
from PySide6.QtSvg import QSvgRenderer

from psoas_desk import resources  # the venv has the checkout installed (editable)

BACKGROUNDS = {"light": QColor("#ffffff"), "dark": QColor("#1e1e1e")}
# Typical panel colours, to see tray icons where they will live.
PANELS = {"light": QColor("#f2f2f2"), "dark": QColor("#2b2b2b")}
ART_SIZES = (160, 320)
TRAY_SIZES = (16, 22, 24, 32, 44, 64)
APP_SIZES = (16, 32, 48, 128, 256)


def render(svg: Path, size: int, background: QColor, *, mirrored: bool = False) -> QImage:
    """Render ``svg`` into a square image of ``size`` px on ``background``."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if mirrored:
        painter.setTransform(QTransform(-1, 0, 0, 1, size, 0))
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def contact_sheet(images: list[list[QImage]], gap: int = 8) -> QImage:
    """Lay rows of images out on one sheet."""
    width = max(sum(i.width() + gap for i in row) for row in images) + gap
    height = sum(max(i.height() for i in row) + gap for row in images) + gap
    sheet = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    sheet.fill(QColor("#808080"))
    painter = QPainter(sheet)
    y = gap
    for row in images:
        x = gap
        for image in row:
            painter.drawImage(x, y, image)
            x += image.width() + gap
        y += max(i.height() for i in row) + gap
    painter.end()
    return sheet


def main(argv: list[str] | None = None) -> int:
    """Render everything into the folder named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="where to write the PNGs (e.g. /tmp/art)")
    args = parser.parse_args(argv)
    # No window is shown, so no display is needed (read when the app is created).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication([])
    out: Path = args.out_dir
    (out / "art").mkdir(parents=True, exist_ok=True)
    (out / "icons").mkdir(parents=True, exist_ok=True)

    art_rows: dict[str, list[QImage]] = {name: [] for name in BACKGROUNDS}
    for svg in resources.list_dir("art", suffix=".svg"):
        for bg_name, bg in BACKGROUNDS.items():
            for size in ART_SIZES:
                render(svg, size, bg).save(str(out / "art" / f"{svg.stem}-{size}-{bg_name}.png"))
            render(svg, 160, bg, mirrored=True).save(
                str(out / "art" / f"{svg.stem}-mirrored-160-{bg_name}.png"))
            art_rows[bg_name].append(render(svg, 160, bg))
    if art_rows["light"]:
        per_row = 5
        rows = [row[i:i + per_row] for row in art_rows.values()
                for i in range(0, len(row), per_row)]
        contact_sheet(rows).save(str(out / "contact-art.png"))

    icon_rows: list[list[QImage]] = []
    for svg in resources.list_dir("icons", suffix=".svg"):
        sizes = APP_SIZES if not svg.stem.startswith("tray-") else TRAY_SIZES
        for bg_name, bg in PANELS.items():
            row = []
            for size in sizes:
                image = render(svg, size, bg)
                image.save(str(out / "icons" / f"{svg.stem}-{size}-{bg_name}.png"))
                row.append(image)
            icon_rows.append(row)
    if icon_rows:
        # Tray icons at their real sizes are tiny; a 4x nearest-neighbour copy
        # shows the pixels a panel will actually draw.
        zoomed = [[i.scaled(i.width() * 4, i.height() * 4, Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.FastTransformation)
                   if i.width() <= 32 else i for i in row] for row in icon_rows]
        contact_sheet(zoomed).save(str(out / "contact-icons.png"))
    del app
    print(f"wrote PNGs under {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
