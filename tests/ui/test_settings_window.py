"""The settings window: built from the declaration, refuses bad values, applies exact changes."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from psoas_desk.core.routines import Routine
from psoas_desk.core.schedule_types import TimeRange, WorkingHours
from psoas_desk.core.settings import (
    Group,
    OptionSpec,
    Settings,
    get_option,
    option_spec,
    option_specs,
)
from psoas_desk.core.settings_codec import SettingsProblem, with_option
from psoas_desk.storage.content import load_content
from psoas_desk.ui.routine_list_editor import RoutineListEditor
from psoas_desk.ui.settings_window import SettingsWindow, option_controllers


@pytest.fixture(scope="module")
def routines() -> list[Routine]:
    return sorted(load_content().library.routines.values(), key=lambda r: r.id)


def everything_on() -> Settings:
    """Settings where every switch other options depend on is on, so nothing is greyed."""
    settings = Settings()
    for master in set(option_controllers().values()):
        settings = with_option(settings, master, True)
    return settings


@pytest.fixture
def make_window(qtbot: QtBot, routines: list[Routine]) -> Iterator[Any]:
    def make(settings: Settings | None = None, **kwargs: Any) -> SettingsWindow:
        window = SettingsWindow(settings or Settings(), routines=routines, **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window
    yield make


def show_page(window: SettingsWindow, group: Group) -> None:
    window.page_list.setCurrentRow(list(Group).index(group))
    assert window.current_page().group is group


def spin(window: SettingsWindow, key: str) -> QSpinBox:
    box = window.rows[key].editor.focusProxy()
    assert isinstance(box, QSpinBox)
    return box


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select everything in a field and type ``text`` over it, as a person would."""
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def error_text(window: SettingsWindow, key: str) -> str:
    label = window.rows[key].error
    return label.text() if label.isVisibleTo(window) else ""


def refused(window: SettingsWindow) -> bool:
    return not window.ok_button.isEnabled() and not window.apply_button.isEnabled()


def day_line(window: SettingsWindow, day: str) -> QLineEdit:
    line = window.findChild(QLineEdit, f"hours-{day}")
    assert line is not None
    return line


def routine_tree(window: SettingsWindow) -> QTreeWidget:
    return routine_editor(window).tree


def routine_editor(window: SettingsWindow) -> RoutineListEditor:
    editor = window.rows["routines.disabled"].editor
    assert isinstance(editor, RoutineListEditor)
    return editor


# --- built from the declaration ---------------------------------------------------------

def test_one_page_per_group_in_order(make_window: Any) -> None:
    window = make_window()
    assert window.windowTitle() == "psoas-desk settings"
    names = [window.page_list.item(i).text() for i in range(window.page_list.count())]
    assert names == [g.value for g in Group]
    assert window.pages.count() == len(Group)


@pytest.mark.parametrize("spec", option_specs(), ids=lambda s: s.key)
def test_every_option_has_an_editor_with_label_and_help(make_window: Any,
                                                        spec: OptionSpec) -> None:
    window = make_window(everything_on())
    show_page(window, spec.info.group)
    row = window.rows[spec.key]
    page = window.current_page()
    assert row.editor.isVisibleTo(window) and page.isAncestorOf(row.editor)
    texts = [label.text().replace("&", "") for label in page.findChildren(QLabel)
             if label.isVisibleTo(window)]
    texts += [box.text().replace("&", "") for box in page.findChildren(QCheckBox)
              if box.isVisibleTo(window)]
    assert spec.info.label in texts
    assert spec.info.help in texts
    control = row.editor.focusProxy()
    assert control is not None and control.accessibleDescription() == spec.info.help
    assert control.accessibleName().startswith(spec.info.label)
    if spec.type is bool:
        assert isinstance(control, QCheckBox)
    elif spec.key == "schedule.day_starts_at":
        assert isinstance(control, QTimeEdit)  # a time of day, not "4 h"
    elif spec.type in (int, timedelta):
        assert isinstance(control, QSpinBox)
        assert spec.info.unit == "" or control.suffix().strip() == spec.info.unit
    elif isinstance(spec.type, type) and issubclass(spec.type, enum.Enum):
        assert isinstance(control, QComboBox)
        assert control.count() == len(spec.type)


