"""The tray's words and menu: tooltip and status lines, items, toggles and intents.

The offscreen platform has no tray (``isSystemTrayAvailable()`` is False), so
the icon itself is tested under Xvfb in ``tests/e2e/test_tray_host.py``.
"""

from __future__ import annotations

import dataclasses
import re
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from psoas_desk.core.model import BreakKind, PauseKind, Posture
from psoas_desk.core.snapshot import Snapshot
from psoas_desk.ui.fmt import clock_text, duration_text
from psoas_desk.ui.tray import POLL_INTERVAL_MS, TrayController
from psoas_desk.ui.tray_text import (
    fill,
    next_break_text,
    state_name,
    status_line,
    today_line,
    tooltip_text,
)
from psoas_desk.ui.view import AppView
from tests.ui.test_tray_icons import (
    away,
    due,
    in_break,
    off_hours,
    paused,
    sitting,
    snoozed,
    standing,
)


def view(snap: Snapshot, *, idle: str = "x11", tray: bool = True) -> AppView:
    return AppView(snapshot=snap, idle_backend=idle, tray_available=tray)


# -- sentences -------------------------------------------------------------------
def test_fill_puts_arguments_in_one_pass() -> None:
    assert fill("%2 then %1", "a%2", "b") == "b then a%2"
    assert fill("%1 and %3", "x") == "x and %3"


def test_tooltip_while_sitting_says_bout_next_break_and_today(qapp: QApplication) -> None:
    assert tooltip_text(view(sitting(23))) == (
        "Sitting 23 min · micro-break in 7 min\nToday: 23 min sitting · longest 23 min")


def test_tooltip_warns_when_counting_wall_clock_time(qapp: QApplication) -> None:
    lines = tooltip_text(view(sitting(10), idle="none")).splitlines()
    assert lines == ["Sitting 10 min · micro-break in 20 min",
                     "Today: 10 min sitting · longest 10 min",
                     "No idle-time source: counting wall-clock time"]


def test_today_line_uses_hours(qapp: QApplication) -> None:
    today = dataclasses.replace(sitting(10).today, sitting_s=3 * 3600 + 600,
                                longest_bout_s=52 * 60)
    assert today_line(today) == "Today: 3 h 10 min sitting · longest 52 min"


def test_status_lines_for_every_state(qapp: QApplication) -> None:
    assert status_line(standing()) == "Standing 5 min · micro-break after 30 min more sitting"
    assert status_line(away()) == "Away 10 min"
    assert status_line(due()) == "Sitting 30 min · micro-break at your next pause in typing"
    assert status_line(snoozed()) == "Sitting 30 min · micro-break postponed, again in 5 min"
    assert status_line(off_hours()) == "Outside your working hours"
    snap = in_break(BreakKind.STRETCH)
    assert snap.active_break is not None
    assert status_line(snap) == (
        f"In a stretch break · {duration_text(snap.active_break.remaining_s, precise=True)} left")
    assert status_line(in_break(BreakKind.MICRO)).startswith("In a micro-break · ")


def test_pause_lines_name_the_time_or_how_to_resume(qapp: QApplication) -> None:
    timed = paused(PauseKind.TIMED, 30)
    assert timed.pause is not None and timed.pause.until is not None
    assert status_line(timed) == f"Paused until {clock_text(timed.pause.until)}"
    tomorrow = paused(PauseKind.UNTIL_TOMORROW)
    assert tomorrow.pause is not None and tomorrow.pause.until is not None
    assert status_line(tomorrow) == f"Paused until tomorrow, {clock_text(tomorrow.pause.until)}"
    assert status_line(paused(PauseKind.INDEFINITE)) == "Paused until you resume"
    long = paused(PauseKind.TIMED, 3 * 24 * 60)
    assert status_line(long).startswith("Paused until ") and "tomorrow" not in status_line(long)


def test_a_stretch_break_is_named_as_such(qapp: QApplication) -> None:
    nb = sitting(10).next_break
    assert nb is not None
    stretch = dataclasses.replace(nb, kind=BreakKind.STRETCH)
    assert next_break_text(stretch) == "stretch break in 20 min"
    assert next_break_text(None) == ""


def test_state_names(qapp: QApplication) -> None:
    assert [state_name(s) for s in (sitting(), standing(), away(), due(), in_break(),
                                    paused(), off_hours())] == [
        "Sitting", "Standing", "Away", "Break due", "Taking a break", "Paused",
        "Outside working hours"]


# -- the menu --------------------------------------------------------------------
@pytest.fixture
def tray(qapp: QApplication) -> TrayController:
    controller = TrayController()
    controller.update(view(sitting(10)))
    return controller


def visible_texts(tray: TrayController) -> list[str]:
    return [a.text() for a in tray.menu().actions() if not a.isSeparator() and a.isVisible()]


