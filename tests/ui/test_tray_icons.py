"""The tray icon: which look each engine state gets, and how the looks render.

The snapshot builders here run the real engine (``tests/helpers/sim.py``) and
are shared with the tray and status panel tests.
"""

from __future__ import annotations

import dataclasses
import itertools
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication

from psoas_desk.core.model import BreakKind, BreakPhase, EngineState, PauseKind, Posture
from psoas_desk.core.snapshot import Snapshot
from psoas_desk.ui.tray_icons import (
    ICON_SIZES,
    PROGRESS_STEPS,
    TrayIconCache,
    TrayIconState,
    quantize_progress,
    render_tray_icon,
    render_tray_image,
    sitting_progress,
    tray_icon_state,
)
from psoas_desk.ui.tray_ring import HALO_COLOR, RING_COLOR, ring_image
from tests.helpers.fakes import BERLIN
from tests.helpers.sim import Sim, settings_with

LIGHT_PANEL, DARK_PANEL = QColor("#f2f2f2"), QColor("#2b2b2b")


# -- snapshots from the real engine ----------------------------------------------
def sitting(minutes: float = 10, seconds: float = 0) -> Snapshot:
    """Typing since 08:00 for the given time (micro-break every 30 min)."""
    sim = Sim()
    sim.run(minutes=minutes, seconds=seconds)
    return sim.engine.snapshot()


def due() -> Snapshot:
    """Typed on past the micro-break: it waits for a pause in typing."""
    return sitting(30, 30)


def snoozed() -> Snapshot:
    sim = Sim()
    sim.run(minutes=30, seconds=30)
    sim.engine.postpone()
    return sim.engine.snapshot()


def in_break(kind: BreakKind = BreakKind.STRETCH) -> Snapshot:
    sim = Sim()
    sim.run(minutes=10)
    sim.engine.start_break(kind)
    return sim.engine.snapshot()


def standing() -> Snapshot:
    sim = Sim()
    sim.run(minutes=10)
    sim.engine.set_posture(Posture.STANDING)
    sim.run(minutes=5)
    return sim.engine.snapshot()


def away() -> Snapshot:
    sim = Sim()
    sim.run(minutes=10)
    sim.run(minutes=10, doing="away")
    return sim.engine.snapshot()


def paused(kind: PauseKind = PauseKind.TIMED, minutes: float = 30) -> Snapshot:
    sim = Sim()
    sim.run(minutes=10)
    sim.engine.pause(kind, timedelta(minutes=minutes) if kind is PauseKind.TIMED else None)
    return sim.engine.snapshot()


def off_hours() -> Snapshot:
    sim = Sim(settings_with(schedule__working_hours_only=True),
              start=datetime(2026, 3, 2, 7, 0, tzinfo=BERLIN))  # Monday, hours 09-18
    sim.run(minutes=10)
    return sim.engine.snapshot()


# -- which look ------------------------------------------------------------------
LOOKS = [
    (lambda: sitting(10), EngineState.SITTING, TrayIconState.COUNTING),
    (lambda: sitting(28, 30), EngineState.SITTING, TrayIconState.SOON),  # 90 s left
    (lambda: sitting(29, 45), EngineState.SITTING, TrayIconState.SOON),  # warned
    (due, EngineState.BREAK_DUE, TrayIconState.BREAK),
    (snoozed, EngineState.SITTING, TrayIconState.COUNTING),  # again in 5 min
    (in_break, EngineState.IN_BREAK, TrayIconState.BREAK),
    (standing, EngineState.STANDING, TrayIconState.STANDING),
    (away, EngineState.AWAY, TrayIconState.AWAY),
    (paused, EngineState.PAUSED, TrayIconState.PAUSED),
    (off_hours, EngineState.OFF_HOURS, TrayIconState.OFF),
]


@pytest.mark.parametrize(("make", "engine_state", "look"), LOOKS)
def test_each_engine_state_gets_its_look(make: object, engine_state: EngineState,
                                         look: TrayIconState) -> None:
    assert callable(make)
    snap = make()
    assert snap.state is engine_state
    assert tray_icon_state(snap) is look


