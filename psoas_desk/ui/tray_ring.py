"""The tray icon's progress ring, drawn pixel by pixel.

While sitting is counted, a ring segment on the disc's rim grows clockwise
from twelve o'clock: a light stroke on a dark halo, so it reads on light and
dark panels, with round ends. It is drawn here, in Python, into an image the
icon is then painted over, rather than by Qt:

- PySide's pen, brush and path-filling calls build its whole ``Qt``
  namespace (about 1 MB of memory) in an app that otherwise never needs it;
- the tray icons themselves come from PNGs so that the idle app does not
  load QtSvg (``drawn_icon.render_icon``), and the ring changes with the
  progress, so it cannot be one of them.

Each pixel's coverage is its distance from the arc (or from a round end)
against half the stroke's width, smoothed over one device pixel. Only the
pixels of the annulus around the ring are looked at. Cost, once per twelfth
of the interval and size asked: about 0.7 ms for a 44-pixel icon (22 at 2x),
4-5 ms for a 128-pixel one (measured, 2 shared cores).
"""

from __future__ import annotations

import math

from PySide6.QtGui import QImage

RING_COLOR = (0xFF, 0xD1, 0x66)
HALO_COLOR = (0x1D, 0x3A, 0x40)


def ring_image(size: int, dpr: float, progress: float, *, radius: float, ring: float,
               halo: float) -> QImage:
    """The ring alone on a transparent square image of ``size`` logical pixels at ``dpr``.

    Args:
        size: logical edge length; the image has ``size * dpr`` device pixels.
        dpr: device pixel ratio.
        progress: the share of the circle drawn, clockwise from twelve (1: whole).
        radius: of the ring's centre line, in logical pixels from the centre.
        ring: width of the light stroke, in logical pixels.
        halo: width of the dark stroke under it (wider than ``ring``).
    """
    pixels = max(1, round(size * dpr))
    data = bytearray(pixels * pixels * 4)
    # In device pixels from here on, centred: a coverage is then simply
    # "half the width minus the distance, plus half a pixel", clamped.
    middle, centre_line = pixels / 2, radius * dpr
    under_half, over_half = halo * dpr / 2 + 0.5, ring * dpr / 2 + 0.5
    reach = under_half + 0.5  # beyond this from the centre line nothing is covered
    end = min(1.0, max(0.0, progress)) * 2 * math.pi
    sin_end, cos_end = math.sin(end), math.cos(end)
    caps = ((0.0, -centre_line), (centre_line * sin_end, -centre_line * cos_end))
    full, short = progress >= 1, end <= math.pi
    solid_ring, solid_halo = _pixel(0.0, 1.0), _pixel(1.0, 0.0)
    hypot = math.hypot
    for row in range(pixels):
        y = row + 0.5 - middle
        start = row * pixels * 4
        for column in _annulus_columns(y, centre_line, reach, middle, pixels):
            x = column + 0.5 - middle
            off = abs(hypot(x, y) - centre_line)
            if off > reach:
                continue
            if not full:
                # Within the arc's angle, clockwise from twelve, by the sign of
                # the cross product with the arc's end (sin of the angle between).
                before_end = sin_end * y + cos_end * x <= 0
                if not ((x >= 0 and before_end) if short else (x >= 0 or before_end)):
                    off = min(hypot(x - cx, y - cy) for cx, cy in caps)
            under = under_half - off
            if under <= 0:
                continue
            over = over_half - off
            at = start + column * 4
            if over >= 1:
                data[at:at + 4] = solid_ring
            elif under >= 1 and over <= 0:
                data[at:at + 4] = solid_halo
            else:
                data[at:at + 4] = _pixel(min(1.0, under), max(0.0, over))
    image = QImage(bytes(data), pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied).copy()
    image.setDevicePixelRatio(dpr)
    return image


def _annulus_columns(y: float, centre_line: float, reach: float, middle: float,
                     pixels: int) -> list[int]:
    """The columns of a row (``y`` device pixels from the middle) within ``reach`` of the ring."""
    outer = (centre_line + reach) ** 2 - y * y
    if outer < 0:
        return []
    far = math.sqrt(outer)
    near = math.sqrt(max(0.0, (centre_line - reach) ** 2 - y * y))
    columns: list[int] = []
    for low, high in ((-far, -near), (near, far)):
        first = max(0, math.floor(low + middle - 0.5), columns[-1] + 1 if columns else 0)
        last = min(pixels - 1, math.ceil(high + middle - 0.5))
        columns.extend(range(first, last + 1))
    return columns


def _pixel(halo: float, ring: float) -> bytes:
    """The ring over the halo at these coverages, premultiplied (B, G, R, A in memory)."""
    under = halo * (1 - ring)
    return bytes((
        round(RING_COLOR[2] * ring + HALO_COLOR[2] * under),
        round(RING_COLOR[1] * ring + HALO_COLOR[1] * under),
        round(RING_COLOR[0] * ring + HALO_COLOR[0] * under),
        round(255 * (ring + under)),
    ))
