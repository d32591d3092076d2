"""Break popups as a user meets them: texts, buttons, the key guard, focus, timers, leaks."""

from __future__ import annotations

import gc
import itertools
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from psoas_desk.core.model import BreakKind
from psoas_desk.core.routines import RoutineKind
from psoas_desk.ui.break_popup import BreakPopup, make_break_popup
from psoas_desk.ui.micro_popup import MicroPopup
from psoas_desk.ui.routine_player import StretchPopup
from tests.helpers.fakes import FakeClock
from tests.ui.popup_helpers import (
    Popups,
    active,
    flush_deletes,
    library,
    micro_content,
    plain,
    stretch_content,
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def popups(qapp: QApplication, clock: FakeClock) -> Iterator[Popups]:
    opener = Popups(clock)
    yield opener
    opener.close_all()


def record(popup: BreakPopup) -> list[str]:
    """Collect the names of the intents the popup emits."""
    seen: list[str] = []
    popup.postpone_requested.connect(lambda: seen.append("postpone"))
    popup.skip_requested.connect(lambda: seen.append("skip"))
    popup.done_requested.connect(lambda: seen.append("done"))
    return seen


def micro(popups: Popups, **kwargs: object) -> MicroPopup:
    popup = popups.open(micro_content(), active(), **kwargs)  # type: ignore[arg-type]
    assert isinstance(popup, MicroPopup)
    return popup


# -- what a micro-break shows --------------------------------------------------

def test_micro_break_shows_the_step_why_line_countdown_and_escape_budgets(
        popups: Popups) -> None:
    popup = micro(popups)
    steps = library().routines["micro-stand-reset"].steps

    assert popup.windowTitle() == "Micro-break"
    assert popup.objectName() == "microBreakPopup"
    assert popup.findChild(QWidget, "headingLabel").text() == "Stand and reset"  # type: ignore[union-attr]
    assert popup.step_text == steps[0].text.en
    assert popup.next_text == f"Then: {steps[1].text.en}"
    assert popup.why_text.startswith("Standing up every so often")
    assert popup.ring.text == "0:45"
    assert plain(popup.postpone_button) == "Postpone (2 left)"
    assert plain(popup.skip_button) == "Skip (3 left today)"
    assert popup.postpone_button.isVisible() and popup.skip_button.isVisible()
    assert plain(popup.done_button) == "Done" and popup.done_button.isEnabled()


def test_why_line_is_left_out_when_switched_off(popups: Popups) -> None:
    popup = popups.open(micro_content(show_why=False), active())
    assert isinstance(popup, MicroPopup)
    assert popup.why_text == ""


def test_micro_break_steps_through_its_steps_by_their_seconds(
        popups: Popups, clock: FakeClock) -> None:
    popup = micro(popups)
    steps = library().routines["micro-stand-reset"].steps  # 15 s each

    clock.advance(14)
    popup.refresh()
    assert popup.step_text == steps[0].text.en
    clock.advance(2)
    popup.refresh()
    assert popup.step_text == steps[1].text.en
    assert popup.ring.text == "0:29"
    clock.advance(20)
    popup.refresh()
    assert popup.step_text == steps[2].text.en
    assert popup.next_text == ""
    clock.advance(60)  # past the end: the last step stays, the ring shows zero
    popup.refresh()
    assert popup.step_text == steps[2].text.en
    assert popup.ring.text == "0:00"


def test_countdown_follows_the_engine_plus_the_time_since(
        popups: Popups, clock: FakeClock) -> None:
    popup = popups.open(micro_content(), active(duration=45, elapsed=15))
    assert isinstance(popup, MicroPopup)
    assert popup.ring.text == "0:30"
    clock.advance(10)
    popup.refresh()
    assert popup.ring.text == "0:20"
    # The engine's word wins over local counting (e.g. after a stall).
    popup.update_state(active(duration=45, elapsed=20), skips_left=3, strict=False)
    assert popup.ring.text == "0:25"


def test_a_posture_check_plays_its_steps_and_offers_the_whole_checklist(
        popups: Popups, qtbot: QtBot, clock: FakeClock) -> None:
    popup = popups.open(micro_content("micro-posture-check"), active(duration=60))
    assert isinstance(popup, MicroPopup)
    steps = library().routines["micro-posture-check"].steps
    assert popup.step_text == steps[0].text.en
    assert popup.next_text == "Then: " + steps[1].text.en
    assert popup.findChild(QWidget, "headingLabel").text() == "Posture check"  # type: ignore[union-attr]
    asked: list[bool] = []
    popup.checklist_requested.connect(lambda: asked.append(True))
    assert popup.checklist_link.isVisible()
    clock.advance(3)
    qtbot.mouseClick(popup.checklist_link, Qt.MouseButton.LeftButton)
    assert asked == [True]
    other = popups.open(micro_content("micro-stand-reset"), active())
    assert not other.checklist_link.isVisible()  # type: ignore[attr-defined]


def test_without_a_routine_it_suggests_standing_up(popups: Popups) -> None:
    for content, title in ((micro_content(None), "Micro-break"),
                           (stretch_content(None), "Stretch break")):
        popup = popups.open(content, active())
        assert isinstance(popup, MicroPopup)
        assert popup.windowTitle() == title
        assert popup.step_text == "Stand up, breathe, reset"


def test_make_break_popup_picks_the_player_for_stretch_breaks(popups: Popups) -> None:
    popup = popups.open(stretch_content(), active(BreakKind.STRETCH, duration=240))
    assert isinstance(popup, StretchPopup)
    assert popup.windowTitle() == "Stretch break"
    assert popup.objectName() == "stretchBreakPopup"


# -- buttons and their intents -------------------------------------------------

@pytest.mark.parametrize(("button", "signal"), [
    ("postpone_button", "postpone_requested"),
    ("skip_button", "skip_requested"),
    ("done_button", "done_requested"),
])
def test_clicking_a_button_asks_for_its_intent(popups: Popups, qtbot: QtBot, button: str,
                                                signal: str) -> None:
    popup = micro(popups)
    with qtbot.waitSignal(getattr(popup, signal), timeout=1000):
        qtbot.mouseClick(getattr(popup, button), Qt.MouseButton.LeftButton)


def test_done_waits_until_the_break_may_finish(popups: Popups, qtbot: QtBot,
                                               clock: FakeClock) -> None:
    popup = popups.open(micro_content(), active(finish_in=12))
    seen = record(popup)
    assert not popup.done_button.isEnabled()
    assert plain(popup.done_button) == "Done in 12 s"
    qtbot.mouseClick(popup.done_button, Qt.MouseButton.LeftButton)
    assert seen == []

    clock.advance(5)
    popup.refresh()
    assert plain(popup.done_button) == "Done in 7 s"
    assert not popup.done_button.isEnabled()

    popup.update_state(active(finish_in=0), skips_left=3, strict=False)
    assert popup.done_button.isEnabled()
    assert plain(popup.done_button) == "Done"
    qtbot.mouseClick(popup.done_button, Qt.MouseButton.LeftButton)
    assert seen == ["done"]


def test_done_becomes_available_by_local_time_too(popups: Popups, clock: FakeClock) -> None:
    popup = popups.open(micro_content(), active(finish_in=3))
    clock.advance(3)
    popup.refresh()
    assert popup.done_button.isEnabled()


def test_postpone_and_skip_show_what_is_left_and_disable_when_used_up(popups: Popups) -> None:
    popup = popups.open(micro_content(), active(can_postpone=False, can_skip=False,
                                                postpones_left=0), skips_left=0)
    assert plain(popup.postpone_button) == "Postpone (0 left)"
    assert plain(popup.skip_button) == "Skip (0 left today)"
    assert not popup.postpone_button.isEnabled()
    assert not popup.skip_button.isEnabled()
    popup.update_state(active(postpones_left=1), skips_left=1, strict=False)
    assert plain(popup.postpone_button) == "Postpone (1 left)"
    assert popup.postpone_button.isEnabled() and popup.skip_button.isEnabled()


@pytest.mark.parametrize("kind", [BreakKind.MICRO, BreakKind.STRETCH])
def test_strict_mode_hides_postpone_and_skip(popups: Popups, kind: BreakKind) -> None:
    content = micro_content() if kind is BreakKind.MICRO else stretch_content()
    popup = popups.open(content, active(kind, can_postpone=False, can_skip=False,
                                        postpones_left=0), strict=True)
    assert not popup.postpone_button.isVisible()
    assert not popup.skip_button.isVisible()
    popup.update_state(active(kind), skips_left=3, strict=False)
    assert popup.postpone_button.isVisible() and popup.skip_button.isVisible()


@pytest.mark.parametrize("kind", [BreakKind.MICRO, BreakKind.STRETCH])
def test_no_button_is_default_and_every_button_has_a_name(popups: Popups,
                                                         kind: BreakKind) -> None:
    content = micro_content() if kind is BreakKind.MICRO else stretch_content()
    popup = popups.open(content, active(kind))
    buttons = popup.findChildren(QPushButton)
    assert len(buttons) >= 3
    for button in buttons:
        assert not button.isDefault(), button.objectName()
        assert not button.autoDefault(), button.objectName()
        assert button.accessibleName(), button.objectName()


# -- focus and the key guard ---------------------------------------------------

@pytest.mark.parametrize("kind", [BreakKind.MICRO, BreakKind.STRETCH])
def test_popup_stays_on_top_and_does_not_take_focus(popups: Popups, qtbot: QtBot,
                                                    kind: BreakKind) -> None:
    content = micro_content() if kind is BreakKind.MICRO else stretch_content()
    popup = popups.open(content, active(kind))
    qtbot.waitExposed(popup)
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert popup.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert not popup.isActiveWindow()
    assert QApplication.activeWindow() is not popup


@pytest.mark.parametrize("kind", [BreakKind.MICRO, BreakKind.STRETCH])
def test_bringing_the_window_forward_focuses_no_button(popups: Popups, qtbot: QtBot,
                                                       clock: FakeClock,
                                                       kind: BreakKind) -> None:
    content = micro_content() if kind is BreakKind.MICRO else stretch_content()
    popup = popups.open(content, active(kind))
    seen = record(popup)
    clock.advance(5)
    popup.activateWindow()
    qtbot.waitUntil(popup.isActiveWindow, timeout=2000)
    assert QApplication.focusWidget() is popup
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert seen == []
    # Tab starts with the first control in reading order that can be used
    # (Previous is disabled on the first step).
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    first = "postponeButton" if kind is BreakKind.MICRO else "pauseButton"
    assert QApplication.focusWidget().objectName() == first  # type: ignore[union-attr]


GUARDED_KEYS = [
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Enter, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_P, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_S, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier),
]