def test_the_looks_cover_every_engine_state_and_every_icon() -> None:
    assert {state for _make, state, _look in LOOKS} == set(EngineState)
    assert {look for _make, _state, look in LOOKS} == set(TrayIconState)


def test_warned_phase_reads_soon_even_when_more_than_two_minutes_away() -> None:
    snap = sitting(10)
    assert snap.next_break is not None
    warned = dataclasses.replace(snap, next_break=dataclasses.replace(
        snap.next_break, phase=BreakPhase.WARNED, in_s=300))
    assert tray_icon_state(warned) is TrayIconState.SOON
    held = dataclasses.replace(snap, next_break=dataclasses.replace(
        snap.next_break, phase=BreakPhase.DEFERRED, in_s=0))
    assert tray_icon_state(held) is TrayIconState.BREAK


def test_no_break_planned_while_sitting_still_counts() -> None:
    snap = dataclasses.replace(sitting(10), next_break=None)
    assert tray_icon_state(snap) is TrayIconState.COUNTING
    assert sitting_progress(snap) is None


def test_progress_is_the_share_of_the_interval_sat() -> None:
    assert sitting_progress(sitting(10)) == pytest.approx(1 / 3)
    assert sitting_progress(sitting(20)) == pytest.approx(2 / 3)
    for snap in (standing(), away(), paused(), in_break(), off_hours()):
        assert sitting_progress(snap) is None


def test_progress_moves_in_steps_and_never_looks_full_early() -> None:
    assert quantize_progress(None) is None
    assert quantize_progress(float("nan")) is None
    assert quantize_progress(0.0) == 0.0
    assert quantize_progress(0.999) == pytest.approx(11 / 12)
    assert quantize_progress(1.0) == 1.0
    assert quantize_progress(1.7) == 1.0
    assert quantize_progress(0.5) == pytest.approx(6 / 12)


# -- rendering -------------------------------------------------------------------
def opaque_share(image: QImage) -> float:
    solid = sum(image.pixelColor(x, y).alpha() > 128
                for y in range(image.height()) for x in range(image.width()))
    return solid / (image.width() * image.height())


def differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(a.pixelColor(x, y) != b.pixelColor(x, y)
               for y in range(a.height()) for x in range(a.width()))


@pytest.mark.parametrize("state", list(TrayIconState))
def test_every_look_renders_at_every_size_and_at_2x(qapp: QApplication,
                                                    state: TrayIconState) -> None:
    icon = render_tray_icon(state, 0.5)
    for size, dpr in itertools.product(ICON_SIZES, (1.0, 2.0)):
        pixmap = icon.pixmap(QSize(size, size), dpr)
        assert pixmap.width() == round(size * dpr), (size, dpr)
        assert pixmap.devicePixelRatio() == dpr
        assert opaque_share(pixmap.toImage()) > 0.2, (state, size, dpr)


def test_2x_is_drawn_at_2x_not_scaled_up(qapp: QApplication) -> None:
    big = render_tray_image(TrayIconState.BREAK, None, 32, 1.0)
    double = render_tray_image(TrayIconState.BREAK, None, 16, 2.0)
    small_scaled = render_tray_image(TrayIconState.BREAK, None, 16, 1.0).scaled(32, 32)
    assert differing_pixels(big, double) == 0
    assert differing_pixels(big, small_scaled) > 50


def test_the_looks_differ_from_each_other(qapp: QApplication) -> None:
    images = {s: render_tray_image(s, None, 22) for s in TrayIconState}
    for a, b in itertools.combinations(TrayIconState, 2):
        assert differing_pixels(images[a], images[b]) > 22 * 22 // 5, (a, b)


def ring_pixels(image: QImage, x0: int, x1: int, y0: int, y1: int) -> int:
    """Pixels of the ring's yellow in a rectangle."""
    count = 0
    for y in range(y0, y1):
        for x in range(x0, x1):
            c = image.pixelColor(x, y)
            count += c.red() > 200 and c.green() > 160 and c.blue() < 140 and c.alpha() > 200
    return count