def test_spin_boxes_step_only_within_the_bounds(make_window: Any) -> None:
    window = make_window(with_option(Settings(), "sounds.volume", 99))
    volume = spin(window, "sounds.volume")
    volume.stepBy(5)
    assert volume.value() == 100
    assert volume.text() == "100%"
    interval = spin(window, "micro.interval")
    interval.stepBy(-1000)
    assert interval.text() == "1 min"


# --- applying ---------------------------------------------------------------------------

def next_value(spec: OptionSpec, current: Any, routines: list[Routine]) -> Any:
    """A different valid value for ``spec``, as the editor will be driven to it."""
    if spec.type is bool:
        return not current
    if spec.type is int:
        return current + 1 if current < spec.info.maximum else current - 1
    if spec.type is timedelta:
        step = timedelta(minutes=1) if spec.info.unit == "min" else timedelta(seconds=1)
        return current + step if current + step <= spec.info.maximum else current - step
    if isinstance(spec.type, type) and issubclass(spec.type, enum.Enum):
        members = list(spec.type)
        return members[(members.index(current) + 1) % len(members)]
    if spec.type is str:
        return "en"  # the choice after "System language"
    if spec.type is WorkingHours:
        days = list(current.days)
        days[1] = (TimeRange.parse("08:00-16:00"),)
        return WorkingHours(tuple(days))
    return (*current, routines[0].id)


def drive(qtbot: QtBot, window: SettingsWindow, spec: OptionSpec, new: Any,
          current: Any) -> None:
    """Change the editor of ``spec`` from the keyboard."""
    control = window.rows[spec.key].editor.focusProxy()
    assert control is not None
    if isinstance(control, QCheckBox):
        qtbot.keyClick(control, Qt.Key.Key_Space)
    elif isinstance(control, QSpinBox | QTimeEdit):
        qtbot.keyClick(control, Qt.Key.Key_Up if new > current else Qt.Key.Key_Down)
    elif isinstance(control, QComboBox):
        qtbot.keyClick(control, Qt.Key.Key_Down)
    elif isinstance(control, QTreeWidget):
        item = routine_editor(window).items[new[-1]]
        control.setCurrentItem(item)
        qtbot.keyClick(control, Qt.Key.Key_Space)
    elif spec.type is WorkingHours:
        type_into(qtbot, day_line(window, "tue"), "08:00-16:00")
    else:
        assert isinstance(control, QLineEdit)
        type_into(qtbot, control, new)


@pytest.mark.parametrize("spec", option_specs(), ids=lambda s: s.key)
def test_apply_emits_exactly_the_change(qtbot: QtBot, make_window: Any, spec: OptionSpec,
                                        routines: list[Routine]) -> None:
    base = everything_on()
    window = make_window(base)
    show_page(window, spec.info.group)
    assert not window.apply_button.isEnabled()
    current = get_option(base, spec.key)
    new = next_value(spec, current, routines)
    drive(qtbot, window, spec, new, current)
    assert window.apply_button.isEnabled()
    with qtbot.waitSignal(window.applied) as blocker:
        qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [with_option(base, spec.key, new)]
    assert not window.apply_button.isEnabled()
    assert window.isVisible()