def test_menu_items_in_order(tray: TrayController) -> None:
    assert visible_texts(tray) == [
        "Sitting 10 min · micro-break in 20 min", "Take a &micro-break now",
        "Start a s&tretch routine", "I'm &standing", "Rea&ding or watching", "I just took a &break",
        "&Pause",
        "Posture &checklist", "St&atistics", "S&ettings", "&Quit"]
    pause_menu = tray.action("pause").menu()
    assert [a.text() for a in pause_menu.actions()] == [
        "&30 minutes", "&1 hour", "&2 hours", "Until &tomorrow", "&Indefinitely"]


def mnemonic(text: str) -> str:
    found = re.search(r"&([^&])", text)
    assert found, f"no mnemonic in {text!r}"
    return found.group(1).lower()


def test_every_item_has_its_own_mnemonic(tray: TrayController) -> None:
    for snap in (sitting(), standing(), paused()):
        tray.update(view(snap))
        keys = [mnemonic(t) for t in visible_texts(tray)[1:]]
        assert len(keys) == len(set(keys)), keys
    pause_keys = [mnemonic(a.text()) for a in tray.action("pause").menu().actions()]
    assert len(pause_keys) == len(set(pause_keys))
    assert tray.menu().accessibleName()


def test_the_status_item_is_live_and_not_clickable(tray: TrayController) -> None:
    status = tray.action("status")
    assert not status.isEnabled()
    tray.update(view(sitting(23)))
    assert status.text() == "Sitting 23 min · micro-break in 7 min"
    assert tray.menu().actions()[0] is status


def test_posture_item_toggles_and_asks_for_the_other_posture(
        tray: TrayController, qtbot: QtBot) -> None:
    posture = tray.action("posture")
    with qtbot.waitSignal(tray.posture_requested) as sitting_asks:
        posture.trigger()
    assert sitting_asks.args == ["standing"]
    tray.update(view(standing()))
    assert posture.text() == "I'm s&itting"
    with qtbot.waitSignal(tray.posture_requested) as standing_asks:
        posture.trigger()
    assert standing_asks.args == ["sitting"]


def test_reading_or_watching_is_a_checkable_item_beside_i_am_standing(
        tray: TrayController) -> None:
    names = [a.objectName() for a in tray.menu().actions()]
    assert names.index("reading") == names.index("posture") + 1
    reading = tray.action("reading")
    assert reading.isCheckable() and reading.text() == "Rea&ding or watching"
    seen = record(tray, SIGNALS)
    reading.trigger()
    assert seen == [("reading_requested", [True])]
    tray.update(view(dataclasses.replace(sitting(23), reading=True)))
    assert reading.isChecked()
    reading.trigger()
    assert seen[-1] == ("reading_requested", [False])
    tray.update(view(sitting(24)))
    assert not reading.isChecked()


def test_resume_shows_only_while_paused(tray: TrayController) -> None:
    assert not tray.action("resume").isVisible()
    tray.update(view(paused()))
    assert "&Resume" in visible_texts(tray)
    assert visible_texts(tray)[0].startswith("Paused until ")
    tray.update(view(sitting()))
    assert not tray.action("resume").isVisible()


def test_break_items_are_off_during_a_break(tray: TrayController) -> None:
    tray.update(view(in_break()))
    assert [tray.action(n).isEnabled() for n in ("micro", "stretch", "self_break")] == [
        False, False, False]
    tray.update(view(sitting()))
    assert all(tray.action(n).isEnabled() for n in ("micro", "stretch", "self_break"))


INTENTS = [
    ("micro", "break_requested", [BreakKind.MICRO]),
    ("stretch", "break_requested", [BreakKind.STRETCH]),
    ("self_break", "self_break_reported", []),
    ("pause_30m", "pause_requested", [PauseKind.TIMED, 1800]),
    ("pause_1h", "pause_requested", [PauseKind.TIMED, 3600]),
    ("pause_2h", "pause_requested", [PauseKind.TIMED, 7200]),
    ("pause_tomorrow", "pause_requested", [PauseKind.UNTIL_TOMORROW, 0]),
    ("pause_forever", "pause_requested", [PauseKind.INDEFINITE, 0]),
    ("resume", "resume_requested", []),
    ("checklist", "checklist_requested", []),
    ("stats", "stats_requested", []),
    ("settings", "settings_requested", []),
    ("quit", "quit_requested", []),
]


SIGNALS = ("break_requested", "posture_requested", "self_break_reported", "pause_requested",
           "resume_requested", "checklist_requested", "stats_requested", "settings_requested",
           "status_panel_requested", "quit_requested", "availability_changed",
           "reading_requested")