@pytest.mark.parametrize("kind", [BreakKind.MICRO, BreakKind.STRETCH])
def test_keys_typed_in_the_first_two_seconds_do_nothing(popups: Popups, qtbot: QtBot,
                                                        clock: FakeClock,
                                                        kind: BreakKind) -> None:
    content = micro_content() if kind is BreakKind.MICRO else stretch_content()
    popup = popups.open(content, active(kind))
    seen = record(popup)
    targets: list[QWidget] = [popup, *popup.findChildren(QPushButton)]
    clock.advance(1.9)
    for target in targets:
        for key, modifier in GUARDED_KEYS:
            qtbot.keyClick(target, key, modifier)
    assert seen == []
    if isinstance(popup, StretchPopup):
        # Space on Next or Pause did not move the routine either.
        assert popup.position_text == "Step 1 of 10"
        assert plain(popup.buttons.pause) == "Pause"

    # After the guard the keyboard works as usual (so the guard above is real).
    clock.advance(0.2)
    qtbot.keyClick(popup.skip_button, Qt.Key.Key_Space)
    assert seen == ["skip"]
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert seen == ["skip", "postpone"]


def test_the_guard_starts_again_when_the_popup_appears_again(popups: Popups, qtbot: QtBot,
                                                             clock: FakeClock) -> None:
    popup = micro(popups)
    seen = record(popup)
    clock.advance(5)
    popup.hide()
    popup.show()
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert seen == []
    clock.advance(2)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert seen == ["postpone"]


