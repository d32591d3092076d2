"""The countdown ring: its visible time and its rarely changing spoken text."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from psoas_desk.ui.countdown_ring import CountdownRing, SpokenCountdown
from psoas_desk.ui.popup_parts import accent_color


def test_spoken_countdown_at_start_every_15_s_and_at_the_end() -> None:
    spoken = SpokenCountdown()
    said = [t for t in range(0, 41) if spoken.due(float(t), 40.0 - t)]
    assert said == [0, 15, 30, 40]


def test_spoken_countdown_starts_over_after_reset() -> None:
    spoken = SpokenCountdown()
    assert spoken.due(0.0, 10.0)
    assert not spoken.due(3.0, 7.0)
    spoken.reset()
    assert spoken.due(4.0, 30.0)


def test_ring_shows_whole_seconds_rounded_up(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.set_time(44.2, 45, 0.0)
    assert ring.text == "0:45"
    ring.set_time(0.3, 45, 1.0)
    assert ring.text == "0:01"
    ring.set_time(-2, 45, 2.0)
    assert ring.text == "0:00"


def test_ring_accessible_text(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    assert ring.accessibleName() == "Time left"
    ring.set_time(90, 90, 0.0)
    assert ring.accessibleDescription() == "1 min 30 s left"
    ring.set_time(85, 90, 5.0)
    assert ring.accessibleDescription() == "1 min 30 s left"
    ring.set_time(0, 90, 6.0)
    assert ring.accessibleDescription() == "Time is up"


def accent_pixels(ring: CountdownRing) -> int:
    image = ring.grab().toImage()
    accent = accent_color(ring.palette())
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - accent.red()) + abs(pixel.green() - accent.green())
                    + abs(pixel.blue() - accent.blue())) < 40:
                count += 1
    return count


def test_ring_arc_shrinks_as_time_runs_out(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.show()
    ring.set_time(60, 60, 0.0)
    full = accent_pixels(ring)
    ring.set_time(15, 60, 1.0)
    quarter = accent_pixels(ring)
    ring.set_time(0, 60, 2.0)
    assert full > 0
    assert 0.15 < quarter / full < 0.35
    assert accent_pixels(ring) == 0
