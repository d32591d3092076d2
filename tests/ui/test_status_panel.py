"""The status panel shows the facts a person asks for and its buttons send intents."""

from __future__ import annotations

import dataclasses
import re
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from psoas_desk.core.model import BreakKind, PauseKind, Posture
from psoas_desk.core.snapshot import Snapshot
from psoas_desk.ui.status_panel import StatusPanel
from psoas_desk.ui.view import AppView
from tests.ui.test_tray import record
from tests.ui.test_tray_icons import away, in_break, paused, sitting, standing

PANEL_SIGNALS = ("break_requested", "posture_requested", "self_break_reported",
                 "pause_requested", "resume_requested", "checklist_requested",
                 "stats_requested", "settings_requested", "quit_requested", "reading_requested")


def view(snap: Snapshot, *, idle: str = "x11", tray: bool = True,
         notices: tuple[str, ...] = (), review: str = "") -> AppView:
    return AppView(snapshot=snap, idle_backend=idle, tray_available=tray, notices=notices,
                   last_checklist_review=review)


@pytest.fixture
def panel(qtbot: QtBot) -> StatusPanel:
    widget = StatusPanel()
    qtbot.addWidget(widget)
    widget.update(view(sitting(23)))
    widget.show()
    return widget


def shown_text(panel: StatusPanel) -> str:
    """Every visible label's text, top to bottom, as a person reads the window."""
    labels = [w for w in panel.findChildren(QLabel) if w.isVisible() and w.text()]
    labels.sort(key=lambda w: (w.mapTo(panel, w.rect().topLeft()).y(),
                               w.mapTo(panel, w.rect().topLeft()).x()))
    return "\n".join(w.text() for w in labels)


def test_title_and_live_status(panel: StatusPanel) -> None:
    assert panel.windowTitle() == "psoas-desk status"
    text = shown_text(panel)
    assert "Sitting\nSitting 23 min · micro-break in 7 min" in text
    assert "Next break" in text and "micro-break in 7 min" in text


def test_todays_figures(panel: StatusPanel) -> None:
    snap = sitting(23)
    today = dataclasses.replace(snap.today, sitting_s=3 * 3600 + 600, longest_bout_s=52 * 60,
                                standing_s=40 * 60, breaks_completed=5, breaks_postponed=1,
                                breaks_skipped=2, breaks_worked_through=4, natural_breaks=3)
    panel.update(view(dataclasses.replace(snap, today=today), review="02/03/2026"))
    figures = {name: panel.value(name).text() for name in (
        "bout", "today_sitting", "longest", "standing", "completed", "postponed", "skipped",
        "worked_through", "natural", "checklist", "idle")}
    assert figures == {"bout": "23 min", "today_sitting": "3 h 10 min", "longest": "52 min",
                       "standing": "40 min", "completed": "5", "postponed": "1",
                       "skipped": "2", "worked_through": "4", "natural": "3",
                       "checklist": "02/03/2026", "idle": "x11"}
    # Each figure reads next to its caption, under its heading.
    assert ("Today\nSitting\n3 h 10 min\nLongest bout\n52 min\nStanding\n40 min\n"
            "Breaks taken\n5\nBreaks postponed\n1\nBreaks skipped\n2\n"
            "Breaks worked through\n4\nNatural breaks\n3\n"
            "Setup\nLast checklist review\n02/03/2026\nIdle detection\nx11") in shown_text(panel)


def test_the_first_figure_is_what_the_clock_counts_now(panel: StatusPanel) -> None:
    assert "Sitting bout\n23 min" in shown_text(panel)
    panel.update(view(standing()))
    assert "Standing for\n5 min" in shown_text(panel)
    assert "Sitting bout" not in shown_text(panel)
    assert panel.value("bout").accessibleName() == "Standing for"
    panel.update(view(away()))
    assert "Away for\n10 min" in shown_text(panel)


def test_wall_clock_mode_and_notices_are_explained(panel: StatusPanel) -> None:
    assert "No idle-time source" not in shown_text(panel)
    panel.update(view(sitting(5), idle="none", notices=("Settings were reset: bad file.",)))
    text = shown_text(panel)
    assert panel.value("idle").text() == "none"
    assert "No idle-time source: counting wall-clock time" in text
    assert "Settings were reset: bad file." in text
    panel.update(view(sitting(5)))
    assert "Settings were reset" not in shown_text(panel)


def buttons(panel: StatusPanel) -> list[QPushButton]:
    return [b for b in panel.findChildren(QPushButton) if b.isVisible()]


