"""The breathing rhythm and the pacer widget that shows it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from psoas_desk.core.routines import BreathPattern
from psoas_desk.ui.breath_pacer import BreathPacer, BreathPhase, breath_moment

FIVE_FIVE = BreathPattern(5, 0, 5)
BOX = BreathPattern(4, 4, 4, 4)


@pytest.mark.parametrize(("at_s", "phase", "left"), [
    (0.0, BreathPhase.INHALE, 5), (0.4, BreathPhase.INHALE, 5), (4.99, BreathPhase.INHALE, 1),
    (5.0, BreathPhase.EXHALE, 5), (9.5, BreathPhase.EXHALE, 1), (10.0, BreathPhase.INHALE, 5),
    (23.0, BreathPhase.INHALE, 2),
])
def test_five_in_five_out(at_s: float, phase: BreathPhase, left: int) -> None:
    moment = breath_moment(FIVE_FIVE, at_s)
    assert (moment.phase, moment.seconds_left) == (phase, left)


def test_box_breathing_holds_full_then_empty() -> None:
    phases = [breath_moment(BOX, t).phase for t in (0, 4, 8, 12, 16)]
    assert phases == [BreathPhase.INHALE, BreathPhase.HOLD, BreathPhase.EXHALE,
                      BreathPhase.HOLD_AFTER, BreathPhase.INHALE]
    assert breath_moment(BOX, 5).level == 1.0
    assert breath_moment(BOX, 13).level == 0.0


def test_circle_grows_on_the_in_breath_and_shrinks_on_the_out_breath() -> None:
    levels_in = [breath_moment(FIVE_FIVE, t / 10).level for t in range(0, 50)]
    levels_out = [breath_moment(FIVE_FIVE, 5 + t / 10).level for t in range(0, 50)]
    assert levels_in == sorted(levels_in) and levels_in[0] == 0.0
    assert levels_out == sorted(levels_out, reverse=True) and levels_out[0] == 1.0


def test_a_pattern_of_zeros_does_not_crash() -> None:
    assert breath_moment(BreathPattern(0, 0, 0), 3).seconds_left == 0


def pacer(qtbot: QtBot, *, reduce_motion: bool = False) -> tuple[QWidget, BreathPacer]:
    host = QWidget()
    qtbot.addWidget(host)
    widget = BreathPacer(host, reduce_motion=reduce_motion)
    widget.set_pattern(FIVE_FIVE)
    host.show()
    return host, widget


def test_pacer_shows_words_and_seconds(qtbot: QtBot) -> None:
    _, widget = pacer(qtbot)
    widget.show_at(1.2)
    assert (widget.phase_text, widget.seconds_text) == ("Breathe in", "4 s")
    widget.show_at(7)
    assert (widget.phase_text, widget.seconds_text) == ("Breathe out", "3 s")
    assert widget.accessibleName() == "Breathing pacer"
    assert widget.accessibleDescription() == "Breathe in for 5 s, breathe out for 5 s."


def test_pacer_animates_only_while_visible_running_and_paced(qtbot: QtBot) -> None:
    host, widget = pacer(qtbot)
    assert widget.animating
    with qtbot.waitSignal(widget.frame_due, timeout=1000):
        pass
    widget.set_running(False)
    assert not widget.animating
    widget.set_running(True)
    host.hide()
    assert not widget.animating
    host.show()
    assert widget.animating
    widget.set_pattern(None)
    assert not widget.animating


def test_reduced_motion_never_animates(qtbot: QtBot) -> None:
    _, widget = pacer(qtbot, reduce_motion=True)
    widget.show_at(2.5)
    assert widget.phase_text == "Breathe in"
    assert not widget.animating
    assert widget.level == 0.0