def test_escape_does_nothing_when_postponing_is_not_allowed(popups: Popups, qtbot: QtBot,
                                                            clock: FakeClock) -> None:
    popup = popups.open(micro_content(), active(can_postpone=False, postpones_left=0))
    seen = record(popup)
    clock.advance(3)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    popup.update_state(active(), skips_left=3, strict=True)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert seen == []


# -- placement -----------------------------------------------------------------

@pytest.mark.parametrize("kind", [BreakKind.MICRO, BreakKind.STRETCH])
def test_place_on_centres_the_window_on_the_screen(popups: Popups, kind: BreakKind) -> None:
    content = micro_content() if kind is BreakKind.MICRO else stretch_content()
    popup = popups.open(content, active(kind), show=False)
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    popup.place_on(screen)
    area = screen.availableGeometry()
    geometry = popup.geometry()
    assert area.contains(geometry)
    assert abs(geometry.center().x() - area.center().x()) <= 1
    assert abs(geometry.center().y() - area.center().y()) <= 1
    # Wide enough to read comfortably: at least 40 characters of text.
    assert popup.width() >= popup.fontMetrics().averageCharWidth() * 40
    assert popup.height() >= popup.minimumSizeHint().height()


# -- accessibility -------------------------------------------------------------

def test_spoken_countdown_changes_at_most_every_15_seconds(popups: Popups,
                                                           clock: FakeClock) -> None:
    popup = popups.open(micro_content("micro-walk"), active(duration=90, finish_in=40))
    assert isinstance(popup, MicroPopup)
    ring_changes = [(0.0, popup.ring.accessibleDescription())]
    done_changes = [(0.0, popup.done_button.accessibleDescription())]
    for second in range(1, 95):
        clock.advance(1)
        popup.refresh()
        if popup.ring.accessibleDescription() != ring_changes[-1][1]:
            ring_changes.append((float(second), popup.ring.accessibleDescription()))
        if popup.done_button.accessibleDescription() != done_changes[-1][1]:
            done_changes.append((float(second), popup.done_button.accessibleDescription()))

    assert ring_changes[0][1] == "1 min 30 s left"
    assert ring_changes[-1] == (90.0, "Time is up")
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(ring_changes[:-1])]
    assert gaps and min(gaps) >= 15
    assert len(ring_changes) >= 6  # it does keep people informed
    assert done_changes[0][1] == "Available in 40 s"
    assert done_changes[-1] == (40.0, "Ends the break.")
    done_gaps = [b[0] - a[0] for a, b in itertools.pairwise(done_changes[:-1])]
    assert min(done_gaps) >= 15
    # The visible text still counts every second.
    assert popup.ring.text == "0:00"


