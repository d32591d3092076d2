#!/usr/bin/env python3
"""Render the shipped icons' PNGs from their SVGs (or check that they match).

Usage (from the checkout, with the project's .venv)::

    .venv/bin/python scripts/render_icons.py            # after changing an icon's SVG
    .venv/bin/python scripts/render_icons.py --check    # what the tests check

The app draws its tray and window icons from these PNGs so that the idle
app need not load QtSvg (``psoas_desk/ui/drawn_icon.py``). Each SVG in
``resources/icons`` gets ``<name>.png`` (128 px), the app icon also
``<name>@2x.png`` (256 px), drawn by the same renderer the app uses beyond
them. ``--check`` renders them again and compares: the colour channels may
differ by :data:`TOLERANCE` on average (a newer Qt may smooth an edge a
little differently; even a slightly changed colour differs by more).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
TOLERANCE = 0.25
"""The mean difference allowed over every channel (0-255) of every pixel."""


def expected() -> dict[Path, tuple[Path, int]]:
    """Each PNG that should exist: its SVG and its edge in pixels."""
    from psoas_desk import APP_ID
    from psoas_desk.ui.drawn_icon import PNG_COPIES

    wanted = {}
    for svg in sorted(ICONS.glob("*.svg")):
        copies = PNG_COPIES if svg.stem == APP_ID else PNG_COPIES[:1]
        for ending, edge in copies:
            wanted[svg.with_name(svg.stem + ending)] = (svg, edge)
    return wanted


def render(svg: Path, edge: int) -> QImage:
    from psoas_desk.ui.drawn_icon import render_svg

    return render_svg(svg, edge)


def differences(png: Path, svg: Path, edge: int) -> str:
    """What is wrong with ``png``, or "" when it is ``svg`` rendered."""
    shipped = QImage(str(png))
    if shipped.isNull():
        return "missing or unreadable"
    if shipped.width() != edge or shipped.height() != edge:
        return f"{shipped.width()}x{shipped.height()}, not {edge}x{edge}"
    # Each converted image is kept while its pixels are read (constBits points into it).
    argb = QImage.Format.Format_ARGB32
    ours, theirs = shipped.convertToFormat(argb), render(svg, edge).convertToFormat(argb)
    pairs = list(zip(bytes(ours.constBits()), bytes(theirs.constBits()), strict=True))
    mean = sum(abs(x - y) for x, y in pairs) / len(pairs)
    return f"differs from its SVG by {mean:.2f} on average" if mean > TOLERANCE else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true",
                        help="only compare the PNGs with their SVGs; exit 1 on any difference")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - kept alive
    wanted = expected()
    problems = [f"{png.name} has no SVG" for png in sorted(ICONS.glob("*.png"))
                if png not in wanted]
    for png, (svg, edge) in wanted.items():
        if args.check:
            wrong = differences(png, svg, edge)
            if wrong:
                problems.append(f"{png.name}: {wrong}")
            continue
        if not render(svg, edge).save(str(png), b"PNG"):
            problems.append(f"{png.name}: cannot write it")
        else:
            print(f"wrote {png.relative_to(ROOT)}")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems and args.check:
        print("run scripts/render_icons.py after changing an icon's SVG", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
