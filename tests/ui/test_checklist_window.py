"""The posture checklist window: items with their reasons, every point answered (ticked or
"can't change this here") before a review counts, answers kept through the day."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from psoas_desk.core.routines import Checklist
from psoas_desk.storage.content import load_content
from psoas_desk.ui.checklist_window import ChecklistWindow


@pytest.fixture(scope="module")
def checklists() -> list[Checklist]:
    return sorted(load_content().library.checklists.values(), key=lambda c: c.id)


@pytest.fixture
def make_window(qtbot: QtBot, checklists: list[Checklist]) -> Any:
    def make(lists: Sequence[Checklist] | None = None, **kwargs: Any) -> ChecklistWindow:
        window = ChecklistWindow(checklists if lists is None else lists, **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window
    return make


def by_id(checklists: list[Checklist], checklist_id: str) -> Checklist:
    return next(c for c in checklists if c.id == checklist_id)


def answer_rest(window: ChecklistWindow) -> None:
    """Mark every point not yet answered as "can't change this here"."""
    for item_id, box in window.boxes.items():
        if not box.isChecked():
            window.cant_boxes[item_id].setChecked(True)


def visible_texts(window: ChecklistWindow) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel)
            if label.isVisibleTo(window) and label.text()]


def test_sitting_set_up_is_shown_first_with_every_item_and_why(
        make_window: Any, checklists: list[Checklist]) -> None:
    window = make_window()
    assert window.windowTitle() == "Posture checklist"
    sitting = by_id(checklists, "sitting-setup")
    texts = visible_texts(window)
    assert sitting.title.en in texts
    assert list(window.boxes) == [item.id for item in sitting.items]
    for item in sitting.items:
        assert item.text.en in texts
        assert item.why is not None and item.why.en in texts
        box = window.boxes[item.id]
        assert box.isVisibleTo(window) and not box.isChecked()
        assert box.accessibleName() == item.text.en
        assert box.accessibleDescription() == item.why.en


def test_the_reason_is_smaller_than_the_item(make_window: Any,
                                             checklists: list[Checklist]) -> None:
    window = make_window()
    item = by_id(checklists, "sitting-setup").items[0]
    labels = {label.text(): label for label in window.findChildren(QLabel)}
    assert item.why is not None
    assert labels[item.why.en].font().pointSizeF() < labels[item.text.en].font().pointSizeF()


def test_ticking_and_done_reports_the_ticked_items(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    qtbot.mouseClick(window.boxes["feet-flat"], Qt.MouseButton.LeftButton)
    window.boxes["wrists"].setFocus()
    qtbot.keyClick(window.boxes["wrists"], Qt.Key.Key_Space)
    answer_rest(window)
    with qtbot.waitSignal(window.reviewed) as blocker:
        qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["sitting-setup", ["feet-flat", "wrists"]]
    assert not window.isVisible()


def test_clicking_the_item_text_ticks_it(qtbot: QtBot, make_window: Any,
                                         checklists: list[Checklist]) -> None:
    window = make_window()
    item = by_id(checklists, "sitting-setup").items[2]
    label = next(w for w in window.findChildren(QLabel) if w.text() == item.text.en)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert window.boxes[item.id].isChecked()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert not window.boxes[item.id].isChecked()


def test_a_review_counts_only_with_every_point_answered(qtbot: QtBot,
                                                        make_window: Any) -> None:
    window = make_window()
    count = len(window.boxes)
    assert not window.done_button.isEnabled()
    assert f"{count} to answer" in visible_texts(window)
    qtbot.mouseClick(window.boxes["feet-flat"], Qt.MouseButton.LeftButton)
    assert f"{count - 1} to answer" in visible_texts(window)
    with qtbot.assertNotEmitted(window.reviewed):
        window.done_button.click()  # disabled: nothing happens
    answer_rest(window)
    assert window.done_button.isEnabled()
    assert not any(t.endswith("to answer") for t in visible_texts(window))
    with qtbot.waitSignal(window.reviewed) as blocker:
        qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["sitting-setup", ["feet-flat"]]


def test_a_point_has_one_answer_and_every_change_is_reported(qtbot: QtBot,
                                                            make_window: Any) -> None:
    window = make_window()
    seen: list[tuple[str, dict[str, str]]] = []
    window.answers_changed.connect(lambda cid, answers: seen.append((cid, answers)))
    window.cant_boxes["footrest"].setChecked(True)
    window.boxes["footrest"].setChecked(True)
    assert not window.cant_boxes["footrest"].isChecked()
    window.cant_boxes["footrest"].setChecked(True)
    assert not window.boxes["footrest"].isChecked()
    assert seen[-1] == ("sitting-setup", {"footrest": "cant"})
    assert window.cant_boxes["footrest"].text() == "Can't change this here"


def test_the_days_answers_come_back_in_a_new_window(make_window: Any) -> None:
    window = make_window(answers={"sitting-setup": {"feet-flat": "ticked", "wrists": "cant",
                                                    "nonsense": "maybe"}})
    assert window.answers() == {"feet-flat": "ticked", "wrists": "cant"}
    assert window.boxes["feet-flat"].isChecked() and window.cant_boxes["wrists"].isChecked()


def test_close_and_escape_emit_nothing(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    qtbot.mouseClick(window.boxes["feet-flat"], Qt.MouseButton.LeftButton)
    with qtbot.assertNotEmitted(window.reviewed):
        qtbot.mouseClick(window.close_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    window.show()
    # Closing without Done keeps the ticks for the next look.
    assert window.boxes["feet-flat"].isChecked()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.assertNotEmitted(window.reviewed):
        qtbot.keyClick(window.boxes["feet-flat"], Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_switching_to_the_standing_set_up(qtbot: QtBot, make_window: Any,
                                          checklists: list[Checklist]) -> None:
    window = make_window()
    assert window.chooser.isVisibleTo(window)
    qtbot.mouseClick(window.boxes["feet-flat"], Qt.MouseButton.LeftButton)
    standing = by_id(checklists, "standing-setup")
    window.chooser.setFocus()
    qtbot.keyClick(window.chooser, Qt.Key.Key_Down)
    assert window.title.text() == standing.title.en
    assert list(window.boxes) == [item.id for item in standing.items]
    assert standing.items[0].text.en in visible_texts(window)
    qtbot.keyClick(window.boxes[standing.items[1].id], Qt.Key.Key_Space)
    answer_rest(window)
    with qtbot.waitSignal(window.reviewed) as blocker:
        qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["standing-setup", [standing.items[1].id]]


def test_switching_back_keeps_the_ticks(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    qtbot.mouseClick(window.boxes["elbows"], Qt.MouseButton.LeftButton)
    window.chooser.setCurrentIndex(1)
    assert "elbows" not in window.boxes
    window.chooser.setCurrentIndex(0)
    assert window.ticked() == ["elbows"]


def test_current_picks_the_list_shown(make_window: Any, checklists: list[Checklist]) -> None:
    window = make_window(current="standing-setup")
    assert list(window.boxes) == [i.id for i in by_id(checklists, "standing-setup").items]


def test_one_checklist_needs_no_chooser(make_window: Any, checklists: list[Checklist]) -> None:
    window = make_window([by_id(checklists, "standing-setup")])
    assert not window.chooser.isVisibleTo(window)
    assert window.title.text() == "Standing set-up"


def test_no_checklist_at_all(qtbot: QtBot, make_window: Any) -> None:
    window = make_window([])
    assert not window.done_button.isEnabled()
    assert window.findChildren(QCheckBox) == []


def test_last_review(make_window: Any) -> None:
    window = make_window()
    assert "Not reviewed yet" in visible_texts(window)
    window.set_last_review("12 March")
    assert "Last reviewed 12 March" in visible_texts(window)
    assert "Not reviewed yet" not in visible_texts(window)
    assert "Last reviewed 3 May" in visible_texts(make_window(last_review="3 May"))


def test_tab_walks_the_items_then_the_buttons(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    answer_rest(window)  # Done takes part in the walk once it can be pressed
    # Each point: its box, then its "can't change this here".
    pairs = [w for pair in zip(window.boxes.values(), window.cant_boxes.values(), strict=True)
             for w in pair]
    pairs[0].setFocus()
    seen = [pairs[0]]
    for _ in range(len(pairs) + 4):
        current = window.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    assert seen[:len(pairs)] == pairs
    assert window.chooser in seen and window.done_button in seen
    assert window.close_button in seen


def test_after_done_the_answers_stay_for_the_day(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    qtbot.mouseClick(window.boxes["sit-tall"], Qt.MouseButton.LeftButton)
    answer_rest(window)
    with qtbot.waitSignal(window.reviewed):
        qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    window.show()
    assert window.ticked() == ["sit-tall"]