# -- timers and lifetime -------------------------------------------------------

def active_timers(popup: QWidget) -> list[QTimer]:
    return [timer for timer in popup.findChildren(QTimer) if timer.isActive()]


def test_timers_run_only_while_the_popup_is_on_screen(popups: Popups, clock: FakeClock) -> None:
    lib = library()
    before = sum(s.seconds for s in lib.routines["stretch-march-and-stretch"].steps[:8])
    for content in (micro_content("micro-breathe-360"), stretch_content()):
        popup = popups.open(content, active(content.kind), show=False)
        assert active_timers(popup) == []
        popup.show()
        if isinstance(popup, StretchPopup):
            popup.buttons.start.click()
        clock.advance(before + 1 if content.kind is BreakKind.STRETCH else 12)
        popup.refresh()
        running = active_timers(popup)
        assert len(running) == 2, "the 1 s tick and the pacer's frames"
        popup.hide()
        assert active_timers(popup) == []
        popup.show()
        assert len(active_timers(popup)) == 2


def test_closing_deletes_the_window(popups: Popups) -> None:
    popup = micro(popups)
    popup.close()
    flush_deletes()
    assert not shiboken6.isValid(popup)


def timer_count() -> int:
    """Timers owned by any widget or by the application object."""
    owners: list[QObject] = [*QApplication.allWidgets()]
    app = QApplication.instance()
    if app is not None:
        owners.append(app)
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    return sum(len(owner.findChildren(QTimer, options=direct)) for owner in owners)


