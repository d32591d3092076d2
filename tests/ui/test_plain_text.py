"""Text from the user's own files is shown as plain text, never as rich text.

A routine or checklist file may hold ``<a href>``, ``<img>`` or ``<b>``,
by accident or from someone else's file: each window shows those characters
as they are. A label left on Qt's default (AutoText) would render them as
a link or fetch an image, so the test looks at every label that shows such
text: its text is the literal one and its format is PlainText.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from psoas_desk.core.model import BreakKind
from psoas_desk.core.routines import ContentLibrary
from psoas_desk.core.settings import Settings
from psoas_desk.core.settings_codec import SettingsProblem
from psoas_desk.storage.content import load_content
from psoas_desk.ui.break_popup import BreakContent, make_break_popup
from psoas_desk.ui.checklist_window import ChecklistWindow
from psoas_desk.ui.settings_window import SettingsWindow
from tests.helpers.fakes import FakeClock
from tests.ui.popup_helpers import active

LINK = '<a href="https://example.invalid/x">click me</a>'
IMAGE = '<img src="file:///etc/hostname">'
BOLD = "<b>bold</b> &amp; <i>italic</i>"
MARKUP = (LINK, IMAGE, BOLD)


def routine_file(routine_id: str, kind: str) -> str:
    steps = "".join(f"""
[[steps]]
text.en = '{markup} step {n}'
seconds = 20
""" for n, markup in enumerate(MARKUP))
    return f"""format = 1
id = "{routine_id}"
kind = "{kind}"
total_s = 60
title.en = '{LINK} title'
why.en = '{IMAGE} why'
why_source = "general"
{steps}"""


CHECKLIST = f"""format = 1
id = "user-markup-list"
title.en = '{BOLD} list'

[[items]]
id = "one"
text.en = '{LINK} item'
why.en = '{IMAGE} because'
source = "general"
"""


@pytest.fixture
def library(tmp_path: Path) -> ContentLibrary:
    routines, checklists = tmp_path / "routines", tmp_path / "checklists"
    routines.mkdir()
    checklists.mkdir()
    (routines / "micro.toml").write_text(routine_file("user-markup-micro", "micro"))
    (routines / "stretch.toml").write_text(routine_file("user-markup-stretch", "stretch"))
    (checklists / "list.toml").write_text(CHECKLIST)
    loaded = load_content(routines, checklists)
    assert loaded.problems == ()
    return loaded.library


@pytest.fixture
def windows(qapp: QApplication) -> Iterator[list[QWidget]]:
    opened: list[QWidget] = []
    yield opened
    for window in opened:
        if shiboken6.isValid(window):
            window.close()
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def shown_markup(window: QWidget) -> list[QLabel]:
    """The labels whose text contains any of the markup."""
    return [label for label in window.findChildren(QLabel)
            if any(m in label.text() for m in MARKUP) or "<" in label.text()]


def assert_literal(window: QWidget, *expected: str) -> None:
    labels = shown_markup(window)
    texts = " ".join(label.text() for label in labels)
    for text in expected:
        assert text in texts, f"{text!r} is not shown as it is"
    for label in labels:
        assert label.textFormat() is Qt.TextFormat.PlainText, label.text()
        assert not label.openExternalLinks()


def test_a_micro_break_shows_routine_markup_literally(
        library: ContentLibrary, windows: list[QWidget]) -> None:
    routine = library.routines["user-markup-micro"]
    popup = make_break_popup(BreakContent(BreakKind.MICRO, routine, None, (), "en"),
                             clock=FakeClock().monotonic)
    windows.append(popup)
    popup.update_state(active(), skips_left=3, strict=False)
    popup.show()
    assert_literal(popup, f"{LINK} title", f"{IMAGE} why", f"{LINK} step 0")


def test_the_routine_player_shows_every_step_literally(
        library: ContentLibrary, windows: list[QWidget]) -> None:
    clock = FakeClock()
    routine = library.routines["user-markup-stretch"]
    popup = make_break_popup(BreakContent(BreakKind.STRETCH, routine, None, library.safety,
                                          "en"), clock=clock.monotonic)
    windows.append(popup)
    popup.update_state(active(BreakKind.STRETCH, duration=120), skips_left=3, strict=False)
    popup.show()
    start = popup.findChild(QPushButton, "startButton")
    if start is not None and start.isVisible():
        start.click()  # past "Before you start"
    for n, markup in enumerate(MARKUP):
        assert_literal(popup, f"{markup} step {n}", f"{LINK} title")
        clock.advance(20)
        popup.refresh()


def test_the_checklist_window_shows_markup_literally(
        library: ContentLibrary, windows: list[QWidget]) -> None:
    window = ChecklistWindow(list(library.checklists.values()), current="user-markup-list")
    windows.append(window)
    window.show()
    assert_literal(window, f"{LINK} item", f"{IMAGE} because")


def test_the_settings_window_lists_routine_titles_and_file_problems_literally(
        library: ContentLibrary, windows: list[QWidget]) -> None:
    problems = (SettingsProblem("popups.language",
                                f"'{IMAGE}' is not a language code; using the default"),)
    window = SettingsWindow(Settings(), routines=list(library.routines.values()),
                            problems=problems)
    windows.append(window)
    window.show()
    assert_literal(window, IMAGE)
    titles = []
    for tree in window.findChildren(QTreeWidget):
        items = QTreeWidgetItemIterator(tree)
        while items.value() is not None:
            titles += [items.value().text(c) for c in range(tree.columnCount())]
            items += 1
    assert f"{LINK} title" in titles  # a tree item is always plain text