CLICKS = [
    ("micro", "break_requested", ["micro"]),
    ("stretch", "break_requested", ["stretch"]),
    ("posture", "posture_requested", ["standing"]),
    ("pause", "pause_requested", ["timed", 1800]),
    ("checklist", "checklist_requested", []),
    ("settings", "settings_requested", []),
    ("self_break", "self_break_reported", []),
    ("stats", "stats_requested", []),
]


@pytest.mark.parametrize(("name", "signal", "args"), CLICKS)
def test_each_button_sends_its_intent(panel: StatusPanel, qtbot: QtBot, name: str,
                                      signal: str, args: list[object]) -> None:
    seen = record(panel, PANEL_SIGNALS)
    qtbot.mouseClick(panel.button(name), Qt.MouseButton.LeftButton)
    assert seen == [(signal, args)]


def test_button_intents_carry_the_core_vocabulary(panel: StatusPanel) -> None:
    seen = record(panel, PANEL_SIGNALS)
    for name in ("micro", "stretch", "posture", "pause"):
        panel.button(name).click()
    assert [type(args[0]) for _, args in seen] == [BreakKind, BreakKind, Posture, PauseKind]
    assert seen[-1] == ("pause_requested", [PauseKind.TIMED, 1800])


def test_the_main_actions_are_buttons_with_names_and_keys(panel: StatusPanel) -> None:
    shown = buttons(panel)
    assert [b.text() for b in shown] == [
        "&Micro-break now", "S&tretch now", "R&outines", "I just took a &break",
        "I'm &standing", "Rea&ding or watching", "&Pause 30 min", "Posture &checklist",
        "St&atistics", "S&ettings"]
    keys = [re.search(r"&(.)", b.text()).group(1).lower() for b in shown]  # type: ignore[union-attr]
    assert len(set(keys)) == len(keys)
    assert all(b.accessibleName() == b.text().replace("&", "") for b in shown)
    assert all(panel.value(n).accessibleName() for n in ("bout", "next", "idle"))


def test_posture_and_pause_buttons_follow_the_state(panel: StatusPanel) -> None:
    seen = record(panel, PANEL_SIGNALS)
    panel.update(view(standing()))
    assert panel.button("posture").text() == "I'm s&itting"
    assert panel.button("posture").accessibleName() == "I'm sitting"
    panel.button("posture").click()
    panel.update(view(paused()))
    assert panel.button("pause").text() == "&Resume"
    panel.button("pause").click()
    assert seen == [("posture_requested", ["sitting"]), ("resume_requested", [])]


def test_break_buttons_rest_during_a_break(panel: StatusPanel) -> None:
    panel.update(view(in_break()))
    assert not panel.button("micro").isEnabled() and not panel.button("stretch").isEnabled()
    assert panel.value("next").text() == "none planned right now"


def test_an_unchanged_refresh_sets_nothing(panel: StatusPanel) -> None:
    # See tests/ui/test_tray.py: PySide6 6.12 on Python 3.11 drops a reference
    # to None per Qt call returning nothing.
    same = view(sitting(23))
    panel.update(same)
    before = sys.getrefcount(None)
    for _ in range(200):
        panel.update(same)
    assert sys.getrefcount(None) - before > -50


def test_without_a_tray_it_says_why_and_closing_minimises(panel: StatusPanel,
                                                          qtbot: QtBot) -> None:
    reason = "No system tray was found, so psoas-desk shows this window instead"
    panel.set_no_tray_reason(reason)
    panel.update(view(sitting(5), tray=False))
    assert reason in shown_text(panel)
    seen = record(panel, PANEL_SIGNALS)
    assert panel.button("quit").isVisible()
    panel.close()
    assert panel.isVisible()
    panel.button("quit").click()
    assert seen == [("quit_requested", [])]


def test_with_a_tray_closing_hides_and_quit_lives_in_the_menu(panel: StatusPanel) -> None:
    assert not panel.button("quit").isVisible()
    assert "No system tray" not in shown_text(panel)
    panel.close()
    assert not panel.isVisible()


def test_a_reason_set_before_any_view_already_keeps_the_window(qtbot: QtBot) -> None:
    widget = StatusPanel()
    qtbot.addWidget(widget)
    widget.set_no_tray_reason("No tray here")
    widget.show()
    widget.close()
    assert widget.isVisible()
    widget.set_no_tray_reason("")
    widget.update(view(sitting(1), tray=True))
    widget.close()
    assert not widget.isVisible()