def record(emitter: object, names: tuple[str, ...]) -> list[tuple[str, list[object]]]:
    """Every signal ``emitter`` sends, in order, with its arguments."""
    seen: list[tuple[str, list[object]]] = []
    for name in names:
        getattr(emitter, name).connect(
            lambda *args, n=name: seen.append((n, list(args))))
    return seen


@pytest.mark.parametrize(("name", "signal", "args"), INTENTS)
def test_each_item_sends_its_intent_and_nothing_else(tray: TrayController, name: str,
                                                     signal: str, args: list[object]) -> None:
    seen = record(tray, SIGNALS)
    tray.action(name).trigger()
    assert seen == [(signal, args)]


def test_intents_carry_the_core_vocabulary(tray: TrayController) -> None:
    """The same enums as the engine, the control protocol and the CLI; never bare words."""
    seen = record(tray, SIGNALS)
    for name in ("micro", "stretch", "posture", "pause_30m", "pause_tomorrow", "pause_forever"):
        tray.action(name).trigger()
    assert [type(args[0]) for _, args in seen] == [
        BreakKind, BreakKind, Posture, PauseKind, PauseKind, PauseKind]


def test_update_changes_texts_without_rebuilding_the_menu(tray: TrayController) -> None:
    before = list(tray.menu().actions())
    for snap in (paused(), standing(), in_break(), sitting(20)):
        tray.update(view(snap))
    assert tray.menu().actions() == before


def test_an_unchanged_refresh_sets_nothing(tray: TrayController) -> None:
    # With PySide6 6.12 on Python 3.11 each Qt call returning nothing drops a
    # reference to None; a refresh every minute would abort the app within hours.
    same = view(sitting(10))
    tray.update(same)
    before = sys.getrefcount(None)
    for _ in range(200):
        tray.update(same)
    assert sys.getrefcount(None) - before > -50


# -- showing without a tray host ------------------------------------------------------
def poll_timer(tray: TrayController) -> QTimer:
    timer = tray.findChild(QTimer, "tray-availability-poll")
    assert isinstance(timer, QTimer)
    return timer


def test_without_a_tray_show_says_so_and_polls_slowly(tray: TrayController) -> None:
    assert not any(t.isActive() for t in tray.findChildren(QTimer))
    assert tray.show() is False
    assert not tray.is_visible()
    timer = poll_timer(tray)
    assert timer.isActive() and timer.interval() == POLL_INTERVAL_MS == 30_000
    tray.show_message("Title", "Body", 1000)  # no icon: nothing to show, no error
    tray.hide()
    assert not timer.isActive()


def test_the_routines_submenu_offers_every_routine_by_kind(qtbot: QtBot) -> None:
    from psoas_desk.storage.content import load_content
    from psoas_desk.ui.routine_menu import RoutineGroup, routine_entries, routine_ids

    library = load_content().library
    tray = TrayController()
    assert not tray.action("routines").isVisible()
    entries = routine_entries(library, "de")
    tray.set_routines(entries)
    assert tray.action("routines").isVisible()
    assert tray.action("routines").text() == "R&outines"
    menu = tray.routines_menu()
    ids = list(routine_ids(menu))
    assert sorted(ids) == sorted(library.routines)
    groups = [e.group for e in entries]
    assert groups == sorted(groups, key=list(RoutineGroup).index)
    # Shortest first within a group.
    desk = [e.length_s for e in entries if e.group is RoutineGroup.DESK]
    assert desk == sorted(desk)
    assert any(a.text() == "Bodenprogramm für deine Hüften (10 min)" for a in menu.actions())
    with qtbot.waitSignal(tray.routine_requested) as chosen:
        next(a for a in menu.actions() if a.objectName() == "routine:breathing-one-minute"
             ).trigger()
    assert chosen.args == ["breathing-one-minute"]
    tray.update(view(in_break()))
    assert not tray.action("routines").isEnabled()


def test_a_menu_built_late_shows_what_it_was_told_before(qapp: QApplication) -> None:
    """The menu is built when first needed (an XEmbed icon's first right click);
    it must then show the latest state and routines, as one built at start would."""
    from psoas_desk.storage.content import load_content
    from psoas_desk.ui.routine_menu import routine_entries, routine_ids

    library = load_content().library
    late = TrayController()
    late.update(view(sitting(10)))
    late.set_routines(routine_entries(library, "en"))
    late.update(view(paused()))
    late.retranslate()
    assert not late.menu_is_built()
    early = TrayController()
    early.menu()
    early.update(view(sitting(10)))
    early.set_routines(routine_entries(library, "en"))
    early.update(view(paused()))
    early.retranslate()
    assert visible_texts(late) == visible_texts(early)
    assert visible_texts(late)[0].startswith("Paused until ") and "&Resume" in visible_texts(late)
    assert sorted(routine_ids(late.routines_menu())) == sorted(library.routines)
    assert late.menu_is_built()