def test_the_progress_ring_grows_clockwise_from_twelve(qapp: QApplication) -> None:
    bare = render_tray_image(TrayIconState.COUNTING, None, 32)
    quarter = render_tray_image(TrayIconState.COUNTING, 0.25, 32)
    three = render_tray_image(TrayIconState.COUNTING, 0.75, 32)
    assert ring_pixels(bare, 0, 32, 0, 32) == 0
    # A quarter fills the top-right quadrant only.
    assert ring_pixels(quarter, 17, 32, 0, 15) > 15
    assert ring_pixels(quarter, 0, 15, 0, 15) == 0
    assert ring_pixels(quarter, 0, 32, 17, 32) == 0
    # Three quarters reach the bottom and the left, not the top-left.
    assert ring_pixels(three, 0, 15, 17, 32) > 15
    assert ring_pixels(three, 0, 13, 0, 13) == 0
    assert differing_pixels(quarter, three) > 40


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("size", [16, 22, 32])
def test_the_ring_stands_out_on_light_and_dark_panels(qapp: QApplication, size: int) -> None:
    image = render_tray_image(TrayIconState.COUNTING, 0.5, size)
    # Walk outwards from the centre along three o'clock, into the panel.
    y = size // 2
    seen = [image.pixelColor(x, y) for x in range(size // 2, size)]
    seen = [c for c in seen if c.alpha() > 200]
    for panel in (LIGHT_PANEL, DARK_PANEL):
        assert max(contrast(c, panel) for c in seen) >= 3.0, panel.name()


def test_the_cache_hands_out_one_icon_per_step(qapp: QApplication) -> None:
    cache = TrayIconCache()
    first = cache.icon(TrayIconState.COUNTING, 0.40)
    assert cache.icon(TrayIconState.COUNTING, 0.41) is first
    assert cache.icon(TrayIconState.COUNTING, 0.60) is not first
    assert cache.icon(TrayIconState.PAUSED, 0.3) is cache.icon(TrayIconState.PAUSED, None)
    for i in range(0, 1001, 7):
        cache.icon(TrayIconState.COUNTING, i / 1000)
    assert len(cache) <= PROGRESS_STEPS + 1 + 1


def painted_ring(size: int, dpr: float, progress: float, *, radius: float, ring: float,
                 halo: float) -> QImage:
    """The same ring stroked by Qt's own antialiased painter (what ``tray_ring`` replaces)."""
    pixels = round(size * dpr)
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(dpr, dpr)
    box = QRectF(size / 2 - radius, size / 2 - radius, 2 * radius, 2 * radius)
    for color, width in ((HALO_COLOR, halo), (RING_COLOR, ring)):
        painter.setPen(QPen(QColor(*color), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        if progress >= 1:
            painter.drawEllipse(box)
        else:  # from twelve o'clock, clockwise (Qt counts sixteenths of a degree, anticlockwise)
            painter.drawArc(box, 90 * 16, -round(progress * 360 * 16))
    painter.end()
    image.setDevicePixelRatio(dpr)
    return image


@pytest.mark.parametrize(("size", "dpr"), [(16, 1.0), (22, 1.0), (22, 2.0), (64, 1.0)])
@pytest.mark.parametrize("progress", [1 / 12, 5 / 12, 7 / 12, 11 / 12, 1.0])
def test_the_ring_drawn_in_python_matches_qts_own_stroke(qapp: QApplication, size: int,
                                                         dpr: float, progress: float) -> None:
    shape = {"radius": size * 0.4, "ring": max(2.0, size * 0.09), "halo": max(3.5, size * 0.17)}
    ours = ring_image(size, dpr, progress, **shape)
    theirs = painted_ring(size, dpr, progress, **shape)
    assert ours.devicePixelRatio() == dpr
    mine = ours.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    ours_bytes, theirs_bytes = bytes(mine.constBits()), bytes(theirs.constBits())
    # Only the antialiased edges differ: by under 6% of the ring's weight (2-5%
    # measured). A ring a quarter thinner or half a pixel smaller differs by 8%
    # or more, one a step short of this one (below full) by 10% or more.
    off = sum(abs(a - b) for a, b in zip(ours_bytes, theirs_bytes, strict=True))
    assert off / sum(theirs_bytes) < 0.06, off / sum(theirs_bytes)