def test_any_routine_is_two_clicks_away(panel: StatusPanel, qtbot: QtBot) -> None:
    from psoas_desk.storage.content import load_content
    from psoas_desk.ui.routine_menu import routine_entries, routine_ids

    library = load_content().library
    assert not panel.button("routines").isEnabled(), "nothing to offer yet"
    panel.set_routines(routine_entries(library, "en"))
    button = panel.button("routines")
    assert button.isEnabled()
    assert button.accessibleDescription().startswith("Choose any routine")
    menu = panel.routines_menu()
    assert set(routine_ids(menu)) == set(library.routines)
    headings = [a.text() for a in menu.actions() if a.objectName().startswith("group:")]
    assert headings == ["At your desk", "At home", "Breathing"]
    assert not any(a.isEnabled() for a in menu.actions() if a.objectName().startswith("group:"))
    seen: list[str] = []
    panel.routine_requested.connect(seen.append)
    floor = next(a for a in menu.actions() if a.objectName() == "routine:home-floor-hips")
    assert floor.text() == "Floor routine for your hips (10 min)"
    floor.trigger()
    assert seen == ["home-floor-hips"]
    panel.update(view(in_break()))
    assert not panel.button("routines").isEnabled()


def test_both_the_micro_and_the_stretch_timer_are_shown(panel: StatusPanel) -> None:
    # 23 min of sitting: micro-break every 30 min, stretch break every 90 min.
    assert panel.value("micro_timer").text() == "in 7 min"
    assert panel.value("stretch_timer").text() == "in 1 h 7 min"
    # Five minutes of standing count as a micro-break: both start afresh, and
    # count down only once the person sits again.
    panel.update(view(standing()))
    assert panel.value("micro_timer").text() == "after 30 min more sitting"
    assert panel.value("stretch_timer").text() == "after 1 h 30 min more sitting"
    panel.update(view(paused()))
    assert panel.value("micro_timer").text() == "paused"


def test_a_kind_turned_off_says_so(panel: StatusPanel) -> None:
    from tests.helpers.sim import Sim, settings_with

    sim = Sim(settings_with(stretch__enabled=False))
    sim.run(minutes=5)
    panel.update(view(sim.engine.snapshot()))
    assert panel.value("micro_timer").text() == "in 25 min"
    assert panel.value("stretch_timer").text() == "turned off"


def test_dates_read_the_local_way_and_never_as_c_locale_digits() -> None:
    from datetime import datetime

    from PySide6.QtCore import QLocale

    from psoas_desk.ui.fmt import date_text

    day = datetime(2026, 12, 6, 12, 0).astimezone()
    assert date_text(day, QLocale("C")) == "2026-12-06"  # not "6 12 2026"
    assert date_text(day, QLocale("de_DE")) == "06.12.26"
    assert date_text(day, QLocale("en_GB")) == "06/12/2026"


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen
@pytest.mark.parametrize(("anchor", "below"), [((760, 0, 24, 24), True),
                                               ((760, 570, 24, 24), False)],
                         ids=["top panel", "bottom panel"])
def test_the_panel_opens_next_to_the_tray_icon(
        qtbot: QtBot, anchor: tuple[int, int, int, int], below: bool) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    area = screen.availableGeometry()
    icon = QRect(*anchor)
    icon.moveRight(min(icon.right(), area.right()))
    if not below:
        icon.moveBottom(area.bottom())
    widget = StatusPanel()
    qtbot.addWidget(widget)
    widget.update(view(sitting(23)))
    widget.show_near(icon)
    qtbot.waitExposed(widget)
    frame = widget.frameGeometry()
    assert area.contains(frame), (frame, area)
    # Right edges line up (within the frame borders, unknown before the first show).
    assert abs(frame.right() - icon.right()) <= 8 or frame.left() == area.left()
    if below:
        assert frame.top() >= icon.bottom()
    else:
        assert frame.bottom() <= icon.top()


def test_reading_or_watching_is_a_toggle_that_follows_the_engine(panel: StatusPanel) -> None:
    seen = record(panel, PANEL_SIGNALS)
    reading = panel.button("reading")
    assert reading.isCheckable() and not reading.isChecked()
    reading.click()
    assert seen == [("reading_requested", [True])]
    panel.update(view(dataclasses.replace(sitting(23), reading=True)))
    assert reading.isChecked()
    reading.click()
    assert seen[-1] == ("reading_requested", [False])
    panel.update(view(sitting(24)))  # it ended by itself (input came back)
    assert not reading.isChecked()
    assert "until you type again" in reading.accessibleDescription()
