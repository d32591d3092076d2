"""The stretch-break player: before you start, steps by the clock, controls, sides,
breathing, and a finish page that counts what was done and lets go."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from psoas_desk.core.model import BreakKind
from psoas_desk.core.routines import Side
from psoas_desk.core.snapshot import ActiveBreak
from psoas_desk.ui.routine_controls import Page
from psoas_desk.ui.routine_player import AUTO_CLOSE_S, INTRO_S, StretchPopup
from tests.helpers.fakes import FakeClock
from tests.ui.popup_helpers import Popups, active, library, plain, stretch_content

ROUTINE = "stretch-march-and-stretch"  # 10 steps, 240 s; steps 3-6 have sides, 9 breathes


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def popups(qapp: QApplication, clock: FakeClock) -> Iterator[Popups]:
    opener = Popups(clock)
    yield opener
    opener.close_all()


def player(popups: Popups, routine_id: str = ROUTINE, *, intro: bool = False,
           state: ActiveBreak | None = None, **kwargs: object) -> StretchPopup:
    """A player on screen; past "Before you start" (Start pressed) unless ``intro``."""
    popup = popups.open(stretch_content(routine_id, **kwargs),
                        state or active(BreakKind.STRETCH, duration=240), intro=intro)
    assert isinstance(popup, StretchPopup)
    assert intro or popup.page is Page.STEPS
    return popup


def start_of(step: int, routine_id: str = ROUTINE) -> int:
    """Seconds from the start of the routine to the start of step ``step`` (0-based)."""
    return sum(s.seconds for s in library().routines[routine_id].steps[:step])


def go_to(popup: StretchPopup, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    popup.refresh()


def click(qtbot: QtBot, button: object) -> None:
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_first_step_shows_instruction_progress_why_and_safety(popups: Popups) -> None:
    popup = player(popups)
    routine = library().routines[ROUTINE]
    assert popup.position_text == "Step 1 of 10"
    assert popup.step_text == routine.steps[0].text.en
    assert popup.side_text == ""
    assert popup.why_text == routine.why.en  # type: ignore[union-attr]
    assert popup.ring.text == "0:10"
    assert popup.art.art_id == "stand-up"
    assert not popup.buttons.previous.isEnabled()
    assert not popup.done_button.isVisible()


def test_safety_lines_are_left_out_for_routines_without_them(popups: Popups) -> None:
    popup = player(popups, "breathing-one-minute")
    assert not library().routines["breathing-one-minute"].safety
    assert popup.safety_texts == ()


def test_steps_advance_with_the_clock(popups: Popups, clock: FakeClock) -> None:
    popup = player(popups)
    steps = library().routines[ROUTINE].steps
    go_to(popup, clock, 9)
    assert popup.position_text == "Step 1 of 10"
    assert popup.ring.text == "0:01"
    go_to(popup, clock, 1)
    assert popup.position_text == "Step 2 of 10"
    assert popup.step_text == steps[1].text.en
    assert popup.ring.text == "0:45"
    # A big jump lands in the right step, overshoot carried over.
    go_to(popup, clock, start_of(3) - 10 + 4)
    assert popup.position_text == "Step 4 of 10"
    assert popup.ring.text == "0:26"


def test_side_label_and_mirrored_art_follow_the_step(popups: Popups, clock: FakeClock) -> None:
    popup = player(popups)
    steps = library().routines[ROUTINE].steps
    assert steps[2].side is Side.LEFT and steps[4].side is Side.RIGHT
    go_to(popup, clock, start_of(2))
    assert popup.side_text == "Left side"
    assert popup.art.art_id == "standing-hip-flexor" and not popup.art.mirrored
    go_to(popup, clock, start_of(4) - start_of(2))
    assert popup.side_text == "Right side"
    assert popup.art.art_id == "standing-hip-flexor" and popup.art.mirrored
    go_to(popup, clock, start_of(6) - start_of(4))
    assert popup.side_text == ""
    assert not popup.art.mirrored


def differing_share(a: QImage, b: QImage) -> float:
    """Share of pixels that differ clearly between two images of the same size."""
    assert a.size() == b.size()
    different = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            p, q = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            if max(abs(p.red() - q.red()), abs(p.green() - q.green()),
                   abs(p.blue() - q.blue())) > 60:
                different += 1
    return different / (((a.height() + 1) // 2) * ((a.width() + 1) // 2))


def test_right_side_art_is_the_left_side_drawing_flipped(popups: Popups,
                                                         clock: FakeClock) -> None:
    popup = player(popups)
    go_to(popup, clock, start_of(2))
    left = popup.art.grab().toImage()
    go_to(popup, clock, start_of(4) - start_of(2))
    right = popup.art.grab().toImage()
    assert differing_share(left, right) > 0.02, "the two sides look the same"
    assert differing_share(left.flipped(Qt.Orientation.Horizontal), right) < 0.005


def test_next_previous_and_pause(popups: Popups, qtbot: QtBot, clock: FakeClock) -> None:
    popup = player(popups)
    click(qtbot, popup.buttons.next)
    assert popup.position_text == "Step 2 of 10"
    assert popup.ring.text == "0:45"
    assert popup.buttons.previous.isEnabled()
    go_to(popup, clock, 5)
    click(qtbot, popup.buttons.previous)
    assert popup.position_text == "Step 1 of 10"
    assert popup.ring.text == "0:10"

    click(qtbot, popup.buttons.pause)
    assert plain(popup.buttons.pause) == "Resume"
    assert popup.ring.caption == "paused"
    go_to(popup, clock, 100)
    assert popup.position_text == "Step 1 of 10"
    assert popup.ring.text == "0:10"
    # Next while paused moves on but stays paused.
    click(qtbot, popup.buttons.next)
    go_to(popup, clock, 100)
    assert popup.position_text == "Step 2 of 10"
    assert popup.ring.text == "0:45"

    click(qtbot, popup.buttons.pause)
    assert plain(popup.buttons.pause) == "Pause"
    assert popup.ring.caption == ""
    go_to(popup, clock, 45)
    assert popup.position_text == "Step 3 of 10"


def test_breathing_step_paces_in_then_out_in_time(popups: Popups, clock: FakeClock) -> None:
    popup = player(popups)
    breath = library().routines[ROUTINE].steps[8].breath
    assert breath is not None and (breath.inhale_s, breath.hold_s, breath.exhale_s) == (5, 0, 5)
    go_to(popup, clock, start_of(7))
    assert not popup.pacer.isVisible()
    go_to(popup, clock, start_of(8) - start_of(7))
    assert popup.pacer.isVisible()
    assert popup.pacer.phase_text == "Breathe in"
    assert popup.pacer.seconds_text == "5 s"
    assert popup.pacer.animating
    go_to(popup, clock, 2.5)
    assert popup.pacer.phase_text == "Breathe in"
    middle = popup.pacer.level
    assert 0.3 < middle < 0.7
    go_to(popup, clock, 2.5)
    assert popup.pacer.phase_text == "Breathe out"
    assert popup.pacer.level > middle
    go_to(popup, clock, 4)
    assert popup.pacer.phase_text == "Breathe out"
    assert popup.pacer.seconds_text == "1 s"
    go_to(popup, clock, 1)
    assert popup.pacer.phase_text == "Breathe in"


def test_pacer_holds_still_while_paused(popups: Popups, qtbot: QtBot, clock: FakeClock) -> None:
    popup = player(popups)
    go_to(popup, clock, start_of(8) + 2)
    click(qtbot, popup.buttons.pause)
    assert not popup.pacer.animating
    go_to(popup, clock, 3)
    assert popup.pacer.phase_text == "Breathe in"
    click(qtbot, popup.buttons.pause)
    assert popup.pacer.animating


def test_reduced_motion_shows_words_without_animation(popups: Popups, clock: FakeClock) -> None:
    popup = player(popups, reduce_motion=True)
    go_to(popup, clock, start_of(8) + 1)
    assert popup.pacer.isVisible()
    assert popup.pacer.phase_text == "Breathe in"
    assert not popup.pacer.animating
    assert popup.pacer.level == 0.0
    intervals = [timer.interval() for timer in popup.findChildren(QTimer)
                 if timer.isActive()]
    assert intervals and all(interval >= 50 for interval in intervals)
    assert len(intervals) == 1, "only the once-a-second tick runs"
    go_to(popup, clock, 4)
    assert popup.pacer.phase_text == "Breathe out"


def test_the_finish_page_counts_the_routine_and_lets_go(
        popups: Popups, qtbot: QtBot, clock: FakeClock) -> None:
    popup = player(popups)
    finished: list[bool] = []
    done: list[bool] = []
    popup.routine_finished.connect(lambda: finished.append(True))
    popup.done_requested.connect(lambda: done.append(True))
    go_to(popup, clock, 239)
    assert not popup.finished and finished == []
    go_to(popup, clock, 1)
    assert popup.finished and popup.routine_done
    assert popup.summary_texts == ("Well done — 4 min of stretching", "All 10 steps followed.",
                                   "Closes by itself in 10 s")
    assert finished == [True]
    assert done == []
    assert popup.position_text == ""
    assert popup.done_button.isVisible() and popup.done_button.isEnabled()
    assert not popup.postpone_button.isVisible() and not popup.skip_button.isVisible()
    assert not popup.buttons.next.isVisible()
    go_to(popup, clock, 4)
    assert popup.summary_texts[-1] == "Closes by itself in 6 s"
    assert finished == [True], "finished is told once"
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert done == [True], "Escape presses Done on the finish page"


@pytest.mark.parametrize("how", ["done", "by itself"])
def test_every_way_off_the_finish_page_is_done(popups: Popups, qtbot: QtBot,
                                               clock: FakeClock, how: str) -> None:
    popup = player(popups, "breathing-one-minute")
    done: list[bool] = []
    popup.done_requested.connect(lambda: done.append(True))
    go_to(popup, clock, 60)
    assert popup.finished
    # (Escape: above; the window manager's close button: tests/e2e/test_breaks.py.)
    if how == "done":
        click(qtbot, popup.done_button)
    else:
        go_to(popup, clock, AUTO_CLOSE_S - 1)
        assert done == []
        go_to(popup, clock, 1)
    assert done == [True]


def test_next_pressed_through_is_not_called_done(popups: Popups, qtbot: QtBot,
                                                 clock: FakeClock) -> None:
    popup = player(popups, state=active(BreakKind.STRETCH, duration=240, finish_in=120))
    go_to(popup, clock, 7)  # most of the first step (10 s)
    for _ in range(10):
        click(qtbot, popup.buttons.next)
    assert popup.finished and not popup.routine_done
    assert popup.summary_texts == ("Routine ended early", "1 of 10 steps followed, 7 s in all.")
    # Not done and the break's 2 minutes are not over: no Done yet, but no trap:
    # back to the steps, or Skip.
    assert not popup.done_button.isEnabled()
    assert plain(popup.done_button) == "Done in 1 min"
    assert popup.buttons.resume_steps.isVisible()
    assert plain(popup.buttons.resume_steps) == "Back to step 2"
    assert popup.skip_button.isVisible() and not popup.postpone_button.isVisible()
    click(qtbot, popup.buttons.resume_steps)
    assert popup.page is Page.STEPS and popup.position_text == "Step 2 of 10"
    go_to(popup, clock, 240)
    assert popup.finished and popup.routine_done


def test_a_chosen_routine_ended_early_closes_at_once_and_is_not_counted(
        popups: Popups, qtbot: QtBot, clock: FakeClock) -> None:
    chosen = ActiveBreak(BreakKind.STRETCH, 240, 0, True, 120, True, True, 0, 2)
    popup = player(popups, state=chosen)
    for _ in range(10):
        click(qtbot, popup.buttons.next)
    assert popup.finished and not popup.routine_done
    assert popup.done_button.isEnabled()
    assert popup.leave_early
    assert popup.summary_texts[-1].startswith("Not counted as a break. Closes by itself")


def test_the_finish_page_waits_for_the_minimum_break_then_lets_go(
        popups: Popups, qtbot: QtBot, clock: FakeClock) -> None:
    popup = player(popups, "breathing-one-minute",
                   state=active(BreakKind.STRETCH, duration=60, finish_in=90))
    click(qtbot, popup.buttons.next)  # hurried: not done
    assert popup.finished and not popup.done_button.isEnabled()
    assert plain(popup.done_button) == "Done in 1 min"
    go_to(popup, clock, 90)
    assert popup.done_button.isEnabled()
    assert popup.summary_texts[-1] == "Closes by itself in 10 s"
    assert not popup.skip_button.isVisible()


def test_before_you_start_shows_the_safety_notes_once_in_short(
        popups: Popups, qtbot: QtBot, clock: FakeClock) -> None:
    popup = player(popups, intro=True)
    lines = [line for line in library().safety if line.where is None]
    assert popup.page is Page.INTRO
    assert popup.safety_texts == tuple(line.short.en for line in lines)  # type: ignore[union-attr]
    assert popup.step_text == "" and popup.position_text == ""
    assert popup.postpone_button.isVisible() and popup.skip_button.isVisible()
    click(qtbot, popup.details_link)
    assert popup.page is Page.DETAILS
    assert popup.safety_details == tuple(line.text.en for line in lines)
    go_to(popup, clock, INTRO_S * 3)
    assert popup.page is Page.DETAILS, "reading the details: no start by itself"
    click(qtbot, popup.findChild(QPushButton, "backButton"))
    click(qtbot, popup.buttons.start)
    assert popup.page is Page.STEPS and popup.position_text == "Step 1 of 10"
    assert popup.ring.text == "0:10"


def test_the_routine_starts_by_itself_after_the_notes(popups: Popups,
                                                      clock: FakeClock) -> None:
    popup = player(popups, intro=True)
    go_to(popup, clock, INTRO_S - 1)
    assert popup.page is Page.INTRO
    assert popup.findChild(QLabel, "startNote").text() == "Starts by itself in 1 s"
    go_to(popup, clock, 1)
    assert popup.page is Page.STEPS
    go_to(popup, clock, 3)
    assert popup.ring.text == "0:07"


def test_floor_routines_ask_about_pregnancy_and_surgery_first(popups: Popups) -> None:
    every = tuple(library().routines.values())
    popup = player(popups, "home-floor-hips", intro=True, sizing=every)
    assert "Pregnant" in popup.safety_texts[0]
    desk = player(popups, ROUTINE, intro=True, sizing=every)
    assert not any("Pregnant" in text for text in desk.safety_texts)
    screen = QApplication.primaryScreen()
    sizes = set()
    for one in (popup, desk):
        one.place_on(screen)
        sizes.add(one.size().toTuple())
        one.buttons.start.click()
        one.place_on(screen)
        sizes.add(one.size().toTuple())
    assert len(sizes) == 1, "one size for every routine and page"


def test_spoken_step_countdown_changes_at_most_every_15_seconds(popups: Popups,
                                                                clock: FakeClock) -> None:
    popup = player(popups)
    go_to(popup, clock, start_of(1))  # the 45 s march
    changes = [popup.ring.accessibleDescription()]
    times = [0]
    for second in range(1, 45):
        go_to(popup, clock, 1)
        if popup.ring.accessibleDescription() != changes[-1]:
            changes.append(popup.ring.accessibleDescription())
            times.append(second)
    assert changes[0] == "45 s left"
    assert times == [0, 15, 30]
    assert popup.ring.text == "0:01"


def test_tab_goes_through_the_controls_in_reading_order(popups: Popups) -> None:
    popup = player(popups)
    order: list[str] = []
    widget = popup.nextInFocusChain()
    while widget is not popup and len(order) < 50:
        if isinstance(widget, QPushButton) and widget.isVisible():
            order.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert order == ["previousButton", "pauseButton", "nextButton", "postponeButton",
                     "skipButton"]