def test_opening_and_closing_fifty_popups_leaks_no_windows_or_timers(
        qapp: QApplication, clock: FakeClock) -> None:
    flush_deletes()
    gc.collect()
    windows, widgets, timers = (len(QApplication.topLevelWidgets()),
                                len(QApplication.allWidgets()), timer_count())
    for number in range(50):
        content = micro_content() if number % 2 else stretch_content()
        popup = make_break_popup(content, clock=clock.monotonic)
        popup.update_state(active(content.kind), skips_left=3, strict=False)
        popup.show()
        clock.advance(30)
        popup.refresh()
        popup.close()
        flush_deletes()
    del popup
    gc.collect()
    flush_deletes()
    assert len(QApplication.topLevelWidgets()) == windows
    assert len(QApplication.allWidgets()) == widgets
    assert timer_count() == timers


# -- every shipped routine -----------------------------------------------------

def test_every_shipped_routine_plays_to_its_end(popups: Popups, clock: FakeClock) -> None:
    lib = library()
    assert lib.routines
    for routine in lib.routines.values():
        kind = BreakKind.MICRO if routine.kind is RoutineKind.MICRO else BreakKind.STRETCH
        content = micro_content(routine.id) if kind is BreakKind.MICRO else stretch_content(
            routine.id)
        popup = popups.open(content, active(kind, duration=routine.total_s))
        for step in routine.steps:
            image = popup.grab()
            assert not image.isNull(), routine.id
            clock.advance(step.seconds)
            popup.refresh()
        if isinstance(popup, StretchPopup):
            assert popup.finished, routine.id
        popup.close()


def test_using_the_popup_itself_is_reported_so_it_is_not_taken_for_work(
        popups: Popups, qtbot: QtBot, clock: FakeClock) -> None:
    popup = popups.open(stretch_content(), active(BreakKind.STRETCH))
    used: list[float] = []
    popup.used.connect(lambda: used.append(clock.monotonic()))
    clock.advance(1.0)
    for key, modifier in GUARDED_KEYS:  # typing elsewhere that landed here: guarded
        qtbot.keyClick(popup, key, modifier)
    assert used == []
    assert isinstance(popup, StretchPopup)
    qtbot.mouseClick(popup.buttons.pause, Qt.MouseButton.LeftButton)  # the routine's own button
    qtbot.mouseClick(popup.buttons.pause, Qt.MouseButton.LeftButton)
    assert len(used) == 1  # at most once a second
    clock.advance(1.5)
    qtbot.mouseClick(popup.buttons.pause, Qt.MouseButton.LeftButton)
    assert len(used) == 2
    clock.advance(1.5)  # the pointer moving over the window is its use too
    from PySide6.QtCore import QCoreApplication, QEvent, QPointF
    from PySide6.QtGui import QHoverEvent

    here = QPointF(5, 5)
    QCoreApplication.sendEvent(popup, QHoverEvent(QEvent.Type.HoverMove, here, here,
                                                  QPointF(4, 4)))
    assert len(used) == 3
