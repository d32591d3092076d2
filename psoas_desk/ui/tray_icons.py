"""The tray icon as a pure function of the engine's state.

:func:`tray_icon_state` reduces a :class:`Snapshot` to one of seven looks,
:func:`render_tray_icon` draws that look from the shipped icons (PNGs
rendered from the SVGs, see ``drawn_icon.render_icon``) at whatever size and
pixel ratio a tray asks for, and :class:`TrayIconCache` keeps the few distinct
icons so a repaint costs a dict lookup. While counting, a ring segment on the
disc's rim (``tray_ring``) shows how much of the sitting interval is done.
"""

from __future__ import annotations

import enum
import math

from PySide6.QtCore import QPoint
from PySide6.QtGui import QIcon, QImage, QPainter

from psoas_desk import resources
from psoas_desk.core.model import BreakPhase, EngineState
from psoas_desk.core.snapshot import Snapshot
from psoas_desk.ui.drawn_icon import drawn_icon, render_icon
from psoas_desk.ui.tray_ring import ring_image

SOON_S = 120.0
"""A counting break this close (seconds of sitting) turns the icon to "soon"."""
ICON_SIZES = (16, 22, 24, 32, 48, 64)
"""The sizes a tray icon says it has (it is drawn at any size and pixel ratio asked for)."""
PROGRESS_STEPS = 12
"""The progress ring moves in twelfths: fine enough to see, few icons to cache."""

# The ring sits on the disc's rim (the counting SVG's circle: r=13 of a 32 box).
# A dark halo under a light stroke keeps it readable on light and dark panels.
_VIEWBOX = 32.0
_RING_RADIUS = 13.0
_HALO_WIDTH = 5.5
_RING_WIDTH = 3.0
_MIN_RING_PX = 2.0
_MIN_HALO_PX = 1.5


class TrayIconState(enum.Enum):
    """The seven looks of the tray icon; values name ``resources/icons/tray-*.svg``."""

    COUNTING = "counting"
    SOON = "soon"
    BREAK = "break"
    PAUSED = "paused"
    STANDING = "standing"
    AWAY = "away"
    OFF = "off"


_BY_ENGINE_STATE = {
    EngineState.IN_BREAK: TrayIconState.BREAK,
    EngineState.BREAK_DUE: TrayIconState.BREAK,
    EngineState.PAUSED: TrayIconState.PAUSED,
    EngineState.OFF_HOURS: TrayIconState.OFF,
    EngineState.AWAY: TrayIconState.AWAY,
    EngineState.STANDING: TrayIconState.STANDING,
}


def tray_icon_state(snapshot: Snapshot) -> TrayIconState:
    """Which icon a snapshot shows.

    Args:
        snapshot: the engine's latest snapshot.

    Returns:
        BREAK while a break is on screen or due, SOON when one was announced
        or is at most :data:`SOON_S` of sitting away, COUNTING while the
        sitting clock runs, and otherwise the state's own look.
    """
    fixed = _BY_ENGINE_STATE.get(snapshot.state)
    if fixed is not None:
        return fixed
    nb = snapshot.next_break
    if nb is None:
        return TrayIconState.COUNTING
    if nb.phase in (BreakPhase.DUE, BreakPhase.WAITING, BreakPhase.DEFERRED, BreakPhase.ACTIVE):
        return TrayIconState.BREAK
    if nb.phase is BreakPhase.WARNED or (nb.counting and nb.in_s <= SOON_S):
        return TrayIconState.SOON
    return TrayIconState.COUNTING


def sitting_progress(snapshot: Snapshot) -> float | None:
    """The share of the sitting interval already sat, 0..1, or None if nothing counts."""
    nb = snapshot.next_break
    if snapshot.state is not EngineState.SITTING or nb is None or not nb.counting:
        return None
    if nb.interval_s > 0:
        return min(1.0, max(0.0, 1.0 - nb.in_s / nb.interval_s))
    total = snapshot.sitting_s + nb.in_s
    if total <= 0:
        return None
    return min(1.0, max(0.0, snapshot.sitting_s / total))


def quantize_progress(progress: float | None) -> float | None:
    """Round a progress share down to a :data:`PROGRESS_STEPS` step (never full early)."""
    if progress is None or math.isnan(progress):
        return None
    clamped = min(1.0, max(0.0, progress))
    return math.floor(clamped * PROGRESS_STEPS + 1e-9) / PROGRESS_STEPS


def render_tray_image(state: TrayIconState, progress: float | None, size: int,
                      dpr: float = 1.0) -> QImage:
    """Draw one icon image of ``size`` logical pixels at device pixel ratio ``dpr``.

    Args:
        state: the look to draw.
        progress: for COUNTING, the share of the interval done (0..1); drawn
            as a ring segment clockwise from twelve o'clock. Ignored otherwise.
        size: logical edge length in pixels.
        dpr: device pixel ratio; the image has ``size * dpr`` device pixels.
    """
    image = render_icon(resources.path("icons", f"tray-{state.value}.svg"), size, dpr)
    if state is TrayIconState.COUNTING and progress is not None and progress > 0:
        painter = QPainter(image)
        painter.drawImage(QPoint(0, 0), _ring(size, dpr, min(1.0, progress)))
        painter.end()
    return image


def _ring(size: int, dpr: float, progress: float) -> QImage:
    """The progress ring for an icon of ``size`` logical pixels (see ``tray_ring``)."""
    scale = size / _VIEWBOX
    # At 16-24 px a ring scaled with the icon is thinner than two pixels and
    # fades into the rim; keep it at least that thick and pull it inwards so
    # the halo still fits.
    ring = max(_RING_WIDTH * scale, _MIN_RING_PX)
    halo = ring + max((_HALO_WIDTH - _RING_WIDTH) * scale, _MIN_HALO_PX)
    radius = min(_RING_RADIUS * scale, size / 2 - halo / 2)
    return ring_image(size, dpr, progress, radius=radius, ring=ring, halo=halo)


def render_tray_icon(state: TrayIconState, progress: float | None) -> QIcon:
    """The icon for ``state``, drawn at the size and pixel ratio a tray asks for.

    Drawn on demand (:mod:`psoas_desk.ui.drawn_icon`), so a tray icon change
    never starts Qt's pixmap-cache clean-up timer.

    Args:
        state: the look to draw.
        progress: for COUNTING, the share of the interval done (0..1), or None.
    """
    return drawn_icon(lambda size, dpr: render_tray_image(state, progress, size, dpr),
                      name=f"psoas-desk-tray-{state.value}", sizes=ICON_SIZES, keep=4)


class TrayIconCache:
    """Remembers rendered icons by (state, progress step); owned by one tray."""

    def __init__(self) -> None:
        self._icons: dict[tuple[TrayIconState, float | None], QIcon] = {}

    def icon(self, state: TrayIconState, progress: float | None) -> QIcon:
        """The icon for ``state``, with ``progress`` rounded to a step (COUNTING only)."""
        key = (state, quantize_progress(progress) if state is TrayIconState.COUNTING else None)
        cached = self._icons.get(key)
        if cached is None:
            cached = render_tray_icon(*key)
            self._icons[key] = cached
        return cached

    def __len__(self) -> int:
        return len(self._icons)
