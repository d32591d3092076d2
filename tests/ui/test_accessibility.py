"""Accessibility: names and descriptions, the keyboard alone, calm countdowns, no colour-only cues.

Every window the app opens (``tests/ui/all_windows.py``) is checked the way a
screen-reader or keyboard-only user meets it: each control says what it is
and does (its accessible name and description), Tab reaches every control,
mnemonics are unique within a window in every language, Escape closes what
it should, and a countdown's accessible text changes at most every 15 s (plus
at its start and end), so a screen reader is not made to read a number every
second. The tray's looks differ in shape and lightness, not only in hue.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from psoas_desk.core.model import BreakKind
from psoas_desk.core.routines import ContentLibrary
from psoas_desk.core.settings import Theme
from psoas_desk.i18n import install_translators
from psoas_desk.storage.content import load_content
from psoas_desk.ui.break_popup import BreakContent, BreakPopup, make_break_popup
from psoas_desk.ui.checklist_window import ChecklistWindow
from psoas_desk.ui.countdown_ring import CountdownRing
from psoas_desk.ui.form_labels import Banner
from psoas_desk.ui.settings_window import SettingsWindow
from psoas_desk.ui.status_panel import StatusPanel
from psoas_desk.ui.theme import apply_theme
from psoas_desk.ui.tray_icons import TrayIconState, render_tray_image
from psoas_desk.ui.view import AppView
from tests.helpers.fakes import FakeClock
from tests.ui.all_windows import everything_on, scenes, settle
from tests.ui.popup_helpers import active
from tests.ui.test_tray_icons import sitting

# Opening the tray menu on the offscreen platform: it cannot raise a window
# or grab the keyboard, which a menu asks for; harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing the keyboard")

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView,
               QTabBar)
LANGUAGES = ("en", "de", "es", "fr", "pt_PT")


@pytest.fixture(scope="module")
def library() -> ContentLibrary:
    return load_content().library


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """Install the parametrised language for one test, English again after."""
    before = QLocale()
    code = getattr(request, "param", "en")
    content = install_translators(qapp, code).content
    yield content
    install_translators(qapp, "en")
    QLocale.setDefault(before)


def controls(window: QWidget) -> list[QWidget]:
    """The visible controls of a window (a spin box's own line edit is part of the box)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(window):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox):
            continue
        found.append(widget)
    return found


def spoken(widget: QWidget) -> tuple[str, str]:
    """What a screen reader gets: the accessible name and description."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return (interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description))


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r}"


# -- names and descriptions ------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "de"], indirect=True)
def test_every_control_has_a_name_and_a_description(qapp: QApplication, library: ContentLibrary,
                                                    language: str) -> None:
    missing = set()
    for scene, window in scenes(library, language, every_step=False):
        if isinstance(window, QMenu):
            # Qt gives menu items a name (their text) and no description.
            missing |= {f"{scene}: menu item #{i}" for i, action in enumerate(window.actions())
                        if not action.isSeparator() and not action.text().replace("&", "")}
            continue
        for widget in controls(window):
            if isinstance(widget, QTabBar):
                # A screen reader reads the focused tab: each tab needs a name and
                # a description (Qt takes the tab's tool tip); the bar has none.
                bar = QAccessible.queryAccessibleInterface(widget)
                assert bar is not None
                for i in range(bar.childCount()):
                    tab = bar.child(i)
                    if tab.role() != QAccessible.Role.PageTab:
                        continue  # the scroll arrows, hidden unless tabs overflow
                    if not tab.text(QAccessible.Text.Name).strip():
                        missing.add(f"{scene}: tab {i} of {describe(widget)} has no name")
                    if not tab.text(QAccessible.Text.Description).strip():
                        missing.add(f"{scene}: tab {i} of {describe(widget)} has no description")
                continue
            name, description = spoken(widget)
            if not name.strip():
                missing.add(f"{scene}: {describe(widget)} has no name")
            if not description.strip():
                missing.add(f"{scene}: {describe(widget)} has no description")
    assert not missing, "\n".join(sorted(missing))


# -- the keyboard alone -------------------------------------------------------------------
def _activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def tab_through(qtbot: QtBot, window: QWidget, presses: int = 150) -> list[QWidget]:
    """Press Tab ``presses`` times from the window's first control; the widgets that got focus."""
    _activate(qtbot, window)
    window.focusNextChild()
    visited: list[QWidget] = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None, "the focus left the window"
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return visited


def _reaches(widget: QWidget, visited: list[QWidget]) -> bool:
    proxy = widget.focusProxy()
    return widget in visited or (proxy is not None and proxy in visited) or any(
        widget.isAncestorOf(v) for v in visited)


def test_tab_reaches_every_control_of_every_window(qtbot: QtBot,
                                                    library: ContentLibrary) -> None:
    unreached = []
    for scene, window in scenes(library, "en", every_step=False):
        if isinstance(window, QMenu):
            continue  # menus are walked with the arrow keys and mnemonics
        # Every enabled control, whatever its focus policy: one that Tab
        # skips cannot be used without a mouse.
        wanted = [w for w in controls(window) if w.isEnabled()]
        assert wanted, scene
        visited = tab_through(qtbot, window)
        unreached += [f"{scene}: {describe(w)}" for w in wanted if not _reaches(w, visited)]
        # Every Tab stop is a control, or at least says what it is (a chart
        # that takes arrow keys): no silent stops on a scroll area or a
        # plain container.
        stops = set(controls(window)) | {w.focusProxy() for w in controls(window)}
        unreached += [f"{scene}: Tab stops on {describe(v)}, which has no name"
                      for v in set(visited) if v not in stops and not spoken(v)[0].strip()]
    assert not unreached, "\n".join(unreached)


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def mnemonic_texts(window: QWidget) -> list[str]:
    if isinstance(window, QMenu):
        return [a.text() for a in window.actions() if a.isVisible() and not a.isSeparator()]
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (
                isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
    return texts


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_mnemonics_are_unique_in_every_window_and_language(
        qapp: QApplication, library: ContentLibrary, language: str) -> None:
    clashes = []
    for scene, window in scenes(library, language, every_step=False):
        by_letter: dict[str, list[str]] = {}
        for text in mnemonic_texts(window):
            letter = mnemonic(text)
            if letter is not None:
                by_letter.setdefault(letter, []).append(text)
        clashes += [f"{scene}: '{letter}' in {same}" for letter, same in by_letter.items()
                    if len(same) > 1]
    assert not clashes, "\n".join(clashes)


def test_every_push_button_has_a_mnemonic(qapp: QApplication, library: ContentLibrary) -> None:
    without = []
    for scene, window in scenes(library, "en", every_step=False):
        for widget in window.findChildren(QPushButton):
            if not widget.isVisibleTo(window) or not widget.isEnabled() or not widget.text():
                continue
            box = widget.parentWidget()
            if isinstance(box, QDialogButtonBox) and box.standardButton(widget) != \
                    QDialogButtonBox.StandardButton.NoButton and "&" not in widget.text():
                continue  # Qt's own OK/Cancel/Apply: Enter and Escape do those
            if isinstance(box, Banner):
                continue  # Dismiss on a notice: Tab reaches it, letters are scarce there
            if mnemonic(widget.text()) is None:
                without.append(f"{scene}: {describe(widget)}")
    assert not without, "\n".join(without)


def test_escape_closes_the_settings_the_checklist_and_the_status_panel(
        qtbot: QtBot, library: ContentLibrary) -> None:
    settings = SettingsWindow(everything_on(), routines=list(library.routines.values()))
    checklist = ChecklistWindow(sorted(library.checklists.values(), key=lambda c: c.id))
    panel = StatusPanel()
    panel.update(AppView(sitting(10), "x11", True))
    for window in (settings, checklist, panel):
        qtbot.addWidget(window)
        window.show()
        _activate(qtbot, window)
        focused = QApplication.focusWidget() or window
        qtbot.keyClick(focused, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda w=window: not w.isVisible())


def test_escape_in_the_restore_question_keeps_the_settings_open(
        qtbot: QtBot, library: ContentLibrary) -> None:
    window = SettingsWindow(everything_on(), routines=list(library.routines.values()))
    qtbot.addWidget(window)
    window.show()
    _activate(qtbot, window)
    window.restore_button.click()
    box = window.findChild(QMessageBox, "restore-confirm")
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    _activate(qtbot, box)
    qtbot.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.isVisible()


def test_without_a_tray_escape_minimises_the_panel_instead(qtbot: QtBot) -> None:
    panel = StatusPanel()
    qtbot.addWidget(panel)
    panel.update(AppView(sitting(10), "x11", False))
    panel.show()
    _activate(qtbot, panel)
    qtbot.keyClick(QApplication.focusWidget() or panel, Qt.Key.Key_Escape)
    assert panel.isVisible()
    qtbot.waitUntil(panel.isMinimized)


def test_escape_postpones_a_break_only_when_postponing_is_allowed(
        qtbot: QtBot, library: ContentLibrary) -> None:
    clock = FakeClock()
    routine = library.routines["micro-stand-reset"]
    for strict, expected in ((False, 1), (True, 0)):
        popup = make_break_popup(BreakContent(BreakKind.MICRO, routine, None, (), "en"),
                                 key_guard_s=0.0, clock=clock.monotonic)
        qtbot.addWidget(popup)
        popup.update_state(active(), skips_left=2, strict=strict)
        postponed: list[bool] = []

        def record(_seconds: int, p: list[bool] = postponed) -> None:
            p.append(True)

        popup.postpone_requested.connect(record)
        popup.show()
        _activate(qtbot, popup)
        qtbot.keyClick(QApplication.focusWidget() or popup, Qt.Key.Key_Escape)
        assert len(postponed) == expected
        popup.close()


# -- countdowns are spoken calmly ------------------------------------------------------
def spoken_changes(popup: BreakPopup, clock: FakeClock,
                   seconds: int) -> dict[QWidget, list[tuple[int, tuple[str, str]]]]:
    """Step the popup second by second; each widget's (second, accessible text) changes."""
    widgets = [popup, *popup.findChildren(QWidget)]
    last = {w: spoken(w) for w in widgets}
    changes: dict[QWidget, list[tuple[int, tuple[str, str]]]] = {w: [] for w in widgets}
    for second in range(1, seconds + 1):
        clock.advance(1)
        popup.refresh()
        for widget in widgets:
            now = spoken(widget)
            if now != last[widget]:
                changes[widget].append((second, now))
                last[widget] = now
    return changes


@pytest.mark.parametrize(("kind", "routine_id"), [
    (BreakKind.MICRO, "micro-breathe-360"), (BreakKind.MICRO, "micro-walk"),
    (BreakKind.STRETCH, "stretch-breathe-and-stretch")])
def test_countdowns_change_their_accessible_text_at_most_every_15_seconds(
        qtbot: QtBot, library: ContentLibrary, kind: BreakKind, routine_id: str) -> None:
    clock = FakeClock()
    routine = library.routines[routine_id]
    popup = make_break_popup(BreakContent(kind, routine, None, library.safety, "en"),
                             key_guard_s=0.0, clock=clock.monotonic)
    qtbot.addWidget(popup)
    popup.update_state(active(kind, duration=routine.total_s, finish_in=20), skips_left=2,
                       strict=False)
    popup.show()
    start = popup.findChild(QPushButton, "startButton")
    if start is not None and start.isVisible():
        start.click()  # past "Before you start"
    settle()
    rings = popup.findChildren(CountdownRing)
    assert rings
    shown_before = rings[0].text
    clock.advance(1)
    popup.refresh()
    # The visible countdown does move every second.
    assert rings[0].text != shown_before
    changes = spoken_changes(popup, clock, 75)
    counting: list[QWidget] = [*rings, popup.done_button]
    for widget in counting:
        times = [t for t, text in changes[widget] if not text[1].startswith(("Time is up",
                                                                            "Ends the break"))]
        gaps = [b - a for a, b in itertools.pairwise(times)]
        assert all(gap >= 15 for gap in gaps), (describe(widget), changes[widget])
    # A ring restarts with each step of a routine; within a step it is calm
    # too, and nothing else in the window speaks every second.
    chatty = [describe(w) for w, seen in changes.items()
              if any(b[0] - a[0] <= 1 for a, b in itertools.pairwise(seen))]
    assert not chatty, chatty


# -- not colour alone ----------------------------------------------------------------------
def _shape(image: QImage) -> list[int]:
    """Per pixel: 0 transparent, 1 dark, 2 light (what is left without hue)."""
    out = []
    for y in range(image.height()):
        for x in range(image.width()):
            color = QColor(image.pixelColor(x, y))
            out.append(0 if color.alpha() < 128 else 1 if color.lightness() < 128 else 2)
    return out


def test_the_tray_looks_differ_in_shape_and_lightness_not_only_in_hue(
        qapp: QApplication) -> None:
    shapes = {state: _shape(render_tray_image(state, None, 22)) for state in TrayIconState}
    for a, b in itertools.combinations(TrayIconState, 2):
        differing = sum(x != y for x, y in zip(shapes[a], shapes[b], strict=True))
        assert differing > 22 * 22 // 10, (a, b, differing)


# -- dark and high-contrast themes -------------------------------------------------------
def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(text: QColor, back: QColor) -> float:
    """WCAG contrast ratio of ``text`` (blended by its alpha) on ``back``."""
    alpha = text.alphaF()
    shown = QColor.fromRgbF(*(t * alpha + b * (1 - alpha) for t, b in (
        (text.redF(), back.redF()), (text.greenF(), back.greenF()),
        (text.blueF(), back.blueF()))))
    lighter, darker = sorted((_luminance(shown), _luminance(back)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#000000"),
                        (QPalette.ColorRole.WindowText, "#ffffff"),
                        (QPalette.ColorRole.Base, "#000000"), (QPalette.ColorRole.Text, "#ffffff"),
                        (QPalette.ColorRole.Button, "#000000"),
                        (QPalette.ColorRole.ButtonText, "#ffffff"),
                        (QPalette.ColorRole.Highlight, "#ffff00"),
                        (QPalette.ColorRole.HighlightedText, "#000000"),
                        (QPalette.ColorRole.PlaceholderText, "#ffffff"),
                        (QPalette.ColorRole.Link, "#00ffff")):
        palette.setColor(role, QColor(color))
    return palette


@pytest.mark.parametrize("look", ["light", "dark", "high contrast"])
def test_text_stays_readable_in_light_dark_and_high_contrast(
        qapp: QApplication, library: ContentLibrary, look: str) -> None:
    if look == "dark":
        apply_theme(qapp, Theme.DARK)
    elif look == "high contrast":
        qapp.setPalette(high_contrast_palette())
    else:
        apply_theme(qapp, Theme.LIGHT)
    try:
        faint = set()
        for scene, window in scenes(library, "en", every_step=False):
            back = window.palette().color(QPalette.ColorRole.Window)
            if look != "light":
                assert back.lightness() < 60, (scene, back.name())
            for label in window.findChildren(QLabel):
                if not label.isVisibleTo(window) or not label.text() or not label.isEnabled():
                    continue  # greyed out (a switched-off option) is exempt
                color = label.palette().color(QPalette.ColorGroup.Active,
                                              label.foregroundRole())
                ratio = contrast(color, label.parentWidget().palette().color(
                    QPalette.ColorRole.Window) if label.parentWidget() else back)
                if ratio < 4.5:
                    faint.add(f"{scene}: {describe(label)} {ratio:.1f}:1 ({color.name()})")
        assert not faint, "\n".join(sorted(faint))
    finally:
        apply_theme(qapp, Theme.SYSTEM)


def test_following_the_system_again_brings_back_its_palette(qapp: QApplication) -> None:
    before = qapp.palette().color(QPalette.ColorRole.Window).name()
    apply_theme(qapp, Theme.DARK)
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
    apply_theme(qapp, Theme.SYSTEM)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == before


# -- reduced motion ----------------------------------------------------------------------
def test_reduced_motion_turns_the_breath_pacer_into_words_and_seconds(
        qtbot: QtBot, library: ContentLibrary) -> None:
    clock = FakeClock()
    routine = library.routines["micro-breathe-360"]
    shown = {}
    for reduce_motion in (False, True):
        popup = make_break_popup(BreakContent(BreakKind.MICRO, routine, None, (), "en",
                                              reduce_motion=reduce_motion),
                                 key_guard_s=0.0, clock=clock.monotonic)
        qtbot.addWidget(popup)
        popup.update_state(active(duration=routine.total_s), skips_left=2, strict=False)
        popup.show()
        first_step = routine.steps[0].seconds
        clock.advance(first_step + 1)
        popup.refresh()
        pacer = popup.pacer  # type: ignore[attr-defined]
        shown[reduce_motion] = (pacer.animating, pacer.phase_text, pacer.seconds_text)
        popup.close()
    assert shown[False][0] is True
    animating, phase, seconds = shown[True]
    assert animating is False
    assert phase == "Breathe in" and seconds.endswith("s")


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: raise
@pytest.mark.parametrize("desktop_says_reduce", [False, True])
def test_the_desktops_own_reduce_motion_preference_reaches_the_break_popup(
        qtbot: QtBot, library: ContentLibrary, desktop_says_reduce: bool) -> None:
    import random

    from psoas_desk.app.breaks import BreakPresenter
    from psoas_desk.core.engine import Engine
    from psoas_desk.core.settings import Settings

    settings = Settings()
    assert settings.popups.reduce_motion is False  # the app's own setting stays off
    engine = Engine(settings, FakeClock())
    engine.start_break(BreakKind.MICRO)
    presenter = BreakPresenter(library, random.Random(1), on_postpone=lambda: None,
                               on_skip=lambda: None, on_done=lambda: None,
                               platform_reduces_motion=lambda: desktop_says_reduce)
    presenter.open(BreakKind.MICRO, library.routines["micro-breathe-360"], settings,
                   engine.snapshot())
    try:
        (popup,) = presenter._popups
        pacer = popup.pacer  # type: ignore[attr-defined]
        # With less motion the pacer is words and seconds only: no moving bubble.
        assert pacer._bubble.isHidden() is desktop_says_reduce
    finally:
        presenter.close()