def test_ok_applies_and_closes(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    type_into(qtbot, spin(window, "micro.interval"), "45")
    with qtbot.waitSignal(window.applied) as blocker:
        qtbot.mouseClick(window.ok_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [with_option(Settings(), "micro.interval", timedelta(minutes=45))]
    assert not window.isVisible()


def test_ok_without_changes_closes_quietly(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    with qtbot.assertNotEmitted(window.applied):
        qtbot.mouseClick(window.ok_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_cancel_and_escape_emit_nothing_and_forget_edits(qtbot: QtBot,
                                                         make_window: Any) -> None:
    window = make_window()
    type_into(qtbot, spin(window, "micro.interval"), "45")
    with qtbot.assertNotEmitted(window.applied):
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    window.show()
    assert spin(window, "micro.interval").text() == "30 min"
    type_into(qtbot, spin(window, "micro.interval"), "50")
    with qtbot.assertNotEmitted(window.applied):
        qtbot.keyClick(spin(window, "micro.interval"), Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_a_minutes_value_that_is_not_whole_is_kept_until_changed(qtbot: QtBot,
                                                                 make_window: Any) -> None:
    base = with_option(Settings(), "stretch.duration", timedelta(seconds=150))
    window = make_window(base)
    assert spin(window, "stretch.duration").text() == "2 min"
    type_into(qtbot, spin(window, "micro.interval"), "45")
    with qtbot.waitSignal(window.applied) as blocker:
        qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].stretch.duration == timedelta(seconds=150)
    type_into(qtbot, spin(window, "stretch.duration"), "3")
    with qtbot.waitSignal(window.applied) as blocker:
        qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].stretch.duration == timedelta(minutes=3)


# --- refusing ---------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "typed", "reason"), [
    ("micro.interval", "300", "must be at most 4 h, got 5 h"),
    ("micro.interval", "0", "must be at least 1 min, got 0 s"),
    ("presence.away_threshold", "31", "must be at most 30 min, got 31 min"),
    ("micro.duration", "5", "must be at least 10 s, got 5 s"),
    ("sounds.volume", "150", "must be at most 100, got 150"),
    ("micro.interval", "", "enter a whole number"),
])
def test_out_of_range_numbers_are_refused_with_the_reason(
        qtbot: QtBot, make_window: Any, key: str, typed: str, reason: str) -> None:
    window = make_window()
    show_page(window, window.rows[key].spec.info.group)
    type_into(qtbot, spin(window, key), typed)
    assert error_text(window, key).lower() == reason.lower()
    assert refused(window)
    page = list(Group).index(window.rows[key].spec.info.group)
    assert "values to correct" in window.page_list.item(page).data(
        Qt.ItemDataRole.AccessibleTextRole)
    assert window.status.isVisibleTo(window)
    type_into(qtbot, spin(window, key), "20")
    assert error_text(window, key) == ""
    assert window.ok_button.isEnabled() and window.apply_button.isEnabled()
    assert not window.status.isVisibleTo(window)


@pytest.mark.parametrize(("typed", "reason"), [
    ("17:00-09:00", "ends before it starts"),
    ("9-5", "is not a time range"),
    ("09:00-12:00, 11:00-13:00", "overlap"),
    ("25:00-26:00", "impossible time"),
])
def test_malformed_working_hours_are_refused_with_the_reason(
        qtbot: QtBot, make_window: Any, typed: str, reason: str) -> None:
    window = make_window(with_option(Settings(), "schedule.working_hours_only", True))
    show_page(window, Group.SCHEDULE)
    type_into(qtbot, day_line(window, "tue"), typed)
    message = error_text(window, "schedule.working_hours")
    assert message.startswith("Tuesday: ") and reason in message
    assert refused(window)
    type_into(qtbot, day_line(window, "tue"), "")
    assert error_text(window, "schedule.working_hours") == ""
    assert window.apply_button.isEnabled()


def test_working_hours_follow_their_switch(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    show_page(window, Group.SCHEDULE)
    assert not day_line(window, "mon").isEnabled()
    switch = window.rows["schedule.working_hours_only"].editor.focusProxy()
    assert switch is not None
    qtbot.keyClick(switch, Qt.Key.Key_Space)
    assert all(day_line(window, d).isEnabled() for d in ("mon", "sat", "sun"))


def test_micro_break_options_grey_out_with_micro_breaks(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    micro = [s.key for s in option_specs() if s.section == "micro" and s.name != "enabled"]
    assert all(window.rows[k].editor.isEnabled() for k in micro)
    qtbot.keyClick(window.rows["micro.enabled"].editor.focusProxy(), Qt.Key.Key_Space)
    assert not any(window.rows[k].editor.isEnabled() for k in micro)
    assert window.rows["stretch.interval"].editor.isEnabled()


def test_the_language_is_chosen_from_the_shipped_ones(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    applied: list[Settings] = []
    window.applied.connect(applied.append)
    show_page(window, Group.POPUPS)
    combo = window.rows["popups.language"].editor.focusProxy()
    assert isinstance(combo, QComboBox)
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[0].startswith("System language")
    assert items[1:] == ["English", "Deutsch", "Español", "Français", "Português (Portugal)"]
    combo.setCurrentIndex(items.index("Deutsch"))
    qtbot.mouseClick(window.ok_button, Qt.MouseButton.LeftButton)
    assert applied[-1].popups.language == "de"


def test_a_language_from_the_file_without_screens_is_shown_as_such(make_window: Any) -> None:
    window = make_window(with_option(Settings(), "popups.language", "it"))
    show_page(window, Group.POPUPS)
    combo = window.rows["popups.language"].editor.focusProxy()
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "it (no translation: screens in English)"
    assert not window.apply_button.isEnabled(), "showing it is no change"


def test_typing_the_working_hours_as_the_help_writes_them_is_accepted(
        qtbot: QtBot, make_window: Any) -> None:
    window = make_window(with_option(Settings(), "schedule.working_hours_only", True))
    applied: list[Settings] = []
    window.applied.connect(applied.append)
    show_page(window, Group.SCHEDULE)
    assert "09:00-12:30 and 13:30-17:30" in window.rows["schedule.working_hours"].help.text()
    type_into(qtbot, day_line(window, "tue"), "09:00-12:30 and 13:30-17:30")
    assert error_text(window, "schedule.working_hours") == ""
    qtbot.mouseClick(window.ok_button, Qt.MouseButton.LeftButton)
    assert [str(r) for r in applied[-1].schedule.working_hours.ranges_on(1)] == [
        "09:00-12:30", "13:30-17:30"]


def test_a_greyed_out_option_with_a_bad_value_does_not_block_ok(
        qtbot: QtBot, make_window: Any) -> None:
    window = make_window(with_option(Settings(), "schedule.working_hours_only", True))
    applied: list[Settings] = []
    window.applied.connect(applied.append)
    show_page(window, Group.SCHEDULE)
    type_into(qtbot, day_line(window, "mon"), "nine to five")
    assert "is not a time range" in error_text(window, "schedule.working_hours")
    assert refused(window)
    # Turning working hours off greys the field out: its value cannot block saving.
    switch = window.rows["schedule.working_hours_only"].editor.focusProxy()
    qtbot.keyClick(switch, Qt.Key.Key_Space)
    assert error_text(window, "schedule.working_hours") == ""
    assert window.ok_button.isEnabled()
    qtbot.mouseClick(window.ok_button, Qt.MouseButton.LeftButton)
    assert applied[-1].schedule.working_hours_only is False
    assert applied[-1].schedule.working_hours == Settings().schedule.working_hours


@pytest.mark.parametrize("key", ["micro.interval", "popups.theme", "schedule.day_starts_at"])
def test_the_wheel_over_an_unfocused_control_scrolls_the_page_not_the_value(
        qtbot: QtBot, make_window: Any, key: str) -> None:
    window = make_window()
    group = option_spec(key).info.group
    show_page(window, group)
    control = window.rows[key].editor.focusProxy()
    assert control is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.page_list.setFocus()
    before = window.rows[key].editor.raw_value()
    wheel(control)
    assert window.rows[key].editor.raw_value() == before
    assert not window.apply_button.isEnabled()
    # Once the person has clicked into it (it has the focus), the wheel works.
    control.setFocus()
    assert control.hasFocus()
    wheel(control)
    assert window.rows[key].editor.raw_value() != before


def wheel(widget: QWidget) -> None:
    """One notch of the mouse wheel (downwards) over the middle of ``widget``."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, widget.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_keeping_history_forever_says_forever(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    applied: list[Settings] = []
    window.applied.connect(applied.append)
    show_page(window, Group.STARTUP)
    days = spin(window, "startup.history_days")
    assert days.text() == "Forever"
    days.stepBy(1)
    assert days.text() == "1 days" or days.text().startswith("1")
    days.stepBy(-1)
    assert days.text() == "Forever"
    type_into(qtbot, days, "90")
    qtbot.mouseClick(window.ok_button, Qt.MouseButton.LeftButton)
    assert applied[-1].startup.history_days == 90


def test_a_new_day_starts_at_a_time(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    applied: list[Settings] = []
    window.applied.connect(applied.append)
    show_page(window, Group.SCHEDULE)
    time = window.rows["schedule.day_starts_at"].editor.focusProxy()
    assert isinstance(time, QTimeEdit)
    assert time.text() == "04:00"
    time.setFocus()
    qtbot.keyClick(time, Qt.Key.Key_Up)
    assert time.text() == "05:00"
    qtbot.mouseClick(window.ok_button, Qt.MouseButton.LeftButton)
    assert applied[-1].schedule.day_starts_at == 5


def test_the_sounds_page_plays_a_sample_or_says_why_it_cannot(
        qtbot: QtBot, make_window: Any) -> None:
    window = make_window(with_option(Settings(), "sounds.volume", 70))
    show_page(window, Group.SOUNDS)
    button = window.findChild(QPushButton, "sound-preview")
    assert button is not None and button.isVisibleTo(window)
    with qtbot.waitSignal(window.sound_preview_requested) as played:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert played.args == [70]
    window.set_sound_note("No audio output was found, so sounds cannot play.")
    note = window.findChild(QLabel, "sound-note")
    assert note is not None and note.isVisibleTo(window)
    assert note.text() == "No audio output was found, so sounds cannot play."
    assert not button.isEnabled()
    window.set_sound_note("")
    assert not note.isVisibleTo(window) and button.isEnabled()


def test_break_that_may_end_before_it_starts_is_refused(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    type_into(qtbot, spin(window, "micro.min_duration"), "90")
    assert "longer than the break itself" in error_text(window, "micro.min_duration")
    assert refused(window)
    type_into(qtbot, spin(window, "micro.duration"), "120")
    assert error_text(window, "micro.min_duration") == ""
    with qtbot.waitSignal(window.applied) as blocker:
        qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].micro.min_duration == timedelta(seconds=90)
    assert blocker.args[0].micro.duration == timedelta(seconds=120)


# --- restore defaults -------------------------------------------------------------------

def answer_restore(qtbot: QtBot, window: SettingsWindow,
                   button: QMessageBox.StandardButton) -> str:
    qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "restore-confirm") is not None)
    box = window.findChild(QMessageBox, "restore-confirm")
    assert box is not None and box.isVisible()
    text = box.text()
    answer = box.button(button)
    assert answer is not None
    qtbot.mouseClick(answer, Qt.MouseButton.LeftButton)
    return text


def changed_settings() -> Settings:
    settings = with_option(Settings(), "micro.interval", timedelta(minutes=45))
    settings = with_option(settings, "breaks.strict", True)
    return with_option(settings, "sounds.volume", 80)


def test_restore_defaults_resets_the_page_after_confirmation(qtbot: QtBot,
                                                             make_window: Any) -> None:
    window = make_window(changed_settings())
    show_page(window, Group.BREAKS)
    question = answer_restore(qtbot, window, QMessageBox.StandardButton.RestoreDefaults)
    assert "Breaks" in question
    assert spin(window, "micro.interval").text() == "30 min"
    with qtbot.waitSignal(window.applied) as blocker:
        qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
    # Only the Breaks page went back; the volume on the Sounds page stays.
    assert blocker.args == [with_option(Settings(), "sounds.volume", 80)]


def test_restore_defaults_can_be_declined(qtbot: QtBot, make_window: Any) -> None:
    window = make_window(changed_settings())
    answer_restore(qtbot, window, QMessageBox.StandardButton.Cancel)
    assert spin(window, "micro.interval").text() == "45 min"
    assert not window.apply_button.isEnabled()


# --- problems, save errors, refresh -----------------------------------------------------

def test_problems_banner_names_the_reset_keys_and_the_backup(qtbot: QtBot,
                                                             make_window: Any) -> None:
    backup = Path("/home/sam/.config/psoas-desk/settings.toml.bad-3")
    problems = [SettingsProblem("micro.interval", "must be at least 1m, got 0s; using the "
                                "default 30m"),
                SettingsProblem("", "this file was written by a newer psoas-desk")]
    window = make_window(problems=problems, backup=backup)
    banner = window.problems_banner
    assert banner.isVisible()
    text = banner.body.text()
    assert "Micro-break every: must be at least 1m, got 0s; using the default 30m" in text
    assert "this file was written by a newer psoas-desk" in text
    assert str(backup) in text
    qtbot.mouseClick(banner.dismiss, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_no_banner_without_problems(make_window: Any) -> None:
    assert not make_window().problems_banner.isVisible()


# The offscreen platform cannot raise windows; the window still asks to be raised.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_save_error_keeps_the_window_open_and_apply_ready(qtbot: QtBot,
                                                          make_window: Any) -> None:
    window = make_window()
    window.applied.connect(lambda _s: window.show_save_error("Disk full"))
    type_into(qtbot, spin(window, "micro.interval"), "45")
    qtbot.mouseClick(window.ok_button, Qt.MouseButton.LeftButton)
    assert window.isVisible()
    assert window.save_banner.isVisible()
    assert "Disk full" in window.save_banner.body.text()
    assert window.apply_button.isEnabled()


def test_set_settings_refreshes_without_losing_edits(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    type_into(qtbot, spin(window, "micro.interval"), "45")
    window.set_settings(with_option(Settings(), "sounds.volume", 70))
    assert spin(window, "sounds.volume").text() == "70%"
    assert spin(window, "micro.interval").text() == "45 min"
    with qtbot.waitSignal(window.applied) as blocker:
        qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
    expected = with_option(Settings(), "sounds.volume", 70)
    assert blocker.args == [with_option(expected, "micro.interval", timedelta(minutes=45))]


# --- routines ---------------------------------------------------------------------------

def test_disabled_routines_round_trip(qtbot: QtBot, make_window: Any,
                                      routines: list[Routine]) -> None:
    kept_unknown = "a-user-routine-that-was-removed"
    base = with_option(Settings(), "routines.disabled", ("micro-walk", kept_unknown))
    window = make_window(base)
    tree = routine_tree(window)
    states = {rid: item.checkState(0) for rid, item in
              routine_editor(window).items.items()}
    assert set(states) == {r.id for r in routines}
    assert [rid for rid, s in states.items() if s != Qt.CheckState.Checked] == ["micro-walk"]
    assert not window.apply_button.isEnabled()
    march = routine_editor(window).items["micro-march"]
    tree.setCurrentItem(march)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    walk = routine_editor(window).items["micro-walk"]
    tree.setCurrentItem(walk)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    with qtbot.waitSignal(window.applied) as blocker:
        qtbot.mouseClick(window.apply_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].routines.disabled == (kept_unknown, "micro-march")


def test_routines_are_grouped_by_kind(make_window: Any, routines: list[Routine]) -> None:
    window = make_window()
    tree = routine_tree(window)
    headings = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [h.text(0) for h in headings if h is not None] == [
        "Micro-breaks", "Stretch breaks", "At home", "Breathing"]
    for heading in headings:
        assert heading is not None
        titles = [child.text(0) for i in range(heading.childCount())
                  if (child := heading.child(i)) is not None]
        kinds = {next(r.kind for r in routines if r.title.en == title) for title in titles}
        assert titles
        assert len(kinds) == 1


# --- keyboard ---------------------------------------------------------------------------

def focus_chain(qtbot: QtBot, window: SettingsWindow, limit: int = 200) -> list[QWidget]:
    """Press Tab from the page list until focus comes back to it."""
    window.page_list.setFocus()
    seen: list[QWidget] = []
    for _ in range(limit):
        current = window.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = window.focusWidget()
        assert now is not None
        if now is window.page_list:
            return seen
        seen.append(now)
    raise AssertionError("Tab never came back to the page list")


@pytest.mark.parametrize("group", list(Group), ids=lambda g: g.name)
def test_tab_reaches_every_editor_on_the_page(qtbot: QtBot, make_window: Any,
                                             group: Group) -> None:
    window = make_window(everything_on())
    window.page_list.setFocus()
    for _ in range(list(Group).index(group)):
        qtbot.keyClick(window.page_list, Qt.Key.Key_Down)
    assert window.current_page().group is group
    seen = focus_chain(qtbot, window)
    for row in window.current_page().rows:
        # A spin box hands its focus to its line edit; count either.
        controls = [w for w in row.editor.findChildren(QWidget)
                    if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(window)
                    and w.focusProxy() is None]
        assert controls, row.spec.key
        for control in controls:
            reached = control in seen or any(
                w.focusProxy() is control or control.isAncestorOf(w) for w in seen)
            assert reached, f"{row.spec.key}: {control!r} not reachable with Tab"
    assert window.ok_button in seen and window.cancel_button in seen


def test_pages_turn_with_ctrl_page_down(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    spin(window, "micro.interval").setFocus()
    qtbot.keyClick(spin(window, "micro.interval"), Qt.Key.Key_PageDown,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().group is Group.PRESENCE
    qtbot.keyClick(window.page_list, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.page_list, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().group is Group.STARTUP


def mnemonic(text: str) -> str:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else ""


@pytest.mark.parametrize("group", list(Group), ids=lambda g: g.name)
def test_mnemonics_on_a_page_are_distinct(make_window: Any, group: Group) -> None:
    window = make_window()
    show_page(window, group)
    page = window.current_page()
    letters = [mnemonic(w.text()) for w in page.findChildren(QLabel) + page.findChildren(QCheckBox)]
    buttons = [mnemonic(b.text()) for b in (window.ok_button, window.cancel_button,
                                            window.apply_button, window.restore_button)]
    used = [letter for letter in letters + buttons if letter]
    assert len(used) == len(set(used))
    # Long pages run out of letters; short ones give every option a mnemonic.
    assert len([letter for letter in letters if letter]) >= min(len(page.rows), 12)


def test_a_label_mnemonic_moves_focus_to_its_editor(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    row = window.rows["micro.postpone"]
    assert row.label is not None
    letter = mnemonic(row.label.text())
    qtbot.keyClick(window.focusWidget() or window, getattr(Qt.Key, f"Key_{letter.upper()}"),
                   Qt.KeyboardModifier.AltModifier)
    focused = window.focusWidget()
    assert focused is not None and row.editor.isAncestorOf(focused)


def test_a_hand_edit_read_again_shows_the_same_banner_as_at_start(make_window: Any) -> None:
    from psoas_desk.core.settings_codec import decode

    window = make_window()
    assert not window.problems_banner.isVisibleTo(window)
    problems = decode({"micro": {"interval": "5h"}}).problems
    window.set_problems(problems, Path("/home/sam/.config/psoas-desk/settings.toml.broken-1"))
    assert window.problems_banner.isVisibleTo(window)
    body = window.problems_banner.body.text()
    assert "Micro-break every: must be at most 4 h, got 5 h" in body
    assert "micro.interval" not in body
    window.set_problems((), None)
    assert not window.problems_banner.isVisibleTo(window)
